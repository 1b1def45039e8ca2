import Foundation
import DariTestSupport
import Testing

/// Write errors are errors (issue 18): standard output on a full disk is one
/// line on standard error and exit 74 in every subcommand, never a trap; a
/// reader that went away (`dari check site | head -1`) ends dari quietly, by
/// SIGPIPE, as it ends `cat`.
@Suite struct WriteErrorTests {
    private static let files = [
        "site/ko/a.html": "<!DOCTYPE html><html lang=\"ko\"><body><p>우물을 팠습니다. 물이 나옵니다.</p></body></html>\n",
        "site/en/a.html": "<!DOCTYPE html><html lang=\"en\"><body><p>We dug a well. Water comes out.</p></body></html>\n",
        "ko.txt": "우물을 팠습니다.\n", "en.txt": "We dug a well.\n",
        "text.txt": "우물을 팠습니다. 물이 나옵니다.\n",
    ]

    /// Every subcommand, with arguments that write to standard output.
    static let commands: [[String]] = [
        ["extract", "site/ko/a.html"],
        ["extract", "--sentences", "site/ko/a.html"],
        ["segment", "--lang", "ko", "text.txt"],
        ["align", "--segmented", "ko.txt", "en.txt"],
        ["align", "site", "-o", "-", "--quiet"],
        ["export", "--tmx", "-o", "-", "memory.xlf"],
        ["check", "site"],
        ["check", "--format", "sarif", "site"],
        ["check", "--list-checks"],
    ]

    private static func scratch() throws -> ScratchFolder {
        let scratch = try ScratchFolder("dari-write-errors", files: files)
        let aligned = try CommandRunner.run(["align", "site", "-o", "memory.xlf"], directory: scratch.path)
        try #require(aligned.status == 0, "\(aligned.stderr)")
        return scratch
    }

    @Test(arguments: commands)
    func aFullDiskIsOneLineAndExit74(arguments: [String]) throws {
        let scratch = try Self.scratch()
        let run = try CommandRunner.run(arguments, directory: scratch.path, standardOutput: .file("/dev/full"))
        #expect(!run.killedBySignal)
        #expect(run.status == 74, "\(run.stderr)")
        let lines = run.stderr.split(separator: "\n").filter { !$0.contains(": note: ") }
        #expect(lines == ["<stdout>: error: cannot write standard output (No space left on device); "
                          + "check where it goes (a full disk, a closed descriptor), or write to a file with --output"])
    }

    @Test(arguments: commands)
    func aClosedPipeEndsQuietlyBySIGPIPE(arguments: [String]) throws {
        let scratch = try Self.scratch()
        let run = try CommandRunner.run(arguments, directory: scratch.path, standardOutput: .closedPipe)
        #expect(run.killedBySignal && run.status == SIGPIPE, "status \(run.status): \(run.stderr)")
        #expect(!run.stderr.contains("error"), "\(run.stderr)")
        #expect(!run.stderr.contains("Fatal"), "\(run.stderr)")
    }

    @Test func aClosedStandardOutputIsExit74NotAFileDariOpened() throws {
        let scratch = try Self.scratch()
        let memory = try String(contentsOfFile: scratch.path + "/memory.xlf", encoding: .utf8)
        let run = try CommandRunner.runProcess("/bin/sh", ["-c", "exec \"$0\" \"$@\" >&-", CommandRunner.dariExecutable(),
                                                           "check", "memory.xlf"], directory: scratch.path)
        #expect(run.status == 74, "\(run.stderr)")
        #expect(run.stderr.contains("cannot write standard output (Bad file descriptor)"), "\(run.stderr)")
        #expect(try String(contentsOfFile: scratch.path + "/memory.xlf", encoding: .utf8) == memory)
    }

    @Test func aFullDiskUnderAFileOutputIsExit74AndNamesIt() throws {
        let scratch = try Self.scratch()
        let run = try CommandRunner.run(["check", "site", "--output", "/dev/full"], directory: scratch.path)
        #expect(run.status == 74)
        #expect(run.stderr.contains("/dev/full: error: cannot write the file (No space left on device)"), "\(run.stderr)")
    }

    @Test func aClosedStandardErrorNeverEndsARun() throws {
        let scratch = try Self.scratch()
        let run = try CommandRunner.runProcess("/bin/sh", ["-c", "exec \"$0\" \"$@\" 2>&-", CommandRunner.dariExecutable(),
                                                           "align", "site", "-o", "again.xlf"], directory: scratch.path)
        #expect(run.status == 0)
        #expect(FileManager.default.fileExists(atPath: scratch.path + "/again.xlf"))
    }
}
