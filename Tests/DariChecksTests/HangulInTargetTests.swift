import DariChecks
import DariModel
import Testing

@Suite struct HangulInTargetTests {
    @Test func leftoverKorean() {
        CheckSpec("""
            ! 미국은 지하 핵실험을 중지했다. | The United States suspended 오차도 tests in 1992.
            ! 강 집사의 손을 잡고 기도하는 백 집사. | 강 집사의 손을 잡고 기도하는 백 집사. 2021.03
              김치를 담갔다. | We made kimchi (김치) together.
              선교회 이야기 | 선교회 이야기
              우리의 이야기 | Our Story
            ! 탈북민 모임 | A meeting of (the 탈북민 group) today
              다른 언어로 된 문서: 简体中文, 日本語, 한국어 | Docs in other languages: 简体中文, 日本語, 한국어
            ! 다른 언어: 한국어 문서 | Other languages: 한국어 문서
            """).expect(HangulInTarget.self)
    }

    @Test func englishPageWithoutKoreanCounterpart() {
        var spec = CheckSpec("""
            !  | A caption left as 사진 설명 on an English-only page.
               | All English here.
            """)
        spec.memory.files[0].sourceOriginalExists = false
        spec.expect(HangulInTarget.self)
    }

    @Test func messageQuotesTheKorean() {
        let (_, findings) = CheckSpec("! 원문 | Suspended 오차도 tests.").run(HangulInTarget.self)
        #expect(findings.first?.message == "the English text contains Korean '오차도'; translate it")
    }
}
