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
