#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Which checks run, at what severity, and which findings are ignored: the
/// command line's choices plus `dari.json` at the site root.
///
/// `dari.json` (all keys optional):
///
///     {
///       "checks": { "doubled-space": "off", "number-mismatch": "warning", "latin-in-korean": "on" },
///       "ignore": [
///         "en/archive/*",
///         { "check": "hangul-in-target", "file": "en/glossary.html" },
///         { "check": "number-mismatch", "text": "NKN-2103" }
///       ]
///     }
///
/// A check's value is `off`, `on` (its default severity), `info`, `warning`
/// or `error`. An ignore rule is a file glob (`*` matches across folders),
/// or an object whose `check`, `file` and `text` (a substring of the source
/// or target) must all match.
public struct CheckConfiguration: Sendable, Equatable {
    /// An ignore rule; every field given must match.
    public struct IgnoreRule: Sendable, Equatable {
        public var check: String?
        /// A glob over the finding's file, relative to the configuration's folder.
        public var file: String?
        /// A substring of the finding's source or target text.
        public var text: String?

        public init(check: String? = nil, file: String? = nil, text: String? = nil) {
            self.check = check
            self.file = file
            self.text = text
        }
    }

    /// Check ids turned off.
    public var disabled: Set<String>
    /// Severities that replace a check's default.
    public var severities: [String: Severity]
    public var ignores: [IgnoreRule]
    /// The folder file globs are relative to ("" = as paths are reported).
    public var root: String

    public init(disabled: Set<String> = [], severities: [String: Severity] = [:], ignores: [IgnoreRule] = [],
                root: String = "") {
        self.disabled = disabled
        self.severities = severities
        self.ignores = ignores
        self.root = root
    }

    public func isEnabled(_ id: String) -> Bool { !disabled.contains(id) }

    public func severity(of check: any Check.Type) -> Severity { severities[check.id] ?? check.defaultSeverity }

    /// True when an ignore rule matches `finding`.
    public func ignores(_ finding: Finding) -> Bool {
        ignores.contains { rule in
            if let check = rule.check, check != finding.checkID { return false }
            if let pattern = rule.file, !Self.glob(pattern, matches: relative(finding.location.file)) { return false }
            if let text = rule.text {
                let inSource = finding.source?.contains(text) ?? false, inTarget = finding.target?.contains(text) ?? false
                if !inSource && !inTarget && !finding.message.contains(text) { return false }
            }
            return true
        }
    }

