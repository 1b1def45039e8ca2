import Testing
@testable import DariMatches

/// The score behind every fuzzy match: character edits over text whose
/// spaces are gone and whose numbers, URLs and codes are placeholders.
@Suite struct SimilarityTests {
    private func score(_ a: String, _ b: String) -> Double { Similarity.score(MatchText(a), MatchText(b)) }

    @Test func onlyEqualTextIsAHundredPercent() {
        #expect(score("선교회는 2001년에 시작되었습니다.", "선교회는 2001년에 시작되었습니다.") == 1)
        #expect(score("선교회는 2001년에 시작되었습니다.", "선교회는 2002년에 시작되었습니다.") < 1)
    }

    @Test func aChangedNumberIsNinetyNinePercent() {
        #expect(score("회원 120명이 모였습니다.", "회원 95명이 모였습니다.") == 0.99)
    }

    @Test func aSpacingVariantRanksAboveAChangedParticle() {
        let spacing = score("하나님의 사랑을 전합니다", "하나님의사랑을 전합니다")
        let particle = score("하나님의 사랑을 전합니다", "하나님의 사랑이 전합니다")
        #expect(spacing > particle)
        #expect(spacing >= 0.98 && spacing < 1)
    }

    @Test func urlsAndCodesAreOnePlaceholderEach() {
        let text = MatchText("자세한 내용은 https://example.org/a?b=1 과 ISO-639 를 보세요")
        #expect(text.placeholders == ["https://example.org/a?b=1", "ISO-639"])
        #expect(score("See https://a.example/x for v2.1", "See https://b.example/y for v2.2") == 0.985)
    }

    @Test func unrelatedSentencesScoreLow() {
        #expect(score("오늘은 날씨가 좋습니다.", "The mission began in 2001.") < 0.5)
    }

    @Test func twoSyllableWordsAndLatinWordsAreKeys() {
        let keys = MatchText("다리 Bridge 2개").keys
        #expect(keys == ["h다리", "wbridge"])
    }

    /// A lookup passes the lowest of the matches it keeps as a bar: a score
    /// is left out only when it is below the bar, and one given is the full score.
    @Test(arguments: [0.5, 0.75, 0.9, 0.97, 0.985, 0.99])
    func aBarLeavesOutOnlyScoresBelowIt(bar: Double) {
        let query = MatchText("매주 금요일에 기도 모임이 120명과 있습니다.")
        let candidates = ["매주 금요일에 기도 모임이 120명과 있습니다.", "매주 금요일에 기도 모임이 95명과 있습니다.",
                          "매주금요일에 기도모임이 120명과 있습니다.", "매주 금요일마다 기도 모임이 120명과 있습니다.",
                          "매주 토요일에 찬양 모임이 120명과 있습니다.", "매 주 금 요 일 에 기 도 모 임 이 120 명 과 있 습 니 다.",
                          "오늘은 날씨가 좋습니다.", "매주 금요일에 기도 모임이 있습니다."].map(MatchText.init)
        for candidate in candidates {
            let full = Similarity.score(query, candidate)
            if let barred = Similarity.score(query, candidate, reaching: bar) {
                #expect(barred == full)
            } else {
                #expect(full < bar)
            }
        }
    }

    @Test func theDistanceStopsAtItsLimit() {
        let a = Array("abcdefgh".unicodeScalars.map(\.value)), b = Array("zyxwvuts".unicodeScalars.map(\.value))
        #expect(Similarity.distance(a, b, limit: 3) == 3)
        #expect(Similarity.distance(a, a, limit: 3) == 0)
    }
}
