import DariTestSupport
import Testing

/// `dari check SITE` on sites laid out other than `ko/` ↔ `en/`, through the built binary.
@Suite struct SiteLayoutCommandTests {
    static let korean = "<html lang=\"ko\"><body>\n<p>회원은 30명입니다.</p>\n</body></html>\n"
    static let english = "<html lang=\"en\"><body>\n<p>We have 40 members.</p>\n</body></html>\n"

    @Test func aSuffixSiteIsCheckedWithoutOptionsAndNamesItsFiles() throws {
        let scratch = try ScratchFolder("dari-layout-cli", files: ["site/content/about.ko.html": Self.korean,
                                                                   "site/content/about.html": Self.english])
        let result = try CommandRunner.run(["check", "site"], directory: scratch.path)
        #expect(result.status == 1)
        #expect(result.stdout.contains("site/content/about.html:2: error: [number-mismatch] the Korean has 30"),
                "\(result.stdout)\(result.stderr)")
    }

    @Test func anAmbiguousSiteExits65WithTheLayoutToSet() throws {
        let scratch = try ScratchFolder("dari-layout-cli", files: [
            "site/ko/a.html": Self.korean, "site/en/a.html": Self.english,
            "site/notes/b.ko.html": Self.korean, "site/notes/b.html": Self.english,
        ])
        let result = try CommandRunner.run(["check", "site"], directory: scratch.path)
        #expect(result.status == 65)
        #expect(result.stderr.contains(#"site: error: the site can be read as more than one layout: "folders" (ko ↔ en), "#
            + #""suffix" (in notes/: page.ko.EXT ↔ page.EXT or page.en.EXT); say which in site/dari.json, e.g. {"layout": "folders"}"#),
            "\(result.stderr)")
        try scratch.write("site/dari.json", #"{"layout": "suffix"}"#)
        let chosen = try CommandRunner.run(["check", "site"], directory: scratch.path)
        #expect(chosen.status == 1 && chosen.stdout.contains("site/notes/b.html:2: error: [number-mismatch]"))
    }

    /// `dari check .` inside a Hugo site translated from English: the layout
    /// is found below `.`, and the original is Hugo's default language, with
    /// a note that says so.
    @Test func aHugoSiteCheckedFromInsideTakesItsDefaultLanguageAsTheOriginal() throws {
        let scratch = try ScratchFolder("dari-layout-cli", files: [
            "site/config.toml": "defaultContentLanguage = \"en\"\n",
            "site/content/ko/a.html": Self.korean, "site/content/en/a.html": Self.english,
            "site/content/en/b.html": Self.english,
        ])
        let result = try CommandRunner.run(["check", "."], directory: scratch.path + "/site")
        #expect(result.status == 1)
        #expect(result.stderr.contains(
            ".: note: taking English as the original language, as config.toml says (defaultContentLanguage = \"en\")"),
                "\(result.stderr)")
        #expect(result.stdout.contains("content/ko/a.html:2: error: [number-mismatch] the Korean has 30"), "\(result.stdout)")
        #expect(result.stdout.contains("content/en/b.html: error: [missing-page] content/en/b.html has no Korean page; translate it"),
                "\(result.stdout)")
    }
}

