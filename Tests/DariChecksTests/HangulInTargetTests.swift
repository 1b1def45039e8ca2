@testable import DariChecks
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

    /// A Korean word the English talks about, in quotes, is mentioned, not
    /// left over; a quoted Korean sentence is still a leftover.
    @Test func aQuotedKoreanWordIsAMention() {
        CheckSpec("""
              조사 | You can choose one of the options like '이/가', '을/를', '은/는'.
              라면 | For example, the word '라면' (ramyeon) contains the choseong "ㄹㅁ".
              조사 | If the last character has a final consonant (e.g., for ‘이/가’, ‘이’ is used).
            ! 안내 | The sign said "여기는 출입이 금지된 구역입니다 감사합니다" in red.
            ! 안내 | Korea's 선교회 이야기 page.
            """).expect(HangulInTarget.self)
    }

    /// A name in both scripts is no leftover: a changelog credits its author
    /// so, an article glosses a Korean name. A longer stretch of Korean stays
    /// a leftover whatever follows it.
    @Test func aNameGivenInBothScripts() {
        CheckSpec("""
              커밋 | typings: add missing methods (성우현 · Woohyun Sung) #59468
              커밋 | Thanks to (Kim Minji / 김민지) for the fix.
              설교 | Pastor 김철수 (Kim Cheol-su) preached on Sunday.
            ! 모임 | A meeting of (the 탈북민 group / members) today
            ! 사진 | 강 집사의 손을 잡고 기도하는 백 집사 (Photo NKN)
            ! 사진 | 김철수 said (Kim) that 모임이 있다
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

    /// The separator a changelog uses most, which a spec line cannot hold.
    @Test func aNameInBothScriptsApartByABar() {
        #expect(HangulInTarget.hangulRuns("typings: add missing methods (성우현 | Woohyun Sung) #59468").isEmpty)
        #expect(HangulInTarget.hangulRuns("see (the 탈북민 group | members)") == ["the 탈북민 group | members"])
    }
}
