@testable import DariPipeline
import DariTestSupport
import Foundation
import Testing
@testable import DariReview

/// The review page of the demo site: its bytes (golden), its validity (xmllint)
/// and what it does in a real browser (headless Chromium).
@Suite struct ReviewDocumentTests {
    static let corpus = RepositoryPaths.root() + "/Corpus"

    /// The demo site's review, written by `dari report`'s run into a scratch folder.
    static func corpusReport(_ scratch: ScratchFolder, output: String = "report.html") throws -> String {
        let path = scratch.path + "/" + output
        _ = try ReportRun.run(ReportRequest(check: CheckRequest(path: corpus), output: path))
        return path
    }

    @Test func theDemoSitesReviewIsItsGolden() throws {
        let scratch = try ScratchFolder("review-golden")
        let html = try String(contentsOfFile: Self.corpusReport(scratch), encoding: .utf8)
        try Golden.expect(html, matches: "corpus.html")
        // Nothing is fetched from elsewhere: no external style sheet, script, font or image.
        // A page's own markup shown as text (an image code's tooltip) is an attribute value, not a reference.
        let markup = html.replacing(#/"[^"]*"/#, with: "\"\"")
        for reference in ["<link", "src=", "@import", "//fonts."] {
            #expect(!markup.contains(reference), "\(reference) in the review page")
        }
        #expect(!html.contains("url("), "url( in the review page")
    }

    @Test func aFolderHasAnIndexAndOneFilePerPagePair() throws {
        let scratch = try ScratchFolder("review-folder")
        let single = try String(contentsOfFile: Self.corpusReport(scratch), encoding: .utf8)
        _ = try Self.corpusReport(scratch, output: "review/")
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/review").sorted()
        #expect(names == ["index.html"] + (1...9).map { "page-000\($0).html" })
        let index = try String(contentsOfFile: scratch.path + "/review/index.html", encoding: .utf8)
        #expect(index.contains("href=\"page-0001.html\"") && !index.contains("class=\"page\""))
        #expect(single.contains("href=\"#page-0001\""))
    }

    @Test(.requires(.xmllint)) func theReviewIsValidHTML() throws {
        let scratch = try ScratchFolder("review-xmllint")
        let path = try Self.corpusReport(scratch)
        _ = try Self.corpusReport(scratch, output: "review/")
        let onDemand = scratch.path + "/on-demand.html"
        _ = try ReportRun.run(ReportRequest(check: CheckRequest(path: Self.corpus), output: onDemand, pageViews: .onDemand))
        for file in [path, onDemand, scratch.path + "/review/index.html", scratch.path + "/review/page-0001.html"] {
            let result = try Oracle.xmllint.run(["--html", "--noout", file])
            #expect(result.status == 0 && result.stderr.isEmpty, "\(file): \(result.stderr)")
        }
    }

    @Test func withScriptsOffEveryRowIsShownAndTheFiltersAreHidden() throws {
        let scratch = try ScratchFolder("review-noscript")
        let html = try String(contentsOfFile: Self.corpusReport(scratch), encoding: .utf8)
        #expect(html.contains("<form id=\"filters\" class=\"filters\" hidden"))
        #expect(!html.contains("class=\"row") || !html.contains(" hidden class=\"row"))
        #expect(html.components(separatedBy: "<tr class=\"row").count - 1 == 9 + 243)
    }

    /// The demo site's review with its page views as data: its bytes are a golden too.
    @Test func theDemoSitesReviewOnDemandIsItsGolden() throws {
        let scratch = try ScratchFolder("review-golden-demand")
        let path = scratch.path + "/report.html"
        _ = try ReportRun.run(ReportRequest(check: CheckRequest(path: Self.corpus), output: path, pageViews: .onDemand))
        let html = try String(contentsOfFile: path, encoding: .utf8)
        try Golden.expect(html, matches: "corpus-on-demand.html")
        // The overview is HTML, the pages are data after the script, and scripts-off readers are told what to do.
        #expect(html.contains("<div id=\"overview\"") && !html.contains("<div class=\"page\""))
        #expect(html.components(separatedBy: "<script type=\"application/json\" id=\"data-page-").count - 1 == 9)
        #expect(html.range(of: "<script>")!.lowerBound < html.range(of: "application/json")!.lowerBound)
        #expect(html.contains("<noscript>") && html.contains("dari report SITE -o review/"))
    }

    /// An untranslated sentence like a translated one elsewhere in the memory
    /// is offered it, from the match index (DariMatches), with its similarity and origin.
    @Test func untranslatedSegmentsShowTheirFuzzyMatches() throws {
        var memory = ReviewModelTests.memory
        memory.files[1].units[0].segments[0] = ReviewModelTests.segment("s1", "우물 47개를 팠습니다.", nil)
        let matches = try ReportRun.fuzzyMatches(memory, memoryPath: nil)
        let offered = try #require(matches[ReviewMatch.key(file: "f2", unit: "u1", segment: "s1")])
        #expect(offered.first?.translation == "We dug 45 wells." && offered.first?.origin == "ko/a.html#u1/s1")
        #expect(offered.allSatisfy { $0.percent >= 50 && $0.percent < 100 } && offered.count <= 3)
        // Nothing like "감사합니다." is translated: no match offered.
        #expect(matches[ReviewMatch.key(file: "f1", unit: "u1", segment: "s2")] == nil)
        let site = ReviewSite(memory: memory, findings: [], matches: matches)
        let rows = site.pages.flatMap(\.rows).filter { !$0.matches.isEmpty }
        #expect(rows.count == matches.count)
        for row in rows {
            #expect(row.state == .untranslated)
            #expect(row.matches.count <= 3 && row.matches.allSatisfy { $0.percent >= 50 && !$0.translation.isEmpty })
            #expect(row.matches.map(\.percent) == row.matches.map(\.percent).sorted(by: >))
        }
        let html = ReviewDocument.singleFile(site, title: "t")
        #expect(html.components(separatedBy: "<li class=\"match\">").count - 1 == rows.reduce(0) { $0 + $1.matches.count })
        #expect(html.contains("We dug 45 wells.</span><span class=\"where\"> (ko/a.html#u1/s1)</span>"))
    }
}
