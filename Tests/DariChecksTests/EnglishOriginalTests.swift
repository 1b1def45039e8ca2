import DariChecks
import DariGlossary
import DariMemory
import DariModel
import Testing

/// When English is the original (`"source": "en"`), the memory's source is
/// English and its target Korean. The checks find the same problems as for
/// a Korean original, and their messages name the page to fix without
/// assuming that Korean came first. Lines read `English | Korean`.
@Suite struct EnglishOriginalTests {
    func messages(_ spec: CheckSpec, _ check: any Check.Type, glossary: Glossary? = nil) -> [String] {
        spec.run(check, glossary: glossary).findings.map(\.message)
    }

    @Test func untranslatedNamesTheKoreanPageForMissingTranslationsAndTheEnglishForAdditions() {
        let spec = CheckSpec("""
            ! Upgrading is described in the next chapter. | <none>
              Debian is an operating system. | 데비안은 운영 체제입니다.
            !  | 이 문장은 한국어 페이지에만 있습니다.
            """, sourceLanguage: .english)
        spec.expect(Untranslated.self)
        #expect(messages(spec, Untranslated.self) == [
            "'Upgrading is described in the next chapter.' has no Korean translation; translate it on the Korean page",
            "'이 문장은 한국어 페이지에만 있습니다.' has no English original; add it to the English page, or delete it "
                + "if it no longer belongs",
        ])
    }

    /// An old translation left beside the new one, or a passage added to
    /// one version, is several one-sided sentences in a row: one edit, one
    /// finding at the first, which names how many follow and shows them all.
    @Test func oneSidedSentencesInARowAreOneFinding() {
        let findings = pairedBlock([
            ("Check that all your disks are listed.", "디스크가 모두 나열되어 있는지 확인하십시오."),
            ("", "디스크가 모두 목록에 있는지 확인하십시오."),
            ("", "목록에 나오는 순서는 경우에 따라 달라질 수 있습니다."),
            ("", "디스크 용량으로도 어떤 디스크인지 확인할 수 있습니다."),
        ], checks: [Untranslated.self])
        #expect(findings.map(\.message) == [
            "'디스크가 모두 목록에 있는지 확인하십시오.' and 2 more sentences after it in this block have no English "
                + "original; add them to the English page, or delete them if they no longer belong",
        ])
        #expect(findings.first?.target?.hasSuffix("디스크 용량으로도 어떤 디스크인지 확인할 수 있습니다.") == true)
        #expect(findings.first?.source == "", "no blank English side: \(String(describing: findings.first?.source))")
        // A translated sentence between them: two edits, two findings; English ones are their own run.
        let apart = pairedBlock([
            ("The order may differ.", ""),
            ("Check that all your disks are listed.", "디스크가 모두 나열되어 있는지 확인하십시오."),
            ("", "목록에 나오는 순서는 경우에 따라 달라질 수 있습니다."),
            ("The size of the disks may help to identify them.", ""),
        ], checks: [Untranslated.self])
        #expect(Set(apart.map(\.message)) == [
            "'The order may differ.' has no Korean translation; translate it on the Korean page",
            "'목록에 나오는 순서는 경우에 따라 달라질 수 있습니다.' has no English original; add it to the English page, or "
                + "delete it if it no longer belongs",
            "'The size of the disks may help to identify them.' has no Korean translation; translate it on the Korean page",
        ])
    }

    @Test func englishProseLeftOnTheKoreanPageIsUntranslated() {
        let spec = CheckSpec("""
            ! All these distributions have their own merits and are suited to different users. | All these distributions have their own merits and are suited to different users.
              Debian is an operating system. | 데비안은 운영 체제입니다.
            """, sourceLanguage: .english)
        spec.expect(Untranslated.self)
        #expect(messages(spec, Untranslated.self).first?.contains("is English on the Korean page; translate it into Korean") == true)
    }

    /// A translator who kept the English to translate from leaves it beside
    /// the translation in one paragraph: the copy pairs with the original,
    /// and the Korean, left without a partner, is its translation. One
    /// finding, for the copy; none for the Korean.
    @Test func theOriginalCopiedBesideItsTranslationIsOneFindingForTheCopy() {
        let findings = pairedBlock([
            ("", "기본적으로 폼 안의 버튼은 폼을 제출합니다."),
            ("", "뜻밖인가요?"),
            ("By default, a button inside a form will submit it.", "By default, a button inside a form will submit it."),
            ("This can be surprising!", "This can be surprising!"),
        ], checks: [Untranslated.self])
        #expect(findings.map(\.message) == [
            "'By default, a button inside a form will submit it.' and 1 more sentence of this block are the English "
                + "original copied next to their Korean translation; delete the English from the Korean page",
        ])
        // English left with no Korean beside it is still to translate.
        let alone = pairedBlock([
            ("Debian is an operating system.", "데비안은 운영 체제입니다."),
            ("By default, a button inside a form will submit it.", "By default, a button inside a form will submit it."),
        ], checks: [Untranslated.self])
        #expect(alone.map(\.message).first?.contains("is English on the Korean page; translate it into Korean") == true)
        // A sentence the original lacks next to a copy of another is still reported.
        let added = pairedBlock([
            ("", "이 문장은 한국어 페이지에만 있습니다."),
            ("By default, a button inside a form will submit it.", "By default, a button inside a form will submit it."),
            ("This can be surprising!", "This can be surprising!"),
            ("Use a submit button.", "Use a submit button."),
        ], checks: [Untranslated.self])
        #expect(added.count == 2, "\(added.map(\.message))")
    }

    /// The same in two blocks: the English paragraph kept above or below its
    /// Korean translation's paragraph, which names what the copy names (two
    /// names, code or numbers, all of them in the copy): one finding, for the
    /// copy. Position alone says nothing: on a partly translated page a Korean
    /// paragraph the original lacks often stands next to an English one
    /// (site_bench's injected Korean blocks on the GIMP manual: recall 1.0 →
    /// 0.6 when position was enough), so both are reported.
    @Test func anEnglishBlockCopiedNextToItsTranslationsBlockIsOneFinding() {
        func unit(_ id: String, english: String?, korean: String?, line: Int) -> MemoryUnit {
            MemoryUnit(id: id, kind: .paragraph,
                       sourceLocation: english == nil ? nil : SourceLocation(file: "en/a.md", line: line),
                       targetLocation: korean == nil ? nil : SourceLocation(file: "ko/a.md", line: line),
                       sourcePath: nil, targetPath: nil,
                       segments: [MemorySegment(id: "s1", source: english.map { [.text($0)] } ?? [],
                                                target: korean.map { [.text($0)] },
                                                state: korean == nil ? .initial : .translated,
                                                shape: (english == nil ? 0 : 1, korean == nil ? 0 : 1))])
        }
        func findings(_ english: String, _ korean: String) -> [Finding] {
            let memory = TranslationMemory(sourceLanguage: .english, targetLanguage: .korean, files: [
                MemoryFile(id: "f1", original: "en/a.md", targetOriginal: "ko/a.md", units: [
                    unit("u1", english: "Debian is an operating system.", korean: "데비안은 운영 체제입니다.", line: 1),
                    unit("u2", english: english, korean: english, line: 3),
                    unit("u3", english: nil, korean: korean, line: 5),
                ]),
            ])
            return Checker(checks: [Untranslated.self]).run(memory)
        }
        let english = "A user object in Profile shares its work."
        #expect(findings(english, "같은 user 객체가 Profile에서 렌더링되면 작업을 공유합니다.").map(\.message) == [
            "'\(english)' of this block is the English original copied next to its Korean translation; "
                + "delete the English from the Korean page",
        ])
        #expect(findings(english, "같은 객체가 렌더링되면 작업을 공유합니다.").count == 2, "no names: position alone")
        #expect(findings(english, "같은 user 객체가 Suspense에서 렌더링되면 공유합니다.").count == 2, "a name the copy lacks")
    }

    /// A figure left in English whose image's alt text repeats its title is
    /// one English caption: found at the title, not again at the image. An
    /// alt text of its own is still found.
    @Test func anAltTextRepeatingItsFiguresTitleIsTheTitlesFinding() {
        func unit(_ id: String, _ kind: BlockKind, english: String, korean: String, line: Int) -> MemoryUnit {
            MemoryUnit(id: id, kind: kind, sourceLocation: SourceLocation(file: "en/a.html", line: line),
                       targetLocation: SourceLocation(file: "ko/a.html", line: line), sourcePath: nil, targetPath: nil,
                       segments: [MemorySegment(id: "s1", source: [.text(english)], target: [.text(korean)],
                                                state: .translated, shape: (1, 1))])
        }
        func findings(alt: String) -> [Finding] {
            let title = "Example for the Checkerboard filter"
            let memory = TranslationMemory(sourceLanguage: .english, targetLanguage: .korean, files: [
                MemoryFile(id: "f1", original: "en/a.html", targetOriginal: "ko/a.html", units: [
                    unit("u1", .paragraph, english: "The filter draws a checkerboard.",
                         korean: "이 필터는 체커보드를 그립니다.", line: 90),
                    unit("u2", .paragraph, english: "Figure 17.352. " + title, korean: "그림 17.352. " + title, line: 98),
                    unit("u3", .attribute(name: "alt"), english: alt, korean: alt, line: 102),
                    unit("u4", .paragraph, english: "Size sets the size of the squares.",
                         korean: "크기는 사각형의 크기를 정합니다.", line: 110),
                ] + (5...9).map { index in
                    unit("u\(index)", .paragraph, english: "The option number \(index) changes the squares.",
                         korean: "\(index)번 옵션은 사각형을 바꿉니다.", line: 100 + 10 * index)
                }),
            ])
            return Checker(checks: [Untranslated.self]).run(memory)
        }
        let repeated = findings(alt: "Example for the Checkerboard filter")
        #expect(repeated.map(\.location.line) == [98])
        #expect(findings(alt: "The dialog of the Checkerboard filter with its options").count == 2)
    }

    @Test func numbersOfTheTranslationAreCheckedAgainstTheOriginal() {
        let spec = CheckSpec("""
              More than 1,000 packages. | 1,000개가 넘는 패키지.
            ! More than 1,000 packages. | 900개가 넘는 패키지.
            ! The archive holds 2,500 packages. | 아카이브에는 많은 패키지가 있습니다.
              Three people help. | 세 명이 돕습니다.
              There are 3 options. | 세 가지 선택지가 있습니다.
              The release of 2019 | 2019년 릴리스
              Use IPv6 here. | 여기서는 IPv6를 쓰세요.
              11.11. Some users like mawk, others like gawk. | 어떤 사람은 gawk를 좋아합니다.
            """, sourceLanguage: .english)
        spec.expect(NumberMismatch.self)
        #expect(messages(spec, NumberMismatch.self) == [
            "the Korean has 900 but the English original does not (it has 1,000); correct the number in the Korean",
            "the English original has 2,500 but the Korean does not; add the number to the Korean",
        ])
    }

    @Test func numberFindingsAreOnTheTranslationsPage() throws {
        var spec = CheckSpec("! More than 1,000 packages. | 900개가 넘는 패키지.", sourceLanguage: .english)
        spec.memory.files[0].units[0].sourceLocation = DariModel.SourceLocation(file: "en/page.html", line: 3)
        spec.memory.files[0].units[0].targetLocation = DariModel.SourceLocation(file: "ko/page.html", line: 5)
        let finding = try #require(spec.run(NumberMismatch.self).findings.first)
        #expect(finding.location == DariModel.SourceLocation(file: "ko/page.html", line: 5))
    }

    @Test func koreanCopiedOntoTheEnglishPageIsReportedThere() throws {
        var spec = CheckSpec("""
            ! 선교회 이야기 | 선교회 이야기
              ASCI White | ASCI White
            """, sourceLanguage: .english)
        spec.expect(TargetEqualsSource.self)
        #expect(messages(spec, TargetEqualsSource.self)
            == ["the English original has the same Korean text as its translation, '선교회 이야기'; write it in English"])
        spec.memory.files[0].units[0].sourceLocation = DariModel.SourceLocation(file: "en/page.html", line: 3)
        spec.memory.files[0].units[0].targetLocation = DariModel.SourceLocation(file: "ko/page.html", line: 5)
        #expect(try #require(spec.run(TargetEqualsSource.self).findings.first).location.file == "en/page.html")
    }

    @Test func hangulOnTheEnglishPageWhicheverIsTheOriginal() {
        let spec = CheckSpec("""
            ! The 구출팀 left today. | 구출팀은 오늘 떠났다.
              Kimchi (김치) is served. | 김치가 나옵니다.
              선교회 이야기 | 선교회 이야기
            """, sourceLanguage: .english)
        spec.expect(HangulInTarget.self)
        #expect(messages(spec, HangulInTarget.self) == ["the English text contains Korean '구출팀'; translate it"])
    }

    @Test func englishPhrasesOnTheKoreanPage() {
        CheckSpec("""
            ! Apply today. | 오늘 apply by email today 하세요.
              IBM builds it. | IBM이 만듭니다.
            """, sourceLanguage: .english).expect(LatinInKorean.self)
    }

    @Test func glossaryTermsAreLookedUpInTheOriginalsLanguage() {
        let glossary = testGlossary([("rescue", "구출팀", "rescue team", .preferred), ("defector", "새터민", nil, .deprecated)])
        let spec = CheckSpec("""
              The rescue team left today. | 구출팀은 오늘 떠났다.
            ! The rescue team left today. | 수색대는 오늘 떠났다.
              We help them. | 새터민을 돕는다.
            """, sourceLanguage: .english)
        spec.expect(GlossaryViolation.self, glossary: glossary)
        #expect(messages(spec, GlossaryViolation.self, glossary: glossary)
            == ["'rescue team' is in the English but the Korean does not use the glossary's '구출팀'; write '구출팀'"])
        #expect(spec.run(DeprecatedTerm.self, glossary: glossary).flagged == ["u3"])
    }

    @Test func inconsistenciesNameTheLanguagesTheRightWayRound() {
        let spec = CheckSpec("""
            ! See the Debian installation guide for more information. | 자세한 내용은 데비안 설치 안내서를 보십시오.
            ! See the Debian installation guide for more information. | 더 많은 정보는 데비안 설치 가이드를 참고하세요.
            ! See the Debian installation guide for more information. | 자세한 내용은 데비안 설치 안내서를 보십시오.
            """, scores: [0.9, 0.9, 0.9], sourceLanguage: .english)
        spec.expect(InconsistentTarget.self)
        #expect(messages(spec, InconsistentTarget.self).first?.hasPrefix("the same English is translated 2 ways") == true)
        #expect(messages(spec, InconsistentTarget.self).first?.hasSuffix("use one Korean translation everywhere") == true)
    }

    @Test func aPageInOneLanguageSaysWhatToDoWithIt() {
        var english = CheckSpec("  Only in English. | <none>", sourceLanguage: .english)
        english.memory.files[0].targetOriginal = nil
        #expect(messages(english, MissingPage.self) == ["en/page.html has no Korean page; translate it, or link the "
            + "existing translation with <link rel=\"alternate\" hreflang=\"ko\">"])
        var korean = CheckSpec("   | 한국어에만 있음.", sourceLanguage: .english)
        korean.memory.files[0].original = "ko/page.html"
        korean.memory.files[0].targetOriginal = "ko/page.html"
        korean.memory.files[0].sourceOriginalExists = false
        #expect(messages(korean, MissingPage.self)
            == ["ko/page.html has no English page; add the English original, or delete the page if it is obsolete"])
    }

    @Test func theTargetSideChecksNameKorean() {
        let spec = CheckSpec("""
            ! Write to join@example.org today. | 오늘 info@example.org로 연락하세요.
            ! The (first) step. | (첫 단계.
            """, sourceLanguage: .english)
        #expect(spec.run(URLMismatch.self).findings.map(\.message) == ["the English has 'join@example.org' but the Korean "
            + "does not; the Korean has 'info@example.org' but the English does not; copy the address exactly"])
        #expect(spec.run(UnbalancedBrackets.self).findings.map(\.message) == ["the Korean has 1 '(' but 0 ')'; close the bracket"])
    }
}

