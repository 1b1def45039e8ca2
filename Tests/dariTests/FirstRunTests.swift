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
