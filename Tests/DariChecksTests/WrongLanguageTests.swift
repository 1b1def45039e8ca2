import DariChecks
import DariMemory
import DariModel
import Testing

/// English prose left on a Korean page is untranslated content, whichever
/// page the memory calls the source; names, labels, titles and code are not.
@Suite struct WrongLanguageTests {
    @Test(arguments: [
        "There will be a new welfare services plan supporting long term care insurance for senior citizens.",
        "You can see an extended help text on the functions of each icon when you enable Extended Help.",
        "and now I want to use Debian.",
        "These options are described in 2절.",
        "You can find its description in 8.1.1절.",
        "Fix the build before you release the next version of the package.",
        "그러나 but somehow depend on a package that is not freely distributable.",
        "참고: see the manual of the package for the details of the options.",
        // A sentence opens with a capital, whatever the names in it (the Open Source Guides).
        "Workshop agenda was remixed from the Mozilla Movement Building from Home series",
    ])
    func englishSentencesAreProse(sentence: String) {
        #expect(WrongLanguage.englishSentences(in: "레이어에 임계값을 적용합니다. " + sentence) == [Substring(sentence)])
    }

    @Test(arguments: [
        "Tools - Options - LibreOffice - General",
        "ASCI White와 IBM의 Blue Gene",
        "“The Road Not Taken”",
        "session.ExecuteCalcFunction(\"LN\", -3)",
        "deb cdrom:[<name as on cd label>]/ unstable main [...]",
        "=AND (FALSE;TRUE) returns FALSE.",
        "GNU General Public License Version 2",
        "Software in the Public Interest",
        "13.3.1. Software in the Public Interest",
        "[#11101] feat(ssr)!: remove dedupe and mode support for CJS",
        "fix: handle static assets in a case-sensitive manner on every platform",
        "레이어 다음에 the layer is moved to the top of the stack in the dialog.",
        "그러나 Software in the Public Interest",
    ])
    func namesLabelsTitlesAndCodeAreNot(text: String) {
        #expect(WrongLanguage.englishSentences(in: text).isEmpty)
    }

    @Test func anEnglishSentenceInAKoreanParagraphIsUntranslated() {
        CheckSpec("""
            ! 표본 합치기 옵션은 모든 레이어에서 표본을 추출합니다. There will be a new welfare plan for all of the senior citizens. | Sample merged samples all layers.
              표본 합치기 옵션은 모든 레이어에서 표본을 추출합니다. | Sample merged samples all layers.
            """).expect(Untranslated.self)
    }

