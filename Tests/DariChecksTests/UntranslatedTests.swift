import DariChecks
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

    @Test func textWithoutLettersNeedsNoTranslation() {
        CheckSpec("""
              14.20.3.5. | <none>
              (3) | <none>
               | 2.4.
            ! 1. 파일 | <none>
            """).expect(Untranslated.self)
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
}
