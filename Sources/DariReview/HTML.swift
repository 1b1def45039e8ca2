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
    /// JSON written by `PageData` (it holds no `<`), inside a `<script type="application/json">`.
    case json(String)

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
    /// Data for the script: never run, and never shown with scripts off.
    static func data(id: String, _ json: String) -> HTMLNode {
        .element("script", [HTMLAttribute(name: "type", value: "application/json"), HTMLAttribute(name: "id", value: id)],
                 [.json(json)])
    }

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
        case let .json(json):
            // PageData writes `<` as \u003c, so this cannot end the element or open a comment.
            precondition(!json.contains("<"))
            output += json
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

/// Page views as data, for a review too large to parse as HTML at once: each
/// node as JSON (a text as a string, an element as `[opening, child…]`),
/// where `opening` numbers an element name with its attributes in a table
/// shared by the file (a row's cells repeat the same few). The page's script
/// builds the DOM from it with `createElement`, `setAttribute` and
/// `createTextNode`, never parsing markup, so page text stays text. The
/// strings are written the way the HTML parser would hand them to the DOM
/// (CR and CRLF as LF, NUL as U+FFFD), so a view built from data is the same
/// DOM as the one written as HTML; `<` is `\u003c`, so nothing in it can end
/// its `<script>` element.
struct PageData {
    /// Each opening's JSON (`["td",["class","src"]]`), in the order first met.
    private(set) var openings: [String] = []
    private var numbers: [String: Int] = [:]

    /// `node` as JSON.
    mutating func encode(_ node: HTMLNode) -> String {
        var output = ""
        encode(node, into: &output)
        return output
    }

    mutating func encode(_ node: HTMLNode, into output: inout String) {
        switch node {
        case let .text(text):
            Self.string(text, into: &output)
        case .rawText, .json:
            preconditionFailure("style sheets, scripts and data are not page data")
        case let .element(name, attributes, children):
            var opening = "["
            Self.string(name, into: &opening)
            opening += ",["
            for (offset, attribute) in attributes.enumerated() {
                if offset > 0 { opening += "," }
                Self.string(attribute.name, into: &opening)
                opening += ","
                if let value = attribute.value { Self.string(value, into: &opening) } else { opening += "null" }
            }
            opening += "]]"
            let number: Int
            if let known = numbers[opening] {
                number = known
            } else {
                number = openings.count
                numbers[opening] = number
                openings.append(opening)
            }
            output += "[" + String(number)
            for child in children {
                output += ","
                encode(child, into: &output)
            }
            output += "]"
        }
    }

    /// The table of openings and the elements followed by a line break, as the script reads it.
    var table: String {
        var output = "{\"breakAfter\":["
        for (offset, name) in HTMLNode.lineBreakAfter.sorted().enumerated() {
            if offset > 0 { output += "," }
            Self.string(name, into: &output)
        }
        output += "],\"openings\":[\n" + openings.joined(separator: ",\n") + "\n]}"
        return output
    }

    /// A JSON string, with the HTML parser's newline and NUL handling and no `<`.
    static func string(_ text: String, into output: inout String) {
        output += "\""
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "<": output += "\\u003c"
            case "\r": output += "\\n"
            case "\n": if !afterCR { output += "\\n" }
            case "\t": output += "\\t"
            case "\0": output += "\u{FFFD}"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
