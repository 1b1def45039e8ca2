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