    @Test func theMessageNamesTheLanguageAndThePageToFix() {
        let findings = CheckSpec("! 설명입니다. This is the text that was never translated into Korean. | Description.")
            .run(Untranslated.self).findings
        #expect(findings.map(\.message) == [
            "'This is the text that was never translated into Korean.' of this block is English on the Korean page; "
                + "translate it into Korean (or mark the text translate=\"no\" if it must stay in English)",
        ])
    }

    @Test func anEnglishBlockWithNoCounterpartIsOneFindingNotTwo() {
        let findings = CheckSpec("! It is a sentence that the Korean page left in English. | <none>")
            .run(Untranslated.self).findings
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("English on the Korean page") == true)
    }

    @Test func aKoreanPageThatIsMostlyEnglishIsOnePageFinding() {
        let spec = CheckSpec("""
              소개 | About
              This is the first paragraph of the page and it is in English. | This is the first paragraph of the page and it is in English.
              This is the second paragraph of the page, also in English. | This is the second paragraph of the page, also in English.
              It was copied from the English page and never translated. | It was copied from the English page and never translated.
            """)
        let findings = spec.run(Untranslated.self).findings
        #expect(findings.map(\.message) == ["ko/page.html is in English: 1 of 4 blocks are Korean; translate the page into Korean"])
    }

    @Test func aKoreanBlockWithNoEnglishCounterpartDoesNotMakeAnEnglishPageKorean() {
        // A paragraph added to a page left in English: the page is still
        // untranslated, one finding, not one per English paragraph; the
        // added paragraph is its own.
        let spec = CheckSpec("""
              소개 | About
              This is the first paragraph of the page and it is in English. | This is the first paragraph of the page and it is in English.
              레이어 대화 상자를 여십시오. | Open the Layers dialog.
              This is the second paragraph of the page, also in English. | This is the second paragraph of the page, also in English.
              이 단락은 영어 페이지에 없습니다. | <none>
              It was copied from the English page and never translated. | It was copied from the English page and never translated.
              The fourth paragraph was never translated into Korean either. | The fourth paragraph was never translated into Korean either.
            """)
        let findings = spec.run(Untranslated.self).findings
        #expect(findings.map(\.message) == [
            "ko/page.html is in English: 3 of 7 blocks are Korean; translate the page into Korean",
            "'이 단락은 영어 페이지에 없습니다.' has no English translation; translate it on the English page",
        ])
    }

    @Test func aPageWithAsManyKoreanBlocksAsEnglishOnesIsNotInEnglish() {
        // Korean paragraphs the English page lacks still make half the page Korean.
        let spec = CheckSpec("""
              소개 | About
              This is the first paragraph of the page and it is in English. | This is the first paragraph of the page and it is in English.
              This is the second paragraph of the page, also in English. | This is the second paragraph of the page, also in English.
              It was copied from the English page and never translated. | It was copied from the English page and never translated.
              이 단락은 영어 페이지에 없습니다. | <none>
              이 단락도 한국어 페이지에만 있습니다. | <none>
            """)
        #expect(!spec.run(Untranslated.self).findings.contains { $0.message.contains("is in English") })
    }

    @Test func latinInKoreanLeavesWholeSentencesToUntranslated() {
        let spec = CheckSpec("! 설명입니다. This is the text that was never translated into Korean. | Description.")
        #expect(spec.run(LatinInKorean.self).findings.isEmpty)
    }

    @Test func anEnglishOriginalMemoryFindsEnglishOnTheKoreanTargetPage() {
        var spec = CheckSpec("! Samples are merged from all layers. | 표본을 합칩니다. The threshold is applied to all visible layers of the image.")
        spec.memory.sourceLanguage = .english
        spec.memory.targetLanguage = .korean
        spec.expect(Untranslated.self)
    }

    @Test func aSectionPastedInEnglishIsOneFindingWithItsBlocksRelated() {
        let spec = CheckSpec("""
              이 장에서는 레이어를 설명합니다. | This chapter describes layers.
            ! Layers are like transparent sheets stacked on top of each other. | Layers are like transparent sheets stacked on top of each other.
              You can change the order of the layers in the dialog. | You can change the order of the layers in the dialog.
              레이어 대화 상자를 여십시오. | Open the Layers dialog.
            """)
        let findings = spec.run(Untranslated.self).findings
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("' and 1 more sentence in 2 blocks are English on the Korean page") == true)
        #expect(findings.first?.related.count == 1)
    }

    @Test func aKoreanBlockWithAnEnglishSentenceEndsASectionAndIsItsOwnFinding() {
        let spec = CheckSpec("""
            ! Layers are like transparent sheets stacked on top of each other. | Layers are like transparent sheets.
            ! 레이어 대화 상자를 여십시오. The dialog shows all of the layers of the image. | Open the Layers dialog.
            """)
        #expect(spec.run(Untranslated.self).findings.count == 2)
    }

    @Test func aKoreanPageOfEnglishListingsBesideNamesAndDatesIsOnePageFinding() {
        // A conference list kept in English: each entry opens with a date,
        // and the headings are names, neither of them prose.
        let spec = CheckSpec("""
              React 컨퍼런스 | React Conferences
              React Paris 2026 | React Paris 2026
              March 26 - 27, 2026. In-person in Paris, France (hybrid event) | March 26 - 27, 2026. In-person in Paris, France (hybrid event)
              React Summit 2025 | React Summit 2025
              June 13, 2025. In-person in Amsterdam, Netherlands and online (hybrid event) | June 13, 2025. In-person in Amsterdam, Netherlands and online (hybrid event)
              React India 2025 | React India 2025
              October 31, 2025. In-person in Goa, India with a remote day for everyone | October 31, 2025. In-person in Goa, India with a remote day for everyone
            """)
        let findings = spec.run(Untranslated.self).findings
        #expect(findings.map(\.message) == ["ko/page.html is in English: 1 of 4 blocks are Korean; translate the page into Korean"])
    }

    @Test func namesBetweenEnglishBlocksDoNotEndTheirSection() {
        // A changelog kept in English: its entries are English, its headings names.
        let spec = CheckSpec("""
              이 릴리스의 변경 사항은 다음과 같습니다. | These are the changes of this release.
            ! Add useTransition and useDeferredValue to separate urgent updates from transitions. | Add useTransition and useDeferredValue to separate urgent updates from transitions.
              React DOM | React DOM
              Fix a crash when the document is set to null in the tests. | Fix a crash when the document is set to null in the tests.
              Add package.json as one of the entry points of the package. | Add package.json as one of the entry points of the package.
              업그레이드 방법은 안내서를 참고하세요. | See the guide for how to upgrade.
            """)
        let findings = spec.run(Untranslated.self).findings
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("' and 2 more sentences in 3 blocks are English on the Korean page") == true)
        #expect(findings.first?.related.count == 2)
    }
}

