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
                                              english: [SitePage(path: "en/a.html", key: "a.html")]))
        #expect(site.skippedFiles() == ["en/zero.html", "ko/pipe.html"])
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
