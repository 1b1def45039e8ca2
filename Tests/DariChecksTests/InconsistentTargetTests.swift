@testable import DariChecks
import DariMemory
import DariModel
import Testing

@Suite struct InconsistentTargetTests {
    @Test func sameSourceDifferentTargets() {
        CheckSpec("""
            ! 그는 말했다. | He said so.
              다른 문장 | Another sentence.
            ! 그는  말했다. | He stated so.
              같은 번역입니다. | The same.
              같은 번역입니다. | the same
              따옴표입니다. | He said “yes”.
              따옴표입니다. | He said "yes".
            """).expect(InconsistentTarget.self)
    }

    /// A contents entry that is nothing but a link, paired by position with
    /// an entry that links elsewhere, is two entries, not a sentence
    /// translated two ways; the same words as prose still are.
    @Test(arguments: [true, false])
    func aContentsEntryPairedWithAnotherEntryIsNoInconsistency(linked: Bool) {
        func link(_ text: String, _ anchor: String) -> [InlineContent] {
            linked ? [.start(id: 1, element: "a", original: "<a href=\"#\(anchor)\">"), .text(text),
                      .end(id: 1, element: "a", original: "</a>")] : [.text(text)]
        }
        let beads: [([InlineContent], [InlineContent])] = [
            (link("Other sources of dynamic content", "dynamic"), link("ScriptAlias한 CGI 말고 다른 동적 내용", "saliasedcgi")),
            ([.text("Other sources of dynamic content")], [.text("그밖의 동적 내용 만들기")]),
        ]
        let units = beads.enumerated().map { number, bead in
            MemoryUnit(id: "u\(number + 1)", kind: .paragraph,
                       sourceLocation: SourceLocation(file: "en/page.html", line: number + 1),
                       targetLocation: SourceLocation(file: "ko/page.html", line: number + 1), sourcePath: nil,
                       targetPath: nil, segments: [MemorySegment(id: "s1", source: bead.0, target: bead.1,
                                                                 state: .translated, shape: (1, 1))])
        }
        let memory = TranslationMemory(sourceLanguage: .english, targetLanguage: .korean, files: [
            MemoryFile(id: "f1", original: "en/page.html", targetOriginal: "ko/page.html", units: units),
        ])
        let findings = Checker(checks: [InconsistentTarget.self]).run(memory, memoryPath: "memory.xlf")
        #expect(findings.isEmpty == linked, "\(findings.map(\.message))")
    }

    @Test func aGroupIsOneFindingAtTheRarestWording() throws {
        let (_, findings) = CheckSpec("""
              그는 말했다. | He said so.
              그는 말했다. | He stated so.
              그는 말했다. | He said so.
              그는 말했다. | He declared so.
            """).run(InconsistentTarget.self)
        #expect(findings.count == 1, "\(findings.map(\.message))")
        let finding = try #require(findings.first)
        #expect(finding.unitID == "u2")
        #expect(finding.message.contains("translated 3 ways in 4 places (here and u1, u3, u4)"))
        #expect(finding.relatedLocations.map(\.unitID) == ["u1", "u3", "u4"])
        #expect(finding.relatedLocations.map(\.text) == ["He said so.", "He said so.", "He declared so."])
    }

