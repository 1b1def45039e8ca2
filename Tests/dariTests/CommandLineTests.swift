import DariTestSupport
import Foundation
import Testing

/// What every subcommand shares: the version, `-o`, comma lists, site roots.
@Suite struct CommandLineTests {
    @Test func versionPrintsAndExitsZero() throws {
        let run = try CommandRunner.run(["--version"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "0.1.0\n")
    }

    /// SARIF names the same version as `--version`.
    @Test func sarifCarriesTheVersion() throws {
        let scratch = try ScratchFolder("dari-version", files: ["memory.xlf": Self.memory])
        let run = try CommandRunner.run(["check", "memory.xlf", "--format", "sarif"], directory: scratch.path)
        let version = try CommandRunner.run(["--version"]).stdout.trimmingCharacters(in: .newlines)
        #expect(run.stdout.contains("\"version\": \"\(version)\""), "\(run.stdout.prefix(600))")
    }

    @Test func checkWritesItsReportWithDashO() throws {
        let scratch = try ScratchFolder("dari-output", files: ["memory.xlf": Self.memory])
        let run = try CommandRunner.run(["check", "memory.xlf", "-o", "report.txt"], directory: scratch.path)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout == "")
        let report = try String(contentsOfFile: scratch.path + "/report.txt", encoding: .utf8)
        #expect(report.contains("[untranslated]"))
    }

    @Test func disableTakesACommaSeparatedList() throws {
        let scratch = try ScratchFolder("dari-disable", files: ["memory.xlf": Self.memory])
        let both = try CommandRunner.run(["check", "memory.xlf", "--disable", "untranslated,number-mismatch"],
                                         directory: scratch.path)
        #expect(both.status == 0, "\(both.stdout)\(both.stderr)")
        #expect(!both.stdout.contains("[untranslated]") && !both.stdout.contains("[number-mismatch]"))
        let repeated = try CommandRunner.run(["check", "memory.xlf", "--disable", "untranslated", "--disable",
                                              "number-mismatch"], directory: scratch.path)
        #expect(repeated.stdout == both.stdout)
        let unknown = try CommandRunner.run(["check", "memory.xlf", "--disable", "untranslated,number-mismatches"],
                                            directory: scratch.path)
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "--disable: error: unknown check 'number-mismatches'; did you mean 'number-mismatch'?\n")
    }

    /// The error on a site without `ko/` advises `--source-root/--target-root`;
    /// `check` must then accept them, as `align` does.
    @Test func checkAcceptsTheSiteRootsItsErrorAdvises() throws {
        let scratch = try ScratchFolder("dari-roots", files: [
            "site/hangul/a.html": Self.page(lang: "ko", body: "<p>하나.</p>"),
            "site/latin/a.html": Self.page(lang: "en", body: "<p>One.</p>"),
        ])
        let guessed = try CommandRunner.run(["check", "site"], directory: scratch.path)
        #expect(guessed.status == 74)
        #expect(guessed.stderr.contains("--source-root/--target-root"))
        let named = try CommandRunner.run(["check", "site", "--source-root", "hangul", "--target-root", "latin"],
                                          directory: scratch.path)
        #expect(named.status == 0, "\(named.stderr)")
        let aligned = try CommandRunner.run(["align", "site", "--source-root", "hangul", "--target-root", "latin",
                                             "-o", "-"], directory: scratch.path)
        #expect(aligned.status == 0, "\(aligned.stderr)")
        try aligned.stdout.write(toFile: scratch.path + "/memory.xlf", atomically: true, encoding: .utf8)
        let memory = try CommandRunner.run(["check", "memory.xlf", "--source-root", "hangul"], directory: scratch.path)
        #expect(memory.status == 64)
        #expect(memory.stderr.contains("drop them for a memory file"))
    }

    static func page(lang: String, body: String) -> String {
        "<!DOCTYPE html><html lang=\"\(lang)\"><head><meta charset=\"utf-8\"><title>T</title></head><body>\(body)</body></html>\n"
    }

    /// A memory with an untranslated segment and a number that differs.
    static let memory = CheckCommandTests.memory
}
