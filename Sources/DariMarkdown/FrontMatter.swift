import Foundation
import TOMLKit
import Yams

/// The front matter of a Markdown page: YAML between `---` lines (Jekyll,
/// Hugo, Docusaurus, MkDocs), TOML between `+++` lines (Hugo) or a JSON
/// object (Hugo). Only the keys a reader sees are translatable
/// (`MarkdownReader.defaultFrontMatterKeys`); the rest (dates, slugs,
/// weights, `translationKey`) is configuration.
struct FrontMatter {
    /// A translatable value: its key, its text and the 1-based line of its key.
    struct Field: Equatable {
        var key: String
        var value: String
        var line: Int
        /// Where a nested value is (`hero/actions[1]`, `features[0]`), nil at the top level.
        var parent: String? = nil
    }

    /// The keys of nested values a reader sees: a VitePress home page's hero
    /// and feature cards (`hero: {tagline, actions: [{text}]}`, `features:
    /// [{title, details}]`), an image's `alt`, a menu entry's `label`.
    static let nestedVisibleKeys: Set<String> = ["title", "description", "summary", "text", "tagline", "details",
                                                 "alt", "label"]

    enum Format: String { case yaml = "YAML", toml = "TOML", json = "JSON" }

    var format: Format
    /// How many lines of the file the front matter takes, its fences included.
    var lineCount: Int
    /// The top-level string values, in the order of their lines.
    var fields: [Field]

