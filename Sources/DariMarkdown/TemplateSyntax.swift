import DariModel
import Foundation

/// Template syntax in a Markdown page, taken out before cmark-gfm parses it
/// so that neither the parser nor the segmenter reads it as prose.
///
/// Each span (a Hugo shortcode `{{< … >}}` or `{{% … %}}`, a Liquid tag
/// `{% … %}` or output `{{ … }}`, an admonition marker `:::note` or
/// `!!! note`, an MDX `import`/`export` line, an MDX tag named by a member
/// expression such as `<Release.VersionDropdown />`) becomes one private-use
/// character, U+F0000 + its index, which cmark-gfm keeps as a letter; the
/// reader turns it back into a standalone code whose original is the span
/// (`InlineContent.standalone(element: "template")`; an MDX tag into the
/// code inline HTML would give), and back into the
/// span itself inside code. A span is on one line: one that runs over
/// several lines stays text, so every line keeps its number.
///
/// MkDocs admonitions indent their content by four spaces, which CommonMark
/// reads as code: those lines are dedented (columns change, lines do not).
struct TemplateSyntax {
    /// The spans, indexed by their placeholder.
    private(set) var spans: [String] = []

    /// Whether four spaces of indentation after a blank line open a code
    /// block, as in CommonMark. MDX has no indented code: a line so indented
    /// outside a list item is dedented to three spaces (columns change,
    /// lines do not), so that a component's indented children stay prose.
    var readsIndentedCode = true

    /// The first private-use character used; 65,534 spans per page at most.
    static let firstPlaceholder: UInt32 = 0xF0000
    static let lastPlaceholder: UInt32 = 0xFFFFD