/// A problem in text that site chrome repeats on every page is one finding.
@Suite struct RepeatedFindingsTests {
    /// `pages` page pairs whose Korean pages hold the same untranslated text, at line 40.
    private static func site(pages: Int) -> CheckSpec {
        var spec = CheckSpec("  버그 신고 | <none>")
        spec.copyPage(to: pages, original: { "ko/page\($0).html" }, translation: { "en/page\($0).html" }) { copy, _ in
            copy.units[0].sourceLocation = SourceLocation(file: copy.original, line: 40)
        }
        return spec
    }

    @Test func theSameFindingOnFivePagesIsReportedOnceWithThePageCount() {
        let findings = Self.site(pages: 5).run(Untranslated.self).findings
        #expect(findings.count == 1)
        #expect(findings.first?.message.hasSuffix("(the same on 5 pages: fix it once, in the template they share)") == true)
        #expect(findings.first?.related.map(\.file) == ["ko/page2.html", "ko/page3.html", "ko/page4.html", "ko/page5.html"])
    }

    /// A run of template blocks sits at another line on each page: its
    /// message says so ("(to line 43)"), and it is still one finding.
    @Test func aTemplateRunAtAnotherLineOnEachPageIsOneFinding() {
        var spec = CheckSpec("""
              버그 보고 체크리스트 | <none>
              변경 기록 보기 | <none>
              알려진 문제 목록 | <none>
              버그 신고하기 | <none>
            """)
        spec.copyPage(to: 5, original: { "ko/page\($0).html" }, translation: { "en/page\($0).html" }) { copy, page in
            for index in copy.units.indices {
                copy.units[index].sourceLocation = SourceLocation(file: copy.original, line: 10 * page + index)
            }
        }
        let findings = spec.run(Untranslated.self).findings
        #expect(findings.count == 1)
        #expect(findings.first?.message.hasSuffix("(the same on 5 pages: fix it once, in the template they share)") == true)
    }

    /// However often a finding repeats on one page, it is found at each place:
    /// a template is text on many pages. (Apart: four or more in a row are
    /// one run of one-sided blocks, `aLongRunOfOneSidedBlocksIsOneFinding`.)
    @Test func theSameFindingManyTimesOnOnePageIsFoundEachTime() {
        var spec = Self.site(pages: 1)
        let unit = spec.memory.files[0].units[0]
        let paired = CheckSpec("  다른 문장입니다. | Another sentence.").memory.files[0].units[0]
        spec.memory.files[0].units = (1...40).flatMap { index in
            var copy = unit
            copy.id = "u\(index)"
            copy.sourceLocation = SourceLocation(file: "ko/page1.html", line: 2 * index)
            var between = paired
            between.id = "p\(index)"
            between.sourceLocation = SourceLocation(file: "ko/page1.html", line: 2 * index + 1)
            between.targetLocation = SourceLocation(file: "en/page1.html", line: 2 * index + 1)
            return [copy, between]
        }
        let findings = spec.run(Untranslated.self).findings
        #expect(findings.count == 40)
        #expect(!findings.contains { $0.message.contains("the same on") })
    }

    /// A sentence a few pages share is not a template, and one finding per
    /// page stays stable when a page is added or removed.
    @Test func aFewPagesOfALargeSiteAreNotATemplate() {
        var spec = Self.site(pages: 60)
        for page in 5..<60 { spec.memory.files[page].units[0].segments[0].source = [.text("다른 문장 \(page).")] }
        #expect(spec.run(Untranslated.self).findings.filter { $0.source == "버그 신고" }.count == 5)
    }

    /// A caption a tenth of the pages share is content, found on each page:
    /// only text on most pages is a template.
    @Test func aCaptionOnATenthOfThePagesIsFoundOnEachPage() {
        var spec = Self.site(pages: 100)
        for page in 10..<100 { spec.memory.files[page].units[0].segments[0].source = [.text("다른 문장 \(page).")] }
        #expect(spec.run(Untranslated.self).findings.filter { $0.source == "버그 신고" }.count == 10)
        var template = Self.site(pages: 100)
        for page in 60..<100 { template.memory.files[page].units[0].segments[0].source = [.text("다른 문장 \(page).")] }
        #expect(template.run(Untranslated.self).findings.filter { $0.source == "버그 신고" }.count == 1)
    }

