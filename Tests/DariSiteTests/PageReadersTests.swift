import DariModel
import DariTestSupport
import Testing
@testable import DariSite

/// Pages are found and read by the format their extension names.
@Suite struct PageReadersTests {
    @Test(arguments: [("a.html", "HTML"), ("docs/B.HTM", "HTML"), ("c.xhtml", "HTML")])
    func knownExtensionsHaveAReader(path: String, format: String) {
        #expect(PageReaders.reader(for: path)?.formatName == format)
    }

    @Test(arguments: ["notes.txt", "README", "folder.html/readme", "image.png"])
    func otherFilesAreNotPages(path: String) {
        #expect(PageReaders.reader(for: path) == nil)
    }

    /// Each extension belongs to one format.
    @Test func noTwoReadersClaimAnExtension() {
        let extensions = PageReaders.all.flatMap(\.fileExtensions)
        #expect(Set(extensions).count == extensions.count)
    }

    /// A Hugo or Jekyll site's HTML page opens with front matter: its title
    /// is a block as a Markdown page's is, its dates and menu weights are no
    /// text (Let's Encrypt's stats.html compared its `lastmod` dates), and
    /// the markup keeps its lines.
    @Test func anHTMLPagesFrontMatterIsReadAsAMarkdownPagesIs() throws {
        let scratch = try ScratchFolder("dari-front-matter", files: [
            "stats.html": """
                ---
                title: Let's Encrypt 통계
                lastmod: 2023-02-28
                menu:
                  main:
                    weight: 70
                ---

                <p>차트는 업데이트 중입니다.</p>
                """,
        ])
        let path = scratch.path + "/stats.html"
        let page = try PageReaders.reader(forNamedPage: path).readPage(fileAt: path).page
        #expect(page.blocks.map(\.text) == ["Let's Encrypt 통계", "차트는 업데이트 중입니다."])
        #expect(page.blocks.map(\.location.line) == [2, 9])
    }

    /// A page that only looks like it (a rule of dashes in its text) is HTML.
    @Test func dashesInAnHTMLPageAreText() throws {
        let scratch = try ScratchFolder("dari-front-matter", files: ["a.html": "<p>one</p>\n---\n<p>two</p>\n"])
        let path = scratch.path + "/a.html"
        let page = try PageReaders.reader(forNamedPage: path).readPage(fileAt: path).page
        #expect(page.blocks.map(\.text) == ["one", "---", "two"])
    }
}
