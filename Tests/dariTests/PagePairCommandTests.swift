import DariTestSupport
import Foundation
import Testing

/// `dari check PAGE_A PAGE_B` and `dari align PAGE_A PAGE_B`: a pull-request
/// job checks exactly the pages it touched, through the built binary.
@Suite struct PagePairCommandTests {
    /// No `lang` on either page: the Korean one is told by its Hangul.
    static let korean = """
        <html><body>
        <h1>소개</h1>
        <p>우리는 2024년에 서울에서 설립되었습니다.</p>
        <p>회원은 30명입니다.</p>
        <p>새로 추가한 문단입니다.</p>
        </body></html>

        """
    static let english = """
        <html><body>
        <h1>About</h1>
        <p>We were founded in Seoul in 2024.</p>
        <p>We have 40 members.</p>
        </body></html>

        """

    @Test(arguments: [false, true])
    func aPairIsCheckedWhicheverOrderItsPagesAreNamedIn(englishFirst: Bool) throws {
        let scratch = try ScratchFolder("dari-pair", files: ["docs/about.ko.html": Self.korean, "docs/about.html": Self.english])
        let pages = ["docs/about.ko.html", "docs/about.html"]
        let result = try CommandRunner.run(["check"] + (englishFirst ? pages.reversed() : pages), directory: scratch.path)
        #expect(result.status == 1)
        #expect(result.stdout.contains(
            "docs/about.ko.html:5: error: [untranslated] '새로 추가한 문단입니다.' has no English translation"), "\(result.stdout)")
        #expect(result.stdout.contains("docs/about.html:4: error: [number-mismatch] the Korean has 30 but the English does not (it has 40)"))
        #expect(result.stdout.contains("2 errors, 0 warnings, 0 info"))
    }

    /// The pair's status for a machine: the work summary as JSON, with the
    /// findings counted by check.
    @Test func summaryJSONIsThePairsStatus() throws {
        let scratch = try ScratchFolder("dari-pair", files: ["about.ko.html": Self.korean, "about.html": Self.english])
        let result = try CommandRunner.run(["check", "about.html", "about.ko.html", "--format", "summary-json"],
                                           directory: scratch.path)
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let page = try #require((json["pages"] as? [[String: Any]])?.first)
        #expect(page["sourcePage"] as? String == "about.ko.html" && page["targetPage"] as? String == "about.html")
        #expect(page["blocks"] as? Int == 4 && page["translated"] as? Int == 3)
        #expect(page["missingInTarget"] as? Int == 1 && page["missingInSource"] as? Int == 0)
        #expect(page["findingsByCheck"] as? [String: Int] == ["number-mismatch": 1, "untranslated": 1])
    }

    /// `lang` wins over the script: an English page quoting Korean at length
    /// is still the English page when it says so, and the other is Korean.
    @Test func aDeclaredLanguageDecidesOverTheScript() throws {
        let quoting = "<html lang=\"en\"><body><p>한국어 인용: 안녕하세요, 반갑습니다.</p></body></html>\n"
        let unmarked = "<html><body><p>안녕하세요.</p></body></html>\n"
        let scratch = try ScratchFolder("dari-pair", files: ["a.html": quoting, "b.html": unmarked])
        let result = try CommandRunner.run(["align", "a.html", "b.html"], directory: scratch.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#"<file id="f-b.html" original="b.html">"#), "\(result.stdout)")
    }

    @Test func alignPrintsThePairsMemoryOrWritesIt() throws {
        let scratch = try ScratchFolder("dari-pair", files: ["about.ko.html": Self.korean, "about.html": Self.english])
        let printed = try CommandRunner.run(["align", "about.html", "about.ko.html"], directory: scratch.path)
        #expect(printed.status == 0)
        #expect(printed.stdout.contains(#"srcLang="ko" trgLang="en""#))
        #expect(printed.stderr.contains("about.ko.html:5: p only in ko"))
        let written = try CommandRunner.run(["align", "about.html", "about.ko.html", "-o", "pair.xlf", "--source", "en"],
                                            directory: scratch.path)
        #expect(written.status == 0)
        let memory = try String(contentsOfFile: scratch.path + "/pair.xlf", encoding: .utf8)
        #expect(memory.contains(#"srcLang="en" trgLang="ko""#) && memory.contains(#"original="about.html""#))
    }

    @Test func twoPagesInOneLanguageAreRefusedWithWhatToFix() throws {
        let scratch = try ScratchFolder("dari-pair", files: [
            "a.html": "<html lang=\"ko\"><body><p>하나.</p></body></html>\n",
            "b.html": "<html lang=\"ko-KR\"><body><p>둘.</p></body></html>\n",
            "c.html": "<html><body><p>One.</p></body></html>\n", "d.html": "<html><body><p>Two.</p></body></html>\n",
        ])
        let same = try CommandRunner.run(["check", "a.html", "b.html"], directory: scratch.path)
        #expect(same.status == 65)
        #expect(same.stderr.contains("a.html, b.html: error: both pages say they are in Korean"), "\(same.stderr)")
        let unknown = try CommandRunner.run(["check", "c.html", "d.html"], directory: scratch.path)
        #expect(unknown.status == 65)
        #expect(unknown.stderr.contains("cannot tell which page is Korean"))
        let missing = try CommandRunner.run(["check", "a.html", "gone.html"], directory: scratch.path)
        #expect(missing.status == 74)
        let roots = try CommandRunner.run(["check", "a.html", "c.html", "--source-root", "ko"], directory: scratch.path)
        #expect(roots.status == 64)
    }
}
