import DariExtraction
import DariTestSupport
import Foundation
import Testing

/// The demo site is what every later stage runs on: it must extract cleanly.
@Suite struct CorpusTests {
    static let root = RepositoryPaths.root() + "/Corpus"

    static func pages(_ language: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root + "/" + language).filter { $0.hasSuffix(".html") }.sorted()
    }

    @Test func bothLanguagesHaveTheSameEightOrMorePages() throws {
        #expect(try Self.pages("ko").count >= 8)
        #expect(try Self.pages("ko") == Self.pages("en"))
    }

    @Test(arguments: ["ko", "en"])
    func everyPageExtractsWithoutWarningsWithATitleAndItsLanguage(language: String) throws {
        for page in try Self.pages(language) {
            let result = try Extractor().extract(fileAt: Self.root + "/" + language + "/" + page)
            #expect(result.diagnostics.isEmpty, "\(page): \(result.diagnostics)")
            #expect(result.page.blocks.contains { $0.kind == .title && !$0.text.isEmpty }, "\(page) has no title")
            #expect(result.page.language?.tag == language)
            #expect(result.page.alternates.count == 2, "\(page) should link both language versions")
        }
    }
}
