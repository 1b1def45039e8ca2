import Testing
@testable import DariSegmentation

/// The Korean failure patterns of issue 19 (and issue 17's `해당`).
@Suite struct KoreanPatternRulesTests {
    @Test(arguments: [
        "이 건물은 1920년에 완공되었다.[7] ¦이듬해 개관했다.",
        "이 건물은 1920년에 완공되었다.[7][8] ¦이듬해 개관했다.",
        "이 건물은 1920년에 완공되었다.[주 3] ¦이듬해 개관했다.",
    ])
    func footnoteMarksStayWithTheirSentence(_ marked: String) throws {
        try expectSentences(marked, .korean)
    }

    /// Words that only look like endings: a Sino-Korean noun in 당, a name
    /// before a title.
    @Test(arguments: [
        "자세한 내용은 해당 문서를 참고하세요.",
        "두 당의 합당 논의가 이어졌다.",
        "아만다 씨가 왔다.",
        "그 사람은 마사요 씨였다.",
    ])
    func keepsLookalikeWordsInsideTheSentence(_ sentence: String) throws {
        try expectSentences(sentence, .korean)
    }

    @Test(arguments: [
        "이제 시작했당 ¦다음에 또 올게요",
        "너무 슬퍼ㅠㅠ ¦내일 다시 와야지",
        "정말 좋아^^ ¦내일 봐요",
        "좋아요~ ¦내일 봐요",
        "오늘은 좀 피곤하네.. ¦내일 다시 해야지",
    ])
    func endsAtPlayfulEndingsAndFaces(_ marked: String) throws {
        try expectSentences(marked, .korean)
    }

    @Test func aDetachedStopStaysWithItsSentence() throws {
        try expectSentences("설치가 완료됩니다 . ¦다음 단계로 넘어갑니다.", .korean)
    }

    @Test(arguments: [
        "\"시작하기\" 버튼을 누르세요.",
        "<Location \"/x\"> 블록은 여기에 둡니다.",
        "이제 가야겠다 싶어서 나왔다.",
    ])
    func quotedWordsAndQuotedClausesContinue(_ sentence: String) throws {
        try expectSentences(sentence, .korean)
    }
}
