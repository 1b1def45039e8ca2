import DariAlignment
import Testing

@Suite struct PagePairerTests {
    let pairer = PagePairer()

    @Test func mirroredPathsPairAndLeftoversAreReportedOnce() {
        let pairs = pairer.pair(
            source: [page("about.html"), page("index.html"), page("only-ko.html")],
            target: [page("index.html", root: "en"), page("about.html", root: "en"), page("only-en.html", root: "en")]
        )
        #expect(pairs == [
            PagePair(source: "about.html", target: "about.html", method: .mirroredPath),
            PagePair(source: "index.html", target: "index.html", method: .mirroredPath),
            PagePair(source: "only-ko.html", target: nil, method: .unpaired),
            PagePair(source: nil, target: "only-en.html", method: .unpaired),
        ])
    }

    @Test func relativeAlternateLinkPairsDifferentlyNamedPages() {
        let korean = page("소개.html", alternates: [("en", "../en/about.html"), ("ko", "../ko/소개.html")])
        let pairs = pairer.pair(source: [korean], target: [page("about.html", root: "en")])
        #expect(pairs == [PagePair(source: "소개.html", target: "about.html", method: .alternateLink)])
    }

    @Test func aLinkFromTheTargetSideCountsToo() {
        let english = page("news/story.html", root: "en", alternates: [("ko-KR", "/ko/news/기사.html")])
        let pairs = pairer.pair(source: [page("news/기사.html")], target: [english])
        #expect(pairs == [PagePair(source: "news/기사.html", target: "news/story.html", method: .alternateLink)])
    }

    @Test func fullURLsMatchByTheirPathUnderThePublishedPrefix() {
        let korean = page("a.html", alternates: [("en", "https://example.org/site/en/b.html#top")])
        let pairs = pairer.pair(source: [korean], target: [page("b.html", root: "en")])
        #expect(pairs == [PagePair(source: "a.html", target: "b.html", method: .alternateLink)])
    }

    @Test func aLinkToAMissingPageFallsBackToTheMirroredPath() {
        let korean = page("a.html", alternates: [("en", "../en/gone.html")])
        let pairs = pairer.pair(source: [korean], target: [page("a.html", root: "en")])
        #expect(pairs == [PagePair(source: "a.html", target: "a.html", method: .mirroredPath)])
    }

    @Test func theConfigurationWinsOverLinksAndMirroredPaths() {
        let configured = PagePairer(mapping: ["a.html": "c.html"])
        let korean = page("a.html", alternates: [("en", "../en/b.html")])
        let pairs = configured.pair(
            source: [korean], target: [page("a.html", root: "en"), page("b.html", root: "en"), page("c.html", root: "en")]
        )
        #expect(pairs == [
            PagePair(source: "a.html", target: "c.html", method: .configured),
            PagePair(source: nil, target: "a.html", method: .unpaired),
            PagePair(source: nil, target: "b.html", method: .unpaired),
        ])
    }

    @Test func aTargetIsNeverClaimedTwice() {
        let first = page("a.html", alternates: [("en", "../en/x.html")])
        let second = page("b.html", alternates: [("en", "../en/x.html")])
        let pairs = pairer.pair(source: [first, second], target: [page("x.html", root: "en")])
        #expect(pairs == [
            PagePair(source: "a.html", target: "x.html", method: .alternateLink),
            PagePair(source: "b.html", target: nil, method: .unpaired),
        ])
    }

    @Test func aFolderLinkMeansItsIndexPage() {
        let korean = page("index.html", alternates: [("en", "../en/")])
        let pairs = pairer.pair(source: [korean], target: [page("index.html", root: "en")])
        #expect(pairs.first?.method == .alternateLink)
    }

    /// Sites write hreflang as full, percent-encoded URLs of what the server
    /// serves: a folder or an extension-less path stands for its index page
    /// or for the `.html`/`.htm` file, and one host per language leaves the
    /// root out of the path.
    @Test(arguments: [
        ("https://example.org/en/about-us/", "about-us/index.htm"),
        ("https://example.org/en/about-us", "about-us.html"),
        ("/en/about-us", "about-us/index.html"),
        ("https://en.example.org/news/story.html", "news/story.html"),
        ("https://en.example.org/", "index.htm"),
    ])
    func linksNameWhatAWebServerServes(href: String, target: String) {
        let korean = page("소개.html", alternates: [("en", href)])
        let pairs = pairer.pair(source: [korean], target: [page(target, root: "en")])
        #expect(pairs == [PagePair(source: "소개.html", target: target, method: .alternateLink)])
    }

    @Test func percentEscapesInALinkAreDecoded() {
        let english = page("about.html", root: "en", alternates: [("ko", "https://example.org/ko/%EC%86%8C%EA%B0%9C.html")])
        let pairs = pairer.pair(source: [page("소개.html")], target: [english])
        #expect(pairs == [PagePair(source: "소개.html", target: "about.html", method: .alternateLink)])
    }

    private func page(_ path: String, root: String = "ko", alternates: [(String, String)] = []) -> PageRecord {
        PageRecord(path: path, sitePath: root + "/" + path, alternates: alternates.map { ($0.0, $0.1) })
    }
}
