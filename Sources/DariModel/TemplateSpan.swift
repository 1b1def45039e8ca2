import Foundation

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
    ///
    /// A macro written as a call is compared by what it points at (`callKey`).
    ///
    /// Attributes a reader sees (`text`, `title`, `name`, …) are left out: a
    /// translation translates them (`{{< tab name="리눅스" >}}`), or gives
    /// one where the original shows its default (`{{< glossary_tooltip
    /// text="파드" term_id="pod" >}}` for `{{< glossary_tooltip term_id="pod"
    /// >}}`, which shows the English term).
    public static func comparisonKey(_ span: String) -> String {
        var text = Substring(span)
        for (open, close) in delimiters where text.hasPrefix(open) && text.hasSuffix(close) {
            text = text.dropFirst(open.count).dropLast(close.count)
            break
        }
        if let call = callKey(text) { return call }
        return words(of: text).compactMap { word -> String? in
            guard let equals = word.firstIndex(of: "=") else { return String(word) }
            let name = word[..<equals].lowercased()
            if shownAttributes.contains(name) { return nil }
            // An address is the page's in the reader's language (`url="/ko/docs/…"`), as a link's is.
            if linkAttributes.contains(name) {
                let value = word[word.index(after: equals)...]
                let unquoted = value.count >= 2 && value.first == "\"" && value.last == "\"" ? value.dropFirst().dropLast() : value
                return name + "=" + LinkAddress.languageNeutral(String(unquoted))
            }
            return String(word)
        }.joined(separator: " ")
    }

    /// A macro written as a call (`jsxref("Array.prototype.at()", "at()")`,
    /// MDN's KumaScript) by what it points at: its name, case aside, and its
    /// first argument, quotes aside and with `/` and `.prototype.` read as
    /// the `.` between names (`String/slice`, `String.prototype.slice()`,
    /// `String.slice` are one), a trailing `()` dropped. The other arguments
    /// are what it shows, which a translation translates or adds. Nil for
    /// any other span.
    static func callKey(_ text: Substring) -> String? {
        let body = text.trimmingCharacters(in: .whitespaces)
        guard body.hasSuffix(")"), let open = body.firstIndex(of: "(") else { return nil }
        let name = body[..<open].trimmingCharacters(in: .whitespaces)  // `jsxref ("RegExp")` too
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        let arguments = body[body.index(after: open)..<body.index(before: body.endIndex)]
        var first = "", quote: Character?
        for character in arguments {
            if let opening = quote {
                if character == opening { quote = nil } else { first.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "," {
                break
            } else if !character.isWhitespace {
                first.append(character)
            }
        }
        var target = first.lowercased().replacingOccurrences(of: "/", with: ".")
            .replacingOccurrences(of: ".prototype.", with: ".")
        if target.hasSuffix("()") { target.removeLast(2) }
        return name.lowercased() + "(" + target + ")"
    }

    /// Where an MDN cross-reference macro links to, as a path of MDN's site
    /// without its language (`{{jsxref("Array.prototype.flat", "flat()")}}`
    /// is `/docs/web/javascript/reference/global_objects/array/flat`), so
    /// that it is the same link as a Markdown link to that page; nil for
    /// any other span. `jsxref` names a global object unless its first part
    /// is a section of the reference (`Operators/typeof`); `domxref` names
    /// a Web API page, `cssxref` a CSS one, `glossary` a glossary entry.
    public static func crossReference(_ span: String) -> String? {
        guard span.hasPrefix("{{"), span.hasSuffix("}}"),
              let call = callKey(span.dropFirst(2).dropLast(2)),
              let open = call.firstIndex(of: "(") else { return nil }
        let name = call[..<open]
        let target = call[call.index(after: open)..<call.index(before: call.endIndex)]
        guard !target.isEmpty else { return nil }
        let path = target.split(separator: ".").joined(separator: "/")
        switch name {
        case "jsxref":
            let first = target.prefix { $0 != "." }
            return "/docs/web/javascript/reference/" + (referenceSections.contains(String(first)) ? "" : "global_objects/") + path
        case "domxref":
            return "/docs/web/api/" + path
        case "cssxref":
            return "/docs/web/css/" + target
        case "glossary":
            return "/docs/glossary/" + target.replacingOccurrences(of: " ", with: "_")
        default:
            return nil
        }
    }

    /// The sections of MDN's JavaScript reference besides its global objects.
    static let referenceSections: Set<String> = [
        "global_objects", "operators", "statements", "functions", "classes", "errors", "lexical_grammar",
        "regular_expressions", "strict_mode", "deprecated_and_obsolete_features", "iteration_protocols",
        "template_literals", "trailing_commas", "data_structures",
    ]

    /// Attributes of a shortcode whose value is an address.
    static let linkAttributes: Set<String> = ["url", "href", "link", "src"]

    /// Attributes of a shortcode whose value is text for the reader.
    static let shownAttributes: Set<String> = [
        "text", "title", "name", "prepend", "append", "alt", "caption", "label", "description", "linktitle",
    ]

    /// The words of a span, split at spaces outside double quotes.
    private static func words(of text: Substring) -> [Substring] {
        var words: [Substring] = []
        var start: Substring.Index?, quoted = false
        for index in text.indices {
            let character = text[index]
            if character == "\"" { quoted.toggle() }
            if (character == " " || character == "\t") && !quoted {
                if let first = start { words.append(text[first..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let first = start { words.append(text[first...]) }
        return words
    }

    /// A Hugo shortcode that shows its `text` attribute in the sentence
    /// (`{{< glossary_tooltip text="API server" term_id="kube-apiserver" >}}`
    /// reads "API server"), or without one its `title` (a link's
    /// `{{< openinnewtab href="…" title="Azure Playlist" >}}`): the span up
    /// to the value's opening quote, the value, and the rest from its
    /// closing quote. Nil for any other span, or a value without a letter.
    public static func visibleTextParts(_ span: String) -> (open: String, text: String, close: String)? {
        guard span.hasPrefix("{{<") || span.hasPrefix("{{%"),
              let attribute = span.range(of: " text=\"") ?? span.range(of: " title=\"") else { return nil }
        let rest = span[attribute.upperBound...]
        guard let end = rest.firstIndex(of: "\""), rest[..<end].contains(where: \.isLetter) else { return nil }
        return (String(span[..<attribute.upperBound]), String(rest[..<end]), String(span[end...]))
    }
}
