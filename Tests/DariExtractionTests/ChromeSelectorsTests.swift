import DariExtraction
import DariModel
import Testing

/// A site names its own chrome with CSS selectors (`dari.json` `"skip"`,
/// issue 17, noise pattern 2): menus and footers built from plain `div`s.
/// What they match is marked like `<nav>` and stays out of the memory.
@Suite struct ChromeSelectorsTests {
    /// The text of each block of `body`, with `*` before the ones marked chrome.
    private func marked(_ body: String, skip: [String]) throws -> [String] {
        let extractor = Extractor(chrome: try ChromeSelectors(skip))
        let page = try extractor.extract(bytes: Array("<html><body>\(body)</body></html>".utf8), path: "p.html").page
        return page.blocks.map { ($0.isBoilerplate ? "*" : "") + $0.text }
    }

    @Test(arguments: [
        (["#menu"], #"<div id="menu"><p>Home</p></div><p>Body.</p>"#, ["*Home", "Body."]),
        ([".breadcrumb"], #"<div class="top breadcrumb"><a>Manual</a></div><p>Body.</p>"#, ["*Manual", "Body."]),
        (["aside"], #"<aside><p>Related</p></aside><p>Body.</p>"#, ["*Related", "Body."]),
        (["[data-region=footer]"], #"<div data-region="footer"><p>© 2024</p></div><p>Body.</p>"#, ["*© 2024", "Body."]),
        (["[data-region='footer']"], #"<div data-region="footer"><p>© 2024</p></div>"#, ["*© 2024"]),
        (["[hidden]"], #"<p hidden>Old.</p><p>Body.</p>"#, ["*Old.", "Body."]),
        (["div.navheader"], #"<div class="navheader"><p>Prev</p></div><p class="navheader">Body.</p>"#, ["*Prev", "Body."]),
        (["ul.nav#top[role=list]"], #"<ul class="nav" id="top" role="list"><li>A</li></ul><ul class="nav"><li>B</li></ul>"#, ["*A", "B"]),
    ])
    func eachKindOfSelectorMarksTheElementAndItsContent(skip: [String], body: String, expected: [String]) throws {
        #expect(try marked(body, skip: skip) == expected)
    }

    @Test func aDescendantSelectorNeedsTheAncestorAtAnyDepth() throws {
        let body = #"<div class="sidebar"><div><p><a href="/">Top</a> of page</p></div></div>"#
            + #"<p><a href="/">Top</a> of body</p>"#
        // The link is inline: the paragraph holding it is the block, so the
        // selector has to name the block or an element around it.
        #expect(try marked(body, skip: ["div.sidebar p"]) == ["*Top of page", "Top of body"])
        #expect(try marked(body, skip: [".sidebar div p"]) == ["*Top of page", "Top of body"])
        #expect(try marked(body, skip: ["section p"]) == ["Top of page", "Top of body"])
    }

    @Test func aCommaListIsSeveralSelectors() throws {
        let body = #"<div id="menu"><p>Home</p></div><div class="footer"><p>© 2024</p></div><p>Body.</p>"#
        #expect(try marked(body, skip: ["#menu, .footer"]) == ["*Home", "*© 2024", "Body."])
    }

    @Test func attributeTextInsideChromeIsChromeToo() throws {
        #expect(try marked(#"<div id="logo"><img alt="GIMP logo" src="l.png"></div>"#, skip: ["#logo"]) == ["*GIMP logo"])
    }

    @Test func idsAndClassesAreCaseSensitiveTagsAreNot() throws {
        #expect(try marked(#"<DIV id="Menu"><p>Home</p></DIV>"#, skip: ["#menu"]) == ["Home"])
        #expect(try marked(#"<DIV id="Menu"><p>Home</p></DIV>"#, skip: ["DIV#Menu"]) == ["*Home"])
    }

    @Test(arguments: [
        ("nav > a", "\">\" (child combinator)"),
        ("h1 + p", "\"+\" (sibling combinator)"),
        ("h1 ~ p", "\"~\" (sibling combinator)"),
        ("*", "\"*\" (universal selector)"),
        ("a:hover", "\":hover\" (pseudo-class)"),
        ("[href^=http]", "\"^\" in an attribute selector (only [attr] and [attr=value])"),
        ("#", "\"#\" needs an id after it"),
        ("#menu,", "it is empty"),
    ])
    func anUnsupportedSelectorIsRefusedNamingWhatIsRead(selector: String, reason: String) {
        #expect(throws: ChromeSelectors.Unsupported(selector: selector, reason: reason)) {
            try ChromeSelectors([selector])
        }
        let message = ChromeSelectors.Unsupported(selector: selector, reason: reason).message
        #expect(message.contains("dari reads a tag (div), #id, .class, [attr], [attr=value]"))
    }

    // MARK: dari.json

    private func configuration(_ json: String) throws -> ConfigurationFile {
        try ConfigurationFile(bytes: Array(json.utf8), path: "site/dari.json")
    }

    @Test func skipInDariJSONConfiguresTheHTMLReader() throws {
        let file = try configuration(##"{"skip": ["#menu", ".breadcrumb"]}"##)
        let reader = try #require(try Extractor().configured(by: file) as? Extractor)
        #expect(reader.chrome == (try ChromeSelectors(["#menu", ".breadcrumb"])))
        #expect(try ChromeSelectors(configuration: try configuration(##"{"skip": "#menu"}"##))
            == ChromeSelectors(["#menu"]))
        #expect(try ChromeSelectors(configuration: try configuration("{}")).isEmpty)
    }

    @Test func aBadSelectorInDariJSONIsAnErrorAtItsLine() throws {
        let file = try configuration("{\n  \"skip\": [\"#menu\", \"nav > a\"]\n}")
        #expect(throws: ConfigurationError.malformed(
            file: "site/dari.json", line: 2,
            message: ChromeSelectors.Unsupported(selector: "nav > a", reason: "\">\" (child combinator)").message)) {
            try ChromeSelectors(configuration: file)
        }
        #expect(throws: ConfigurationError.self) { try ChromeSelectors(configuration: try configuration(#"{"skip": [1]}"#)) }
    }
}
