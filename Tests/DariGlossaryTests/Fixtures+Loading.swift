import Foundation
import Testing

/// The files in Fixtures/, copied into the test bundle.
enum Fixture {
    /// The marker a fixture puts on the line where dari must report an error.
    static let marker = "<!-- here -->"

    /// The absolute path of `Fixtures/name` in the test bundle.
    static func path(_ name: String) throws -> String {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"),
            "Fixtures/\(name) is missing from the test bundle")
        return url.path
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(name))))
    }

    /// The 1-based line of the first line of `name` that contains `text`
    /// (by default the "here" marker), so expected positions live in the fixture.
    static func line(of text: String = marker, in name: String) throws -> Int {
        let lines = try bytes(name).split(separator: 0x0A, omittingEmptySubsequences: false)
        let index = lines.firstIndex { String(decoding: $0, as: UTF8.self).contains(text) }
        return try #require(index, "no line of \(name) contains '\(text)'") + 1
    }
}
