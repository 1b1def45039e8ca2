import DariMemory
import DariModel
import DariPipeline
import DariTestSupport
import Foundation
import Testing

/// The façade's runs, called as the CLI calls them.
@Suite struct RunTests {
    static func page(lang: String, body: String) -> String {
        "<!DOCTYPE html><html lang=\"\(lang)\"><head><meta charset=\"utf-8\"><title>T</title></head><body>\(body)</body></html>\n"
    }

    /// One `dari.json` configures both the site (its page mapping) and the checks.
    @Test func oneConfigurationFileServesSiteAndChecks() throws {
        let files = [
            "site/ko/소개.html": Self.page(lang: "ko", body: "<p>우리는 2020년에 시작했다.</p>"),
            "site/en/about.html": Self.page(lang: "en", body: "<p>We started in 2021.</p>"),
        ]
        let bare = try ScratchFolder("dari-run", files: files)
        let unmapped = try CheckRun.run(CheckRequest(path: bare.path + "/site"))
        #expect(unmapped.findings.contains { $0.checkID == "missing-page" })

        var mapped = files
        mapped["site/dari.json"] = #"{"pages": {"소개.html": "about.html"}}"#
        let mappedSite = try ScratchFolder("dari-run", files: mapped)
        let paired = try CheckRun.run(CheckRequest(path: mappedSite.path + "/site"))
        #expect(!paired.findings.contains { $0.checkID == "missing-page" }, "the mapping pairs the pages")
        #expect(paired.findings.contains { $0.checkID == "number-mismatch" })

        mapped["site/dari.json"] = #"{"pages": {"소개.html": "about.html"}, "checks": {"number-mismatch": "off"}}"#
        let configuredSite = try ScratchFolder("dari-run", files: mapped)
        let configured = try CheckRun.run(CheckRequest(path: configuredSite.path + "/site"))
        #expect(!configured.findings.contains { $0.checkID == "missing-page" })
        #expect(!configured.findings.contains { $0.checkID == "number-mismatch" }, "the checks section turns it off")
    }

    @Test func aMissingInputIsAFileError() {
        #expect(throws: FileReadError.notFound(path: "/nonexistent/memory.xlf")) {
            try CheckRun.run(CheckRequest(path: "/nonexistent/memory.xlf"))
        }
    }

    @Test(arguments: [
        ("site/memory.xlf", DariPipeline.MemoryFormat.tmx, "site/memory.tmx"),
        ("m.XLIFF", .xliff12, "m.xlf12.xlf"),
        ("m.mem", .tmx, "m.mem.tmx"),
    ])
    func exportsGoNextToTheMemory(memory: String, format: DariPipeline.MemoryFormat, expected: String) {
        #expect(ExportRun.defaultOutputPath(for: memory, format: format) == expected)
        #expect(ExportRequest(memoryPath: memory, format: format, output: "-").destination == .standardOutput)
    }

    @Test func defaultFilesAreFoundInTheSiteOrNextToIt() throws {
        let scratch = try ScratchFolder("dari-defaults", files: ["Glossary/a.csv": "ko,en\n", "site/dari.json": "{}"])
        #expect(DefaultFiles.find("Glossary", near: scratch.path + "/site", isSite: true) == scratch.path + "/Glossary")
        #expect(DefaultFiles.find("dari.json", near: scratch.path + "/site", isSite: true)
                == scratch.path + "/site/dari.json")
        #expect(DefaultFiles.find("dari.json", near: scratch.path + "/memory.xlf", isSite: false) == nil)
    }

    @Test func anXLIFFPathOpensTheXLIFFStore() {
        let store = MemoryStores.store(at: "site/memory.xlf")
        #expect(store is XLIFFMemoryFile)
        #expect(store.location == "site/memory.xlf")
    }
}

/// `dari check` on a site: the work summary from the built memory and the findings.
@Suite struct CheckSummaryTests {
    /// A translated page, a page with an untranslated paragraph, and a Korean page with no English page.
    static let site = [
        "site/ko/done.html": RunTests.page(lang: "ko", body: "<h1>소개</h1><p>우리는 작은 모임입니다.</p>"),
        "site/en/done.html": RunTests.page(lang: "en", body: "<h1>About</h1><p>We are a small group.</p>"),
        "site/ko/news.html": RunTests.page(lang: "ko", body: "<h1>소식</h1><p>우리는 작은 모임입니다.</p>"),
        "site/en/news.html": RunTests.page(lang: "en", body: "<h1>News</h1>"),
        "site/ko/only.html": RunTests.page(lang: "ko", body: "<h1>기도</h1><p>첫째 문단입니다.</p><p>둘째 문단입니다.</p>"),
    ]

    @Test func theSummaryCountsTheBuiltMemoryAndRanksTheKoreanOnlyPageFirst() throws {
        let scratch = try ScratchFolder("dari-summary", files: Self.site)
        let outcome = try CheckRun.run(CheckRequest(path: scratch.path + "/site"))
        let json = CheckRun.report(outcome, as: .summaryJSON, colour: false, inGitHubActions: false)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let pages = try #require(object["pages"] as? [[String: Any]])
        #expect(pages.compactMap { $0["name"] as? String } == ["ko/only.html", "ko/news.html", "ko/done.html"])
        #expect(pages[0]["missingInTarget"] as? Int == 4, "every block of the Korean-only page: title, heading, two paragraphs")
        #expect(pages[1]["missingInTarget"] as? Int == 1, "the paragraph the English news page lacks")
        #expect(pages[2]["work"] as? Int == 0)
        #expect((object["totals"] as? [String: Any])?["pagesNeedingWork"] as? Int == 2)

        let text = CheckRun.report(outcome, as: .text, colour: false, inGitHubActions: false)
        #expect(text.hasPrefix("page pairs that need work"))
        #expect(text.contains("\nko/only.html (no en page)       4           0           4"))
        let onTerminal = CheckRun.report(outcome, as: .text, colour: false, inGitHubActions: false, summaryAtEnd: true)
        #expect(!onTerminal.hasPrefix("page pairs"))
        #expect(onTerminal.contains("\n\npage pairs that need work"), "the findings, then the summary")
    }
}
