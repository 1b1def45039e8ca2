import Foundation
import Testing

/// Compares lines of output with a file in `Golden/` beside the tests,
/// written by an earlier run.
///
/// `DARI_RECORD=1` writes the file instead, and fails the run on purpose,
/// so that a new recording is read in review before it counts.
enum GoldenLines {
    static func expect(_ lines: [String], match name: String, filePath: String = #filePath,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden/" + name)
        if ProcessInfo.processInfo.environment["DARI_RECORD"] == "1" {
            try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
            Issue.record("Recorded \(url.path); read the diff, then run again without DARI_RECORD", sourceLocation: sourceLocation)
            return
        }
        let recorded = try #require(try? String(contentsOf: url, encoding: .utf8),
                                    "No recording at \(url.path); make one with DARI_RECORD=1", sourceLocation: sourceLocation)
        let expected = recorded.split(separator: "\n").map(String.init)
        let first = lines.indices.first { $0 >= expected.count || lines[$0] != expected[$0] } ?? lines.count
        #expect(lines == expected, """
            Golden/\(name) differs at line \(first + 1): recorded \(first < expected.count ? expected[first] : "<end>"), \
            now \(first < lines.count ? lines[first] : "<end>"). If that is meant, re-record with DARI_RECORD=1.
            """, sourceLocation: sourceLocation)
    }
}
