import DariICU
import DariModel
import DariText

/// Builds one block's content from its inline nodes: text with white space
/// collapsed as a browser shows the rendered page, and inline codes that
/// keep the Markdown as written.
struct InlineBuilder {
    /// An attribute block found inside the run: an image's `alt`, a link's `title`.
    struct Attribute {
        var name: String
        var text: String
        var line: Int
        /// The element it belongs to, for the block's path (`img`, `a`).
        var path: String
        /// An image's Markdown (`![alt](/cover.png)`), for an `alt` only.
        var image: String? = nil
    }

    private(set) var content: [InlineContent] = []
    var attributes: [Attribute] = []
    /// The current line of the page file.
    private(set) var line: Int
    /// Inside inline code (`` `…` ``, `<code>`): its text is code, not prose.
    var codeDepth = 0
    private var marks: [(piece: Int, offset: Int, line: Int)] = []
    private var pendingMark = false
    private var nextID = 1
    private var endsInSpace = true
    private var openHTML: [(id: Int, element: String)] = []
    private var hasVisibleText = false
    private var hasProseText = false
    private var hasCodeText = false

    /// The run is code and nothing else (`` `make install` ``).
    var isOnlyCode: Bool { hasCodeText && !hasProseText }

    init(line: Int) {
        self.line = line
    }

    /// The next text starts on `line` of the page file.
    mutating func newLine(_ line: Int) {
        self.line = line
        pendingMark = true
    }

    mutating func appendText(_ string: String) {
        var collapsed = ""
        for scalar in string.unicodeScalars {
            if Script.isWhitespace(scalar) {
                if !endsInSpace {
                    collapsed.unicodeScalars.append(" ")
                    endsInSpace = true
                }
            } else {
                collapsed.unicodeScalars.append(scalar)
                endsInSpace = false
            }
        }
        guard !collapsed.isEmpty else { return }
        if collapsed.unicodeScalars.contains(where: { $0 != " " }) {
            hasVisibleText = true
            if codeDepth > 0 {
                hasCodeText = true
            } else if collapsed.unicodeScalars.contains(where: {
                $0.properties.isAlphabetic || $0.properties.numericType != nil
            }) {
                hasProseText = true
            }
        }
        let isMarked = pendingMark && collapsed != " "
        if case let .text(previous) = content.last {
            if isMarked { marks.append((content.count - 1, previous.utf16.count, line)) }
            content[content.count - 1] = .text(previous + collapsed)
        } else {
            if isMarked { marks.append((content.count, 0, line)) }
            content.append(.text(collapsed))
        }
        if isMarked { pendingMark = false }
    }

    /// Opens a paired code; returns its id for `close`.
    mutating func open(_ element: String, original: String) -> Int {
        let id = nextID
        nextID += 1
        content.append(.start(id: id, element: element, original: original))
        return id
    }

    mutating func close(_ id: Int, _ element: String, original: String) {
        content.append(.end(id: id, element: element, original: original))
    }

    mutating func standalone(_ element: String, original: String) {
        content.append(.standalone(id: nextID, element: element, original: original))
        nextID += 1
    }

    /// An image: visible, so a space after it is kept.
    mutating func image(original: String) {
        standalone("img", original: original)
        endsInSpace = false
    }

    /// A hard line break: the space before it and after it do not show.
    mutating func lineBreak(original: String) {
        trimTrailingSpace()
        standalone("br", original: original)
        endsInSpace = true
    }

