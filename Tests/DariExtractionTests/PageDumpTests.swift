import DariExtraction
import DariModel
import DariTestSupport
import Testing

@Suite struct PageDumpTests {
    /// The whole text dump of a realistic page, read in review.
    @Test func aboutPageGolden() throws {
        try Golden.expect(Fixture.extract("about-ko.html").page.dump(), matches: "about-ko.txt")
    }

    @Test func blockLine() {
        let block = Block(
            kind: .heading(level: 1),
            content: [.text("Our "), .start(id: 1, element: "em", original: "<em>"), .text("story"),
                      .end(id: 1, element: "em", original: "</em>"), .standalone(id: 2, element: "br", original: "<br>")],
            location: SourceLocation(file: "about.html", line: 12),
            path: "html/body/main/h1[1]")
        #expect(block.dumpLine == "about.html:12  h1  html/body/main/h1[1]  Our {1}story{/1}{2/}")
    }

    @Test func boilerplateIsMarked() {
        let block = Block(kind: .listItem, content: [.text("Home")], location: SourceLocation(file: "a.html", line: 3),
                          path: "html/body/nav/ul/li[1]", isBoilerplate: true)
        #expect(block.dumpLine == "a.html:3  li  html/body/nav/ul/li[1]  [boilerplate]  Home")
    }

    @Test(arguments: [
        ("{1} is literal", #"\{1} is literal"#),
        (#"back\slash"#, #"back\\slash"#),
        ("two\nlines\tand\rcr", #"two\nlines\tand\rcr"#),
        ("bell\u{7}", #"bell\u{7}"#),
        ("한국어 그대로", "한국어 그대로"),
    ])
    func markedTextEscapesWhatWouldBreakTheLine(text: String, marked: String) {
        let block = Block(kind: .paragraph, content: [.text(text)], location: SourceLocation(file: "a", line: 1), path: "p")
        #expect(block.markedText == marked)
    }

    @Test func headerNamesLanguageAndAlternates() {
        let page = Page(path: "ko/about.html", language: .korean, blocks: [],
                        alternates: [AlternateLink(language: "en", href: "/en/about.html")])
        #expect(page.dumpHeader == "# ko/about.html  lang=ko  alternates=en:/en/about.html")
        let bare = Page(path: "x.html", language: nil, blocks: [], alternates: [])
        #expect(bare.dump() == "# x.html  lang=none\n")
    }

    @Test func jsonLinesHaveOneLinePerBlockAndNoHeader() throws {
        let page = try Fixture.extract("nested-blocks.html").page
        var output = ""
        page.write(.jsonl, to: &output)
        let lines = output.split(separator: "\n")
        #expect(lines.count == page.blocks.count)
        #expect(output.hasSuffix("\n"))
        #expect(lines.allSatisfy { $0.hasPrefix("{\"file\":\"nested-blocks.html\"") })
    }
}
