import DariTestSupport
import Foundation
import Testing

/// The same input gives the same bytes in two separate runs of dari.
///
/// Within one process a pure function always agrees with itself; across
/// processes Swift seeds `Hasher` anew, so output that follows a
/// dictionary's or a set's order, or an ID made with `hashValue`, differs
/// between the two runs (unless SWIFT_DETERMINISTIC_HASHING is set).
@Suite struct DeterminismTests {
    @Test func alignWritesTheSameMemoryTwice() throws {
        let scratch = try ScratchFolder("dari-determinism")
        let site = try scratch.copy(RepositoryPaths.root() + "/Corpus", to: "site")
        var memories: [Data] = []
        for name in ["first.xlf", "second.xlf"] {
            let run = try CommandRunner.run(["align", site, "-o", scratch.path + "/" + name])
            try #require(run.status == 0, "\(run.stderr)")
            memories.append(try Data(contentsOf: URL(fileURLWithPath: scratch.path + "/" + name)))
        }
        #expect(memories[0].count > 10_000)
        #expect(memories[0] == memories[1])
    }

    @Test(arguments: ["text", "jsonl", "sarif", "junit", "github"])
    func checkPrintsTheSameReportTwice(format: String) throws {
        let first = try CommandRunner.run(["check", "Corpus", "--format", format])
        let second = try CommandRunner.run(["check", "Corpus", "--format", format])
        #expect(first.status == 1, "\(first.stderr)")
        #expect(!first.stdout.isEmpty)
        #expect(first.stdout == second.stdout)
    }
}