    /// `text` with every span replaced by its placeholder.
    mutating func protect(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var fence: String?
        var admonitionIndent = false
        // For MDX: whether the last line was blank, and the indentation of the
        // content of the list item last opened (nil outside a list).
        var afterBlank = true
        var listContent: Int?
        // The spaces taken from a fence's opening line, taken from its lines too.
        var fenceShift = 0
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // Only the last piece lacks a line feed.
        for index in lines.indices {
            var line = lines[index]
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if fence != nil, fenceShift > 0 {
                line = line.dropFirst(min(fenceShift, line.prefix { $0 == " " }.count))
            }
            if fence == nil, !readsIndentedCode, !trimmed.isEmpty {
                var indent = line.count - trimmed.count
                let marker = Self.listMarkerWidth(trimmed)
                if marker == nil, indent < 4, afterBlank { listContent = nil }
                // Four columns past where the text it belongs to starts, after a blank line,
                // would be code: three past it instead.
                let base = listContent.map { indent >= $0 ? $0 : 0 } ?? 0
                fenceShift = 0
                if afterBlank, indent - base >= 4 {
                    fenceShift = indent - (base + 3)
                    indent = base + 3
                    line = Substring(String(repeating: " ", count: indent)) + trimmed
                }
                if let marker { listContent = indent + marker }
            }
            if fence == nil { afterBlank = trimmed.isEmpty }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                output += line
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                output += line
            } else {
                if admonitionIndent {
                    if line.hasPrefix("    ") {
                        line = line.dropFirst(4)
                    } else if line.hasPrefix("\t") {
                        line = line.dropFirst(1)
                    } else if !trimmed.isEmpty {
                        admonitionIndent = false
                    }
                }
                if Self.isModuleLine(line) {
                    output += placeholder(for: String(line))
                } else if trimmed.first == "<", TemplateSpan.isComponentTag(String(trimmed).trimmingCharacters(in: .whitespaces)) {
                    // A line that is one MDX component tag (`<Fragment slot="vue">`,
                    // `</TabItem>`): MDX reads the Markdown after it as Markdown, where
                    // CommonMark would open an HTML block and swallow it to the next blank
                    // line (a code fence among them, and then every fence after it).
                    output += line.prefix { $0 == " " || $0 == "\t" }
                    output += placeholder(for: String(trimmed))
                } else {
                    let (marker, rest) = Self.admonitionMarker(line)
                    if let marker {
                        output += placeholder(for: String(marker))
                        if marker.hasPrefix("!!!") || marker.hasPrefix("???") { admonitionIndent = true }
                        line = rest
                        // A directive's label (`:::note[Have a resource to share?]{.x}`) is prose
                        // between two markers: its brackets (and attributes) are the directive's.
                        if marker.hasSuffix("["), let close = Self.labelEnd(rest) {
                            output += protectSpans(in: rest[..<close])
                            var after = rest.index(after: close)
                            if after < rest.endIndex, rest[after] == "{", let brace = rest[after...].firstIndex(of: "}") {
                                after = rest.index(after: brace)
                            }
                            output += placeholder(for: String(rest[close..<after]))
                            line = rest[after...]
                        }
                    }
                    output += protectSpans(in: line)
                }
            }
            if index < lines.index(before: lines.endIndex) { output += "\n" }
        }
        lines.removeAll()
        return output
    }

    /// The span a placeholder stands for, nil for any other character.
    func span(for scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        guard value >= Self.firstPlaceholder, value <= Self.lastPlaceholder else { return nil }
        let index = Int(value - Self.firstPlaceholder)
        return index < spans.count ? spans[index] : nil
    }

    /// `text` with its placeholders turned back into the spans (for code).
    func restore(_ text: String) -> String {
        guard !spans.isEmpty, text.unicodeScalars.contains(where: { span(for: $0) != nil }) else { return text }
        var output = ""
        for scalar in text.unicodeScalars {
            if let span = span(for: scalar) { output += span } else { output.unicodeScalars.append(scalar) }
        }
        return output
    }

    private mutating func placeholder(for span: String) -> String {
        let value = Self.firstPlaceholder + UInt32(spans.count)
        guard value <= Self.lastPlaceholder, let scalar = Unicode.Scalar(value) else { return span }
        spans.append(span)
        return String(Character(scalar))
    }

    /// The width of a list item's marker and the space after it (`- `, `1. `),
    /// nil when the line opens no list item.
    static func listMarkerWidth(_ line: Substring) -> Int? {
        if let first = line.first, "-*+".contains(first) {
            let after = line.dropFirst()
            return after.first == " " || after.first == "\t" ? 2 : nil
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let after = line.dropFirst(digits.count)
        guard let delimiter = after.first, delimiter == "." || delimiter == ")", after.dropFirst().first == " " else { return nil }
        return digits.count + 2
    }

    /// `import X from '…'` and `export …` at the start of a line: MDX's
    /// JavaScript, not prose.
    static func isModuleLine(_ line: Substring) -> Bool {
        (line.hasPrefix("import ") && (line.contains(" from ") || line.contains("'") || line.contains("\"")))
            || line.hasPrefix("export ")
    }

    /// An admonition's opening or closing marker at the start of the line
    /// (`:::note`, `:::`, `!!! warning`, `??? tip`), and the rest of the line.
    static func admonitionMarker(_ line: Substring) -> (Substring?, Substring) {
        if line.hasPrefix(":::") {
            // A directive's name, and the bracket that opens its label (remark-directive,
            // Starlight's asides: `:::note[Title]`), as one marker.
            let name = line.dropFirst(3).prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" }
            if name.endIndex < line.endIndex, line[name.endIndex] == "[", labelEnd(line[line.index(after: name.endIndex)...]) != nil {
                let end = line.index(after: name.endIndex)
                return (line[..<end], line[end...])
            }
            let end = line.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? line.endIndex
            return (line[..<end], line[end...])
        }
        if line.hasPrefix("!!! ") || line.hasPrefix("??? ") || line.hasPrefix("???+ ") {
            // The marker and its type: `!!! note`; a quoted title stays text.
            let afterMarker = line.firstIndex(of: " ")!
            let typeStart = line[afterMarker...].firstIndex(where: { $0 != " " }) ?? line.endIndex
            let typeEnd = line[typeStart...].firstIndex(where: { $0 == " " || $0 == "\t" }) ?? line.endIndex
            return (line[..<typeEnd], line[typeEnd...])
        }
        return (nil, line)
    }

    /// The `]` that closes a directive's label opened just before `text`
    /// (brackets inside it nest), nil when the line has none.
    static func labelEnd(_ text: Substring) -> Substring.Index? {
        var depth = 0
        for index in text.indices {
            switch text[index] {
            case "[": depth += 1
            case "]":
                if depth == 0 { return index }
                depth -= 1
            default: break
            }
        }
        return nil
    }

    /// Where an MDX tag whose name is a member expression ends
    /// (`<Release.VersionDropdown />`, `<Tabs.Item label="a">`,
    /// `</Release.Provider>`), when `tail` starts with one: CommonMark reads
    /// no such tag as HTML, so it would stay in the prose as text. The tag
    /// ends at the first `>` outside quotes and braces, on the same line.
    static func memberTagEnd(_ tail: Substring) -> Substring.Index? {
        var index = tail.index(after: tail.startIndex)
        if index < tail.endIndex, tail[index] == "/" { index = tail.index(after: index) }
        func isNameStart(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c == "_" || c == "$") }
        func isNamePart(_ c: Character) -> Bool { isNameStart(c) || (c.isASCII && c.isNumber) }
        // A name, then one or more `.part`s.
        guard index < tail.endIndex, isNameStart(tail[index]) else { return nil }
        var parts = 0
        while index < tail.endIndex, isNamePart(tail[index]) { index = tail.index(after: index) }
        while index < tail.endIndex, tail[index] == "." {
            index = tail.index(after: index)
            guard index < tail.endIndex, isNameStart(tail[index]) else { return nil }
            while index < tail.endIndex, isNamePart(tail[index]) { index = tail.index(after: index) }
            parts += 1
        }
        guard parts > 0, index < tail.endIndex, tail[index] == ">" || tail[index] == "/" || tail[index] == " " else {
            return nil
        }
        var quote: Character?, depth = 0
        while index < tail.endIndex {
            let c = tail[index]
            if let open = quote {
                if c == open { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "{" {
                depth += 1
            } else if c == "}" {
                depth -= 1
            } else if c == ">", depth <= 0 {
                return tail.index(after: index)
            }
            index = tail.index(after: index)
        }
        return nil
    }

    private mutating func protectSpans(in line: Substring) -> String {
        guard line.contains(where: { $0 == "{" || $0 == "<" }) else { return String(line) }
        var output = ""
        var rest = line
        search: while let brace = rest.firstIndex(where: { $0 == "{" || $0 == "<" }) {
            let tail = rest[brace...]
            if rest[brace] == "<" {
                if let end = Self.memberTagEnd(tail) {
                    output += rest[..<brace]
                    output += placeholder(for: String(tail[..<end]))
                    rest = tail[end...]
                } else {
                    output += rest[...brace]
                    rest = rest[rest.index(after: brace)...]
                }
                continue search
            }
            for (open, close) in TemplateSpan.delimiters where tail.hasPrefix(open) {
                let bodyStart = tail.index(tail.startIndex, offsetBy: open.count)
                if let closing = tail[bodyStart...].range(of: close) {
                    output += rest[..<brace]
                    output += placeholder(for: String(tail[..<closing.upperBound]))
                    rest = tail[closing.upperBound...]
                    continue search
                }
            }
            output += rest[...brace]
            rest = rest[rest.index(after: brace)...]
        }
        output += rest
        return output
    }
}
