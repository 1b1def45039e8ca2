import DariExtraction
import DariModel
import DariTestSupport
import Foundation
import Testing

/// What `Extractor` makes of each fixture page. Expected texts, paths and
/// lines are written against the fixture's own text.
@Suite struct ExtractorTests {
    // MARK: Inline codes

    @Test func linkBecomesPairedCodeWithItsOriginalStartTag() throws {
        let result = try fixtures.extract("inline-codes.html")
        let block = try result.block(withText: "Read our story first.")
        #expect(block.kind == .paragraph)
        #expect(block.content == [
            .text("Read "),
            .start(id: 1, element: "a", original: #"<a href="/about" title="About us">"#),
            .text("our story"),
            .end(id: 1, element: "a", original: "</a>"),
            .text(" first."),
        ])
    }

    @Test func nestedInlineCodesCloseInnermostFirst() throws {
        let block = try fixtures.extract("inline-codes.html").block(withText: "Plain and nested emphasis here.")
        #expect(block.content == [
            .text("Plain "),
            .start(id: 1, element: "em", original: "<em>"),
            .text("and "),
            .start(id: 2, element: "strong", original: "<strong>"),
            .text("nested"),
            .end(id: 2, element: "strong", original: "</strong>"),
            .text(" emphasis"),
            .end(id: 1, element: "em", original: "</em>"),
            .text(" here."),
        ])
    }

    @Test(arguments: [
        ("First line second line", "First line{1/}second line"),
        ("Verylongword", "Very{1/}long{2/}word"),
        ("An empty span keeps its codes.", "An empty {1}{/1}span keeps its codes."),
        ("Run dari extract & read the output.", "Run {1}dari extract{/1} & read the output."),
    ])
    func codesInMarkedText(text: String, marked: String) throws {
        let block = try fixtures.extract("inline-codes.html").block(withText: text)
        #expect(block.markedText == marked)
    }

    /// The plain text reads a line break between words as a space, so that
    /// words and sentences on either side stay apart, and adds nothing for
    /// one at either end or after a space or another line break.
    @Test(arguments: [
        ("<p>45 wells.<br>This year 60.</p>", "45 wells. This year 60."),
        ("<p>2021<br><b>2022</b></p>", "2021 2022"),
        ("<p>one<br><br>two</p>", "one two"),
        ("<p>one <br> two<br></p>", "one two"),
        ("<p><br>one</p>", "one"),
        ("<p>A<img src=x.png>B</p>", "AB"),
    ])
    func lineBreakReadsAsASpaceBetweenWords(html: String, text: String) throws {
        let page = try Extractor().extract(bytes: Array(html.utf8), path: "a.html").page
        #expect(page.blocks.first?.text == text)
    }

    @Test func imageInRunningTextIsAStandaloneCodeAndAnAltBlock() throws {
        let result = try fixtures.extract("inline-codes.html")
        let paragraph = try result.block(withText: "Call us  today.")
        #expect(paragraph.content == [
            .text("Call us "),
            .standalone(id: 1, element: "img", original: #"<img src="/phone.png" alt="phone">"#),
            .text(" today."),
        ])
        let alt = try result.block(withText: "phone")
        #expect(alt.kind == .attribute(name: "alt"))
        #expect(alt.path == "html/body/p[4]/img[1]@alt")
        let blocks = result.page.blocks
        #expect(blocks.firstIndex(of: alt) == blocks.firstIndex(of: paragraph).map { $0 + 1 },
                "the alt block follows the paragraph it sits in")
    }

    @Test func anImageWithNoTextAroundItIsCarriedByItsAltBlock() throws {
        let html = """
            <p><img src="/setup.png" alt="The setup screen"></p>
            <p>Press <img src="/ok.png" alt="OK"> now.</p>
            """
        let blocks = try Extractor().extract(bytes: Array(html.utf8), path: "a.html").page.blocks
        // The paragraph that is only an image has no block: its alt text
        // carries the image, so a changed screenshot is still compared.
        #expect(blocks.map(\.content) == [
            [.standalone(id: 1, element: "img", original: #"<img src="/setup.png" alt="The setup screen">"#),
             .text("The setup screen")],
            [.text("Press "), .standalone(id: 1, element: "img", original: #"<img src="/ok.png" alt="OK">"#),
             .text(" now.")],
            [.text("OK")],
        ])
    }

    @Test func attributeValuesInOriginalMarkupAreEscaped() throws {
        let block = try fixtures.extract("inline-codes.html").block(withText: "Escaped attributes.")
        #expect(block.content.first == .start(id: 1, element: "a",
                                              original: #"<a href="/a?x=1&amp;y=&quot;2&quot;">"#))
    }

    // MARK: Nested blocks

    @Test func innermostBlockOwnsItsText() throws {
        let result = try fixtures.extract("nested-blocks.html")
        let rows = result.page.blocks.map { "\($0.kind)  \($0.path)  \($0.text)" }
        #expect(rows == [
            "title  html/head/title[1]  Nested blocks",
            "p  html/body/main/blockquote/p[1]  Religion that God our Father accepts as pure is this: "
                + "to look after orphans and widows in their distress.",
            "p  html/body/main/blockquote/p[2]  James 1:27",
            "blockquote  html/body/main/blockquote[2]  Spare my people.",
            "li  html/body/main/ul/li[1]  Rescue team",
            "li  html/body/main/ul/li/ul/li[1]  China",
            "li  html/body/main/ul/li/ul/li[2]  Southeast Asia",
            "li  html/body/main/ul/li[1]#2  and partners",
            "div  html/body/main/div[1]  Text directly in a div.",
            "p  html/body/main/div/p[1]  A paragraph in the div.",
            "div  html/body/main/div[1]#2  More div text.",
            "@alt  html/body/main/figure/img[1]@alt  The Tumen River in winter",
            "figcaption  html/body/main/figure/figcaption[1]  The border river, 2000.",
            "td  html/body/main/table/tr/th[1]  Year",
            "td  html/body/main/table/tr/td[1]  2000",
            "p  html/body/main/table/tr[2]/td/p[1]  Cell paragraph",
            "dt  html/body/main/dl/dt[1]  Hanawon",
            "dd  html/body/main/dl/dd[1]  The resettlement centre.",
            "h2  html/body/main/section/h2[1]  First section",
            "h2  html/body/main/section[2]/h2[1]  Second section",
            "p  html/body/main/section[2]/p[1]  One",
            "p  html/body/main/section[2]/p[2]  Two",
        ])
    }

    @Test func blocksCarryTheLineOfTheirElementOrText() throws {
        let name = "nested-blocks.html"
        let result = try fixtures.extract(name)
        for (text, marker) in [
            ("James 1:27", "James 1:27"),
            ("and partners", "and partners"),
            ("Text directly in a div.", "Text directly in a div."),
            ("More div text.", "More div text."),
            ("The Tumen River in winter", "The Tumen River in winter"),
            ("Second section", "Second section"),
        ] {
            #expect(try result.block(withText: text).location.line == fixtures.line(containing: marker, in: name),
                    "line of '\(text)'")
        }
        #expect(try result.block(withText: "Rescue team").location == SourceLocation(file: name, line: 12))
    }

    @Test func linesBeyond65535AreKept() throws {
        var html = "<html><body>\n"
        for _ in 0..<70_000 { html += "<p>x</p>\n" }
        html += "<h1>Last</h1>\n</body></html>\n"
        let result = try Extractor().extract(bytes: Array(html.utf8), path: "long.html")
        #expect(try result.block(withText: "Last").location.line == 70_002)
    }

    // MARK: White space

    @Test(arguments: [
        ("title[1]", "White space"),
        ("p[1]", "Lots of space here"),
        ("p[2]", "foo {1}bar{/1} baz"),
        ("p[3]", "one {1}two {/1}three"),
        ("p[4]", "line one{1/}line two"),
        ("p[5]", "keep\u{A0}\u{A0}non-breaking"),
        ("pre[1]", "  indented\\n    code\\n"),
        ("p[8]", "Windows line end"),
    ])
    func whiteSpaceCollapsesAsRendered(pathSuffix: String, marked: String) throws {
        let result = try fixtures.extract("whitespace.html")
        let block = try #require(result.page.blocks.first { $0.path.hasSuffix("/" + pathSuffix) })
        #expect(block.markedText == marked)
    }

    @Test func blankParagraphsGiveNoBlock() throws {
        let paths = try fixtures.extract("whitespace.html").page.blocks.map(\.path)
        #expect(!paths.contains("html/body/p[6]"), "<p>   </p>")
        #expect(!paths.contains("html/body/p[7]"), "<p>&nbsp;</p>")
    }

    @Test func collapsingWorksAcrossInlineBoundaries() throws {
        let block = try fixtures.extract("whitespace.html").block(withText: "foo bar baz")
        #expect(block.content == [
            .text("foo "), .start(id: 1, element: "em", original: "<em>"), .text("bar"),
            .end(id: 1, element: "em", original: "</em>"), .text(" baz"),
        ])
    }

    // MARK: Skipped content

    @Test func scriptStyleTemplateNoscriptSvgAndCommentsAreSkipped() throws {
        let texts = try fixtures.extract("script-style-comments.html").page.blocks.map(\.text)
        #expect(texts == ["Skipping", "Visible text.", "After the skipped parts."])
    }

    // MARK: Attributes and page facts

    @Test func attributeAndMetaBlocks() throws {
        let result = try fixtures.extract("attributes.html")
        let rows = result.page.blocks.map { "\($0.kind)  \($0.path)  \($0.text)" }
        #expect(rows == [
            "title  html/head/title[1]  속성",
            "meta-description  html/head/meta[2]@content  갈렙선교회는 탈북민을 돕습니다.",
            "@og:title  html/head/meta[3]@content  갈렙선교회",
            "@og:description  html/head/meta[4]@content  탈북민 구출과 정착 지원",
            "@alt  html/body/img[1]@alt  구출팀",
            "@title  html/body/img[1]@title  2019년 구출팀",
            "@placeholder  html/body/form/input[1]@placeholder  검색어를 입력하세요",
            "@aria-label  html/body/form/input[1]@aria-label  사이트 검색",
            "@aria-label  html/body/form/button[1]@aria-label  검색",
            "button  html/body/form/button[1]  🔍",
            "p  html/body/p[1]  북한에서 온 이웃",
            "@title  html/body/p/abbr[1]@title  North Korea",
        ])
    }

    @Test func languageAndAlternatesComeFromTheHead() throws {
        let page = try fixtures.extract("attributes.html").page
        #expect(page.language == .korean)
        #expect(page.alternates == [
            AlternateLink(language: "en", href: "https://example.org/en/about.html"),
            AlternateLink(language: "ko", href: "https://example.org/ko/about.html"),
        ])
    }

    @Test func dataDariIgnoreSilencesChecksOnTheElementAndEverythingInside() throws {
        let html = """
            <html lang="en"><body>
            <section data-dari-ignore="number-mismatch">
            <p>Counted.</p>
            <figure><img src="a.jpg" alt="A photo"><figcaption data-dari-ignore="hangul-in-target, number-mismatch">강 집사</figcaption></figure>
            </section>
            <p data-dari-ignore>Everything silenced.</p>
            <p>Checked.</p>
            </body></html>
            """
        let blocks = try Extractor().extract(bytes: Array(html.utf8), path: "t.html").page.blocks
        #expect(blocks.map(\.suppressedChecks) == [
            ["number-mismatch"], ["number-mismatch"], ["hangul-in-target", "number-mismatch"], ["all"], [],
        ])
    }

    /// A block element's `id` (which pages generated from one source share
    /// across languages) goes with its first block; text after a nested
    /// block, and inline elements' ids, do not carry it.
    @Test func aBlockCarriesItsElementsID() throws {
        let html = #"<html><body><h1 id="hd_id3153899">Title</h1><li id="item">Before<p>Inside</p>After</li>"#
            + #"<p>No id, <span id="x">inline</span>.</p></body></html>"#
        let blocks = try Extractor().extract(bytes: Array(html.utf8), path: "t.html").page.blocks
        #expect(blocks.map(\.text) == ["Title", "Before", "Inside", "After", "No id, inline."])
        #expect(blocks.map(\.elementID) == ["hd_id3153899", "item", nil, nil, nil])
    }

    @Test func attributeBlockOfABlockElementComesBeforeItsText() throws {
        let html = #"<html><body><p title="Tip">Hello</p></body></html>"#
        let blocks = try Extractor().extract(bytes: Array(html.utf8), path: "t.html").page.blocks
        #expect(blocks.map(\.path) == ["html/body/p[1]@title", "html/body/p[1]"])
    }

    // MARK: Boilerplate

    @Test(arguments: [
        ("Caleb Mission", true),
        ("Home", true),
        ("About", true),
        ("Skip to content", true),
        ("Site banner", true),
        ("Main content", false),
        ("Not boilerplate.", false),
        ("© 2024 Caleb Mission", true),
        ("Contact: info@example.org", true),
        ("Boilerplate", false),
    ])
    func boilerplateFlag(text: String, isBoilerplate: Bool) throws {
        let block = try fixtures.extract("boilerplate.html").block(withText: text)
        #expect(block.isBoilerplate == isBoilerplate)
    }

    // MARK: Paths

    @Test func pathsDoNotDependOnTextOrOnLaterSiblings() throws {
        let before = #"<html><body><main><h1>Title</h1><section><p>A</p><p>B</p></section></main></body></html>"#
        let after = #"<html><body><main><h1>A new title</h1><section><p>Changed text</p><p>B and more</p>"#
            + #"<p>Added</p></section><section><p>New section</p></section></main></body></html>"#
        let old = try Extractor().extract(bytes: Array(before.utf8), path: "a.html").page.blocks.map(\.path)
        let new = try Extractor().extract(bytes: Array(after.utf8), path: "a.html").page.blocks.map(\.path)
        #expect(old == ["html/body/main/h1[1]", "html/body/main/section/p[1]", "html/body/main/section/p[2]"])
        #expect(Array(new.prefix(old.count)) == old)
        #expect(new.dropFirst(old.count) == ["html/body/main/section/p[3]", "html/body/main/section[2]/p[1]"])
    }

    @Test func pathsAreTheSameOnEveryRun() throws {
        let first = try fixtures.extract("about-ko.html")
        let second = try fixtures.extract("about-ko.html")
        #expect(first == second)
    }

    // MARK: Bad input

    @Test func malformedMarkupGivesWarningsWithLinesAndStillExtracts() throws {
        let name = "malformed.html"
        let result = try fixtures.extract(name)
        let strayEnd = try #require(result.diagnostics.first { $0.message.contains("Unexpected end tag : i") })
        #expect(strayEnd.severity == .warning)
        #expect(strayEnd.location.file == name)
        #expect(try strayEnd.location.line == fixtures.line(containing: "</i>", in: name))
        let unknown = try #require(result.diagnostics.first { $0.message.contains("blink") })
        #expect(try unknown.location.line == fixtures.line(containing: "<blink>", in: name))
        #expect(result.diagnostics.allSatisfy { $0.location.line > 0 })
        #expect(try result.block(withText: "After the damage.").location.line
                    == fixtures.line(containing: "After the damage.", in: name))
        #expect(try result.block(withText: "Unclosed bold").kind == .paragraph)
    }

    @Test func html5ElementsAreNotWarnings() throws {
        #expect(try fixtures.extract("about-ko.html").diagnostics == [])
        #expect(try fixtures.extract("nested-blocks.html").diagnostics == [])
    }

    @Test func eucKRPageIsDecodedFromItsDeclaredCharset() throws {
        let result = try fixtures.extract("euc-kr.html")
        #expect(result.encoding == "EUC-KR")
        #expect(result.page.blocks.map(\.markedText) == [
            "갈렙선교회 소개", "우리의 이야기", "2000년, 한 목사가 {1}두만강{/1}을 찾았습니다.",
        ])
    }

    @Test func invalidUTF8IsAnErrorWithItsLine() throws {
        #expect(throws: ExtractionError.undecodable(file: "invalid-utf8.html", line: 6, encoding: "UTF-8")) {
            try fixtures.extract("invalid-utf8.html")
        }
    }

    @Test func externalEntityIsNeitherFetchedNorExpanded() throws {
        let result = try fixtures.extract("xxe.html")
        let paragraph = try result.block(withText: "Before &xxe; after.")
        #expect(paragraph.kind == .paragraph)
        #expect(!result.page.blocks.contains { $0.text.contains("root:") }, "/etc/passwd leaked into a block")
        #expect(result.diagnostics.contains { $0.message.contains("DOCTYPE") })
    }

    // MARK: Files

    @Test func extractsFromAFileUnderTheGivenName() throws {
        let path = try fixtures.url("inline-codes.html").path
        let result = try Extractor().extract(fileAt: path)
        #expect(result.page.path == path)
        #expect(result.page.blocks.allSatisfy { $0.location.file == path })
        #expect(result.page.blocks == (try Extractor().extract(bytes: fixtures.bytes("inline-codes.html"), path: path)).page.blocks)
    }

    @Test func missingFileIsAnIOError() throws {
        let path = "/nonexistent-dari-folder/about.html"
        #expect(throws: ExtractionError.fileNotFound(file: path)) {
            try Extractor().extract(fileAt: path)
        }
    }

    @Test func folderIsAnIOError() throws {
        let folder = try fixtures.url("").path
        #expect(throws: ExtractionError.isDirectory(file: folder)) {
            try Extractor().extract(fileAt: folder)
        }
    }

    @Test(.enabled(if: geteuid() != 0, "root reads files whatever their mode"))
    func unreadableFileIsAnIOError() throws {
        let scratch = try ScratchFolder("dari-extractor")
        let path = try scratch.write("secret.html", "<p>secret</p>")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        #expect(throws: ExtractionError.permissionDenied(file: path)) {
            try Extractor().extract(fileAt: path)
        }
    }

    @Test func emptyPageIsAWarningNotAnError() throws {
        let result = try Extractor().extract(bytes: [], path: "empty.html")
        #expect(result.page.blocks == [])
        #expect(result.diagnostics.map(\.description) == [
            "empty.html: warning: the page is empty; check that it was saved completely",
        ])
    }

    // MARK: Unicode

    @Test func decomposedHangulComesOutComposed() throws {
        let source = String(decoding: try fixtures.bytes("nfc.html"), as: UTF8.self)
        #expect(source.unicodeScalars.contains("\u{1112}"), "the fixture must hold conjoining jamo (NFD)")
        let result = try fixtures.extract("nfc.html")
        #expect(result.page.blocks.map(\.text) == ["한글 정규화", "탈북민을 돕는 한국 교회", "두만강"])
        for block in result.page.blocks {
            #expect(!block.text.unicodeScalars.contains { (0x1100...0x11FF).contains($0.value) },
                    "jamo left in '\(block.text)'")
        }
    }

    // MARK: Depth

    /// Nested `levels` deep: `<div>` inside `<div>`, with one sentence at the bottom.
    private static func nested(_ levels: Int) -> [UInt8] {
        Array(("<html><body>" + String(repeating: "<div>", count: levels) + "<p>Bottom.</p>"
            + String(repeating: "</div>", count: levels) + "</body></html>").utf8)
    }

    /// Paths are rendered from the open elements when a block is made, so
    /// time and memory grow with the depth, not its square (100,000 levels
    /// took 111 s and 23 GB when every element kept its whole path).
    @Test func aPageNestedAHundredThousandDeepIsExtractedInLinearTime() throws {
        let page = try Extractor(maximumDepth: 200_000).extract(bytes: Self.nested(100_000), path: "deep.html").page
        let block = try #require(page.blocks.first)
        #expect(page.blocks.count == 1 && block.text == "Bottom.")
        #expect(block.path.hasPrefix("html/body/div/div/div/"))
        #expect(block.path.hasSuffix("/div/p[1]"))
        #expect(block.path.split(separator: "/").count == 100_003)  // html, body, the divs, p
    }

    @Test func aPageDeeperThanTheLimitIsSkippedWithAWarningNamingItAndTheLimit() throws {
        let result = try Extractor(maximumDepth: 50).extract(bytes: Self.nested(60), path: "site/ko/deep.html")
        #expect(result.page.blocks.isEmpty)
        #expect(result.diagnostics.map(\.description) == [
            "site/ko/deep.html:1: warning: the page nests elements more than 50 deep, dari's limit "
                + "(Extractor.maximumDepth); it was skipped: close the elements it leaves open",
        ])
    }

    @Test func aPageAtTheDefaultLimitIsExtracted() throws {
        // html, body and p are open around the divs.
        let levels = Extractor.defaultMaximumDepth - 3
        let page = try Extractor().extract(bytes: Self.nested(levels), path: "deep.html").page
        #expect(page.blocks.map(\.text) == ["Bottom."])
        let deeper = try Extractor().extract(bytes: Self.nested(levels + 1), path: "deep.html")
        #expect(deeper.page.blocks.isEmpty && deeper.diagnostics.count == 1)
    }
}
