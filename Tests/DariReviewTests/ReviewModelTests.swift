import DariChecks
import DariMemory
import DariModel
import DariText
import Testing
@testable import DariReview

/// The model behind the review page: rows, states, findings in place, links.
@Suite struct ReviewModelTests {
    static func segment(_ id: String, _ source: String, _ target: String?, score: Double? = 0.9,
                        change: SegmentChange? = nil, previous: String? = nil) -> MemorySegment {
        MemorySegment(id: id, source: source.isEmpty ? [] : [.text(source)], target: target.map { [.text($0)] },
                      state: target == nil ? .initial : .translated, score: score,
                      shape: (source.isEmpty ? 0 : 1, target == nil ? 0 : 1), change: change, previousSource: previous)
    }

    static func unit(_ id: String, line: Int, _ segments: [MemorySegment]) -> MemoryUnit {
        MemoryUnit(id: id, kind: .paragraph, sourceLocation: SourceLocation(file: "ko/a.html", line: line),
                   targetLocation: SourceLocation(file: "en/a.html", line: line + 1),
                   sourcePath: nil, targetPath: nil, segments: segments)
    }

    static let memory = TranslationMemory(files: [
        MemoryFile(id: "f1", original: "ko/a.html", targetOriginal: "en/a.html", units: [
            unit("u1", line: 10, [segment("s1", "우물 45개를 팠습니다.", "We dug 45 wells."),
                                  segment("s2", "감사합니다.", nil)]),
            unit("u2", line: 12, [segment("s1", "", "Only in English.")]),
            unit("u3", line: 14, [segment("s1", "우물 52개를 팠습니다.", "We dug 45 wells.", change: .sourceChanged,
                                          previous: "우물 45개를 팠습니다.")]),
            unit("u4", line: 16, [segment("s1", "불확실한 문장.", "An unsure pair.", score: 0.31)]),
        ]),
        MemoryFile(id: "f2", original: "ko/only.html", targetOriginal: nil, units: [
            unit("u1", line: 3, [segment("s1", "한국어만.", nil)]),
        ]),
        MemoryFile(id: "f3", original: "ko/done.html", targetOriginal: "en/done.html", units: [
            unit("u1", line: 3, [segment("s1", "끝.", "Done.")]),
        ]),
    ])

    static let findings = [
        Finding(checkID: "untranslated", severity: .error, location: SourceLocation(file: "ko/a.html", line: 10),
                unitID: "u1", fileID: "f1", message: "no English for this sentence", source: "감사합니다."),
        Finding(checkID: "number-mismatch", severity: .warning, location: SourceLocation(file: "en/a.html", line: 15),
                unitID: "u3", fileID: "f1", message: "52 is 45", source: "우물 52개를 팠습니다.", target: "We dug 45 wells."),
        Finding(checkID: "missing-page", severity: .error, location: SourceLocation(file: "ko/only.html", line: 1),
                fileID: "f2", message: "no English page"),
        Finding(checkID: "glossary-duplicate", severity: .warning, location: SourceLocation(file: "Glossary/g.csv", line: 4),
                message: "a term twice"),
    ]

    let site = ReviewSite(memory: Self.memory, findings: Self.findings,
                          urls: [.korean: "https://example.org/ko", .english: "https://example.org/en/"])

    @Test func pagesFollowTheWorkSummary() {
        #expect(site.pages.map(\.work.name) == site.summary.pages.map(\.name))
        // A finding's file the memory does not hold (the glossary) is a page of its own, as in the summary.
        #expect(site.pages.map(\.slug) == ["page-0001", "page-0002", "page-0003", "page-0004"])
        #expect(site.pages.last?.work.name == "ko/done.html")
    }

    @Test func oneRowPerSegmentInDocumentOrder() throws {
        let page = try #require(site.pages.first { $0.work.fileID == "f1" })
        #expect(page.rows.map { "\($0.unitID).\($0.segmentID)" } == ["u1.s1", "u1.s2", "u2.s1", "u3.s1", "u4.s1"])
        #expect(page.rows.map(\.startsUnit) == [true, false, true, true, true])
        #expect(page.rows.map(\.state) == [.translated, .untranslated, .sourceMissing, .outdated, .translated])
        #expect(page.rows[0].sourceLine == 10 && page.rows[0].targetLine == 11)
    }

    @Test func findingsSitOnTheSegmentTheyQuote() throws {
        let page = try #require(site.pages.first { $0.work.fileID == "f1" })
        #expect(page.rows[0].findings.isEmpty)
        #expect(page.rows[1].findings.map(\.checkID) == ["untranslated"])
        #expect(page.rows[3].findings.map(\.checkID) == ["number-mismatch"])
        #expect(page.checkCounts.map(\.checkID) == ["number-mismatch", "untranslated"])
        let only = try #require(site.pages.first { $0.work.fileID == "f2" })
        #expect(only.pageFindings.map(\.checkID) == ["missing-page"])
        let glossary = try #require(site.pages.first { $0.work.name == "Glossary/g.csv" })
        #expect(glossary.pageFindings.map(\.checkID) == ["glossary-duplicate"] && glossary.rows.isEmpty)
        #expect(site.otherFindings.isEmpty)
    }

