import Foundation
import Testing

/// A test target's `Fixtures/` folder, copied into its bundle
/// (`resources: [.copy("Fixtures")]`). Each target makes one from its own
/// `Bundle.module`: `let fixtures = FixtureFolder(bundle: .module)`.
public struct FixtureFolder: Sendable {
    /// The marker a fixture puts on the line where dari must report something,
    /// so expected positions live in the fixture, not in the test.
    public static let marker = "<!-- here -->"

    private let folder: URL?

    public init(bundle: Bundle) {
        folder = bundle.url(forResource: "Fixtures", withExtension: nil)
    }

    /// The location of `Fixtures/name` (`""`: the folder itself).
    public func url(_ name: String) throws -> URL {
        let folder = try #require(folder, "Fixtures/ is missing from the test bundle; check resources in Package.swift")
        let url = name.isEmpty ? folder : folder.appendingPathComponent(name)
        try #require(FileManager.default.fileExists(atPath: url.path), "Fixtures/\(name) is missing from the test bundle")
        return url
    }

    /// The absolute path of `Fixtures/name`.
    public func path(_ name: String) throws -> String {
        try url(name).path
    }

    /// The fixture's raw bytes.
    public func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(name)))
    }

    /// The 1-based line of the first line of fixture `name` that contains
    /// `text` (by default the marker): tests state expected lines by pointing
    /// at the text itself.
    public func line(containing text: String = marker, in name: String) throws -> Int {
        let lines = try bytes(name).split(separator: 0x0A, omittingEmptySubsequences: false)
        let index = lines.firstIndex { String(decoding: $0, as: UTF8.self).contains(text) }
        return try #require(index, "no line of \(name) contains '\(text)'") + 1
    }
}
