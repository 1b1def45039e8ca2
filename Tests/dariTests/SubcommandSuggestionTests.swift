import DariTestSupport
import Testing

/// A mistyped subcommand gets a "did you mean", not a generic usage error.
@Suite struct SubcommandSuggestionTests {
    @Test(arguments: [("chek", "check"), ("algin", "align"), ("exprot", "export"), ("Segment", "segment")])
    func aNearMissNamesTheCommand(typed: String, meant: String) throws {
        let run = try CommandRunner.run([typed, "Corpus"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("did you mean 'dari \(meant)'?"), "\(run.stderr)")
    }

    @Test func somethingFarFromEveryCommandGetsTheUsualError() throws {
        let run = try CommandRunner.run(["translate", "Corpus"])
        #expect(run.status == 64)
        #expect(!run.stderr.contains("did you mean"))
    }
}
