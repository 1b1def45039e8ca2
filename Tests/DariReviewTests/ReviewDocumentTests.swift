import DariPipeline
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
        for reference in ["<link", "src=", "@import", "url(", "//fonts."] {
            #expect(!html.contains(reference), "\(reference) in the review page")
        }
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
        for file in [path, scratch.path + "/review/index.html", scratch.path + "/review/page-0001.html"] {
            let result = try Oracle.xmllint.run(["--html", "--noout", file])
            #expect(result.status == 0 && result.stderr.isEmpty, "\(file): \(result.stderr)")
        }
    }

    @Test func withScriptsOffEveryRowIsShownAndTheFiltersAreHidden() throws {
        let scratch = try ScratchFolder("review-noscript")
        let html = try String(contentsOfFile: Self.corpusReport(scratch), encoding: .utf8)
        #expect(html.contains("<form id=\"filters\" class=\"filters\" hidden"))
        #expect(!html.contains("class=\"row") || !html.contains(" hidden class=\"row"))
        #expect(html.components(separatedBy: "<tr class=\"row").count - 1 == 9 + 242)
    }
}
