import DariChecks
import DariGlossary
import DariMemory
import DariModel
import Testing

@Suite struct DeprecatedTermTests {
    @Test func eitherLanguageAndUnpairedPages() {
        let glossary = testGlossary([
            ("defector", "탈북민", "North Korean defector", .preferred),
            ("defector", "새터민", "NK refugee", .deprecated),
        ])
        CheckSpec("""
            ! 새터민을 위한 기도 | Prayer for North Korean defectors
            ! 새터민들은 | <none>
              탈북민을 위한 기도 | Prayer for North Korean defectors
            ! 탈북민 | an NK refugee
            """).expect(DeprecatedTerm.self, glossary: glossary)
        let (_, findings) = CheckSpec("! 새터민을 위한 기도 | Prayer").run(DeprecatedTerm.self, glossary: glossary)
        #expect(findings.first?.message == "'새터민' is deprecated in the glossary; write '탈북민'")
    }
}