    /// Splits `text` (the whole page) into its front matter and the rest.
    ///
    /// - Returns: nil when the page has no front matter; the front matter
    ///   (with no fields) and a warning when it is there but malformed.
    static func read(_ text: String) -> (frontMatter: FrontMatter, problem: String?)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first.map({ $0.trimmingCharacters(in: .whitespaces) }) else { return nil }
        let format: Format, fence: String
        switch first {
        case "---": (format, fence) = (.yaml, "---")
        case "+++": (format, fence) = (.toml, "+++")
        case "{": (format, fence) = (.json, "}")
        default: return nil
        }
        // The closing fence; `...` also ends a YAML document.
        guard let close = lines.indices.dropFirst().first(where: {
            let line = lines[$0].trimmingCharacters(in: .whitespaces)
            return format == .json ? lines[$0].hasPrefix("}") : line == fence || (format == .yaml && line == "...")
        }) else { return nil }
        let body = lines[1..<close].joined(separator: "\n")
        var frontMatter = FrontMatter(format: format, lineCount: close + 1, fields: [])
        do {
            switch format {
            case .yaml: frontMatter.fields = try yamlFields(body)
            case .toml: frontMatter.fields = try tomlFields(body)
            case .json: frontMatter.fields = try jsonFields("{\n" + body + "\n}")
            }
        } catch {
            return (frontMatter, "the \(format.rawValue) front matter is malformed (\(error)); "
                + "its title and description were not read: correct it")
        }
        return (frontMatter, nil)
    }

    /// Top-level string values with the lines Yams gives their keys, then
    /// the nested ones whose key is one a reader sees (`nestedVisibleKeys`),
    /// in the order of their lines.
    private static func yamlFields(_ body: String) throws -> [Field] {
        guard !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
              let node = try Yams.compose(yaml: body), case .mapping = node else { return [] }
        var fields: [Field] = []
        // The fence line comes before the body: +1; Yams counts from 1.
        func line(_ node: Node) -> Int { (node.mark?.line ?? 0) + 1 }
        // Every top-level string value; below it, those whose key a reader sees.
        func collect(_ node: Node, parent: String?, depth: Int) {
            guard depth < 6 else { return }
            switch node {
            case let .mapping(mapping):
                for (key, value) in mapping {
                    guard let name = key.string else { continue }
                    if case .scalar = value, let text = value.string {
                        if parent == nil || nestedVisibleKeys.contains(name) {
                            fields.append(Field(key: name, value: text, line: line(key), parent: parent))
                        }
                    } else {
                        collect(value, parent: parent.map { $0 + "/" + name } ?? name, depth: depth + 1)
                    }
                }
            case let .sequence(sequence):
                for (index, item) in sequence.enumerated() {
                    collect(item, parent: (parent ?? "") + "[\(index)]", depth: depth + 1)
                }
            default:
                break
            }
        }
        collect(node, parent: nil, depth: 0)
        return fields.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }

    /// Top-level string values; TOMLKit gives no lines, so each key and its
    /// line are found in the text (a top-level key comes before the first
    /// table) and TOMLKit, which has checked the whole document, gives the
    /// value. Its `keys` (and iterating a table, which uses them) leak the
    /// key array on every call (`tableGetKeys` mallocs what nobody frees:
    /// FuzzMarkdown, `+++\n+++\n`), so they are not used.
    private static func tomlFields(_ body: String) throws -> [Field] {
        if let line = firstUnreadableTOMLLine(body) {
            throw FrontMatterError(message: "line \(line + 2) is not a TOML key, table or value")
        }
        let table = try TOMLTable(string: body)
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        let tableStart = lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("[") } ?? lines.count
        var seen = Set<String>()
        return lines[..<tableStart].enumerated().compactMap { index, line -> Field? in
            guard let key = topLevelKey(line), seen.insert(key).inserted, let text = table[key]?.string else { return nil }
            return Field(key: key, value: text, line: index + 2)
        }
    }

    /// The first line (0-based) of `body` whose key or table name holds a
    /// character TOML does not allow there, or a control character; nil when
    /// there is none. toml++ (inside TOMLKit) asserts, and so aborts the
    /// process, on some of these (FuzzMarkdown: `+++\n[:+\n…`), so they are
    /// refused before it sees them. Lines inside a multi-line string or
    /// array are values and are not looked at.
    static func firstUnreadableTOMLLine(_ body: String) -> Int? {
        var inString: String?  // the open """ or '''
        var arrayDepth = 0
        func keyIsReadable(_ key: Substring) -> Bool {
            let key = key.trimmingCharacters(in: .whitespaces)
            guard let first = key.unicodeScalars.first, first == "\"" || first == "'" || isBareKey(first) else { return false }
            return key.unicodeScalars.allSatisfy { isBareKey($0) || $0 == "." || $0 == " " || $0 == "\"" || $0 == "'" }
        }
        for (index, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\r" || $0.value == 0x7F }) {
                return index
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let open = inString {
                if trimmed.components(separatedBy: open).count % 2 == 0 { inString = nil }
                continue
            }
            if arrayDepth > 0 {
                arrayDepth += trimmed.count { $0 == "[" } - trimmed.count { $0 == "]" }
                continue
            }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("[") {
                let name = trimmed.drop { $0 == "[" }.prefix { $0 != "]" }
                if !keyIsReadable(name) { return index }
                continue
            }
            guard let equals = trimmed.firstIndex(of: "="), keyIsReadable(trimmed[..<equals]) else { return index }
            let value = trimmed[trimmed.index(after: equals)...]
            for quotes in ["\"\"\"", "'''"] where value.components(separatedBy: quotes).count == 2 { inString = quotes }
            if inString == nil, value.trimmingCharacters(in: .whitespaces).hasPrefix("[") {
                arrayDepth = max(0, value.count { $0 == "[" } - value.count { $0 == "]" })
            }
        }
        return nil
    }

    private static func isBareKey(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-"
    }

    /// The key of a `key = value` line: a bare key or a quoted one; nil for
    /// a dotted key, a comment, a continuation or anything else.
    static func topLevelKey(_ line: Substring) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard let equals = trimmed.firstIndex(of: "=") else { return nil }
        let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
        if key.count >= 2, let quote = key.first, quote == "\"" || quote == "'", key.last == quote {
            let inner = key.dropFirst().dropLast()
            return inner.contains(quote) ? nil : String(inner)
        }
        let bare = key.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil
            || $0 == "_" || $0 == "-" }
        return bare && !key.isEmpty ? key : nil
    }

    /// Top-level string values of a JSON object, each key's line found in the text.
    private static func jsonFields(_ object: String) throws -> [Field] {
        guard let dictionary = try JSONSerialization.jsonObject(with: Data(object.utf8)) as? [String: Any] else {
            return []
        }
        let lines = object.split(separator: "\n", omittingEmptySubsequences: false)
        return dictionary.compactMap { key, value -> Field? in
            guard let text = value as? String else { return nil }
            let line = lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\"\(key)\"") }
            return Field(key: key, value: text, line: (line ?? 0) + 1)
        }.sorted { ($0.line, $0.key) < ($1.line, $1.key) }
    }
}

/// Front matter dari refuses before handing it to a parser.
struct FrontMatterError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