extension EnglishOriginalTests {
    /// A heading on one page only reads the same in both directions: its
    /// section number stays, so the finding is the same text either way.
    @Test func aOneSidedNumberedHeadingKeepsItsNumberOnEitherSide() {
        var korean = CheckSpec("  11.11. 어떤 사용자는 mawk를 좋아합니다. | <none>")
        korean.memory.files[0].units[0].kind = .heading(level: 2)
        var english = CheckSpec("   | 11.11. 어떤 사용자는 mawk를 좋아합니다.", sourceLanguage: .english)
        english.memory.files[0].units[0].kind = .heading(level: 2)
        #expect(messages(korean, Untranslated.self).first?.hasPrefix("'11.11. 어떤") == true)
        #expect(messages(english, Untranslated.self).first?.hasPrefix("'11.11. 어떤") == true)
    }
}

extension EnglishOriginalTests {
    @Test func anEditedOriginalWhoseTranslationStayedTheSame() {
        let spec = CheckSpec("""
            ! Run the upgrade command before the next release. | 릴리스 전에 업그레이드 명령을 실행하세요.
            ! Run the upgrade command after the next release. | 릴리스 전에 업그레이드 명령을 실행하세요.
            """, sourceLanguage: .english)
        spec.expect(InconsistentSource.self)
        #expect(messages(spec, InconsistentSource.self).first?.hasPrefix(
            "2 different English texts share this Korean translation") == true)
    }

    @Test func codeAndMarkupOfTheTranslationAreComparedWithTheOriginals() {
        var code = CheckSpec("! apt-get install foo | apt-get instal foo", sourceLanguage: .english)
        code.memory.files[0].units[0].kind = .code
        code.expect(CodeMismatch.self)
        #expect(messages(code, CodeMismatch.self).first?.hasPrefix("the Korean code block differs from the English one") == true)
        let tags = CheckSpec("! See {1}the guide{/1}. | 안내서를 보세요.", sourceLanguage: .english)
        tags.expect(TagMismatch.self)
        #expect(messages(tags, TagMismatch.self).first?.hasPrefix("the Korean lacks") == true)
    }
}
