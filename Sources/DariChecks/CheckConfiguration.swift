#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DariModel
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
        let file: ConfigurationFile
        do {
            file = try ConfigurationFile.load(fileAt: path)
        } catch {
            throw CheckError(error)
        }
        return try CheckConfiguration(file)
    }

    /// Parses the JSON of a configuration file named `path` in errors.
    public static func parse(bytes: [UInt8], path: String) throws(CheckError) -> CheckConfiguration {
        let file: ConfigurationFile
        do {
            file = try ConfigurationFile(bytes: bytes, path: path)
        } catch {
            throw CheckError(error)
        }
        var configuration = try CheckConfiguration(file)
        configuration.root = ""
        return configuration
    }

    /// The checks' sections of `dari.json` (`checks`, `ignore`); globs are
    /// relative to the file's folder.
    /// - Throws: `CheckError` with the file and line of the problem.
    public init(_ file: ConfigurationFile) throws(CheckError) {
        self.init(root: file.folder)
        let path = file.path, document = file.document
        if let checks = file["checks"] {
            guard let checks = checks.object else {
                throw .malformed(file: path, line: document.line(ofKey: "checks"),
                                 message: "\"checks\" must be an object of check id → off|on|info|warning|error")
            }
            for (id, value) in checks.sorted(by: { $0.key < $1.key }) {
                let line = document.line(ofKey: id)
                guard CheckRegistry.check(withID: id) != nil else {
                    throw .unknownCheck(file: path, line: line, id: id, suggestion: CheckRegistry.suggestion(for: id))
                }
                switch value.string {
                case "off": disabled.insert(id)
                case "on": break
                case let word?:
                    guard let severity = Severity(rawValue: word) else { fallthrough }
                    severities[id] = severity
                default:
                    throw .malformed(file: path, line: line,
                                     message: "\"\(id)\" must be \"off\", \"on\", \"info\", \"warning\" or \"error\"")
                }
            }
        }
        if let ignore = file["ignore"] {
            guard let rules = ignore.array else {
                throw .malformed(file: path, line: document.line(ofKey: "ignore"),
                                 message: "\"ignore\" must be a list of globs or {\"check\", \"file\", \"text\"} objects")
            }
            for rule in rules {
                if let glob = rule.string {
                    ignores.append(IgnoreRule(file: glob))
                } else if let object = rule.object {
                    let check = object["check"]?.string
                    if let check, CheckRegistry.check(withID: check) == nil {
                        throw .unknownCheck(file: path, line: document.line(ofKey: check), id: check,
                                            suggestion: CheckRegistry.suggestion(for: check))
                    }
                    let unknown = object.keys.sorted().first { !["check", "file", "text"].contains($0) }
                    if let unknown {
                        throw .malformed(file: path, line: document.line(ofKey: unknown),
                                         message: "unknown ignore key \"\(unknown)\"; use \"check\", \"file\" or \"text\"")
                    }
                    ignores.append(IgnoreRule(check: check, file: object["file"]?.string, text: object["text"]?.string))
                } else {
                    throw .malformed(file: path, line: document.line(ofKey: "ignore"),
                                     message: "each \"ignore\" entry must be a glob string or an object")
                }
            }
        }
    }
}

/// Reading small files (configuration, baseline) with `CheckError`s.
enum FileBytes {
    static func read(_ path: String) throws(CheckError) -> [UInt8] {
        do {
            return try InputFile.bytes(at: path)
        } catch {
            throw CheckError(error)
        }
    }
}