    /// Inline HTML: a start tag opens a paired code its end tag closes; a
    /// void or self-closing element, a comment or an unmatched end tag is
    /// standalone.
    mutating func html(_ html: String) {
        if html.hasPrefix("<!--") {
            standalone("comment", original: html)
            return
        }
        let isEnd = html.hasPrefix("</")
        let name = String(html.dropFirst(isEnd ? 2 : 1).prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }))
            .lowercased()
        guard !name.isEmpty else {
            standalone("html", original: html)
            return
        }
        if isEnd {
            if let index = openHTML.lastIndex(where: { $0.element == name }) {
                let open = openHTML[index]
                openHTML.removeSubrange(index...)
                if InlineContent.codeElements.contains(name) { codeDepth = max(0, codeDepth - 1) }
                content.append(.end(id: open.id, element: name, original: html))
            } else {
                standalone(name, original: html)
            }
        } else if html.hasSuffix("/>") || Self.voidElements.contains(name) {
            if name == "br" { lineBreak(original: html) } else if name == "img" { image(original: html) } else {
                standalone(name, original: html)
            }
        } else {
            openHTML.append((open(name, original: html), name))
            if InlineContent.codeElements.contains(name) { codeDepth += 1 }
        }
    }

    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// Takes a heading's anchor out of its content: a trailing `{#id}` (or
    /// `{#id .class}`, Hugo's and Pandoc's attribute syntax) or MDX comment
    /// that is one word (`{/*install*/}`, how React's docs give a heading
    /// its id), else the `id` or `name` of an `<a>` without `href` in it.
    mutating func takeHeadingAnchor() -> String? {
        if let last = content.lastIndex(where: { if case .text(let text) = $0 { !text.allSatisfy { $0 == " " } } else { true } }),
           case let .standalone(_, TemplateSpan.element, original) = content[last],
           original.hasPrefix("{/*"), original.hasSuffix("*/}") {
            let words = original.dropFirst(3).dropLast(3).split(whereSeparator: \.isWhitespace)
            if words.count == 1, let id = words.first.map(String.init) {
                content.removeSubrange(last...)
                trimTrailingSpace()
                endsInSpace = true
                return id
            }
        }
        if let last = content.lastIndex(where: { if case .text = $0 { true } else { false } }),
           case let .text(text) = content[last] {
            var trimmed = Substring(text)
            while trimmed.last == " " { trimmed.removeLast() }
            if trimmed.hasSuffix("}"), let open = trimmed.range(of: "{#", options: .backwards) {
                let inside = trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)]
                let id = inside.prefix { $0 != " " && $0 != "}" }
                if !id.isEmpty {
                    var rest = trimmed[..<open.lowerBound]
                    while rest.last == " " { rest.removeLast() }
                    if rest.isEmpty { content.remove(at: last) } else { content[last] = .text(String(rest)) }
                    endsInSpace = true
                    return String(id)
                }
            }
        }
        for piece in content {
            if case let .start(_, "a", original) = piece, original.hasPrefix("<"),
               StartTag.attribute("href", in: original) == nil,
               let id = StartTag.attribute("id", in: original) ?? StartTag.attribute("name", in: original), !id.isEmpty {
                return id
            }
        }
        return nil
    }

    /// The content in NFC and its line marks, nil when there is no visible text.
    mutating func finish() throws -> (content: [InlineContent], lineMarks: [LineMark])? {
        trimTrailingSpace()
        guard hasVisibleText else { return nil }
        // An HTML start tag never closed stands alone.
        for open in openHTML {
            if let index = content.firstIndex(where: { if case .start(open.id, _, _) = $0 { true } else { false } }),
               case let .start(id, element, original) = content[index] {
                content[index] = .standalone(id: id, element: element, original: original)
            }
        }
        openHTML.removeAll()
        for index in content.indices {
            if case let .text(value) = content[index] { content[index] = .text(try Normalizer.nfc(value)) }
        }
        let pieces = InlineContent.plainTextPieces(content)
        var starts: [Int] = [], offset = 0
        for piece in pieces {
            starts.append(offset)
            offset += piece.utf16.count
        }
        let lineMarks = marks.compactMap { mark -> LineMark? in
            guard mark.piece < pieces.count else { return nil }
            let length = pieces[mark.piece].utf16.count
            return LineMark(offset: starts[mark.piece] + min(mark.offset, max(0, length - 1)), line: mark.line)
        }
        return (content, lineMarks)
    }

    private mutating func trimTrailingSpace() {
        for index in content.indices.reversed() {
            guard case var .text(value) = content[index] else { continue }
            if value.unicodeScalars.last == " " {
                value.unicodeScalars.removeLast()
                if value.isEmpty { content.remove(at: index) } else { content[index] = .text(value) }
            }
            return
        }
    }
}
