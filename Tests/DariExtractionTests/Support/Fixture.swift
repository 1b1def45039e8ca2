import DariExtraction
import DariModel
import Foundation
import Testing

/// The HTML files in `Fixtures/`, copied into the test bundle.
enum Fixture {
    /// The fixture's location inside the test bundle.
    static func url(_ name: String) throws -> URL {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil),
                                  "Fixtures/ is missing from the test bundle; check resources in Package.swift")
        return folder.appendingPathComponent(name)
    }

    /// The fixture's raw bytes.
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(name)))
    }

    /// Extracts the fixture under its bare name, so locations read `name:line`.
    static func extract(_ name: String) throws -> ExtractionResult {
        try Extractor().extract(bytes: bytes(name), path: name)
    }

    /// The 1-based line of the first line of fixture `name` that contains
    /// `marker`: tests state expected lines by pointing at the text itself.
    static func line(containing marker: String, in name: String) throws -> Int {
        let text = String(decoding: try bytes(name), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let index = try #require(lines.firstIndex { $0.contains(marker) }, "'\(marker)' is not in \(name)")
        return index + 1
    }
}

extension ExtractionResult {
    /// The first block whose plain text is `text`.
    func block(withText text: String) throws -> Block {
        try #require(page.blocks.first { $0.text == text }, "no block with text '\(text)' in \(page.path)")
    }
}
