@testable import DariChecks
import DariGlossary
import DariMemory
import DariModel
import Testing

@Suite struct UntranslatedTests {
    @Test func missingEmptyAndOneSided() {
        CheckSpec("""
            ! 이번 주부터 모임이 다시 열립니다. | <none>
            ! 기도해 주세요. | <empty>
            ! 감사합니다. |    
              안녕하세요. | Hello.
            !  | An English sentence with no Korean original.
            """).expect(Untranslated.self)
    }

    /// Korean alone on the English page is one `hangul-in-target` finding
    /// ("translate it" where it stands), whichever language is the original;
    /// an English sentence alone there is still untranslated.
    @Test func koreanAloneOnTheEnglishPageIsHangulInTargetsFinding() {
        let englishOriginal = CheckSpec("""
              The rescue team left today. | 구출팀은 오늘 떠났다.
              자주 묻는 질문 | <none>
            ! The team came back on Monday. | <none>
            """, sourceLanguage: .english)
        englishOriginal.expect(Untranslated.self)
        #expect(englishOriginal.run(HangulInTarget.self).flagged == ["u2"])
        let koreanOriginal = CheckSpec("""
              구출팀은 오늘 떠났다. | The rescue team left today.
               | 다음 주 예배 안내
            !  | The team came back on Monday.
            """)
        koreanOriginal.expect(Untranslated.self)
        #expect(koreanOriginal.run(HangulInTarget.self).flagged == ["u2"])
    }

    @Test func textWithoutLettersNeedsNoTranslation() {
        CheckSpec("""
              14.20.3.5. | <none>
              F.2. | <none>
              (3) | <none>
               | 2.4.
            ! 1. 파일 | <none>
            """).expect(Untranslated.self)
    }

    /// "For example:" that a translator adds before an example introduces
    /// it and says nothing more; a sentence with content before its colon is
    /// still text to translate.
    @Test func aLeadInBeforeAnExampleNeedsNoOriginal() {
        CheckSpec("""
              Install the tool. | 도구를 설치합니다.
               | 예를 들면 다음과 같습니다:
              Run the tool. | 도구를 실행합니다.
               | 다음과 같이:
              Check the output. | 출력을 확인합니다.
              For example: | <none>
              Save the file. | 파일을 저장합니다.
            !  | 예를 들면 다음 명령으로 설치합니다:
              Close the window. | 창을 닫습니다.
            ! Install it as follows: | <none>
            """, sourceLanguage: .english).expect(Untranslated.self)
        #expect(Untranslated.isLeadIn("예를 들어:"))
        #expect(!Untranslated.isLeadIn("예를 들면 다음과 같습니다."))
    }

