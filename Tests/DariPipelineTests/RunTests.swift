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
