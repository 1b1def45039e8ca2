import DariModel
import DariSite
import DariTestSupport
import Testing

/// `dari.json`'s `"skip"` names the site's own chrome: what it matches on
/// either side never enters the memory (issue 17, noise pattern 2).
@Suite struct SiteChromeTests {
    static let files = [
        "site/ko/a.html": page(lang: "ko", body: #"<div class="menu"><p>처음</p></div><p>안녕하세요.</p>"#),
        "site/en/a.html": page(lang: "en", body: #"<div class="menu"><p>Home</p><p>Download</p></div><p>Hello.</p>"#),
    ]

    private func texts(_ files: [String: String]) throws -> [String] {
        let folder = try ScratchFolder("dari-site-chrome", files: files)
        let path = folder.path + "/site"
        let configuration = try? ConfigurationFile.load(fileAt: path + "/dari.json")
        let memory = try SiteAligner(sentenceAligner: DiagonalAligner())
            .align(try Site(folder: path, configuration: configuration)).memory
        return memory.files.flatMap(\.units).flatMap(\.segments).flatMap { [$0.sourceText, $0.targetText ?? ""] }
            .filter { !$0.isEmpty }
    }

    /// A link back to the contents after every section is the page's own
    /// navigation (`Block.repeatedInPageLinks`): it stays out, the sections stay in.
    @Test func aLinkBackToTheTopAfterEverySectionStaysOutOfTheMemory() throws {
        let top = ##"<p><b><a href="#table-of-contents">↥ 위로</a></b></p>"##
        let texts = try texts([
            "site/ko/a.html": page(lang: "ko", body: "<p>하나.</p>\(top)<p>둘.</p>\(top)<p>셋.</p>\(top)"),
            "site/en/a.html": page(lang: "en", body: "<p>One.</p><p>Two.</p><p>Three.</p>"),
        ])
        #expect(!texts.contains("↥ 위로") && texts.contains("셋.") && texts.contains("Three."))
    }

    @Test func skippedChromeStaysOutOfTheMemory() throws {
        #expect(try texts(Self.files).contains("Download"))
        var files = Self.files
        files["site/dari.json"] = #"{"skip": [".menu"]}"#
        let texts = try texts(files)
        #expect(!texts.contains("Download") && !texts.contains("처음") && texts.contains("Hello."))
    }

    @Test func aSelectorDariDoesNotReadStopsBeforeAnyPageIsRead() throws {
        var files = Self.files
        files["site/dari.json"] = "{\n\"skip\": [\"div > p\"]\n}"
        let folder = try ScratchFolder("dari-site-chrome", files: files)
        let configuration = try ConfigurationFile.load(fileAt: folder.path + "/site/dari.json")
        let error = #expect(throws: SiteError.self) {
            try Site(folder: folder.path + "/site", configuration: configuration)
        }
        #expect(error?.description.hasSuffix(
            "dari.json:2: error: \"skip\" selector \"div > p\" is not supported: \">\" (child combinator); "
                + "dari reads a tag (div), #id, .class, [attr], [attr=value], these combined (ul.nav), "
                + "descendants (div.header a) and comma lists") == true)
        #expect(error?.exitStatus == ExitStatus.dataError)
    }
}
