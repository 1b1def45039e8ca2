import DariTestSupport
import Foundation
import Testing

/// `dari X --help` against the text kept in `Snapshots/X.txt`, so a change
/// to an option or its help is seen in review. After a deliberate change,
/// record again with `DARI_UPDATE_SNAPSHOTS=1 swift test --filter HelpSnapshotTests`
/// (the recording run fails, so nothing is recorded unread) and read the diff.
@Suite struct HelpSnapshotTests {
    static let commands: [[String]] = [[], ["extract"], ["segment"], ["align"], ["export"], ["check"], ["todo"], ["import"], ["lookup"]]

    @Test(arguments: commands)
    func helpMatchesItsSnapshot(_ command: [String]) throws {
        let run = try CommandRunner.run(command + ["--help"])
        #expect(run.status == 0, "\(run.stderr)")
        let name = command.first ?? "dari"
        let snapshot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Snapshots/\(name).txt")
        if ProcessInfo.processInfo.environment["DARI_UPDATE_SNAPSHOTS"] == "1" {
            try run.stdout.write(to: snapshot, atomically: true, encoding: .utf8)
            Issue.record("recorded \(snapshot.path); read the diff, then run again without DARI_UPDATE_SNAPSHOTS")
            return
        }
        let expected = try String(contentsOf: snapshot, encoding: .utf8)
        #expect(run.stdout == expected,
                "dari \(name) --help changed; if that is meant, run DARI_UPDATE_SNAPSHOTS=1 swift test --filter HelpSnapshotTests")
    }
}
