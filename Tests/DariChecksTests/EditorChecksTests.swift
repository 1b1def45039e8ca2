import DariChecks
import Testing

@Suite struct URLMismatchTests {
    @Test func urlsAndEmails() {
        CheckSpec("""
              join@calebmission.org로 보내 주세요. | Write to join@calebmission.org.
            ! join@calebmission.org로 보내 주세요. | Write to join@calebmision.org.
              https://example.org/apply 참조 | See https://example.org/apply.
            ! https://example.org/apply 참조 | See https://example.org/aply.
              그는 말했다. 그리고 떠났다. | He spoke. Then he left.
            """).expect(URLMismatch.self)
    }
}

@Suite struct UnbalancedBracketsTests {
    @Test func onlyWhenTheSourceIsBalanced() {
        CheckSpec("""
            ! 그는 (웃으며) 말했다. | He said (smiling.
              그는 (웃으며) 말했다. | He said (smiling).
            ! “안녕”이라고 했다. | He said "hello.
              “문제없어. | "No problem.
              그는 “좋다”고 말했다. | He said “good”.
            """).expect(UnbalancedBrackets.self)
    }
}

@Suite struct DoubledSpaceTests {
    @Test func betweenWordsOnly() {
        CheckSpec("""
            ! 좋은 날 | a  good day
              좋은 날 | a good day
              좋은 날 | a good day  
            """).expect(DoubledSpace.self)
    }
}