    /// A heading with no counterpart and the blocks after it that have none
    /// either are one missing section: one finding, at the heading.
    @Test func aMissingSectionIsOneFindingAtItsHeading() {
        var spec = CheckSpec("""
              소개 | About
               | Newsletter archive
               | Past newsletters are kept as PDF files.
               | Write to us if an issue is missing.
              연락처 | Contact
            """)
        for index in spec.memory.files[0].units.indices {
            let alone = (1...3).contains(index)
            spec.memory.files[0].units[index].sourceLocation = alone ? nil : SourceLocation(file: "ko/page.html", line: index + 1)
            spec.memory.files[0].units[index].targetLocation = SourceLocation(file: "en/page.html", line: index + 10)
        }
        spec.memory.files[0].units[1].kind = .heading(level: 2)
        let findings = spec.run(Untranslated.self).findings
        #expect(findings.map(\.message) == [
            "the section 'Newsletter archive' (3 blocks, to line 13) has no Korean original; add it to the Korean page, "
                + "or delete it if it no longer belongs",
        ])
        #expect(findings.first?.location.line == 11)
        #expect(findings.first?.related.count == 2)
        // Its text is the section's, a block to a line: the heading is not run into the sentence after it.
        #expect(findings.first?.target == "Newsletter archive\nPast newsletters are kept as PDF files.\n"
            + "Write to us if an issue is missing.")
    }

    /// One version titles its examples and the other does not (`<div
    /// class="example"><h3>예제</h3><pre>…`): a caption whose code has its
    /// counterpart is no text to carry over. An example missing whole is
    /// still a missing section, its caption first.
    @Test func aCaptionOfAnExampleOnOneSideOnlyIsNoFinding() {
        var spec = CheckSpec("""
              예제 | <none>
              Action image/gif /cgi-bin/images.cgi | Action image/gif /cgi-bin/images.cgi
              이 예에서 GIF 파일 요청은 스크립트가 처리한다. | In this example, GIF files are handled by the script.
            ! 서버 설정 | <none>
              이 설정은 서버 전체에 적용된다. | This applies to the whole server.
            """)
        let paths = ["div[1]/div[2]/h3[1]", "div[1]/div[2]/pre[1]", "div[1]/p[1]", "div[1]/h3[1]", "div[1]/p[2]"]
        for (index, path) in paths.enumerated() {
            var unit = spec.memory.files[0].units[index]
            unit.sourceLocation = SourceLocation(file: "ko/page.html", line: index + 1)
            unit.targetLocation = unit.segments[0].target == nil ? nil : SourceLocation(file: "en/page.html", line: index + 1)
            unit.sourcePath = "html/body/" + path
            unit.targetPath = unit.targetLocation == nil ? nil : "html/body/" + path
            unit.kind = path.contains("/h3") ? .heading(level: 3) : path.contains("/pre") ? .code : .paragraph
            spec.memory.files[0].units[index] = unit
        }
        // "서버 설정" heads prose, not an example's code: a heading the English lacks.
        spec.expect(Untranslated.self)
    }

    /// A table row the other page lacks, its label and its value in two
    /// cells, is one row to add: one finding at the label.
    @Test func aRowOnOneSideOnlyIsOneFinding() {
        var spec = CheckSpec("""
              설명: | Description:
              디렉터리 색인을 찾을 파일 목록 | List of files to look for as the directory index
              지원: | <none>
              아파치 2.0.51 이후부터 | <none>
            """)
        let paths = ["tr[1]/th[1]", "tr[1]/td[1]", "tr[8]/th[1]", "tr[8]/td[1]"]
        for (index, path) in paths.enumerated() {
            var unit = spec.memory.files[0].units[index]
            unit.sourceLocation = SourceLocation(file: "ko/page.html", line: 10 + index / 2)
            unit.targetLocation = unit.segments[0].target == nil ? nil : SourceLocation(file: "en/page.html", line: 10 + index / 2)
            unit.sourcePath = "html/body/table/" + path
            unit.targetPath = unit.targetLocation == nil ? nil : "html/body/table/" + path
            unit.kind = .tableCell
            spec.memory.files[0].units[index] = unit
        }
        let findings = spec.run(Untranslated.self).findings
        #expect(findings.map(\.message) == ["'지원:' and 1 more sentence after it in this row have no English translation; "
            + "translate them on the English page"])
    }

    /// A section of the original that is mostly not translated (a
    /// directive the translation kept only the heading and labels of) is
    /// one finding at its heading, its blocks the related places; a section
    /// with one sentence added since keeps that sentence's own finding.
    @Test func aMostlyUntranslatedSectionIsOneFinding() {
        var spec = CheckSpec("""
              FallbackResource Directive | FallbackResource 지시어
              Define a default URL for requests that don't map to a file. | <none>
              Syntax: | 문법:
              Use this to set a handler for any URL that doesn't map to anything in your filesystem. | <none>
              Context: | 사용장소:
              This is useful for a blog engine whose posts live in a database. | <none>
              The handler then reads the original request from its environment. | <none>
              Other directives | 다른 지시어
              A paragraph that is translated here. | 여기 번역된 문단입니다.
              One more sentence added to the English page since then. | <none>
            """, sourceLanguage: .english)
        for index in spec.memory.files[0].units.indices {
            var unit = spec.memory.files[0].units[index]
            unit.sourceLocation = SourceLocation(file: "en/page.html", line: index + 1)
            unit.targetLocation = unit.segments[0].target == nil ? nil : SourceLocation(file: "ko/page.html", line: index + 1)
            if index == 0 || index == 7 { unit.kind = .heading(level: 2) }
            spec.memory.files[0].units[index] = unit
        }
        let findings = spec.run(Untranslated.self).findings
        #expect(Set(findings.map(\.message)) == [
            "the section 'FallbackResource Directive' is mostly not translated: 4 of its 6 English blocks (to line 7) "
                + "have no Korean translation or are still in English; translate the section on the Korean page",
            "'One more sentence added to the English page since then.' has no Korean translation; translate it on the "
                + "Korean page",
        ])
        let section = findings.first { $0.message.hasPrefix("the section") }
        #expect(section?.location == SourceLocation(file: "ko/page.html", line: 1))
        #expect(section?.relatedLocations.map(\.location.line) == [2, 4, 6, 7])
        // A heading the aligner paired as a guess names no section: its blocks are found each.
        spec.memory.files[0].units[0].segments[0].score = 0.5
        #expect(!spec.run(Untranslated.self).findings.contains { $0.message.hasPrefix("the section") })
    }

    /// A release list on the English page, `gained` of its entries missing
    /// from the Korean one, and a one-entry list after it missing too.
    private static func releaseLists(gained: Int) -> CheckSpec {
        let releases = ["v19.2.7 (June, 2026)", "v19.2.6 (May, 2026)", "v19.1.8 (June, 2026)"].prefix(gained)
        var spec = CheckSpec((releases.map { "  \($0) | <none>" } + [
            "  v19.2.1 (December, 2025) | v19.2.1 (2025년 12월)",
            "  v19.1.0 (March, 2025) | v19.1.0 (2025년 3월)",
            "  Blog posts about the release | <none>",
        ]).joined(separator: "\n"), sourceLanguage: .english)
        let count = spec.memory.files[0].units.count
        for index in 0..<count {
            var unit = spec.memory.files[0].units[index]
            unit.kind = .listItem
            unit.sourceLocation = SourceLocation(file: "en/versions.md", line: index + 1)
            unit.sourcePath = index < count - 1 ? "ul[5]/li[\(index + 1)]/p[1]" : "ul[6]/li[1]/p[1]"
            if unit.segment(at: 0).target != nil {
                unit.targetLocation = SourceLocation(file: "ko/versions.md", line: index + 1)
                unit.targetPath = unit.sourcePath
            }
            spec.memory.files[0].units[index] = unit
        }
        return spec
    }

    /// Entries a list gained on one page since the other was translated (new
    /// releases, wherever in the list) are one finding, an update of the list.
    @Test func threeEntriesAListGainedAreOneFindingForTheList() {
        let findings = Self.releaseLists(gained: 3).run(Untranslated.self).findings
        #expect(findings.map(\.message) == [
            "'v19.2.7 (June, 2026)' and 2 more entries of this list (to line 3) have no Korean translation; add them "
                + "to the Korean page's list",
            "'Blog posts about the release' has no Korean translation; translate it on the Korean page",
        ])
        #expect(findings.first?.related.map(\.line) == [2, 3])
    }

    @Test func twoEntriesAListGainedAreFoundEach() {
        #expect(Self.releaseLists(gained: 2).run(Untranslated.self).findings.count == 3)
    }

    /// A section's code blocks are part of it: the section runs to its last
    /// code block, and `code-mismatch` reports none of them on its own. A
    /// code block one page lacks outside a section is still its finding.
    @Test func aMissingSectionsCodeIsPartOfItsOneFinding() {
        var spec = CheckSpec("""
              Configuration | 설정
              dig | <none>
              Looks up a value in nested maps. | <none>
              dig "user" "role" $map | <none>
              Paired text of the page. | 짝이 있는 글입니다.
              helm list -v 6 | <none>
            """, sourceLanguage: .english)
        for index in spec.memory.files[0].units.indices {
            let alone = [1, 2, 3, 5].contains(index)
            spec.memory.files[0].units[index].sourceLocation = SourceLocation(file: "en/page.html", line: 10 + 2 * index)
            spec.memory.files[0].units[index].targetLocation = alone ? nil : SourceLocation(file: "ko/page.html", line: index + 1)
            spec.memory.files[0].units[index].sourcePath = "main/p[\(index)]"
        }
        spec.memory.files[0].units[1].kind = .heading(level: 2)
        for code in [3, 5] {
            spec.memory.files[0].units[code].kind = .code
            spec.memory.files[0].units[code].sourcePath = "main/pre[\(code)]"
        }
        let findings = Checker(checks: [Untranslated.self, CodeMismatch.self]).run(spec.memory)
        #expect(findings.map(\.checkID) == ["untranslated", "code-mismatch"])
        #expect(findings.first?.message.hasPrefix("the section 'dig' (3 blocks, to line 16)") == true)
        #expect(findings.last?.location.line == 20)
    }

    /// Entries a changelog or a list gained since the translation, with no
    /// heading of their own, are one finding once they are four blocks or
    /// more; fewer are each their own edit (an added paragraph and note).
    @Test(arguments: [(4, 1), (3, 3)])
    func aLongRunOfOneSidedBlocksIsOneFinding(run: Int, expected: Int) {
        let entries = (1...run).map { "  Fixed the release notes of version \($0). | <none>" }
        let paired = (1...8).map { "  What version \($0) fixed. | \($0)판에서 고친 점입니다." }
        var spec = CheckSpec((["  Changes | 변경 사항"] + entries + paired).joined(separator: "\n"), sourceLanguage: .english)
        for index in spec.memory.files[0].units.indices {
            let alone = (1...run).contains(index)
            spec.memory.files[0].units[index].sourceLocation = SourceLocation(file: "en/page.html", line: index + 10)
            spec.memory.files[0].units[index].targetLocation = alone ? nil : SourceLocation(file: "ko/page.html", line: index + 1)
        }
        let findings = spec.run(Untranslated.self).findings
        #expect(findings.count == expected, "\(findings.map(\.message))")
        #expect(findings.first?.location.line == 11)
        if expected == 1 {
            #expect(findings.first?.message == "4 blocks in a row from 'Fixed the release notes of version 1.' (to line 14) "
                + "have no Korean translation; translate them on the Korean page")
            #expect(findings.first?.related.count == 3)
        }
    }

    @Test func pageWithoutCounterpartIsMissingPageNotUntranslated() {
        var spec = CheckSpec("  한국어만 있는 페이지. | <none>")
        spec.memory.files[0].targetOriginal = nil
        #expect(spec.run(Untranslated.self).findings.isEmpty)
        #expect(spec.run(MissingPage.self).findings.map(\.message)
            == ["ko/page.html has no English page; translate it, or link the existing translation with <link rel=\"alternate\" hreflang=\"en\">"])
    }

    @Test func inlineSuppression() {
        var spec = CheckSpec("  아직 번역하지 않음. | <none>")
        spec.memory.files[0].units[0].suppressedChecks = ["untranslated"]
        #expect(spec.run(Untranslated.self).findings.isEmpty)
    }

    private func block(_ beads: [(String, String)]) -> [Finding] {
        pairedBlock(beads, checks: [Untranslated.self])
    }

    /// A translator split one long sentence in two; the aligner paired the first half.
    /// A name alone on one page (a "See also" entry linking `httpd`) that
    /// the page pair writes as inline code is the name, not text to
    /// translate: the other page's entry is code, which is not paired as prose.
    @Test func aNameAloneThatThePagePairWritesAsCodeIsNotUntranslated() {
        var spec = CheckSpec("""
              아파치를 시작하려면 httpd를 실행합니다. | To start Apache, run httpd.
              httpd | <none>
            ! 설정 | <none>
            """)
        spec.memory.files[0].units[0].segments[0].target = [
            .text("To start Apache, run "), .start(id: 1, element: "code", original: "<code>"), .text("httpd"),
            .end(id: 1, element: "code", original: "</code>"), .text("."),
        ]
        spec.expect(Untranslated.self)
        spec.memory.files[0].units[0].segments[0].target = [.text("To start Apache, run httpd.")]
        #expect(spec.run(Untranslated.self).flagged == ["u2", "u3"])
    }

    @Test func aSentenceSplitOffItsNeighboursTranslationIsNotUntranslated() {
        #expect(block([
            ("When a file is edited in a bundler-based build setup, it is inefficient to rebuild the whole bundle "
                + "for an obvious reason: the update speed will degrade linearly with the size of the app.",
             "기존의 번들러 기반으로 개발을 진행할 때, 소스 코드를 업데이트 하게 되면 번들링 과정을 다시 거쳐야 했었습니다."),
            ("", "따라서 서비스가 커질수록 소스 코드 갱신 시간 또한 선형적으로 증가하게 됩니다."),
        ]).isEmpty)
    }

    /// A Korean sentence that opens by pointing back at its neighbour (`이는`,
    /// `이에 대해서는`) or draws its consequence (`따라서`) is the other half
    /// of the English sentence the translator split, however the lengths
    /// fall; a lone sentence that opens otherwise is still reported, and so
    /// is a word that only starts like such an opener (`즉시`).
    @Test func aKoreanSentenceContinuingItsNeighbourIsTheOtherHalfOfItsTranslation() {
        let english = "If you need to pass a complex dynamic argument, it's probably better to use a computed property, "
            + "which we will cover shortly."
        let korean = "복잡한 동적 인자를 전달해야 한다면, 계산된 속성을 사용하는 것이 더 좋습니다."
        #expect(block([(english, korean), ("", "이에 대해서는 곧 다룹니다.")]).isEmpty)
        #expect(block([(english, korean), ("", "따라서 이는 나중에 다룹니다.")]).isEmpty)
        #expect(block([(english, korean), ("", "이 경우에는 계산된 속성이 캐시됩니다.")]).isEmpty)
        #expect(block([(english, korean), ("", "왜냐하면, 계산된 속성은 캐시되기 때문입니다.")]).isEmpty)
        #expect(block([("", "이것이 바로 폭포 현상입니다."),
                       ("This is a waterfall: you must wait for each step to complete.", "각 단계가 끝나기를 기다려야 합니다.")]).isEmpty)
        #expect(block([(english, korean), ("", "계산된 속성은 캐시됩니다.")]).count == 1)
        // Beside an English sentence with no clause to split off, a sentence opening with 이는 is one of its own.
        let plain = "It also includes the technical requirements that each package must satisfy."
        #expect(block([(plain, "각 패키지가 충족해야 하는 기술적 요건도 들어 있습니다."),
                       ("", "이는 물론 공연 도중 사진을 찍지 못하도록 하기 위한 처사다.")]).count == 1)
        // A semicolon joins two statements; only a restatement (즉) is split off there.
        let joined = "Grouping elements has no effect on the resulting DOM; it is the same as if they were not grouped."
        let first = "엘리먼트를 그룹화해도 DOM 결과물에 영향을 주지 않습니다."
        #expect(block([(joined, first), ("", "즉, 엘리먼트가 그룹화되지 않은 것과 같습니다.")]).isEmpty)
        #expect(block([(joined, first), ("", "이는 물론 공연 도중 사진을 찍지 못하도록 하기 위한 처사다.")]).count == 1)
        #expect(block([(english, korean), ("", "즉시 계산된 속성으로 바꾸세요.")]).count == 1)
        #expect(block([(english, korean), ("", "하지만 메서드도 쓸 수 있습니다.")]).count == 1)
    }

    /// An English sentence with no Korean is not taken for a split by its
    /// opener: English left untranslated often opens with "This".
    @Test func anEnglishSentenceOpeningWithThisIsStillUntranslated() {
        #expect(block([
            ("Vite supports importing multiple modules from the file system.", "Vite는 여러 모듈을 한 번에 가져올 수 있습니다."),
            ("This greatly improves the start-up time of large applications with many modules.", ""),
        ]).count == 1)
    }

    /// Two one-sided sentences a block apart with the same inline code and
    /// the lengths of a translation are one sentence the aligner paired
    /// apart; with another code, or none, they are two findings.
    @Test func sentencesWithTheSameCodeABlockApartTranslateEachOther() {
        func found(_ koreanCode: String) -> [Finding] {
            pairedBlocks([
                [("Run the command on the node.", "노드에서 명령을 실행한다."),
                 ("See the `kubectl logs` documentation for more details.", "")],
                [("The logs are kept for a day.", "로그는 하루 동안 보관된다."),
                 ("", "자세한 내용은 `\(koreanCode)` 문서를 참조한다.")],
            ], checks: [Untranslated.self])
        }
        #expect(found("kubectl logs").isEmpty)
        #expect(found("kubectl describe").count == 2)
    }

    /// The Korean page still carries an older English copy of the paragraph;
    /// a sentence appended since to the English original is not half of
    /// the copy (whose "Korean" side is English, not a translation whose
    /// length ratio tells), and is reported (issue 17, site_bench dfaq d037).
    @Test func aSentenceAddedNextToAnEnglishCopyOnTheKoreanPageIsUntranslated() {
        let copy = "The Architecture field specifies the chip for which this particular binary was compiled."
        let added = "Brett Favre and the Jets became the first team this season to beat the Titans."
        let found = block([(copy, copy), (added, "")])
        #expect(found.contains { $0.message.hasPrefix("'Brett Favre") && $0.message.hasSuffix("has no Korean translation; "
                                      + "translate it on the Korean page") }, "\(found.map(\.message))")
    }

    /// Code and numbers are copied verbatim: a Korean sentence whose code
    /// is all in the English sentence next to it, and missing from that
    /// sentence's Korean, carries the rest of its translation, however
    /// wordy the Korean is.
    @Test func aSentenceCarryingTheCodeItsNeighboursTranslationLacksIsPartOfIt() {
        #expect(block([
            ("If the env doesn't exist in `import.meta.env`, e.g. `%NON_EXISTENT%`, it will be ignored and not replaced, "
                + "unlike `import.meta.env.NON_EXISTENT` in JS where it's replaced as `undefined`.",
             "단, HTML에서 환경 변수가 `import.meta.env`에 존재하지 않으면 무시되며 치환되지 않습니다. 가령 존재하지 않는 "
                + "환경변수 `%NON_EXISTENT%`를 사용하는 경우, 이는 치환되지 않습니다."),
            ("", "이와는 달리 JS는 `import.meta.env.NON_EXISTENT`로 접근하면 `undefined`로 치환된다는 차이가 있습니다."),
        ]).isEmpty)
    }

    /// A translator who splits a sentence may name a code of their own in
    /// the split-off half; two codes the neighbour's translation dropped
    /// still say where the half came from. One dropped code beside new ones
    /// does not.
    @Test func aSplitOffHalfMayAddACodeOfItsOwn() {
        let english = "For example, a `vite-plugin-posts` could ask users to import a `virtual:posts` or "
            + "`virtual:posts/helpers` virtual modules to get build time information."
        let first = "가령 `vite-plugin-posts` 라는 이름을 가진 플러그인이 있고, 사용자는 가상 모듈을 포함해야 한다고 가정하겠습니다."
        #expect(block([
            (english, first),
            ("", "이 때 가상 모듈의 이름은 `virtual:posts` 또는 `virtual:posts/helpers`와 같이 플러그인 이름인 `posts`를 "
                + "사용하는 것이 적절합니다."),
        ]).isEmpty)
        #expect(block([
            (english, first),
            ("", "`virtual:posts` 대신 `virtual:blog`이나 `virtual:feed`도 쓸 수 있습니다."),
        ]).count == 1)
    }

    /// A translator's note (`… - 옮긴이`, `역주:`) is added to the
    /// translation on purpose and has no original; a sentence that only
    /// contains the syllables 역주 (역주행) is no note.
    @Test func aTranslatorsNoteHasNoOriginalByDesign() {
        let english = "Vite preloads the chunks a dynamic import needs."
        let korean = "Vite는 동적 임포트에 필요한 청크를 미리 불러옵니다."
        #expect(block([
            (english, korean),
            ("", "(브라우저는 A와 B 모듈을 필요로 하며, A와 B 모듈은 공통적으로 모듈 C를 필요로 합니다. - 옮긴이)"),
        ]).isEmpty)
        #expect(block([(english, korean), ("", "역주: 청크는 번들의 조각입니다.")]).isEmpty)
        #expect(block([(english, korean), ("", "이 곡은 차트를 역주행했습니다.")]).count == 1)
        // A note about the translation itself (the Debian installation guide's Korean front page).
        #expect(block([(english, korean), ("", "번역한 내용 중에 잘못 번역된 부분이 있다면 데비안 한국어 지역화 메일링 리스트에 "
            + "메일을 보내주십시오.")]).isEmpty)
        #expect(block([(english, korean), ("", "이 문서는 번역을 거쳐 공개됩니다.")]).count == 1)
    }

    /// New code in an added sentence is not in the neighbour: still reported.
    @Test func aSentenceWithCodeOfItsOwnIsUntranslated() {
        let found = block([
            ("Set `server.port` to change the port.", "포트를 바꾸려면 `server.port`를 설정하세요."),
            ("", "`server.host`도 함께 설정할 수 있습니다."),
        ])
        #expect(found.count == 1)
    }

    /// A sentence appended to the original stays one-sided and reported.
    @Test func aSentenceAddedNextToABalancedPairIsUntranslated() {
        let found = block([
            ("Vite writes the temporary configuration file to the cache folder.", "Vite는 임시 설정 파일을 캐시 폴더에 작성합니다."),
            ("This may cause issues when importing TypeScript files.", ""),
        ])
        #expect(found.map(\.message) == ["'This may cause issues when importing TypeScript files.' has no Korean "
                                          + "translation; translate it on the Korean page"])
    }
}

