/// Template syntax kept as an inline code (`InlineContent.standalone` with
/// element `template`): a Hugo shortcode, a Liquid tag, an admonition
/// marker, an MDX import. The Markdown reader makes them; `tag-mismatch`
/// compares them across a pair by `comparisonKey`.
public enum TemplateSpan {
    /// The element name of a template code.
    public static let element = "template"

    /// The delimiters of one-line template spans, longest first.
    /// An MDX comment (`{/* … */}`) is one too: a page's note to its
    /// editors, or (React's docs and their translations) a heading's id.
    public static let delimiters: [(open: String, close: String)] = [
        ("{{<", ">}}"), ("{{%", "%}}"), ("{/*", "*/}"), ("{%", "%}"), ("{{", "}}"),
    ]

    /// Whether `span` closes a directive (`:::`, `::::`) or its label (`]`,
    /// `]{.class}`): structure the reader does not see.
    public static func isDirectiveEnd(_ span: String) -> Bool {
        (span.count >= 3 && span.allSatisfy { $0 == ":" }) || span.hasPrefix("]")
    }

    /// Whether `text` is one MDX component tag and nothing else: `<Name …>`,
    /// `</Name>` or `<Name … />`, the name capitalised (lower-case names are
    /// HTML), the tag ending at its first `>` outside quotes and braces.
    public static func isComponentTag(_ text: some StringProtocol) -> Bool {
        var characters = text.makeIterator()
        guard characters.next() == "<" else { return false }
        var first = characters.next()
        if first == "/" { first = characters.next() }
        guard let first, first.isASCII, first.isUppercase else { return false }
        var quote: Character?, braces = 0, closed = false
        while let character = characters.next() {
            if closed { return false }
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "{" {
                braces += 1
            } else if character == "}" {
                braces -= 1
            } else if character == ">", braces == 0 {
                closed = true
            }
        }
        return closed
    }

    /// A span as compared across a pair: its delimiters (`{{< >}}` or
    /// `{{% %}}` only say how Hugo renders the content) and its spacing
    /// dropped, so that only what the template does counts.
    public static func comparisonKey(_ span: String) -> String {
        var text = Substring(span)
        for (open, close) in delimiters where text.hasPrefix(open) && text.hasSuffix(close) {
            text = text.dropFirst(open.count).dropLast(close.count)
            break
        }
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
