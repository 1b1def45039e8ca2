import Foundation
import DariTestSupport
import Testing

/// What a new user sees on a first run of their own site.
@Suite struct FirstRunTests {
    private static func page(_ lang: String, _ text: String) -> String {
        "<!DOCTYPE html><html lang=\"\(lang)\"><body><p>\(text)</p></body></html>\n"
    }

    @Test func aSiteWithoutAGlossaryIsToldTheGlossaryChecksDoNotRun() throws {
        let scratch = try ScratchFolder("dari-first-run", files: [
            "site/ko/a.html": Self.page("ko", "우물을 팠습니다."), "site/en/a.html": Self.page("en", "We dug a well."),
        ])
        let run = try CommandRunner.run(["check", "site"], directory: scratch.path)
        #expect(run.stderr.contains("site: note: no Glossary/ folder here or next to it"), "\(run.stderr)")
    }

    @Test func aLanguageFolderGivenForTheSiteNamesTheSiteFolder() throws {
        let scratch = try ScratchFolder("dari-first-run", files: [
            "site/ko/a.html": Self.page("ko", "우물을 팠습니다."), "site/en/a.html": Self.page("en", "We dug a well."),
        ])
        let run = try CommandRunner.run(["check", "site/ko"], directory: scratch.path)
        #expect(run.status == 74)
        #expect(run.stderr.contains("e.g. dari check site"), "\(run.stderr)")
    }
}

/// An output never replaces an input, however its path is spelled (issue 18).
@Suite struct OutputsNeverReplaceInputsTests {
    @Test(arguments: ["--output", "--write-baseline"])
    func aReportOverTheMemoryIsRefusedAndTheMemoryKept(option: String) throws {
        let scratch = try ScratchFolder("dari-outputs")
        let memory = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ko" trgLang="en">
              <file id="f1" original="news"><unit id="u1"><segment><source>아직.</source></segment></unit></file>
            </xliff>

            """
        try scratch.write("m.xlf", memory)
        let run = try CommandRunner.run(["check", "m.xlf", option, "./m.xlf"], directory: scratch.path)
        #expect(run.status == 64)
        #expect(run.stderr.contains("is the input m.xlf"), "\(run.stderr)")
        #expect(try String(contentsOfFile: scratch.path + "/m.xlf", encoding: .utf8) == memory)
    }
}

/// `dari align -o` onto a file it will not replace stops before aligning.
@Suite struct AlignRefusesBeforeAligningTests {
    @Test func aPageGivenAsTheMemoryIsRefusedAtOnce() throws {
        let scratch = try ScratchFolder("dari-align-refuse", files: [
            "site/ko/a.html": "<!DOCTYPE html><html lang=\"ko\"><body><p>우물을 팠습니다.</p></body></html>\n",
            "site/en/a.html": "<!DOCTYPE html><html lang=\"en\"><body><p>We dug a well.</p></body></html>\n",
            "notes.txt": "my notes\n",
        ])
        let run = try CommandRunner.run(["align", "site", "-o", "notes.txt"], directory: scratch.path)
        #expect(run.status == 73)
        #expect(!run.stderr.contains("aligned"), "nothing is aligned first: \(run.stderr)")
        #expect(try String(contentsOfFile: scratch.path + "/notes.txt", encoding: .utf8) == "my notes\n")
    }
}