@Suite struct UntranslatedMessageTests {
    /// The checks read inline code as one placeholder character; a message
    /// quotes the sentence as the page shows it, code included.
    @Test func aMessageQuotesInlineCodeAsThePageShowsIt() throws {
        var spec = CheckSpec("  The default target is modules. | <none>", sourceLanguage: .english)
        spec.memory.files[0].units[0].segments[0].source = [
            .text("The default target is "), .start(id: 1, element: "code", original: "<code>"),
            .text("'baseline-widely-available'"), .end(id: 1, element: "code", original: "</code>"), .text(" now."),
        ]
        let finding = try #require(spec.run(Untranslated.self).findings.first)
        #expect(finding.message.contains("'The default target is 'baseline-widely-available' now.' has no Korean"))
        #expect(!finding.message.contains("\u{FFFC}"))
    }
    /// A link's tooltip on one page, whose link the other page's version of
    /// the paragraph lacks, is part of the missing link (`tag-mismatch`'s
    /// finding); the tooltip of a link both pages have, left untranslated, is found.
    @Test func theTooltipOfALinkTheOtherPageLacksIsPartOfTheMissingLink() {
        func memory(koreanHasTheLink: Bool) -> TranslationMemory {
            let link = #"<a class="glossarylink" href="./glossary.html#apr" title="see glossary">"#
            let english: [InlineContent] = [.start(id: 1, element: "a", original: link), .text("APR"),
                                            .end(id: 1, element: "a", original: "</a>"), .text(" supports IPv6.")]
            let korean: [InlineContent] = koreanHasTheLink
                ? [.start(id: 1, element: "a", original: #"<a href="./glossary.html#apr">"#), .text("APR"),
                   .end(id: 1, element: "a", original: "</a>"), .text("은 IPv6를 지원합니다.")]
                : [.text("APR은 IPv6를 지원합니다.")]
            let paragraph = MemoryUnit(id: "u1", kind: .paragraph, sourceLocation: SourceLocation(file: "en/bind.html", line: 137),
                                       targetLocation: SourceLocation(file: "ko/bind.html", line: 91),
                                       sourcePath: "html/body/div[4]/p[1]", targetPath: "html/body/div[4]/p[1]", segments: [
                MemorySegment(id: "s1", source: english, target: korean, state: .translated, shape: (1, 1)),
            ])
            let tooltip = MemoryUnit(id: "u2", kind: .attribute(name: "title"),
                                     sourceLocation: SourceLocation(file: "en/bind.html", line: 137), targetLocation: nil,
                                     sourcePath: "html/body/div[4]/p/a[1]@title", targetPath: nil, segments: [
                MemorySegment(id: "s1", source: [.text("see glossary")], target: nil, state: .initial, shape: (1, 0)),
            ])
            return TranslationMemory(sourceLanguage: .english, targetLanguage: .korean, files: [
                MemoryFile(id: "f1", original: "en/bind.html", targetOriginal: "ko/bind.html", units: [paragraph, tooltip]),
            ])
        }
        #expect(Checker(checks: [Untranslated.self]).run(memory(koreanHasTheLink: false)).isEmpty)
        #expect(Checker(checks: [Untranslated.self]).run(memory(koreanHasTheLink: true)).count == 1)
    }
}