    /// `pages` page pairs, the first `folder` of them in `ko/mod/`, the rest
    /// in `ko/`; the first `same` hold the same untranslated text.
    private static func site(pages: Int, folder: Int, same: Int) -> CheckSpec {
        var spec = site(pages: pages)
        for page in 0..<pages {
            let path = page < folder ? "mod/page\(page + 1).html" : "page\(page + 1).html"
            spec.memory.files[page].original = "ko/" + path
            spec.memory.files[page].targetOriginal = "en/" + path
            spec.memory.files[page].units[0].sourceLocation = SourceLocation(file: "ko/" + path, line: 40)
            if page >= same { spec.memory.files[page].units[0].segments[0].source = [.text("다른 문장 \(page).")] }
        }
        return spec
    }

    /// A template of one folder's pages (the sidebar of a manual's module
    /// pages) is one fix, as the site's template is.
    @Test func theSameFindingOnMostPagesOfAFolderIsReportedOnce() {
        let findings = Self.site(pages: 40, folder: 6, same: 5).run(Untranslated.self).findings
            .filter { $0.source == "버그 신고" }
        #expect(findings.count == 1)
        #expect(findings.first?.message.hasSuffix(
            "(the same on 5 of the 6 pages in ko/mod/: fix it once, in the template they share)") == true)
        #expect(findings.first?.related.count == 4)
    }

    /// Pages are the site's pages however the user named the site: run on
    /// `/full/path/to/site`, the findings name `/full/path/to/site/ko/mod/…`
    /// and the folder's template is still one finding.
    @Test func aFolderTemplateIsFoundHoweverTheSiteIsNamed() {
        let spec = Self.site(pages: 40, folder: 6, same: 5)
        let findings = (1...5).map { page -> Finding in
            let path = "ko/mod/page\(page).html"
            var finding = Finding(checkID: Untranslated.id, severity: .error,
                                  location: SourceLocation(file: "/srv/www/site/" + path, line: 40),
                                  message: "'버그 신고' is Korean", source: "버그 신고")
            finding.siteRelativeFile = path
            return finding
        }
        let folded = Checker(checks: [Untranslated.self]).finish(findings, pages: PageFolders(spec.memory.files))
        #expect(folded.count == 1)
        #expect(folded.first?.message.hasSuffix(
            "(the same on 5 of the 6 pages in ko/mod/: fix it once, in the template they share)") == true)
    }

    /// The same few pages in a larger folder are content, found on each page.
    @Test func theSameFindingOnAFewPagesOfAFolderIsFoundOnEachPage() {
        let findings = Self.site(pages: 40, folder: 12, same: 5).run(Untranslated.self).findings
        #expect(findings.filter { $0.source == "버그 신고" }.count == 5)
    }

    /// A folder holds the pages under it: with a page per folder
    /// (`array/every/index.md`), the folders of five pages are no template.
    @Test func aPagePerFolderIsNoFolderOfOne() {
        var spec = Self.site(pages: 40, folder: 40, same: 5)
        for page in 0..<40 {
            let path = "array/page\(page + 1)/index.md"
            spec.memory.files[page].original = "ko/" + path
            spec.memory.files[page].targetOriginal = "en/" + path
            spec.memory.files[page].units[0].sourceLocation = SourceLocation(file: "ko/" + path, line: 40)
        }
        let findings = spec.run(Untranslated.self).findings
        #expect(findings.filter { $0.source == "버그 신고" }.count == 5)
    }

    /// Template text left in English next to a page's own English paragraph
    /// is not part of that page's section: it is one finding for the site,
    /// and each page's paragraph its own.
    @Test func templateTextBesideAnEnglishParagraphIsOneFindingForTheSite() {
        let template = "Search in the chosen module of the manual for this function."
        var spec = CheckSpec("""
              \(template) | \(template)
              The chart wizard shows the data series of the chart in its own window. | The chart wizard.
              차트 마법사를 닫습니다. | Close the chart wizard.
            """)
        spec.copyPage(to: 6, original: { "ko/page\($0).html" }, translation: { "en/page\($0).html" }) { copy, page in
            // Each page's own paragraph, at a place of its own.
            copy.units[1].segments[0].source = [.text("The chart wizard shows the data series \(page) of the chart in a window.")]
            copy.units[1].sourcePath = "div[\(page)]/p[1]"
            for index in copy.units.indices {
                copy.units[index].sourceLocation = SourceLocation(file: copy.original, line: 10 * (index + 1))
            }
        }
        let findings = spec.run(Untranslated.self).findings
        #expect(findings.filter { $0.source == template }.count == 1)
        #expect(findings.filter { $0.source?.hasPrefix("The chart wizard") == true }.count == 6)
    }

    // Real sites (issue 17): a short heading or label copied unchanged from the
    // English page ("12.2.2. Web forum" on the Korean Debian FAQ) is English
    // left untranslated, too short for the prose rule; names and commands
    // copied unchanged are not.
    @Test func aShortEnglishCopyOnTheKoreanPageIsUntranslated() {
        CheckSpec("""
            ! 12.2.2. Web forum | 12.2.2. Web forum
              12.2.1. 메일링 리스트 | 12.2.1. Mailing lists
            ! What should I do? | What should I do?
              13.3.1. Software in the Public Interest | 13.3.1. Software in the Public Interest
              8.1.1. dpkg | 8.1.1. dpkg
              Release Notes | Release Notes
              apt-get source foo | apt-get source foo
              hurd-i386 | hurd-i386
              directory, .htaccess | directory, .htaccess
              12.2.1. 메일링 리스트 | 12.2.1. Mailing lists
            ! Save a .gbr brush | Save a .gbr brush
            """).expect(Untranslated.self)
    }

    /// A heading in title case that opens with a verb's -ing or -ed form says
    /// what to do ("Getting Started", "Recommended Specification for GCP"):
    /// English to translate, where a name in title case is kept. The same
    /// words outside a heading (a list of products) may be a name.
    @Test func aTitleCaseHeadingThatOpensWithAVerbIsEnglish() {
        var spec = CheckSpec("""
              권장 사양 | Recommended Specification for AWS
            ! Recommended Specification for GCP | Recommended Specification for GCP
              시작하기 | Get Started
            ! Getting Started | Getting Started
              국제 연합 | International Organisations
              United Nations | United Nations
              Charmed Operator Framework | Charmed Operator Framework
            """)
        for index in 0..<6 { spec.memory.files[0].units[index].kind = .heading(level: 2) }
        spec.expect(Untranslated.self)
    }

    /// A table's terms copied as they are: a type with where it belongs
    /// (`bool (Go)`), an identifier with a name in brackets, a list of single
    /// words (`v, r, s`, `istanbul, clique`). Words in a phrase, or a note in
    /// words (`Styles (icon)`), are still English.
    @Test func termsAndListsOfTermsAreNoEnglishCopy() {
        CheckSpec("""
              bool (Go) | bool (Go)
              값은 불리언입니다. | The value is a boolean.
              sendTransaction (CANCEL) | sendTransaction (CANCEL)
              트랜잭션이 취소됩니다. | The transaction is cancelled.
              v, r, s | v, r, s
              서명은 세 부분으로 되어 있습니다. | The signature has three parts.
              istanbul, clique | istanbul, clique
              합의 엔진은 여기에서 고릅니다. | The consensus engine is chosen here.
            ! Block number | Block number
              블록 번호가 보입니다. | The block number is shown.
            ! Type your password | Type your password
              비밀번호를 묻습니다. | The password is asked.
            ! Read the file (once) | Read the file (once)
              파일을 읽습니다. | The file is read.
            ! yes, or no | yes, or no
              답을 줍니다. | The answer is given.
            ! Styles (icon) | Styles (icon)
              스타일을 고릅니다. | The style is chosen.
            ! cinder (deprecated) | cinder (deprecated)
              볼륨 플러그인입니다. | It is a volume plugin.
            """).expect(Untranslated.self)
    }

    /// A short copy set in bold whole is a label the page names (a benchmark
    /// table's `**dev cold start**`); the same words as plain text, bold
    /// within a longer text, or a bold lead-in (`**See also:**`) are English
    /// left untranslated.
    @Test func aLabelInBoldIsNoCopy() {
        func findings(_ content: [InlineContent]) -> [Finding] {
            let text = InlineContent.plainText(content)
            var spec = CheckSpec("  \(text) | \(text)")
            spec.memory.files[0].units[0].segments[0].source = content
            spec.memory.files[0].units[0].segments[0].target = content
            return spec.run(Untranslated.self).findings
        }
        let bold: [InlineContent] = [.start(id: 1, element: "strong", original: "**"), .text("dev cold start"),
                                     .end(id: 1, element: "strong", original: "**")]
        #expect(findings(bold).isEmpty)
        #expect(findings([.text("dev cold start")]).count == 1)
        #expect(findings(bold + [.text(" and more")]).count == 1)
        #expect(findings([.start(id: 1, element: "strong", original: "**"), .text("See also:"),
                          .end(id: 1, element: "strong", original: "**")]).count == 1)
    }

    /// Identifiers are kept as written: a heading of camel-case function
    /// names (Helm's function list), and a command's title that the page
    /// itself writes as code (its usage block opens with it, or an inline
    /// code is exactly it). The same words with no such code on the page
    /// are English left untranslated.
    @Test func identifiersAndCommandsThePageWritesAsCodeAreNoCopies() {
        CheckSpec("""
              toRawJson, mustToRawJson | toRawJson, mustToRawJson
            ! plugin update | plugin update
            """, sourceLanguage: .english).expect(Untranslated.self)
        var spec = CheckSpec("""
              helm plugin update | helm plugin update
              install chart | install chart
              The command is as follows. | 명령은 다음과 같습니다.
              $ helm plugin update <plugin> [flags] | $ helm plugin update <plugin> [flags]
              Run it. | 실행하세요.
            """, sourceLanguage: .english)
        spec.memory.files[0].units[3].kind = .code
        let code: (Int) -> [InlineContent] = { id in [.start(id: id, element: "code", original: "<code>"), .text("install chart"),
                                                     .end(id: id, element: "code", original: "</code>")] }
        spec.memory.files[0].units[4].segments[0].source = [.text("Run ")] + code(1) + [.text(".")]
        spec.memory.files[0].units[4].segments[0].target = code(1) + [.text("를 실행하세요.")]
        spec.expect(Untranslated.self)
    }

    /// A command's page is titled with the command, spelt as its file is
    /// named (tldr's `docker-cp.md`, `# docker cp`): both languages keep
    /// it, even when the page never writes it as code (an alias page). The
    /// same words on a page named otherwise are English left untranslated.
    @Test func aTitleThatSpellsThePagesFileNameIsAName() {
        func findings(_ path: String, title: String = "docker cp") -> [Finding] {
            var spec = CheckSpec("""
                  \(title) | \(title)
                  This command is an alias of docker container cp. | 이 명령은 docker container cp의 별칭입니다.
                """, sourceLanguage: .english)
            spec.memory.files[0].original = "en/common/\(path)"
            spec.memory.files[0].targetOriginal = "ko/common/\(path)"
            spec.memory.files[0].units[0].kind = .heading(level: 1)
            return spec.run(Untranslated.self).findings
        }
        #expect(findings("docker-cp.md").isEmpty)
        #expect(findings("docker_cp.html").isEmpty)
        #expect(findings("docker.md").count == 1)
        #expect(findings("copying-files.md").count == 1)
        // A title in sentence case is words, whatever the file is called.
        #expect(findings("python_examples.html", title: "Python examples").count == 1)
        #expect(findings("python_examples.html", title: "python examples").isEmpty)
    }

    /// An error's page is titled with the message the program prints, which
    /// the page quotes as printed (Astro's error reference): the Korean page
    /// keeps the copy as written. The same title quoted nowhere is English
    /// left untranslated.
    @Test func aCopyThePageQuotesIsKeptAsWritten() {
        var spec = CheckSpec("""
              Could not find Sharp. | Could not find Sharp.
              MissingSharp: Could not find Sharp. Please install Sharp manually. | MissingSharp: Could not find Sharp. Please install Sharp manually.
              Sharp is the default image service. | Sharp는 기본 이미지 서비스입니다.
            ! The image could not be loaded. | The image could not be loaded.
            """, sourceLanguage: .english)
        spec.memory.files[0].units[1].kind = .blockquote
        spec.expect(Untranslated.self)
    }

    @Test func aTableOfContentsEntryRepeatingAnUntranslatedHeadingIsNotASecondFinding() {
        var spec = CheckSpec("""
              12.2.2. Web forum | 12.2.2. Web forum
              12.2.1. 메일링 리스트 | 12.2.1. Mailing lists
            ! 12.2.2. Web forum | 12.2.2. Web forum
            """)
        spec.memory.files[0].units[2].kind = .heading(level: 3)
        spec.expect(Untranslated.self)
    }

    // site_bench (issue 17): an English sentence added after a Korean one in a
    // block that already has English earlier is found at its own sentence.
    @Test func eachRunOfEnglishSentencesInAKoreanBlockIsFoundAtItsOwnSentence() {
        var spec = CheckSpec("  This command creates a new layer group directly in the image. | This command creates a new layer group directly in the image.")
        let more = ["5절을 참고하세요.", "There are constraints to this service that you should know about."]
        for (index, text) in more.enumerated() {
            spec.memory.files[0].units[0].segments.append(
                MemorySegment(id: "s\(index + 2)", source: [.text(text)], target: [.text("See section 5.")],
                              state: .translated, score: nil, shape: (1, 1)))
        }
        let messages = spec.run(Untranslated.self).findings.map(\.message)
        #expect(messages.count == 2, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("'This command creates a new layer group") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("'There are constraints to this service") })
    }
}