    @Test func anOutdatedSegmentShowsWhatChangedInTheOriginal() throws {
        let row = try #require(site.pages.first { $0.work.fileID == "f1" }?.rows[3])
        #expect(row.diff == [WordDiff.Piece(.same, "우물"), WordDiff.Piece(.removed, " 45개를"),
                             WordDiff.Piece(.added, " 52개를"), WordDiff.Piece(.same, " 팠습니다.")])
        #expect(site.outdated == 1 && site.knowsChanges)
    }

    @Test func withoutAnyChangeTheStateIsNotKnown() {
        let plain = ReviewSite(memory: TranslationMemory(files: [Self.memory.files[2]]), findings: [])
        #expect(!plain.knowsChanges && plain.outdated == 0)
        #expect(plain.pages[0].rows[0].change == nil && plain.pages[0].rows[0].diff == nil)
    }

    @Test func onlyLowScoresAreShown() throws {
        let page = try #require(site.pages.first { $0.work.fileID == "f1" })
        #expect(page.rows.map(\.lowScore) == [nil, nil, nil, nil, 0.31])
    }

    @Test func livePagesJoinTheBaseURLAndThePathBelowTheLanguageFolder() throws {
        let page = try #require(site.pages.first { $0.work.fileID == "f1" })
        #expect(page.sourceURL == "https://example.org/ko/a.html")
        #expect(page.targetURL == "https://example.org/en/a.html")
        let plain = ReviewSite(memory: Self.memory, findings: [])
        #expect(plain.pages.allSatisfy { $0.sourceURL == nil && $0.targetURL == nil })
    }

    @Test func pageTextCannotBreakTheMarkup() {
        var memory = Self.memory
        memory.files[2].units[0].segments[0].source = [.text("</td><script>alert(1)</script> & \"x\"")]
        let html = ReviewDocument.singleFile(ReviewSite(memory: memory, findings: []), title: "<b>site</b>")
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"x\""))
        #expect(html.contains("dari review: &lt;b&gt;site&lt;/b&gt;"))
        #expect(html.components(separatedBy: "<script>").count == 2)  // dari's own, once
    }

    @Test func theSameMemoryGivesTheSameBytes() {
        let first = ReviewDocument.singleFile(site, title: "t")
        let again = ReviewDocument.singleFile(ReviewSite(memory: Self.memory, findings: Self.findings,
                                                         urls: [.korean: "https://example.org/ko", .english: "https://example.org/en/"]),
                                              title: "t")
        #expect(first == again)
        #expect(ReviewDocument.folder(site, title: "t").map(\.name) == ["index.html", "page-0001.html", "page-0002.html",
                                                                         "page-0003.html", "page-0004.html"])
    }

    @Test func matchesSitUnderTheUntranslatedSegmentTheyAreFor() throws {
        let match = ReviewMatch(percent: 86, text: "감사합니다!", translation: "Thank you!", origin: "ko/b.html#u1/s1")
        let site = ReviewSite(memory: Self.memory, findings: [], matches: [
            ReviewMatch.key(file: "f1", unit: "u1", segment: "s2"): [match],
            // Offered for a translated segment: not shown, it needs none.
            ReviewMatch.key(file: "f1", unit: "u1", segment: "s1"): [match],
        ])
        let page = try #require(site.pages.first { $0.work.fileID == "f1" })
        #expect(page.rows.map(\.matches) == [[], [match], [], [], []])
        let html = ReviewDocument.singleFile(site, title: "t")
        #expect(html.contains("<li class=\"match\"><span class=\"pct\">86 %</span> <span lang=\"ko\">감사합니다!</span>"))
        #expect(html.contains("(ko/b.html#u1/s1)"))
    }

    @Test func pageDataIsTheTextTheHTMLParserWouldGiveTheDOM() {
        var output = ""
        PageData.string("a\r\nb\rc\n</script><!-- \"q\" \\ \u{0}\u{1}\t\u{2028}", into: &output)
        #expect(output == "\"a\\nb\\nc\\n\\u003c/script>\\u003c!-- \\\"q\\\" \\\\ \u{FFFD}\\u0001\\t\\u2028\"")
        var data = PageData()
        let row = HTMLNode.el("tr", ["class": "row", "hidden": nil], [
            .el("td", ["class": "src"], text: "</td><script>"), .el("td", ["class": "src"], text: "둘"),
        ])
        #expect(data.encode(row) == "[0,[1,\"\\u003c/td>\\u003cscript>\"],[1,\"둘\"]]")
        #expect(data.openings == ["[\"tr\",[\"class\",\"row\",\"hidden\",null]]", "[\"td\",[\"class\",\"src\"]]"])
    }

    @Test func aLargeReviewBuildsItsPagesOnDemandAndStaysEscaped() {
        var memory = Self.memory
        memory.files[2].units[0].segments[0].source = [.text("</script><script>alert(1)</script>")]
        let site = ReviewSite(memory: memory, findings: Self.findings)
        let html = ReviewDocument.singleFile(site, title: "t", pageViews: .onDemand)
        #expect(!html.contains("<script>alert") && html.contains("\\u003c/script>\\u003cscript>alert(1)"))
        #expect(html.components(separatedBy: "<script>").count == 2)  // dari's own, once
        #expect(html == ReviewDocument.singleFile(ReviewSite(memory: memory, findings: Self.findings), title: "t",
                                                  pageViews: .onDemand))
        // Small reviews stay HTML, readable with scripts off.
        #expect(ReviewDocument.singleFile(site, title: "t") == ReviewDocument.singleFile(site, title: "t", pageViews: .html))
    }
}
