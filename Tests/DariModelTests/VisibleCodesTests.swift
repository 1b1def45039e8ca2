import DariModel
import Testing

@Suite struct VisibleCodesTests {
    /// What pairs a sentence with its translation: where its links go and
    /// the site's components; styling, code spans and line breaks say nothing.
    @Test func aSentencesAnchorsAreItsLinksAndComponents() {
        let markdown: [InlineContent] = [
            .start(id: 1, element: "a", original: "["), .text("changelog"), .end(id: 1, element: "a", original: "](/en/x)"),
            .start(id: 2, element: "em", original: "_"), .text("now"), .end(id: 2, element: "em", original: "_"),
            .standalone(id: 3, element: "Release.VersionDropdown", original: "<Release.VersionDropdown />"),
            .standalone(id: 4, element: "br", original: "<br>"),
            .start(id: 5, element: "code", original: "`"), .text("npm"), .end(id: 5, element: "code", original: "`"),
        ]
        #expect(Set(VisibleCodes.anchors(markdown)) == ["link /x", "component release.versiondropdown"])
        // The same sentence read by an HTML parser: lower-cased names, a start and an end tag.
        let html: [InlineContent] = [
            .start(id: 1, element: "a", original: "<a href=\"/ko/x\">"), .text("변경 내역"), .end(id: 1, element: "a", original: "</a>"),
            .start(id: 2, element: "release.versiondropdown", original: "<Release.VersionDropdown />"),
            .end(id: 2, element: "release.versiondropdown", original: ""),
        ]
        #expect(Set(VisibleCodes.anchors(html)) == Set(VisibleCodes.anchors(markdown)))
        #expect(VisibleCodes.anchors([.text("plain")]).isEmpty)
    }

    @Test func tagMismatchComparesWhatAReaderSees() {
        let content: [InlineContent] = [
            .start(id: 1, element: "a", original: "<a href=\"/en/about.html\">"), .text("About"),
            .end(id: 1, element: "a", original: "</a>"),
            .start(id: 2, element: "acronym", original: "<acronym>"), .text("FAQ"), .end(id: 2, element: "acronym", original: "</acronym>"),
            .standalone(id: 3, element: "br", original: "<br>"),
        ]
        #expect(VisibleCodes.counted(content).counts == ["link /about": 1, "line break": 1])
    }

    /// A Markdown image is compared by its address, written from the page or
    /// with `./` alike; its description is not the image.
    @Test func aMarkdownImageIsItsAddress() {
        func image(_ original: String) -> [InlineContent] { [.standalone(id: 1, element: "img", original: original)] }
        #expect(VisibleCodes.counted(image("![커버](./images/cover.png \"표지\")")).counts == ["image images/cover.png": 1])
        #expect(VisibleCodes.counted(image("![Cover](images/cover.png)")).counts
                    == VisibleCodes.counted(image("![커버](./images/cover.png)")).counts)
        #expect(VisibleCodes.counted(image("![Cover](/cover.webp)")).counts
                    != VisibleCodes.counted(image("![Cover](/cover.png)")).counts)
    }
}
