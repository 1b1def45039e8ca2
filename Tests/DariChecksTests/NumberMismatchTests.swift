import DariChecks
import Testing

@Suite struct NumberMismatchTests {
    @Test func koreanNumeralsAndUnits() {
        CheckSpec("""
              1,000명이 넘는 탈북민 | more than 1,000 defectors
            ! 1,000명이 넘는 탈북민 | more than 900 defectors
              3천 명 | 3,000 people
              초당 12조3천억 번의 계산 | 12.3 trillion calculations a second
              1억1천만 달러 짜리 설비 | the $110 million machine
              2000년에 시작했다 | began in 2000
            ! 2000년에 시작했다 | began in 2010
              4,800km의 정글 | 4,800 km of jungle
              약 240km 떨어진 곳 | about 150 miles away
              3.5% 증가 | up 3.5 percent
            ! 3.5% 증가 | up 5.3 percent
              2021.03.18 21:04 | 2021.03.18 21:04
              6.15 공동선언 | the June 15 declaration
              4,500명 | 4,500 people
            ! 4,500명 | 4,530 people
            ! 그는 26세였다. | He was 62.
            ! 26세의 남성이 병을 휘둘렀다. | The man took a swipe with a bottle.
            """).expect(NumberMismatch.self)
    }

    @Test func numbersWrittenAsWordsAreNotNoise() {
        CheckSpec("""
              3명이 숨졌다. | Three people died.
              2명 모두 풀려났다. | Both women were released.
              약 36명이 사망했다. | About three dozen died.
              1시간 뒤에 도착했다. | They arrived an hour later.
              2차 세계대전 | World War II
              28일 기자회견에서 말했다. | He told a news conference on Tuesday.
              28일 기자회견에서 말했다. | He told a news conference.
              2005년 개봉한 영화 | the film released last year
              5월 3일에 | on May 3
            ! 5월 3일에 | on May 8
              1600억원(약 1억5840만달러)의 수익 | KRW 160 billion in takings
            """).expect(NumberMismatch.self)
    }

    @Test func messageNamesBothNumbers() {
        let (_, findings) = CheckSpec("! 1,000명이 넘는 탈북민 | more than 900 defectors").run(NumberMismatch.self)
        #expect(findings.first?.message
            == "the Korean has 1,000 but the English does not (it has 900); correct the number or add it")
    }
}
