import DariModel
import DariXML

/// How extraction treats an element, decided by its name alone.
///
/// Names arrive lower-cased from libxml2's HTML parser. The sets follow how a
/// browser lays the element out (CSS `display` of the default style sheet),
/// because a translator sees the rendered page: whatever renders as one box of
/// running text should be one block.
enum ElementRole: Equatable {
    /// An element with a block kind of its own (`p`, `h1`, `li`, `td`…): it
    /// owns its direct text and gives the block its kind.
    case block(BlockKind)
    /// Any other block-level box (`div`, `section`, `table`, `pre`…). Text
    /// directly inside it still becomes a block, `.other(element:)`.
    case container
    /// Inline markup kept as a pair of codes around its text (`a`, `em`…).
    /// Unknown names land here too: browsers render unknown elements inline.
    case inline
    /// A void element that stands in running text as one code (`br`, `img`, `wbr`).
    case standalone
    /// Content a reader never sees as text (`script`, `style`…): dropped with
    /// everything inside, attributes included.
    case skipped
    /// A void element that is not running text (`meta`, `input`, `source`…):
    /// only its attributes can yield blocks.
    case void

    /// The role of the element called `name` (lower-case).
    init(element name: String) {
        if let kind = Self.blockKinds[name] {
            self = .block(kind)
        } else if Self.containerNames.contains(name) {
            self = .container
        } else if Self.standaloneNames.contains(name) {
            self = .standalone
        } else if Self.skippedNames.contains(name) {
            self = .skipped
        } else if Self.voidNames.contains(name) {
            self = .void
        } else {
            self = .inline
        }
    }

    private static let blockKinds: [String: BlockKind] = [
        "title": .title,
        "h1": .heading(level: 1), "h2": .heading(level: 2), "h3": .heading(level: 3),
        "h4": .heading(level: 4), "h5": .heading(level: 5), "h6": .heading(level: 6),
        "p": .paragraph,
        "li": .listItem,
        // BlockKind has one table-cell kind: a header cell aligns with a header cell
        // through its path (`th[1]`), not through its kind.
        "td": .tableCell, "th": .tableCell,
        "blockquote": .blockquote,
        "figcaption": .figcaption,
        "dt": .other(element: "dt"), "dd": .other(element: "dd"),
    ]

    /// Block-level boxes without a kind of their own. `button`, `option` and
    /// `textarea` are here although CSS calls them inline-block: their text is a
    /// label or value of its own, not part of the sentence around it.
    private static let containerNames: Set<String> = [
        "html", "head", "body",
        "address", "article", "aside", "center", "details", "dialog", "dir", "div", "dl",
        "fieldset", "figure", "footer", "form", "frameset", "header", "hgroup", "hr", "legend",
        "listing", "main", "menu", "nav", "ol", "plaintext", "pre", "search", "section",
        "summary", "ul", "xmp",
        "table", "caption", "colgroup", "thead", "tbody", "tfoot", "tr",
        "button", "select", "optgroup", "option", "textarea", "datalist",
        "audio", "video", "iframe", "object", "map", "noframes",
    ]

    /// `wbr` is unknown to libxml2's HTML4 parser, which then nests the text
    /// after it inside it; extraction emits its code at the start tag and
    /// carries on with that text as if it followed the element.
    private static let standaloneNames: Set<String> = ["br", "wbr", "img"]

    /// `svg` and `math` are markup for pictures and formulas; their `<title>`
    /// is not the page's title.
    private static let skippedNames: Set<String> = [
        "script", "style", "template", "noscript", "svg", "math", "canvas",
    ]

    private static let voidNames: Set<String> = [
        "area", "base", "basefont", "col", "embed", "frame", "input", "isindex", "keygen",
        "link", "meta", "param", "source", "track",
    ]
}

/// Which elements and attributes carry text, and which mark site chrome.
enum ElementClassification {
    /// Elements whose subtree is site chrome repeated on every page
    /// (`search` is HTML's element for a site search form).
    static let boilerplateElements: Set<String> = ["nav", "header", "footer", "search"]

    /// ARIA landmark roles of the same chrome (`<div role="navigation">`):
    /// menus, the site banner, the footer, the search form.
    static let boilerplateRoles: Set<String> = ["navigation", "banner", "contentinfo", "search"]

    /// Elements whose text is code (`pre` and its obsolete variants): their
    /// blocks are `.code`.
    static let codeBlockElements: Set<String> = ["pre", "listing", "xmp", "plaintext"]

    /// Attributes whose text a reader sees (tooltips, placeholders, alt text)
    /// or hears (screen readers). Blocks follow the attributes' order in the tag.
    static let textAttributes: Set<String> = ["alt", "title", "placeholder", "aria-label"]

    /// Elements inside which white space is kept as written (CSS `white-space: pre`).
    static let preformatted: Set<String> = ["pre", "listing", "plaintext", "xmp", "textarea"]

    /// Whether the element's attributes say its content is for translation:
    /// false for HTML `translate="no"`, ITS `its:translate="no"` or the
    /// `notranslate` class (which translation services honour), true for
    /// `translate="yes"`, nil when they say nothing (the parent decides, as
    /// HTML's `translate` is inherited).
    static func translates(_ attributes: [MarkupAttribute]) -> Bool? {
        for attribute in attributes where attribute.name == "translate" || attribute.name == "its:translate" {
            switch attribute.value.trimmingHTMLWhitespace().lowercased() {
            case "no": return false
            case "yes", "": return true
            default: break
            }
        }
        if let classes = attributes[named: "class"],
           classes.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).contains("notranslate") {
            return false
        }
        return nil
    }

    /// Whether an element with these attributes starts site chrome.
    static func isBoilerplate(element name: String, attributes: [MarkupAttribute]) -> Bool {
        if boilerplateElements.contains(name) { return true }
        for attribute in attributes where attribute.name == "role" {
            for role in attribute.value.split(separator: " ") where boilerplateRoles.contains(role.lowercased()) {
                return true
            }
        }
        return false
    }
}