/// A troubleshooting page quotes the program's message as it is printed,
/// in both languages; the same English in a paragraph of its own is not
/// quoted, and is left untranslated.
@Suite struct QuotedMessageTests {
    private func findings(_ kind: BlockKind) -> [Finding] {
        let message = "Failed to resolve \"foo\". This package is ESM only but it was tried to load by require."
        var spec = CheckSpec("  \(message) | \(message)", sourceLanguage: .english)
        spec.memory.files[0].units[0].kind = kind
        return spec.run(Untranslated.self).findings
    }

    @Test func aQuotationCopiedFromTheOriginalIsNotUntranslated() {
        #expect(findings(.blockquote).isEmpty)
        #expect(findings(.paragraph).count == 1)
    }
}

/// English left at the same place on most pages of a folder (the titles of
/// generated reference pages) is one choice, reported once for the folder.
@Suite struct EnglishAcrossFolderTests {
    /// `pages` page pairs in `en/errors` → `ko/errors`; on the first `english`
    /// of them the Korean title (the front matter's) is the English one.
    private static func folder(pages: Int, english: Int, folder: String = "errors") -> CheckSpec {
        var spec = CheckSpec("""
              The content collection has an invalid type field in its configuration. | 콘텐츠 컬렉션의 유형 필드가 잘못되었습니다.
              Check the type field of the collection and run the build again. | 컬렉션의 유형 필드를 확인하고 다시 빌드하세요.
              The loader returned an entry that has no identifier at all. | 로더가 식별자가 없는 항목을 반환했습니다.
            """, sourceLanguage: .english)
        spec.copyPage(to: pages, original: { "en/\(folder)/error\($0).mdx" },
                      translation: { "ko/\(folder)/error\($0).mdx" }) { file, page in
            for index in file.units.indices {
                file.units[index].sourceLocation = SourceLocation(file: file.original, line: 2 + 2 * index)
                file.units[index].targetLocation = SourceLocation(file: file.targetOriginal!, line: 2 + 2 * index)
                file.units[index].sourcePath = index == 0 ? "front-matter/title" : "p[\(index)]"
                file.units[index].targetPath = file.units[index].sourcePath
            }
            if page <= english {
                // Each page's own title (generated from the error it documents).
                var title = file.units[0].segment(at: 0)
                title.target = [.text("Error \(page): the content collection has an invalid type field in its configuration.")]
                file.units[0].segments = [title]
            }
        }
        return spec
    }

