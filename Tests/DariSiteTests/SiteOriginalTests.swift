import DariModel
import DariSite
import DariTestSupport
import Testing

/// `--source-root`, `--target-root` and `dari.json`'s `pages` name the
/// original's side first; the aligner still reads Korean as its source.
@Suite struct SiteOriginalTests {
    static let files = [
        "site/manual/intro.html": "<html lang=\"en\"><body><p>Hello.</p></body></html>",
        "site/번역/소개.html": "<html lang=\"ko\"><body><p>안녕하세요.</p></body></html>",
    ]

    @Test func rootsAndPagesAreGivenOriginalFirst() throws {
        var files = Self.files
        files["site/dari.json"] = #"{"source": "en", "pages": {"intro.html": "소개.html"}}"#
        let folder = try ScratchFolder("dari-site-original", files: files)
        let configuration = try ConfigurationFile.load(fileAt: folder.path + "/site/dari.json")
        let site = try Site(folder: folder.path + "/site", sourceRoot: "manual", targetRoot: "번역",
                            configuration: configuration)
        #expect(site.original == .english)
        #expect(site.layout.summary == "번역 ↔ manual")
        #expect(site.pageMapping == ["소개.html": "intro.html"])
    }

    @Test func theCommandLineWinsOverTheFile() throws {
        var files = Self.files
        files["site/dari.json"] = #"{"source": "en"}"#
        let folder = try ScratchFolder("dari-site-original", files: files)
        let configuration = try ConfigurationFile.load(fileAt: folder.path + "/site/dari.json")
        let site = try Site(folder: folder.path + "/site", original: .korean, sourceRoot: "번역", targetRoot: "manual",
                            configuration: configuration)
        #expect(site.original == .korean && site.layout.summary == "번역 ↔ manual")
    }
}
