/// A node of an HTML document. The review page is built as a tree of these
/// and written by `HTMLNode.render`, which escapes every text and attribute
/// value: page text from a site can never close a tag or open a script.
public indirect enum HTMLNode: Sendable, Hashable {
    /// An element with its attributes in order (nil value: a boolean attribute such as `hidden`).
    case element(String, [HTMLAttribute], [HTMLNode])
    /// Text, escaped when written.
    case text(String)
    /// dari's own style sheet or script, written as is inside `<style>` or
    /// `<script>`. Only `HTMLNode.style` and `.script` make one, from text in
    /// this module (never from a memory), and rendering checks it cannot end its element.
    case rawText(String)

    /// An element: `.el("td", ["class": "src"], [.text("안녕")])`.
    public static func el(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:],
                          _ children: [HTMLNode] = []) -> HTMLNode {
        .element(name, attributes.map { HTMLAttribute(name: $0.key, value: $0.value) }, children)
    }

    /// An element with one text child.
    public static func el(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String) -> HTMLNode {
        el(name, attributes, [.text(text)])
    }

    static func style(_ css: String) -> HTMLNode { .element("style", [], [.rawText(css)]) }
    static func script(_ javascript: String) -> HTMLNode { .element("script", [], [.rawText(javascript)]) }

    /// The document's HTML, starting with `<!DOCTYPE html>`.
    public static func document(_ root: HTMLNode) -> String {
        var output = "<!DOCTYPE html>\n"
        root.render(into: &output)
        return output
    }

    /// Writes this node (and its children) as HTML.
    public func render(into output: inout String) {
        switch self {
        case let .text(text):
            Self.escape(text, into: &output, attribute: false)
        case let .rawText(text):
            // A constant of this module; a closing tag inside it would be a bug here, not input.
            precondition(!text.lowercased().contains("</script") && !text.lowercased().contains("</style"))
            output += text
        case let .element(name, attributes, children):
            output += "<" + name
            for attribute in attributes {
                output += " " + attribute.name
                if let value = attribute.value {
                    output += "=\""
                    Self.escape(value, into: &output, attribute: true)
                    output += "\""
                }
            }
            output += ">"
            if Self.voidElements.contains(name) {
                if Self.lineBreakAfter.contains(name) { output += "\n" }
                return
            }
            for child in children { child.render(into: &output) }
            output += "</" + name + ">"
            if Self.lineBreakAfter.contains(name) { output += "\n" }
        }
    }

    /// Elements that have no end tag.
    static let voidElements: Set<String> = ["br", "meta", "input", "img", "link", "hr", "wbr"]
    /// Block elements followed by a line break, so the file reads (and diffs) line by line.
    static let lineBreakAfter: Set<String> = [
        "html", "head", "body", "meta", "title", "style", "script", "header", "main", "section", "nav", "footer",
        "table", "thead", "tbody", "tr", "ul", "ol", "li", "h1", "h2", "h3", "p", "form", "fieldset", "div", "details",
        "noscript", "dl",
    ]

    /// `&`, `<` and `>` as references, and `"` too in attribute values; NUL
    /// (which HTML forbids) as U+FFFD.
    static func escape(_ text: String, into output: inout String, attribute: Bool) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where attribute: output += "&quot;"
            case "\0": output.unicodeScalars.append("\u{FFFD}")
            default: output.unicodeScalars.append(scalar)
            }
        }
    }
}

/// An attribute of an `HTMLNode.element`.
public struct HTMLAttribute: Sendable, Hashable {
    public var name: String
    /// Nil: a boolean attribute, written by its name alone.
    public var value: String?

    public init(name: String, value: String?) {
        self.name = name
        self.value = value
    }
}