    /// `pages` page pairs in one folder, each with a pull quote of its own
    /// and its credit line in an `aside`; the first `english` keep the quote
    /// in English on the Korean page.
    private static func quotes(pages: Int, english: Int, sameText: Bool = false) -> CheckSpec {
        var spec = CheckSpec("""
              Documenting your processes is one of the most important things you can do. | 절차를 문서화하는 것은 가장 중요한 일 중 하나입니다.
              I fumbled it and did not put in the effort to find a complete solution. | 저는 그 일을 망쳤고 완전한 해결책을 찾으려 애쓰지 않았습니다.
              Tips for new open source maintainers, by a maintainer | 새 오픈소스 관리자를 위한 팁
            """, sourceLanguage: .english)
        spec.copyPage(to: pages, original: { "en/page\($0).md" }, translation: { "ko/page\($0).md" }) { file, page in
            for index in file.units.indices {
                file.units[index].sourceLocation = SourceLocation(file: file.original, line: 2 + 2 * index)
                file.units[index].targetLocation = SourceLocation(file: file.targetOriginal!, line: 2 + 2 * index)
                file.units[index].sourcePath = ["p[1]", "html[1]/aside[1]", "html[1]/aside/p[1]"][index]
                file.units[index].targetPath = file.units[index].sourcePath
            }
            let number = sameText ? 1 : page
            let quote = "In my project number \(number) I fumbled it and did not put in the effort to find a solution."
            let credit = "Tips for new open source maintainers, by maintainer number \(number)"
            file.units[1].segments[0].source = [.text(quote)]
            file.units[2].segments[0].source = [.text(credit)]
            if page <= english {
                file.units[1].segments[0].target = [.text(quote)]
                file.units[2].segments[0].target = [.text(credit)]
            }
        }
        return spec
    }

