import CCmarkGFM
import Foundation
import DariExtraction
import DariICU
import DariModel

/// Walks cmark-gfm's tree of one page and makes its blocks.
///
/// The document is parsed, walked and freed in `build()`: no cmark pointer
/// outlives it or leaves this file.
struct MarkdownPageBuilder {
    struct Unparsable: Error {}

    let file: String
    let templates: TemplateSyntax
    /// The text cmark-gfm parses (template spans replaced), as lines of UTF-8.
    private let source: String
    private let lines: [ArraySlice<UInt8>]
    private(set) var blocks: [Block] = []

    init(file: String, source: String, templates: TemplateSyntax) {
        self.file = file
        self.source = source
        self.templates = templates
        self.lines = Array(source.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
    }

    /// cmark-gfm 0.29 (Debian's) keeps the characters its extensions react
    /// to (strikethrough's `~`) in one table for the whole process: a
    /// parser adds its extensions' characters before it reads the inlines
    /// and takes them out after, so a page parsed while another finishes
    /// loses them. `\[0~9, a~f\]` was read as struck-through text in most
    /// runs and as plain text in some, and the findings changed from run to
    /// run. Pages are parsed one at a time; what is built from the tree
    /// afterwards runs in parallel.
    private static let parseLock = NSLock()

    mutating func build() throws {
        let document: OpaquePointer = try Self.parseLock.withLock {
            guard let parser = dari_cmark_parser_new() else { throw Unparsable() }
            defer { cmark_parser_free(parser) }
            var text = source
            text.withUTF8 { buffer in
                buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
            }
            guard let document = cmark_parser_finish(parser) else { throw Unparsable() }
            return document
        }
        defer { cmark_node_free(document) }
        cmark_consolidate_text_nodes(document)
        try walkChildren(of: document, path: "", parentType: "document")
    }

    // MARK: - Blocks

    private mutating func walkChildren(of node: OpaquePointer, path: String, parentType: String) throws {
        var counts: [String: Int] = [:]
        var child = cmark_node_first_child(node)
        while let current = child {
            try walk(current, parentPath: path, parentType: parentType, counts: &counts)
            child = cmark_node_next(current)
        }
    }

    private mutating func walk(_ node: OpaquePointer, parentPath: String, parentType: String,
                               counts: inout [String: Int]) throws {
        let type = Self.type(of: node)
        let element: String
        switch type {
        case "heading": element = "h\(cmark_node_get_heading_level(node))"
        case "paragraph": element = "p"
        case "list": element = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? "ol" : "ul"
        case "item": element = "li"
        case "block_quote": element = "blockquote"
        case "code_block": element = "pre"
        case "html_block": element = "html"
        case "table_row", "table_header": element = "tr"
        case "table_cell": element = "td"
        case "footnote_definition": element = "footnote"
        case "thematic_break": return
        default: element = type
        }
        counts[element, default: 0] += 1
        let path = (parentPath.isEmpty ? "" : parentPath + "/") + "\(element)[\(counts[element]!)]"
        let line = Int(cmark_node_get_start_line(node))
        switch type {
        case "heading":
            try addTextBlock(node, kind: .heading(level: Int(cmark_node_get_heading_level(node))), path: path, line: line)
        case "paragraph":
            let kind: BlockKind = switch parentType {
            case "item": .listItem
            case "block_quote": .blockquote
            default: .paragraph
            }
            try addTextBlock(node, kind: kind, path: path, line: line)
        case "table_cell":
            try addTextBlock(node, kind: .tableCell, path: path, line: line)
        case "code_block":
            try addCodeBlock(node, path: path, line: line)
        case "html_block":
            try addHTMLBlock(node, path: path, line: line)
        default:
            try walkChildren(of: node, path: path, parentType: type)
        }
    }

    private mutating func addTextBlock(_ node: OpaquePointer, kind: BlockKind, path: String, line: Int) throws {
        var builder = InlineBuilder(line: line)
        try inlines(of: node, into: &builder)
        var path = path
        var anchor: String?
        if case .heading = kind, let found = builder.takeHeadingAnchor() {
            path += "{#\(found)}"
            anchor = found
        }
        let textBlock = try builder.finish()
        if let (content, lineMarks) = textBlock {
            var kind = kind
            if kind.isRunningText && builder.isOnlyCode { kind = .code }
            // The anchor is the heading's element id, as `<h2 id>` is on an HTML page:
            // the block aligner pairs headings by it.
            blocks.append(Block(kind: kind, content: content, location: SourceLocation(file: file, line: line),
                                path: path, lineMarks: lineMarks, elementID: anchor))
        }
        for attribute in builder.attributes {
            let text = attribute.text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            guard !text.isEmpty else { continue }
            // A paragraph that is only images has no block of its own: each image's
            // description carries the image, so a changed image is still compared.
            let image: [InlineContent] = textBlock == nil
                ? attribute.image.map { [.standalone(id: 1, element: "img", original: $0)] } ?? [] : []
            blocks.append(Block(kind: .attribute(name: attribute.name), content: image + [.text(try Normalizer.nfc(text))],
                                location: SourceLocation(file: file, line: attribute.line),
                                path: path + "/" + attribute.path + "@" + attribute.name))
        }
    }

    private mutating func addCodeBlock(_ node: OpaquePointer, path: String, line: Int) throws {
        var literal = templates.restore(Self.literal(of: node))
        while literal.hasSuffix("\n") { literal.removeLast() }
        guard literal.contains(where: { !$0.isWhitespace }) else { return }
        var length: Int32 = 0, offset: Int32 = 0, character: CChar = 0
        let isFenced = cmark_node_get_fenced(node, &length, &offset, &character) != 0
        // A fence's code starts on the line after it.
        let first = isFenced ? line + 1 : line
        let marks = literal.utf16.indices.enumerated().compactMap { index, position -> Int? in
            literal.utf16[position] == 0x0A ? index + 1 : nil
        }.enumerated().map { LineMark(offset: $1, line: first + $0 + 1) }
        blocks.append(Block(kind: .code, content: [.text(try Normalizer.nfc(literal))],
                            location: SourceLocation(file: file, line: first), path: path, lineMarks: marks))
    }

    /// A raw HTML block, read by the HTML extractor; its blocks get this
    /// page's lines and paths under `path`.
    private mutating func addHTMLBlock(_ node: OpaquePointer, path: String, line: Int) throws {
        let html = templates.restore(Self.literal(of: node))
        guard html.contains(where: { $0 != "<" && !$0.isWhitespace }) else { return }
        // On the block's first line, so extracted line 1 is the block's line.
        let result = try Extractor().extract(bytes: Array(("<body>" + html).utf8), path: file)
        let htmlLines = html.split(separator: "\n", omittingEmptySubsequences: false)
        for var block in result.page.blocks {
            let localLine = block.location.line
            block.location.line = localLine > 0 ? localLine + line - 1 : line
            block.lineMarks = block.lineMarks.map { LineMark(offset: $0.offset, line: $0.line + line - 1) }
            var localPath = Substring(block.path)
            for prefix in ["html/body/", "html/"] where localPath.hasPrefix(prefix) {
                localPath = localPath.dropFirst(prefix.count)
                break
            }
            block.path = path + "/" + localPath
            if case .heading = block.kind, localLine > 0, localLine <= htmlLines.count,
               let anchor = Self.headingID(in: htmlLines[localLine - 1]) {
                block.path += "{#\(anchor)}"
            }
            blocks.append(block)
        }
    }

    /// The `id` of an HTML heading's start tag on `line` (`<h2 id="install">`).
    static func headingID(in line: Substring) -> String? {
        guard let tag = line.firstMatch(of: /<[hH][1-6]\b[^>]*>/) else { return nil }
        return StartTag.attribute("id", in: tag.output)
    }

    // MARK: - Inlines

    private func inlines(of node: OpaquePointer, into builder: inout InlineBuilder) throws {
        var child = cmark_node_first_child(node)
        while let current = child {
            try inline(current, into: &builder)
            child = cmark_node_next(current)
        }
    }

    private func inline(_ node: OpaquePointer, into builder: inout InlineBuilder) throws {
        let type = Self.type(of: node)
        let nodeLine = Int(cmark_node_get_start_line(node))
        if nodeLine > builder.line { builder.newLine(nodeLine) }
        switch type {
        case "text":
            appendTemplated(Self.literal(of: node), into: &builder)
        case "softbreak":
            builder.appendText(" ")
            builder.newLine(builder.line + 1)
        case "linebreak":
            builder.lineBreak(original: "\n")
            builder.newLine(builder.line + 1)
        case "code":
            let id = builder.open("code", original: "`")
            builder.codeDepth += 1
            builder.appendText(templates.restore(Self.literal(of: node)))
            builder.codeDepth -= 1
            builder.close(id, "code", original: "`")
        case "emph", "strong", "strikethrough":
            let delimiter = type == "strikethrough" ? "~~" : delimiter(of: node, doubled: type == "strong")
            let element = type == "emph" ? "em" : type == "strong" ? "strong" : "del"
            let id = builder.open(element, original: delimiter)
            try inlines(of: node, into: &builder)
            builder.close(id, element, original: delimiter)
        case "link":
            let url = templates.restore(Self.string(cmark_node_get_url(node)))
            let title = templates.restore(Self.string(cmark_node_get_title(node)))
            if isAutolink(node) {
                let id = builder.open("a", original: "<")
                try inlines(of: node, into: &builder)
                builder.close(id, "a", original: ">")
            } else {
                let id = builder.open("a", original: "[")
                try inlines(of: node, into: &builder)
                builder.close(id, "a", original: "](" + url + (title.isEmpty ? "" : " \"\(title)\"") + ")")
            }
            if !title.isEmpty { builder.attributes.append(.init(name: "title", text: title, line: nodeLine, path: "a")) }
        case "image":
            var alt = InlineBuilder(line: nodeLine)
            try inlines(of: node, into: &alt)
            let altText = templates.restore(InlineContent.plainText(alt.content))
            let url = templates.restore(Self.string(cmark_node_get_url(node)))
            let title = templates.restore(Self.string(cmark_node_get_title(node)))
            let original = "![" + altText + "](" + url + (title.isEmpty ? "" : " \"\(title)\"") + ")"
            builder.image(original: original)
            builder.attributes.append(.init(name: "alt", text: altText, line: nodeLine, path: "img", image: original))
            if !title.isEmpty { builder.attributes.append(.init(name: "title", text: title, line: nodeLine, path: "img")) }
        case "footnote_reference":
            builder.standalone("footnote-ref", original: "[^" + Self.literal(of: node) + "]")
        case "html_inline":
            let html = templates.restore(Self.literal(of: node))
            builder.html(html)
            let lineFeeds = html.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            if lineFeeds > 0 { builder.newLine(builder.line + lineFeeds) }
        default:
            try inlines(of: node, into: &builder)
        }
    }

    /// Text with its template placeholders as standalone codes.
    private func appendTemplated(_ text: String, into builder: inout InlineBuilder) {
        var pending = ""
        for scalar in text.unicodeScalars {
            if let span = templates.span(for: scalar) {
                if !pending.isEmpty { builder.appendText(pending) }
                pending = ""
                // An MDX tag is a component, read as inline HTML is (paired, not
                // compared as a link is); other spans are templates.
                if span.hasPrefix("<") {
                    builder.html(span)
                } else if let (open, shown, close) = TemplateSpan.visibleTextParts(span) {
                    // A shortcode that shows text (a glossary tooltip) is that text in the sentence.
                    let id = builder.open(TemplateSpan.element, original: open)
                    builder.appendText(shown)
                    builder.close(id, TemplateSpan.element, original: close)
                } else {
                    builder.standalone(TemplateSpan.element, original: span)
                }
            } else {
                pending.unicodeScalars.append(scalar)
            }
        }
        if !pending.isEmpty { builder.appendText(pending) }
    }

    /// The delimiter an emphasis was written with (`*` or `_`), read from
    /// the source at the node's position; `*` when the position is not one.
    private func delimiter(of node: OpaquePointer, doubled: Bool) -> String {
        let found = character(at: node)
        let single = found == UInt8(ascii: "_") ? "_" : "*"
        return doubled ? single + single : single
    }

    /// Whether a link was written `<https://…>`: its text is its address
    /// (`mailto:` aside) and its line has the address between `<` and `>`.
    /// The line, not the column: cmark-gfm's inline columns are off after a
    /// soft break (`[“Enabling Recursive Types with⏎Boxes”](#…)<!-- ignore -->`
    /// starts at the comment's `<` by its count).
    private func isAutolink(_ node: OpaquePointer) -> Bool {
        guard let child = cmark_node_first_child(node), cmark_node_next(child) == nil,
              Self.type(of: child) == "text" else { return false }
        let text = Self.literal(of: child), url = Self.string(cmark_node_get_url(node))
        let line = Int(cmark_node_get_start_line(node))
        guard text == url || "mailto:" + text == url, line >= 1, line <= lines.count else { return false }
        let written = Array(("<" + text + ">").utf8), bytes = lines[lines.startIndex + line - 1]
        guard bytes.count >= written.count else { return false }
        return (bytes.startIndex...(bytes.endIndex - written.count)).contains {
            bytes[$0..<($0 + written.count)].elementsEqual(written)
        }
    }

    private func character(at node: OpaquePointer) -> UInt8? {
        let line = Int(cmark_node_get_start_line(node)), column = Int(cmark_node_get_start_column(node))
        guard line >= 1, line <= lines.count, column >= 1 else { return nil }
        let bytes = lines[lines.startIndex + line - 1]
        guard column <= bytes.count else { return nil }
        return bytes[bytes.startIndex + column - 1]
    }

    private static func type(of node: OpaquePointer) -> String {
        // cmark-gfm 0.29 names footnotes "<unknown>".
        switch cmark_node_get_type(node) {
        case CMARK_NODE_FOOTNOTE_REFERENCE: return "footnote_reference"
        case CMARK_NODE_FOOTNOTE_DEFINITION: return "footnote_definition"
        default: return string(cmark_node_get_type_string(node))
        }
    }

    private static func literal(of node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
