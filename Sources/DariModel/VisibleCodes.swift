/// The inline codes of a text that a reader sees (a link and where it
/// goes, an image, a line break, a template tag), as comparison keys:
/// what `tag-mismatch` compares between a source and its translation, and
/// part of what pairs a sentence with its translation in the aligner.
public enum VisibleCodes {
    /// Each code a reader sees, as a key with its count, and how to show it.
    public static func counted(_ content: [InlineContent]) -> (counts: [String: Int], shown: [String: String]) {
        var counts: [String: Int] = [:], shown: [String: String] = [:]
        // The opening parts of shortcodes around their visible text, by id.
        var openTemplates: [Int: String] = [:]
        for piece in content {
            let found: String, display: String
            switch piece {
            case .text: continue
            case let .start(id, TemplateSpan.element, original):
                openTemplates[id] = original
                continue
            case let .end(id, TemplateSpan.element, original):
                // A shortcode that shows its text is compared whole, as if the text were not in it:
                // `{{< glossary_tooltip text="파드" term_id="pod" >}}` is `{{< glossary_tooltip term_id="pod" >}}`.
                let open = openTemplates.removeValue(forKey: id) ?? ""
                guard let visible = key(element: TemplateSpan.element, original: open + original, kind: "standalone")
                else { continue }
                found = visible
                display = open + "…" + original
            case let .start(_, element, original):
                guard let visible = key(element: element, original: original, kind: "start") else { continue }
                found = visible
                display = original.isEmpty ? "<\(element)>" : original
            case let .end(_, element, original):
                // An HTML element's opening says everything; its closing adds nothing a reader sees.
                guard !original.isEmpty || !htmlElements.contains(element),
                    let visible = key(element: element, original: original, kind: "end")
                else { continue }
                found = visible
                display = original.isEmpty ? "</\(element)>" : original
            case let .standalone(_, element, original):
                guard let visible = key(element: element, original: original, kind: "standalone") else { continue }
                found = visible
                // A Markdown hard break's markup is a line end, which a message would print as one.
                display = original.isEmpty ? "<\(element)/>"
                    : visible == "line break" && !original.hasPrefix("<") ? markdownLineBreak : original
            }
            counts[found, default: 0] += 1
            if shown[found] == nil { shown[found] = display }
        }
        return (counts, shown)
    }

    /// How a message names a Markdown hard break, whose markup is a line end.
    public static let markdownLineBreak = "a line break"

    /// Where an HTML `<a>` start tag links to; nil for an anchor: no `href`,
    /// or an `href` to its own `id` or `name` (a heading's permalink,
    /// `<a href="#setup" id="setup"></a>` as GitBook exports write them), which
    /// takes the reader nowhere else.
    public static func linkTarget(_ startTag: String) -> String? {
        guard let href = StartTag.attribute("href", in: startTag) else { return nil }
        if href.hasPrefix("#"),
           let own = StartTag.attribute("id", in: startTag) ?? StartTag.attribute("name", in: startTag),
           href.dropFirst() == own[...] { return nil }
        return href
    }

    /// The key a code is compared under, nil when a reader does not see it.
    public static func key(element: String, original: String, kind: String) -> String? {
        let name = element.lowercased()
        switch name {
        case "a":
            if original.isEmpty { return kind + " a" }
            // A Markdown link: `[` opens it, `](target "title")` closes it
            // and says where it goes (DariMarkdown).
            if original == "[" || original == "<" || original == ">" { return nil }
            if kind == "end", original.hasPrefix("](") { return "link " + markdownTarget(original) }
            if kind == "end" { return nil }
            // `<a name>`, `<a id>`: an anchor, not a link.
            guard let href = linkTarget(original) else { return nil }
            return "link " + LinkAddress.languageNeutral(href)
        case "img":
            // A Markdown image: `![alt](address "title")`.
            if original.hasPrefix("!["), let address = original.range(of: "](", options: .backwards) {
                return "image " + markdownTarget(String(original[address.lowerBound...]))
            }
            guard let source = StartTag.attribute("src", in: original) else { return "image" }
            return "image " + LinkAddress.languageNeutral(source)
        case "br":
            return "line break"
        case TemplateSpan.element:
            // A directive's closing marker (`:::`) or the end of its label (`]`) shows
            // nothing: which paragraph a lazy `:::` line joins is a matter of blank lines.
            if TemplateSpan.isDirectiveEnd(original) { return nil }
            // A line that is one MDX component tag: the site's structure, as components are below.
            if TemplateSpan.isComponentTag(original) { return nil }
            // An MDN cross-reference is its link: a translation may write it as a
            // Markdown link to the same page (`[flat()](/ko/docs/…/Array/flat)`).
            if let address = TemplateSpan.crossReference(original) { return "link " + LinkAddress.languageNeutral(address) }
            // A shortcode or Liquid tag: what it does must match, not how
            // it is delimited (`{{< note >}}` ≡ `{{% note %}}`).
            return "template " + TemplateSpan.comparisonKey(original)
        case "comment", "footnote-ref":
            // Comments are invisible; footnotes are numbered per page.
            return nil
        default:
            if styling.contains(name) { return nil }
            // A component of MDX or a web component (`<Intro>`, `<TabItem>`, `<my-card>`) in a
            // page's markup is the site's own structure: whether a page wraps a paragraph in it
            // is a matter of blank lines in the source (React's Korean `<Intro>` around its first
            // paragraph). A memory's own codes (`<pc>` with no markup of a page) are compared.
            guard htmlElementNames.contains(name) || !original.hasPrefix("<") else { return nil }
            return kind + " " + name
        }
    }

