import DariAlignment
import DariModel
import DariSite
import DariTestSupport
import Foundation
import Testing

/// Only regular files are pages: a pipe named like a page would hang the
/// run, a link to a device would never end.
@Suite struct SitePagesTests {
    @Test func aPipeOrADeviceNamedLikeAPageIsNoPage() throws {
        let page = "<!DOCTYPE html><html lang=\"ko\"><body><p>안녕하세요.</p></body></html>\n"
        let scratch = try ScratchFolder("dari-site-pages", files: ["site/ko/a.html": page, "site/en/a.html": page])
        #expect(mkfifo(scratch.path + "/site/ko/pipe.html", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/site/en/zero.html",
                                                   withDestinationPath: "/dev/zero")
        let site = try Site(folder: scratch.path + "/site")
        #expect(try site.pages() == SitePages(korean: [SitePage(path: "ko/a.html", key: "a.html")],
                                              english: [SitePage(path: "en/a.html", key: "a.html")],
                                              skipped: [SkippedPage(path: "en/zero.html", reason: .notRegularFile),
                                                        SkippedPage(path: "ko/pipe.html", reason: .notRegularFile)]))
    }

    /// The suffix layout's walk finds them too.
    @Test func aPipeInASuffixSiteIsSkipped() throws {
        let page = "---\ntitle: A\n---\n\nText.\n"
        let scratch = try ScratchFolder("dari-site-pages", files: ["site/a.md": page, "site/a.ko.md": page])
        #expect(mkfifo(scratch.path + "/site/b.ko.md", 0o600) == 0)
        let pages = try Site(folder: scratch.path + "/site").pages()
        #expect(pages.korean.map(\.path) == ["a.ko.md"])
        #expect(pages.skipped == [SkippedPage(path: "b.ko.md", reason: .notRegularFile)])
    }

    /// A page over the site's limit is left out of the listing, unread: neither
    /// reader nor the cache's hash opens it (a 200 MB page against a 37-block
    /// one took 3.2 GB and ended in SIGABRT when aligned). The warning names
    /// it, its size, the limit and the setting.
    @Test(arguments: ["html", "md"])
    func aPageOverTheSizeLimitIsSkippedUnreadWithAWarning(format: String) throws {
        let paragraph = format == "html" ? "<p>한 문장입니다.</p>\n" : "한 문장입니다.\n\n"
        let english = format == "html" ? "<p>One sentence.</p>\n" : "One sentence.\n\n"
        let big = String(repeating: paragraph, count: 100)
        let scratch = try ScratchFolder("dari-site-pages", files: [
            "site/ko/big.\(format)": big, "site/ko/a.\(format)": paragraph,
            "site/en/big.\(format)": english, "site/en/a.\(format)": english,
            "site/dari.json": #"{"limits": {"pageMegabytes": 0.001}}"#,
        ])
        let configuration = try ConfigurationFile.load(fileAt: scratch.path + "/site/dari.json")
        let site = try Site(folder: scratch.path + "/site", configuration: configuration)
        #expect(site.maximumPageBytes == 1048)
        let pages = try site.pages()
        #expect(pages.korean.map(\.path) == ["ko/a.\(format)"])
        #expect(pages.skipped == [SkippedPage(path: "ko/big.\(format)",
                                              reason: .tooLarge(bytes: big.utf8.count, limit: 1048))])
        // Not even hashed for the cache: a page made unreadable after listing would fail the run.
        let result = try SiteAligner(sentenceAligner: SentenceAligner()).align(site, keepingCache: true)
        #expect(result.diagnostics.map(\.description).filter { $0.contains("skipped") } == [
            "\(scratch.path)/site/ko/big.\(format): warning: skipped: the page is \(big.utf8.count) bytes, over the limit "
                + "of 1048 bytes per page; split it into pages, leave it out of the site, or raise the limit in "
                + "dari.json: {\"limits\": {\"pageMegabytes\": 1}}",
        ])
        #expect(result.cachePages["ko/big.\(format)"] == nil)
        #expect(result.memory.files.map(\.original) == ["ko/a.\(format)", "en/big.\(format)"])
    }

    @Test func theDefaultLimitIs64MBAndPagesAtItAreRead() throws {
        let page = "<!DOCTYPE html><html lang=\"ko\"><body><p>안녕하세요.</p></body></html>\n"
        let scratch = try ScratchFolder("dari-site-pages", files: ["site/ko/a.html": page, "site/en/a.html": page])
        let site = try Site(folder: scratch.path + "/site")
        #expect(site.maximumPageBytes == 64 << 20)
        var limited = site
        limited.maximumPageBytes = page.utf8.count
        #expect(try limited.pages().skipped.isEmpty)
        limited.maximumPageBytes -= 1
        #expect(try limited.pages().skipped.map(\.path) == ["en/a.html", "ko/a.html"])
    }

    /// `dari check A B`: the pages were named, so a page over the limit is an
    /// error before either is read, with the setting that lets it through.
    @Test func aPagePairOverTheLimitIsAnErrorNamingTheSetting() throws {
        let scratch = try ScratchFolder("dari-site-pages", files: [
            "a.ko.html": "<html lang=\"ko\"><p>\(String(repeating: "가", count: 1000))</p></html>",
            "a.html": "<html lang=\"en\"><p>A.</p></html>",
        ])
        let configuration = try ConfigurationFile(bytes: Array(#"{"limits": {"pageMegabytes": 0.001}}"#.utf8),
                                                  path: "dari.json")
        let korean = scratch.path + "/a.ko.html", english = scratch.path + "/a.html"
        let size = try #require(InputFile.size(of: korean))
        #expect(throws: SiteError.pageTooLarge(korean, bytes: size, limit: 1048)) {
            try Site(pages: english, korean, configuration: configuration)
        }
        #expect(SiteError.pageTooLarge(korean, bytes: 200 << 20, limit: 64 << 20).description
            == "\(korean): error: the page is 200 MB, over the limit of 64 MB per page; split it into pages, "
                + "or raise the limit in dari.json: {\"limits\": {\"pageMegabytes\": 200}}")
        #expect(try Site(pages: english, korean).layout.summary == "\(korean) ↔ \(english)")
    }

    /// Each skipped file is named once, as a warning, and the rest of the site goes on.
    @Test func aSkippedFileIsAWarningNamingIt() throws {
        let page = "<!DOCTYPE html><html lang=\"ko\"><body><p>안녕하세요.</p></body></html>\n"
        let scratch = try ScratchFolder("dari-site-pages", files: ["site/ko/a.html": page, "site/en/a.html": page])
        #expect(mkfifo(scratch.path + "/site/ko/pipe.html", 0o600) == 0)
        let site = try Site(folder: scratch.path + "/site")
        let result = try SiteAligner(sentenceAligner: SentenceAligner()).align(site)
        let warnings = result.diagnostics.filter { $0.message.hasPrefix("skipped: not a regular file") }
        #expect(warnings.map(\.location.file) == [scratch.path + "/site/ko/pipe.html"])
        #expect(result.memory.files.count == 1)
    }

    /// `dari check Corpus/ko` names a language folder, not the site: the error
    /// says which folder to name instead.
    @Test func aLanguageFolderGivenForItsSiteSaysWhichFolderToName() throws {
        let page = "<!DOCTYPE html><html lang=\"ko\"><body><p>안녕하세요.</p></body></html>\n"
        let scratch = try ScratchFolder("dari-site-pages", files: ["site/ko/a.html": page, "site/en/a.html": page])
        #expect(throws: SiteError.languageFolderGiven(scratch.path + "/site/ko", site: scratch.path + "/site")) {
            try Site(folder: scratch.path + "/site/ko")
        }
    }
}