    /// Translators who keep every pull quote in its original words made one
    /// choice: one finding for the folder, though each quote is its own text.
    @Test func quotationsKeptInEnglishOnMostPagesOfAFolderAreOneFinding() {
        let findings = Self.quotes(pages: 6, english: 5).run(Untranslated.self).findings
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("is English on the Korean page, and so are 4 more quotations on 4 more "
            + "of the 6 pages in ko/") == true)
        #expect(findings.first?.related.count == 4)
    }

    /// The same text in an `aside` on most pages is the template's (a
    /// search box): each block reported once for the site, not as the
    /// folder's quotations.
    @Test func templateTextInAnAsideIsNoQuotation() {
        let findings = Self.quotes(pages: 6, english: 5, sameText: true).run(Untranslated.self).findings
        #expect(findings.count == 2)
        #expect(findings.allSatisfy { $0.message.hasSuffix("(the same on 5 pages: fix it once, in the template they share)") })
    }

    @Test func aQuotationLeftInEnglishOnAFewPagesIsFoundOnEach() {
        let findings = Self.quotes(pages: 12, english: 3).run(Untranslated.self).findings
        #expect(findings.count == 3)
        #expect(findings.allSatisfy { $0.message.contains("are English on the Korean page; translate the section") })
    }

    @Test func aTitleLeftInEnglishOnMostPagesOfAFolderIsOneFinding() {
        let findings = Self.folder(pages: 8, english: 6).run(Untranslated.self).findings
        #expect(findings.count == 1)
        #expect(findings.first?.location.file == "ko/errors/error1.mdx")
        #expect(findings.first?.message.contains("is English on the Korean page, and so is the same block on 5 more of "
            + "the 8 pages in ko/errors/") == true)
        #expect(findings.first?.related.map(\.file) == (2...6).map { "ko/errors/error\($0).mdx" })
    }

    /// Five pages of a folder among twenty more, their title in English;
    /// on the first, the paragraph after it is English too (a section).
    private static func folderWithSection(sameTitle: Bool) -> [Finding] {
        var spec = Self.folder(pages: 5, english: 5)
        if sameTitle {
            for index in spec.memory.files.indices {
                var title = spec.memory.files[index].units[0].segment(at: 0)
                title.target = [.text("Search in the chosen module of the manual for this function.")]
                spec.memory.files[index].units[0].segments = [title]
            }
        }
        var paragraph = spec.memory.files[0].units[1].segment(at: 0)
        paragraph.target = [.text("Check the type field of the collection and then run the build of the site again.")]
        spec.memory.files[0].units[1].segments = [paragraph]
        spec.memory.files += Self.folder(pages: 20, english: 0, folder: "guide").memory.files.map { file in
            var file = file
            file.id += "g"
            return file
        }
        return spec.run(Untranslated.self).findings
    }

    /// Template text that an English section swallowed on one page still
    /// counts for the folder: it is reported with its section there, and the
    /// folder's finding covers the other pages.
    @Test func templateTextInASectionCountsForItsFolder() {
        let findings = Self.folderWithSection(sameTitle: true)
        #expect(findings.count == 2)
        #expect(findings.contains { $0.location.file == "ko/errors/error1.mdx" && $0.message.contains("in 2 blocks") })
        #expect(findings.contains {
            $0.location.file == "ko/errors/error2.mdx"
                && $0.message.contains("and so is the same block on 4 more of the 5 pages in ko/errors/")
        })
    }

    /// Other text at the same place in a section is not the same block: the
    /// four pages left are too few for a folder's choice.
    @Test func otherTextInASectionDoesNotCountForTheFolder() {
        let findings = Self.folderWithSection(sameTitle: false)
        #expect(findings.count == 5)
    }

    @Test func aTitleLeftInEnglishOnAFewPagesIsFoundOnEach() {
        let findings = Self.folder(pages: 12, english: 5).run(Untranslated.self).findings
        #expect(findings.count == 5)
        #expect(findings.allSatisfy { $0.message.contains("of this block is English on the Korean page") })
    }

    /// The same English text on most of the site's pages is template text:
    /// one finding for the site, not one per folder.
    @Test func templateTextIsFoldedForTheSiteNotPerFolder() {
        var spec = Self.folder(pages: 6, english: 6)
        let other = Self.folder(pages: 6, english: 6, folder: "guide")
        spec.memory.files += other.memory.files.map { file in
            var file = file
            file.id += "g"
            return file
        }
        for index in spec.memory.files.indices {
            var title = spec.memory.files[index].units[0].segment(at: 0)
            title.target = [.text("Search in all of the modules of the manual.")]
            spec.memory.files[index].units[0].segments = [title]
        }
        let findings = spec.run(Untranslated.self).findings
        #expect(findings.count == 1)
        #expect(findings.first?.message.hasSuffix("(the same on 12 pages: fix it once, in the template they share)") == true)
    }

    @Test func fourPagesAreNotAFolderChoice() {
        #expect(Self.folder(pages: 4, english: 4).run(Untranslated.self).findings.count == 4)
    }
}
