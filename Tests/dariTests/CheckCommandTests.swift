import DariTestSupport
import Foundation
import Testing

/// Runs the built `dari check` on small memories and checks output and exit status.
@Suite struct CheckCommandTests {
    static let memory = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ko" trgLang="en">
          <file id="f1" original="news">
            <unit id="u1">
              <segment state="translated"><source>1,000명이 넘는 탈북민</source><target>more than 900 defectors</target></segment>
            </unit>
            <unit id="u2">
              <segment state="translated"><source>구출팀은 떠났다.</source><target>The extraction team left.</target></segment>
            </unit>
            <unit id="u3">
              <segment><source>아직 번역하지 않았다.</source></segment>
            </unit>
          </file>
        </xliff>

        """

    private static let clean = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ko" trgLang="en">
          <file id="f1" original="news">
            <unit id="u1">
              <segment state="translated"><source>구출팀은 떠났다.</source><target>The rescue team left.</target></segment>
            </unit>
          </file>
        </xliff>

        """

    private static let glossary = "ko,en\n구출팀,rescue team\n"

    @Test func findingsExitOneWithTextReport() throws {
        let scratch = try ScratchFolder("dari-check", files: ["memory.xlf": Self.memory, "Glossary/terms.csv": Self.glossary])
        let run = try CommandRunner.run(["check", "memory.xlf"], directory: scratch.path)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("memory.xlf:4: error: [number-mismatch] the Korean has 1,000 but the English does not (it has 900)"))
        #expect(run.stdout.contains("memory.xlf:7: warning: [glossary-violation] '구출팀' is in the Korean"))
        #expect(run.stdout.contains("memory.xlf:10: error: [untranslated]"))
        #expect(run.stdout.hasSuffix("2 errors, 1 warning, 0 info\n"))
    }

    @Test func cleanMemoryExitsZero() throws {
        let scratch = try ScratchFolder("dari-check", files: ["memory.xlf": Self.clean, "Glossary/terms.csv": Self.glossary])
        let run = try CommandRunner.run(["check", "memory.xlf", "--format", "jsonl"], directory: scratch.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "")
    }

    @Test func failOnDecidesTheExitStatus() throws {
        let scratch = try ScratchFolder("dari-check",
                                        files: ["memory.xlf": Self.clean, "terms.csv": "ko,en\n구출팀,rescue squad\n"])
        let warn = try CommandRunner.run(["check", "memory.xlf", "--glossary", "terms.csv"], directory: scratch.path)
        #expect(warn.status == 0)
        #expect(warn.stdout.contains("[glossary-violation]"))
        let strict = try CommandRunner.run(["check", "memory.xlf", "--glossary", "terms.csv", "--fail-on", "warning"],
                                           directory: scratch.path)
        #expect(strict.status == 1)
    }

    @Test func jsonlForTheBenchmark() throws {
        let scratch = try ScratchFolder("dari-check", files: ["memory.xlf": Self.memory])
        let run = try CommandRunner.run(["check", "memory.xlf", "--format", "jsonl"], directory: scratch.path)
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.contains("\"unit\": \"u") && $0.contains("\"type\": ") && $0.contains("\"line\": ") })
    }

    @Test func baselineReportsOnlyNewFindings() throws {
        let scratch = try ScratchFolder("dari-check", files: ["memory.xlf": Self.memory])
        let write = try CommandRunner.run(["check", "memory.xlf", "--write-baseline", "baseline.json"], directory: scratch.path)
        #expect(write.status == 0, "\(write.stderr)")
        // Shift every line down: fingerprints do not use lines.
        let shifted = Self.memory.replacingOccurrences(of: "<file id=\"f1\" original=\"news\">",
                                                       with: "<file id=\"f1\" original=\"news\">\n\n\n")
        try shifted.write(toFile: scratch.path + "/memory.xlf", atomically: true, encoding: .utf8)
        let again = try CommandRunner.run(["check", "memory.xlf", "--baseline", "baseline.json"], directory: scratch.path)
        #expect(again.status == 0, "\(again.stdout)")
        // With nothing left to list, the work summary is one line: the memory's blocks, none needing work.
        #expect(again.stdout == "1 page pair: 2 of 3 blocks translated, no errors or warnings\n"
                + "0 errors, 0 warnings, 0 info (2 more in the baseline)\n")
    }

    /// CI steps name the site differently (`Corpus`, `./Corpus`, an absolute
    /// path): a baseline written with one accepts every finding with another.
    @Test(arguments: ["./Corpus", "Corpus/", "<absolute>"])
    func aBaselineMatchesHoweverTheSitePathIsSpelled(spelling: String) throws {
        let root = RepositoryPaths.root()
        let scratch = try ScratchFolder("dari-check")
        let baseline = scratch.path + "/baseline.json"
        let write = try CommandRunner.run(["check", "Corpus", "--write-baseline", baseline], directory: root)
        #expect(write.status == 0, "\(write.stderr)")
        let site = spelling == "<absolute>" ? root + "/Corpus" : spelling
        let all = try CommandRunner.run(["check", site, "--format", "jsonl"], directory: root)
        let findings = all.stdout.split(separator: "\n").count
        #expect(findings > 0, "the demo site has deliberate gaps to baseline")
        let again = try CommandRunner.run(["check", site, "--baseline", baseline, "--format", "jsonl"], directory: root)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.isEmpty, "new findings with \(site): \(again.stdout)")
    }

    @Test func configurationTurnsChecksOff() throws {
        let scratch = try ScratchFolder("dari-check", files: [
            "memory.xlf": Self.memory,
            "dari.json": "{\"checks\": {\"number-mismatch\": \"off\", \"untranslated\": \"info\"}}",
        ])
        let run = try CommandRunner.run(["check", "memory.xlf"], directory: scratch.path)
        #expect(run.status == 0, "\(run.stdout)")
        #expect(!run.stdout.contains("number-mismatch"))
        #expect(run.stdout.contains("info: [untranslated]"))
    }

    @Test func githubAnnotationsInActions() throws {
        let scratch = try ScratchFolder("dari-check", files: ["memory.xlf": Self.memory])
        let run = try CommandRunner.run(["check", "memory.xlf", "--format", "github"], directory: scratch.path)
        #expect(run.stdout.contains("::error file=memory.xlf,line=4,title=[number-mismatch]::"))
    }

    @Test func usageErrorsExit64() throws {
        let scratch = try ScratchFolder("dari-check", files: ["memory.xlf": Self.memory])
        #expect(try CommandRunner.run(["check"], directory: scratch.path).status == 64)
        #expect(try CommandRunner.run(["check", "memory.xlf", "--format", "pdf"], directory: scratch.path).status == 64)
        #expect(try CommandRunner.run(["check", "memory.xlf", "--disable", "number-mismatches"],
                                      directory: scratch.path).status == 64)
    }

    @Test func aFolderWithoutLanguageRootsIsAnIOErrorThatSaysWhatToDo() throws {
        let scratch = try ScratchFolder("dari-check", files: ["memory.xlf": Self.memory])
        let site = try CommandRunner.run(["check", "."], directory: scratch.path)
        #expect(site.status == 74)
        #expect(site.stderr.contains("the site has no 'ko' folder"))
    }

    /// A site checked from inside its folder (`dari check .`): Foundation's
    /// `deletingLastPathComponent` traps on ".", so the site's path is
    /// never given to it (a Markdown site crashed this way).
    @Test func aSiteSpelledDotIsChecked() throws {
        let scratch = try ScratchFolder("dari-check", files: [
            "ko/a.html": "<html lang=\"ko\"><body><p>구출팀은 2019년에 떠났습니다.</p><p>새 문단입니다.</p></body></html>",
            "en/a.html": "<html lang=\"en\"><body><p>The rescue team left in 2019.</p></body></html>",
        ])
        let run = try CommandRunner.run(["check", ".", "--format", "jsonl"], directory: scratch.path)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("\"file\": \"ko/a.html\"") || run.stdout.contains("\"file\":\"ko/a.html\""), "\(run.stdout)")
    }

    /// The README's main command: the demo site's checks find exactly the
    /// seven deliberate gaps listed in Corpus/README.md, and nothing else.
    @Test func theDemoSiteReportsExactlyItsDeliberateGaps() throws {
        let run = try CommandRunner.run(["check", "Corpus", "--format", "jsonl"])
        #expect(run.status == 1)
        let findings = run.stdout.split(separator: "\n").compactMap { line -> String? in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let type = object["type"] as? String, let file = object["file"] as? String,
                  let lineNumber = object["line"] as? Int else { return nil }
            return "\(type) \(file):\(lineNumber)"
        }
        #expect(findings.sorted() == [
            "deprecated-term Corpus/ko/teams.html:55",
            "glossary-violation Corpus/en/interview.html:66",
            "number-mismatch Corpus/en/people.html:40",
            "target-equals-source Corpus/en/newcomers.html:50",
            "untranslated Corpus/en/resources.html:31",
            "untranslated Corpus/ko/prayer.html:57",
            "untranslated Corpus/ko/resources.html:26",
        ])
    }

    @Test func malformedInputExits65WithFileAndLine() throws {
        let broken = Self.memory.replacingOccurrences(of: "</target></segment>\n    </unit>\n    <unit id=\"u2\">",
                                                      with: "</segment>\n    </unit>\n    <unit id=\"u2\">")
        let scratch = try ScratchFolder("dari-check", files: [
            "memory.xlf": broken, "bad.tbx": "<tbx><text>", "dari.json": "{\"checks\": {\"nope\": \"off\"}}",
        ])
        let memory = try CommandRunner.run(["check", "memory.xlf", "--config", "none.json"], directory: scratch.path)
        #expect(memory.status == 74)  // the named configuration does not exist
        let config = try CommandRunner.run(["check", "memory.xlf"], directory: scratch.path)
        #expect(config.status == 65)
        #expect(config.stderr.contains("dari.json:1: error: unknown check 'nope'"))
        try "{}".write(toFile: scratch.path + "/dari.json", atomically: true, encoding: .utf8)
        let xml = try CommandRunner.run(["check", "memory.xlf"], directory: scratch.path)
        #expect(xml.status == 65)
        #expect(xml.stderr.contains("memory.xlf:5"), "\(xml.stderr)")
        try Self.memory.write(toFile: scratch.path + "/memory.xlf", atomically: true, encoding: .utf8)
        let glossary = try CommandRunner.run(["check", "memory.xlf", "--glossary", "bad.tbx"], directory: scratch.path)
        #expect(glossary.status == 65)
        #expect(glossary.stderr.contains("bad.tbx:1"), "\(glossary.stderr)")
    }

    @Test func missingFilesExit74() throws {
        let scratch = try ScratchFolder("dari-check")
        let run = try CommandRunner.run(["check", "nowhere.xlf"], directory: scratch.path)
        #expect(run.status == 74)
        #expect(run.stderr == "nowhere.xlf: error: no such file; check the path and run again\n")
    }
}