    /// The elements of HTML (4 and 5) that can stand in running text or around it.
    public static let htmlElementNames: Set<String> = [
        "a", "abbr", "acronym", "address", "applet", "area", "article", "aside", "audio", "b", "bdi", "bdo", "big",
        "blockquote", "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data",
        "datalist", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset",
        "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i",
        "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "main", "map", "mark", "math", "menu",
        "meter", "nav", "nobr", "object", "ol", "optgroup", "option", "output", "p", "picture", "pre", "progress",
        "q", "rp", "rt", "ruby", "s", "samp", "section", "select", "small", "source", "span", "strike", "strong",
        "sub", "summary", "sup", "svg", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "time", "tr",
        "track", "tt", "u", "ul", "var", "video", "wbr",
    ]

    /// A Markdown link's target as a comparison key: the address in
    /// `](address "title")`, its scheme and host dropped, so that a link
    /// rewritten from `/en/about/` to `https://example.org/en/about/` is the
    /// same link (a page's Markdown names its own site either way).
    public static func markdownTarget(_ original: String) -> String {
        var address = Substring(original.dropFirst(2).dropLast())
        if let space = address.firstIndex(of: " ") { address = address[..<space] }
        if address.hasPrefix("<"), address.hasSuffix(">") { address = address.dropFirst().dropLast() }
        // `./images/a.png` is `images/a.png`.
        while address.hasPrefix("./") { address = address.dropFirst(2) }
        if let scheme = address.range(of: "://") {
            let afterHost = address[scheme.upperBound...].firstIndex(of: "/") ?? address.endIndex
            address = address[afterHost...]
            if address.isEmpty { address = "/" }
        }
        return LinkAddress.languageNeutral(String(address))
    }

    /// Elements that style text or mark it up for machines; a reader sees
    /// the same words whether they are there or not.
    public static let styling: Set<String> = [
        "em", "strong", "b", "i", "u", "s", "strike", "span", "acronym", "abbr", "code", "kbd", "samp", "var",
        "tt", "small", "big", "sub", "sup", "mark", "cite", "dfn", "font", "ins", "del", "bdi", "bdo", "wbr",
        "time", "data", "nobr", "label", "q",
    ]

    /// HTML elements whose closing tag carries no information of its own.
    private static let htmlElements: Set<String> = styling.union(["a", "img", "br"])

    /// What pairs a sentence with its translation besides its words: the
    /// links, images and template tags a reader sees (line breaks aside:
    /// they move with the layout) and the site's own components
    /// (`<Release.VersionDropdown />`, named in lower case, as an HTML
    /// parser lowers them and a Markdown reader does not). A translation
    /// keeps these with their sentence far more often than it moves them.
    public static func anchors(_ content: [InlineContent]) -> [String] {
        content.compactMap(anchor)
    }

    /// The anchor one piece of content gives (`anchors`), if any.
    public static func anchor(_ piece: InlineContent) -> String? {
        let found: String?
        switch piece {
        case .text:
            return nil
        case let .start(_, element, original), let .standalone(_, element, original):
            let kind = if case .start = piece { "start" } else { "standalone" }
            found = key(element: element, original: original, kind: kind)
            // `key` leaves out styling, comments, footnotes and the site's components; the last pair sentences here.
            if found == nil, original.hasPrefix("<") {
                let name = element.lowercased()
                if !htmlElementNames.contains(name), name != "comment", name != "footnote-ref" { return "component " + name }
            }
        case let .end(_, element, original):
            // A start and its end are one code here; a Markdown link says where it goes at its end.
            found = key(element: element, original: original, kind: "end")
        }
        guard let found, found != "line break", !found.hasPrefix("end ") else { return nil }
        return found
    }
}
