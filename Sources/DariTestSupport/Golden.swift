import Foundation
import Testing

/// Compares output with a golden file in `Golden/` beside the tests.
///
/// Run with `DARI_RECORD=1` to write the golden files instead; a recording
/// run fails on purpose, so a new golden is read in review before it counts.
public enum Golden {
    /// Records an issue unless `actual` equals the file `Golden/name`
    /// beside the calling test file (the folder is excluded from the target
    /// in Package.swift).
    public static func expect(
        _ actual: String, matches name: String,
        filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["DARI_RECORD"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("Recorded \(url.path); review it with git diff, then run again without DARI_RECORD",
                         sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("No golden file at \(url.path); create it with DARI_RECORD=1 swift test",
                         sourceLocation: sourceLocation)
            return
        }
        if actual == expected { return }
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let first = Array(zip(actualLines, expectedLines)).firstIndex { $0 != $1 }
            ?? min(actualLines.count, expectedLines.count)
        let expectedLine = first < expectedLines.count ? String(expectedLines[first]) : "<end of file>"
        let actualLine = first < actualLines.count ? String(actualLines[first]) : "<end of output>"
        Issue.record("""
            Output differs from Golden/\(name) at line \(first + 1):
              golden: \(expectedLine)
              actual: \(actualLine)
            If the change is intended, re-record with DARI_RECORD=1 and review the diff.
            """, sourceLocation: sourceLocation)
    }
}