    /// Two pages that share a passage translated apart are one finding (one
    /// problem: bring one page in line with the other), at the first odd
    /// wording, every other place related; a sentence shared with a third
    /// page is its own finding.
    @Test func thePassageTwoPagesShareIsOneFinding() throws {
        func page(_ name: String, _ beads: [(String, String)], firstLine: Int = 10) -> MemoryFile {
            let units = beads.enumerated().map { number, bead in
                MemoryUnit(id: "\(name)-u\(number + 1)", kind: .paragraph,
                           sourceLocation: SourceLocation(file: "ko/\(name).html", line: firstLine + number),
                           targetLocation: SourceLocation(file: "en/\(name).html", line: firstLine + number),
                           sourcePath: nil, targetPath: nil,
                           segments: [MemorySegment(id: "s1", source: [.text(bead.0)], target: [.text(bead.1)],
                                                    state: .translated, shape: (1, 1))])
            }
            return MemoryFile(id: "f-\(name)", original: "ko/\(name).html", targetOriginal: "en/\(name).html", units: units)
        }
        let memory = TranslationMemory(files: [
            page("a", [("캐시는 렌더링 사이에 유지됩니다.", "The cache is kept between renders."),
                       ("의존성이 바뀌면 다시 계산합니다.", "It recalculates when a dependency changes."),
                       ("이 값은 메모이제이션됩니다.", "This value is memoized.")]),
            page("b", [("캐시는 렌더링 사이에 유지됩니다.", "The cache persists between renders."),
                       ("의존성이 바뀌면 다시 계산합니다.", "It computes again when a dependency changes.")]),
            page("c", [("이 값은 메모이제이션됩니다.", "This value gets memoized.")]),
        ])
        let findings = Checker(checks: [InconsistentTarget.self]).run(memory)
            .sorted { $0.location.description < $1.location.description }
        #expect(findings.count == 2, "\(findings.map(\.message))")
        let shared = try #require(findings.first)
        #expect(shared.location == SourceLocation(file: "en/a.html", line: 10))
        #expect(shared.message == "2 Korean sentences this page shares with en/b.html are translated differently "
            + "from place to place (see the related places); use one English translation everywhere")
        #expect(shared.relatedLocations.map(\.location.description) == ["en/b.html:10", "en/a.html:11", "en/b.html:11"])
        #expect(findings.last?.message.hasPrefix("the same Korean is translated 2 ways in 2 places (here and en/c.html:10)") == true)
    }

    /// Labels and headings of one or two words ("Dialog", "Image Windows")
    /// are terms whose translation follows their context.
    @Test func shortLabelsAreNotSentences() {
        CheckSpec("""
              이미지 창 | Image Window
              이미지 창 | Image Windows
              대화 상자 | Dialogs
              대화 상자 | A dockable dialog
              물체 선택 도구 | Foreground Select
              물체 선택 도구 | Foreground Select Tool
              곱하기, Darken Layer Modes, Legacy Layer Modes | Alpha, Threshold Alpha, Glossary
              곱하기, Darken Layer Modes, Legacy Layer Modes | Multiply, Darken Layer Modes
              실행 취소 이력, 실행 취소 대화 상자 | Parametric, Brushes
              실행 취소 이력, 실행 취소 대화 상자 | Convert to Color Profile
            """).expect(InconsistentTarget.self)
    }

    /// Wordings a reader would not tell apart are one wording.
    @Test func caseAndPunctuationVariantsAreOneWording() {
        CheckSpec("""
              파일을 다른 이름으로 저장합니다. | Save the file as…
              파일을 다른 이름으로 저장합니다. | Save the file as.
              전자 우편으로 보내 주세요. | Send it by e-mail.
              전자 우편으로 보내 주세요. | Send it by E-Mail!
              레이어 — 레이어 메뉴를 위한 키보드 단축키 | Layer — Key reference for Layer menu
              레이어 — 레이어 메뉴를 위한 키보드 단축키 | Layers — Key reference for Layer menu
              같은 종류의 함수는 반환 타입 통일하기 | Unifying Return Types for Similar Functions
              같은 종류의 함수는 반환 타입 통일하기 | Unify return types for similar functions
            ! 패키지를 설치합니다. | Install the package.
            ! 패키지를 설치합니다. | Remove the package.
            """).expect(InconsistentTarget.self)
    }

    /// The forms of one English word are one wording; different words are not.
    @Test func anEnglishWordsFormsStemAlike() {
        func stem(_ word: String) -> String {
            var bytes = Array(word.utf8)
            ConsistencyGroups.englishStem(&bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        for (forms, expected) in [(["unify", "unifying", "unifies", "unified"], "unify"), (["type", "types"], "typ"),
                                  (["box", "boxes"], "box"), (["create", "created", "creating"], "creat"),
                                  (["string", "strings"], "string"), (["run", "running"], "run"),
                                  (["install", "installing", "installs"], "instal"), (["class", "classes"], "clas")] {
            #expect(forms.map(stem) == Array(repeating: expected, count: forms.count), "\(forms)")
        }
        #expect(stem("use") != stem("user"))
    }

    /// An English index entry on the Korean page is no Korean source; a
    /// name copied to both sides is no translation.
    @Test func textNotInTheSourceLanguageIsNoSource() {
        CheckSpec("""
              Disable, Disable Layer Mask | Erase, Normal Layer Modes
              Disable, Disable Layer Mask | Windows, “Windows” Menu
              Xach-Effect, Xach-Effect, Xach-Effect | Xach-Effect, Xach-Effect, Xach-Effect
              Xach-Effect, Xach-Effect, Xach-Effect | Overview, Grids and Guides
            """).expect(InconsistentTarget.self)
    }

    /// English left on the Korean page beside an English sentence (paired by
    /// position in a list whose rows differ) is no translation of it, so it
    /// makes no second wording; two Korean wordings still do.
    @Test func englishLeftOnTheKoreanPageIsNoWording() {
        CheckSpec("""
              Returns the individual term binomial distribution probability. | 개별 항 이항 분포 확률을 반환합니다.
              Returns the individual term binomial distribution probability. | Returns the smallest value for which the distribution is greater than a criterion.
            """, sourceLanguage: .english).expect(InconsistentTarget.self)
        CheckSpec("""
            ! You cannot edit your document while you are in the print preview. | 인쇄 미리 보기에서는 문서를 편집할 수 없습니다.
            ! You cannot edit your document while you are in the print preview. | 페이지 미리보기 도중에는 문서를 편집할 수 없습니다.
              You cannot edit your document while you are in the print preview. | You cannot edit your document while in preview.
            """, sourceLanguage: .english).expect(InconsistentTarget.self)
    }


    /// A Korean sentence with an English sentence glued to it (English left
    /// on the page, paired with its neighbour's bead) is `untranslated`'s
    /// finding, not a second wording; a Korean sentence that only names
    /// English terms still is one.
    @Test func aKoreanSentenceCarryingAnEnglishOneIsNoWording() {
        CheckSpec("""
              To edit a field, double-click it. | 필드를 편집하려면 필드를 두 번 누릅니다.
              To edit a field, double-click it. | 필드를 편집하려면 필드를 두 번 누릅니다. The markets also closed for the day after the storm.
            """, sourceLanguage: .english).expect(InconsistentTarget.self)
        CheckSpec("""
            ! To edit a field, double-click it. | 필드를 편집하려면 필드를 두 번 누릅니다.
            ! To edit a field, double-click it. | 필드를 편집하려면 Edit Field 대화 상자에서 필드를 두 번 누릅니다.
            """, sourceLanguage: .english).expect(InconsistentTarget.self)
    }
    /// A translation paired in part in one place (its first sentence went
    /// to a neighbour's bead) is the same translation; one that drops words
    /// inside a sentence is another wording.
    @Test func aTranslationPairedInPartIsOneWording() {
        CheckSpec("""
              Some like vim, others like elvis; how does Debian support diversity? | 어떤 사람은 vim을 좋아합니다. 데비안은 다양성을 어떻게 지원하나요?
              Some like vim, others like elvis; how does Debian support diversity? | 데비안은 다양성을 어떻게 지원하나요?
            """, sourceLanguage: .english).expect(InconsistentTarget.self)
        CheckSpec("""
            ! Querying User Data in Fields or Conditions. | 필드 또는 조건에서 사용자 데이터 쿼리.
            ! Querying User Data in Fields or Conditions. | 조건에서 사용자 데이터 쿼리.
            """, sourceLanguage: .english).expect(InconsistentTarget.self)
    }

    /// After a Latin word or code a particle's form follows how the reader
    /// says the word (`removeSsrLoadModule`을/를, `"warn"`으로/로): both forms
    /// are one wording; the same particles inside Korean words are not.
    @Test func aParticleAfterLatinTakesEitherForm() {
        CheckSpec("""
              Set future.removeSsrLoadModule to "warn". | future.removeSsrLoadModule을 "warn"으로 설정하세요.
              Set future.removeSsrLoadModule to "warn". | future.removeSsrLoadModule를 "warn"로 설정하세요.
            """, sourceLanguage: .english).expect(InconsistentTarget.self)
        CheckSpec("""
            ! Read the open package documentation. | 자세한 내용은 open 패키지를 참고하세요.
            ! Read the open package documentation. | 자세한 내용은 open 패키지 문서를 참고하세요.
            """, sourceLanguage: .english).expect(InconsistentTarget.self)
    }

    /// A pair the aligner was unsure of is no evidence of two translations.
    @Test func lowConfidencePairsAreNoEvidence() {
        CheckSpec("""
              메뉴를 열고 항목을 고르세요. | Open the menu and pick an item.
              메뉴를 열고 항목을 고르세요. | The toolbox is on the left.
            """, scores: [1.0, 0.62]).expect(InconsistentTarget.self)
        CheckSpec("""
            ! 메뉴를 열고 항목을 고르세요. | Open the menu and pick an item.
            ! 메뉴를 열고 항목을 고르세요. | Open the menu, then pick an item.
            """, scores: [1.0, 0.97]).expect(InconsistentTarget.self)
    }
}
