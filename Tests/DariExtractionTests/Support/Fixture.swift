import DariExtraction
import DariModel
import DariTestSupport
import Foundation
import Testing

/// The HTML files in `Fixtures/`, copied into the test bundle.
let fixtures = FixtureFolder(bundle: .module)

extension FixtureFolder {
    /// Extracts the fixture under its bare name, so locations read `name:line`.
    func extract(_ name: String) throws -> ExtractionResult {
        try Extractor().extract(bytes: bytes(name), path: name)
    }
}

extension ExtractionResult {
    /// The first block whose plain text is `text`.
    func block(withText text: String) throws -> Block {
        try #require(page.blocks.first { $0.text == text }, "no block with text '\(text)' in \(page.path)")
    }
}