    private func relative(_ path: String) -> String {
        guard !root.isEmpty, root != "." else { return path }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// fnmatch(3) without FNM_PATHNAME: `*` also matches `/`.
    static func glob(_ pattern: String, matches path: String) -> Bool {
        fnmatch(pattern, path, 0) == 0
    }

    // MARK: dari.json

    /// Reads `dari.json`; globs become relative to its folder.
    /// - Throws: `CheckError` with the file and line of the problem.
    public static func load(fileAt path: String) throws(CheckError) -> CheckConfiguration {
        let bytes = try FileBytes.read(path)
        var configuration = try parse(bytes: bytes, path: path)
        let folder = (path as NSString).deletingLastPathComponent
        configuration.root = folder
        return configuration
    }

    /// Parses the JSON of a configuration file named `path` in errors.
    public static func parse(bytes: [UInt8], path: String) throws(CheckError) -> CheckConfiguration {
        let text = String(decoding: bytes, as: UTF8.self)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            throw .malformed(file: path, line: JSONLines.line(ofError: error, in: text),
                             message: "not valid JSON; fix the syntax (a missing comma or quote?)")
        }
        guard let root = object as? [String: Any] else {
            throw .malformed(file: path, line: 1, message: "expected a JSON object with \"checks\" and \"ignore\"")
        }
        var configuration = CheckConfiguration()
        // "pages" belongs to the site aligner (`Site`): the same file maps pages whose paths differ.
        for key in root.keys.sorted() where !["checks", "ignore", "pages"].contains(key) && !key.hasPrefix("$") {
            throw .malformed(file: path, line: JSONLines.line(of: "\"\(key)\"", in: text),
                             message: "unknown key \"\(key)\"; use \"checks\", \"ignore\" or \"pages\"")
        }
        if let checks = root["checks"] {
            guard let checks = checks as? [String: Any] else {
                throw .malformed(file: path, line: JSONLines.line(of: "\"checks\"", in: text),
                                 message: "\"checks\" must be an object of check id → off|on|info|warning|error")
            }
            for (id, value) in checks.sorted(by: { $0.key < $1.key }) {
                let line = JSONLines.line(of: "\"\(id)\"", in: text)
                guard CheckRegistry.check(withID: id) != nil else {
                    throw .unknownCheck(file: path, line: line, id: id, suggestion: CheckRegistry.suggestion(for: id))
                }
                switch value as? String {
                case "off": configuration.disabled.insert(id)
                case "on": break
                case let word?:
                    guard let severity = Severity(rawValue: word) else { fallthrough }
                    configuration.severities[id] = severity
                default:
                    throw .malformed(file: path, line: line,
                                     message: "\"\(id)\" must be \"off\", \"on\", \"info\", \"warning\" or \"error\"")
                }
            }
        }
        if let ignore = root["ignore"] {
            guard let rules = ignore as? [Any] else {
                throw .malformed(file: path, line: JSONLines.line(of: "\"ignore\"", in: text),
                                 message: "\"ignore\" must be a list of globs or {\"check\", \"file\", \"text\"} objects")
            }
            for rule in rules {
                if let glob = rule as? String {
                    configuration.ignores.append(IgnoreRule(file: glob))
                } else if let object = rule as? [String: Any] {
                    let check = object["check"] as? String
                    if let check, CheckRegistry.check(withID: check) == nil {
                        throw .unknownCheck(file: path, line: JSONLines.line(of: "\"\(check)\"", in: text), id: check,
                                            suggestion: CheckRegistry.suggestion(for: check))
                    }
                    let unknown = object.keys.sorted().first { !["check", "file", "text"].contains($0) }
                    if let unknown {
                        throw .malformed(file: path, line: JSONLines.line(of: "\"\(unknown)\"", in: text),
                                         message: "unknown ignore key \"\(unknown)\"; use \"check\", \"file\" or \"text\"")
                    }
                    configuration.ignores.append(IgnoreRule(check: check, file: object["file"] as? String,
                                                            text: object["text"] as? String))
                } else {
                    throw .malformed(file: path, line: JSONLines.line(of: "\"ignore\"", in: text),
                                     message: "each \"ignore\" entry must be a glob string or an object")
                }
            }
        }
        return configuration
    }
}

/// Line numbers for JSON problems, which Foundation reports as offsets at best.
enum JSONLines {
    /// The 1-based line of the first occurrence of `needle`, 1 when absent.
    static func line(of needle: String, in text: String) -> Int {
        guard let range = text.range(of: needle) else { return 1 }
        return text[..<range.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }

    /// The 1-based line of a JSONSerialization error ("around line N" or an index).
    static func line(ofError error: any Error, in text: String) -> Int {
        let nsError = error as NSError
        if let index = nsError.userInfo["NSJSONSerializationErrorIndex"] as? Int {
            let utf8 = Array(text.utf8.prefix(index))
            return utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        }
        let description = "\(nsError.userInfo)" + nsError.localizedDescription
        if let range = description.range(of: "line ") {
            let digits = description[range.upperBound...].prefix { $0.isNumber }
            if let line = Int(digits) { return line }
        }
        return 1
    }
}

/// Reading small files (configuration, baseline) with `CheckError`s.
enum FileBytes {
    static func read(_ path: String) throws(CheckError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path: path) }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: "is a folder, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied")
        }
        return [UInt8](data)
    }
}
