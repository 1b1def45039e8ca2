import DariChecks
import DariGlossary
import DariMemory
import DariModel
import Testing

@Suite struct GlossaryViolationTests {
    static let glossary = testGlossary([
        ("rescue", "구출팀", "rescue team", .preferred),
        ("defector", "탈북민", "defector", .preferred),
        ("defector", "새터민", nil, .deprecated),
        ("iraq", "이라크", "Iraq", .preferred),
    ])

    @Test func koreanParticlesAndEnglishInflection() {
        CheckSpec("""
              구출팀은 오늘 떠났다. | The rescue team left today.
              구출팀이 도착했다. | The Rescue Team arrived.
              구출팀에서 일한다. | She works with the rescue teams.
            ! 구출팀은 오늘 다시 떠납니다. | Even so, the extraction team sets out again today.
              탈북민을 돕는다. | We help Defectors.
              탈북민의 정착 | a defector's settlement
            ! 탈북민을 돕는다. | We help refugees.
              이라크 군대 | the Iraqi army
            ! 이라크 군대 | the Irak army
              반이라크 시위 | an anti-war protest
            """).expect(GlossaryViolation.self, glossary: Self.glossary)
    }

    /// Names marked as proper nouns: on the QA set, 34 of 34 glossary findings on
    /// clean units were a name referred to without being named (issue 19).
    static let names: Glossary = {
        var glossary = testGlossary([
            ("iraq", "이라크", "Iraq", .preferred),
            ("mccain", "매케인", "McCain", .preferred),
            ("whitehouse", "백악관", "White House", .preferred),
            ("hongkong", "홍콩", "Hong Kong", .preferred),
            ("rescue", "구출팀", "rescue team", .preferred),
        ])
        for index in 0..<4 {
            for language in [Language.korean, .english] {
                glossary.concepts[index].terms[language]?[0].partOfSpeech = "properNoun"
            }
        }
        return glossary
    }()

    @Test func aNameMayBeReferredToWithoutBeingNamed() {
        CheckSpec("""
              이라크 정부는 제안에 응하지 않았다. | But the government said they didn't respond.
              매케인은 반박문을 썼다. | He wrote a rebuttal.
              백악관은 논평을 거부했다. | The administration declined to comment.
            ! 이라크 의회가 가결했다. | The Iraki parliament passed it.
            ! 이라크 의회가 가결했다. | The Irak parliament passed it.
            ! 매케인은 반박문을 썼다. | McKane wrote a rebuttal.
            ! 백악관은 논평을 거부했다. | The Blue House declined to comment.
            ! 홍콩에 도착했다. | They arrived in Hongkong.
              이라크 의회가 가결했다. | The Iraqi parliament passed it.
            ! 구출팀은 떠났다. | The extraction team left.
            """).expect(GlossaryViolation.self, glossary: Self.names)
    }

    @Test func messageNamesTheApprovedTerm() {
        let (_, findings) = CheckSpec("! 구출팀은 떠났다. | The extraction team left.")
            .run(GlossaryViolation.self, glossary: Self.glossary)
        #expect(findings.first?.message
            == "'구출팀' is in the Korean but the English does not use the glossary's 'rescue team'; write 'rescue team'")
    }

    @Test func noGlossaryNoFindings() {
        #expect(CheckSpec("  구출팀은 떠났다. | The extraction team left.").run(GlossaryViolation.self).findings.isEmpty)
    }
}
