import DariModel
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
}
