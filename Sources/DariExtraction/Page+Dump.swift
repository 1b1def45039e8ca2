import DariModel

/// How `dari extract` writes blocks.
public enum BlockDumpFormat: String, Sendable, CaseIterable {
    /// One line per block, for people and goldens (`Page.dump`).
    case text
    /// One JSON object per block, for scripts (`Block.jsonLine`).
    case jsonl
}

extension Page {
    /// The page as readable text: a `#` header line, then one line per block.
    ///
    ///     # about.html  lang=ko  alternates=en:/en/about.html
    ///     about.html:12  h1  html/body/main/h1[1]  Our story
    ///     about.html:30  li  html/body/nav/ul/li[2]  [boilerplate]  {1}Contact{/1}
    ///
    /// Used for golden files and by `dari extract`; deterministic for a page.
    public func dump() -> String {
        var output = ""
        write(.text, to: &output)
        return output
    }

    /// Writes the page's blocks in `format`, each line ending in "\n".
    ///
    /// The text format starts with the header line of `dump()`; JSON Lines has
    /// one object per block and nothing else.
    public func write<Target: TextOutputStream>(_ format: BlockDumpFormat, to target: inout Target) {
        switch format {
        case .text:
            target.write(dumpHeader)
            target.write("\n")
            for block in blocks {
                target.write(block.dumpLine)
                target.write("\n")
            }
        case .jsonl:
            for block in blocks {
                target.write(block.jsonLine)
                target.write("\n")
            }
        }
    }

    /// `# file  lang=ko  alternates=en:/en/a.html,ko:/ko/a.html`; `lang=none`
    /// when `<html lang>` is missing or names another language.
    public var dumpHeader: String {
        var header = "# \(path)  lang=\(language?.tag ?? "none")"
        if !alternates.isEmpty {
            header += "  alternates="
            header += alternates.map { "\($0.language):\($0.href)" }.joined(separator: ",")
        }
        return header
    }
}

extension Block {
    /// `file:line  kind  path  [boilerplate]  text`, the block as one line.
    /// `[boilerplate]` appears only for site chrome; the text is `markedText`.
    public var dumpLine: String {
        var line = location.description
        line += "  "
        line += kind.description
        line += "  "
        line += path
        if isBoilerplate { line += "  [boilerplate]" }
        line += "  "
        line += markedText
        return line
    }

    /// The content on one line with compact codes: `{1}` and `{/1}` for a
    /// paired code, `{3/}` for a standalone one.
    ///
    /// So that it stays one unambiguous line, a literal `{` is written `\{`, a
    /// backslash `\\`, and line feed, carriage return and tab `\n`, `\r`, `\t`
    /// (they occur inside `<pre>`); other control characters as `\u{…}`.
    public var markedText: String {
        var result = ""
        for piece in content {
            switch piece {
            case let .text(text):
                Self.appendEscaped(text, to: &result)
            case let .start(id, _, _):
                result += "{\(id)}"
            case let .end(id, _, _):
                result += "{/\(id)}"
            case let .standalone(id, _, _):
                result += "{\(id)/}"
            }
        }
        return result
    }

    private static func appendEscaped(_ text: String, to result: inout String) {
        let needsEscaping = text.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "\\") }
        guard needsEscaping else {
            result += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "{": result += "\\{"
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default:
                result.unicodeScalars.append(scalar)
            }
        }
    }
}
