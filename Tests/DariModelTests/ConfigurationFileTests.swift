import DariModel
import Testing

/// `dari.json` is parsed once; each stage reads its section from it.
@Suite struct ConfigurationFileTests {
    @Test func readsPagesAndKeepsTheOtherSections() throws {
        let json = """
            {
              "$schema": "x",
              "pages": { "소개.html": "about.html" },
              "checks": { "doubled-space": "off" }
            }
            """
        let file = try ConfigurationFile(bytes: Array(json.utf8), path: "site/dari.json")
        #expect(file.folder == "site")
        #expect(file.pageMapping == ["소개.html": "about.html"])
        #expect(file["checks"] == .object(["doubled-space": .string("off")]))
        #expect(file.document.line(ofKey: "checks") == 4)
    }

    @Test func sourceNamesTheOriginalLanguage() throws {
        let english = try ConfigurationFile(bytes: Array(#"{"source": "en"}"#.utf8), path: "dari.json")
        #expect(english.sourceLanguage == .english)
        // Not said: the site aligner and the checks fall back to Korean, a memory keeps its own.
        #expect(try ConfigurationFile(bytes: Array("{}".utf8), path: "dari.json").sourceLanguage == nil)
    }

    @Test(arguments: [
        ("{\n\"pages\": \n", 2, "not valid JSON"),
        // A missing comma, and an array left open, are found where the parser stops.
        ("{\n  \"skip\": [\"#menu\"]\n  \"layout\": \"folders\"\n}\n", 3, "not valid JSON"),
        ("{\n  \"skip\": [\"#menu\",\n  \"layout\": \"folders\"\n}\n", 3, "not valid JSON"),
        ("[1]", 1, "expected a JSON object"),
        ("{\n\"sources\": \"en\"}", 2, "unknown key \"sources\"; use \"checks\", \"ignore\", \"layout\", \"limits\", \"markdown\", \"pages\", \"skip\", \"source\" or \"urls\""),
        ("{\n\"source\": \"fr\"}", 2, "\"source\" names the language the site was written in: \"ko\" (Korean) or \"en\" (English)"),
        ("{\n\"layout\": \"hugo\"}", 2, "\"layout\" names how the site keeps its languages apart: \"folders\", \"docusaurus\", \"suffix\" or \"subfolder\"; "
            + "for hugo, \"folders\" (content/ko ↔ content/en) or \"suffix\" (about.ko.md ↔ about.md)"),
        ("{\n\"layout\": \"Jekyll\"}", 2, "\"layout\" names how the site keeps its languages apart: \"folders\", \"docusaurus\", \"suffix\" or \"subfolder\"; "
            + "for Jekyll, \"subfolder\" (_posts/ko ↔ _posts), \"folders\" (ko ↔ en) or \"suffix\" (about.ko.md ↔ about.md)"),
        ("{\n\"layout\": 1}", 2, "\"layout\" names how the site keeps its languages apart: \"folders\", \"docusaurus\", \"suffix\" or \"subfolder\""),
        ("{\n\n\"pages\": [\"a.html\"]}", 3, "\"pages\" must map source page paths to target page paths"),
        ("{\n\"limits\": 256}", 2, "\"limits\" sets how large a page file may be, in megabytes, e.g. {\"pageMegabytes\": 256}"),
        ("{\"limits\": {\n\"pageBytes\": 1}}", 2, "unknown key \"pageBytes\" in \"limits\"; use \"pageMegabytes\""),
        ("{\"limits\": {\n\"pageMegabytes\": 0}}", 2,
         "\"pageMegabytes\" must be a number of megabytes above 0 (and at most 1000000), e.g. 256"),
        ("{\"limits\": {\n\"pageMegabytes\": \"256\"}}", 2,
         "\"pageMegabytes\" must be a number of megabytes above 0 (and at most 1000000), e.g. 256"),
    ])
    func problemsNameTheirLine(json: String, line: Int, message: String) throws {
        do {
            _ = try ConfigurationFile(bytes: Array(json.utf8), path: "dari.json")
            Issue.record("\(json) was accepted")
        } catch let .malformed(file, errorLine, errorMessage) {
            #expect(file == "dari.json")
            #expect(errorLine == line)
            #expect(errorMessage.hasPrefix(message))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aMissingFileIsAnInputError() {
        #expect(throws: ConfigurationError.unreadable(.notFound(path: "/nonexistent/dari.json"))) {
            try ConfigurationFile.load(fileAt: "/nonexistent/dari.json")
        }
        #expect(ConfigurationError.malformed(file: "d", line: 1, message: "m").exitStatus == ExitStatus.dataError)
    }
}

/// `urls`: where each language's pages are published (dari todo's notes).
@Suite struct ConfigurationURLsTests {
    /// The page size limit is in megabytes, fractions allowed; unset, the listing uses the default.
    @Test func limitsSetTheLargestPageInMegabytes() throws {
        let file = try ConfigurationFile(bytes: Array(#"{"limits": {"pageMegabytes": 256}}"#.utf8), path: "dari.json")
        #expect(file.maximumPageBytes == 256 << 20)
        let half = try ConfigurationFile(bytes: Array(#"{"limits": {"pageMegabytes": 0.5}}"#.utf8), path: "dari.json")
        #expect(half.maximumPageBytes == 1 << 19)
        #expect(try ConfigurationFile(bytes: Array("{}".utf8), path: "dari.json").maximumPageBytes == nil)
        #expect(ConfigurationFile.defaultMaximumPageBytes == 64 << 20)
    }

    @Test func urlsAreReadPerLanguage() throws {
        let file = try ConfigurationFile(bytes: Array(#"{"urls": {"ko": "https://e.org/ko/", "en": "https://e.org/en/"}}"#.utf8),
                                         path: "dari.json")
        #expect(file.urls == [.korean: "https://e.org/ko/", .english: "https://e.org/en/"])
    }

    @Test func aURLForAnUnknownLanguageIsAnError() {
        #expect(throws: ConfigurationError.self) {
            try ConfigurationFile(bytes: Array(#"{"urls": {"fr": "https://e.org/fr/"}}"#.utf8), path: "dari.json")
        }
    }
}
