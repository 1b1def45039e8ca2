import DariChecks
import Testing

@Suite struct InconsistentTargetTests {
    @Test func sameSourceDifferentTargets() {
        CheckSpec("""
            ! 그는 말했다. | He said so.
              다른 문장 | Another sentence.
            ! 그는  말했다. | He stated so.
              같은 번역 | The same.
              같은 번역 | the same
              따옴표 | He said “yes”.
              따옴표 | He said "yes".
            """).expect(InconsistentTarget.self)
    }

    @Test func everyMemberNamesTheOthers() {
        let (_, findings) = CheckSpec("""
            ! 그는 말했다. | He said so.
            ! 그는 말했다. | He stated so.
            ! 그는 말했다. | He declared so.
            """).run(InconsistentTarget.self)
        #expect(findings.count == 3)
        #expect(findings[0].message.contains("translated 3 ways here and in u2, u3"))
    }
}
