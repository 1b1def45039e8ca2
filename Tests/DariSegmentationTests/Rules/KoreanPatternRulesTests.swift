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
        "아이가 웃었다.",
        "그들의 플러그인은 런타임 제공자를 위한 API의 잠재력을 보여줍니다.",
        "새 게임 모드와 프레임 설정이 추가되었습니다.",
        // Nouns in 요: a consonant-closed first syllable, or a common noun of documentation.
        "강요 없이 동요 민요 풍요 중요 사항을 정리했다.",
        "Netlify의 사이트 개요 페이지에서 프로젝트 이름을 확인할 수 있습니다.",
        "전력 수요 예측과 소요 시간을 계산했다.",
    ])
    func keepsLookalikeWordsInsideTheSentence(_ sentence: String) throws {
        try expectSentences(sentence, .korean)
    }

    @Test(arguments: [
        "이제 시작했당 ¦다음에 또 올게요",
        "우리도 같이 가요 ¦내일 또 봐요",
        "너무 슬퍼ㅠㅠ ¦내일 다시 와야지",
        "정말 좋아^^ ¦내일 봐요",
        "좋아요~ ¦내일 봐요",
        "오늘은 좀 피곤하네.. ¦내일 다시 해야지",
        "후기 좀 주세요 엉엉 ¦블루베리에이드 안에 젤리가 있다",
        "정말 맛있었어요 헤헤~ ¦다음에 또 갈게요",
    ])
    func endsAtPlayfulEndingsAndFaces(_ marked: String) throws {
        try expectSentences(marked, .korean)
    }

    /// A sound word before a verb is its adverb, and a bare -다 before a
    /// finite 하다 is a statement quoted without 고.
    @Test(arguments: [
        "아이가 하하 웃었다.",
        "다음 포스팅은 조금 있다 하겠음.",
        "모두 좋다 했는데 나는 아니었다.",
    ])
    func keepsSoundAdverbsAndReportedStatements(_ sentence: String) throws {
        try expectSentences(sentence, .korean)
    }

    /// Two -다 forms done by turns lead to the 하다 after them; a finished
    /// sentence before another one that ends in -다 still ends.
    @Test(arguments: [
        "네트워크를 껐다 켰다 해보세요. ¦그리고 확인해 보세요.",
        "사람들이 왔다 갔다 했다 ¦그래서 정신이 없었다",
        "불이 켜졌다 꺼졌다 합니다.",
        "그는 문을 열었다 닫았다 하며 기다렸다.",
        "비가 왔다 ¦날이 갰다 ¦하지만 추웠다",
    ])
    func alternatingActionsBeforeHadaAreOneSentence(_ marked: String) throws {
        try expectSentences(marked, .korean)
    }

    /// A quoted title that ends in its own stop takes a particle glued to
    /// its closing quote and stays in its sentence; a space after the quote
    /// still opens a new one.
    @Test(arguments: [
        "자세한 내용은 '주의하세요!'에서 확인할 수 있습니다. ¦다음 문장.",
        "“완료!”를 누르면 저장됩니다.",
        "그는 “정말요?”라고 물었다.",
        "그는 “가자!” ¦모두 따라 나섰다.",
    ])
    func aParticleGluedToAQuotedTitleContinues(_ marked: String) throws {
        try expectSentences(marked, .korean)
    }

    @Test func aSentenceAfterABareEndingStillStartsWithHajiman() throws {
        try expectSentences("정말 좋았다 ¦하지만 비쌌다", .korean)
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

    /// An ellipsis before a space ends the sentence unless an interjection, a
    /// particle or a connective ending shows that it goes on.
    @Test(arguments: [
        "맛있어 보임.. ¦하하 또 가야지",
        "가격은 개당 350원.. ¦하하 계산해 본다.",
        "솔직히 난 이거 비추... ¦동생이 알아서 하겠지",
        "한층 더 업그레이드된… ¦사진을 먼저 본 키동",
        "아... 길었다.",
        "하기 때문에... 대충 적어보려고 한다.",
        "초코멜로랑 갈릭치즈...누가 먹어보고 후기 좀 주세요",
    ])
    func anEllipsisEndsTheSentenceUnlessItPlainlyGoesOn(_ marked: String) throws {
        try expectSentences(marked, .korean)
    }

    /// Faces after a noun are a comment inside the sentence; after the informal ending they close it.
    @Test(arguments: [
        "커피 원두가 그려진 패키지ㅎㅎ 심플하니 얼른 까보고 싶네요",
        "너무 좋아ㅎㅎ ¦내일 또 가자",
    ])
    func facesCloseOnlyAnInformalEnding(_ marked: String) throws {
        try expectSentences(marked, .korean)
    }

    @Test(arguments: [
        "저희는 전. 부. 다. 요!!! 하곤 다 담았어요",
        "재밌겠다 싶어 보게 되었다.¦“바카라”라는 도박은 단순한 게임이다.",
        "이 책은 매력이 있다 생각했다.",
        "그는 <종이는 콜레스테롤과 같다. 나쁜 종이는 동맥을 막는다.>라고 말한다.",
        "그는 \"사람들이 떠나지 않았다”며 “경찰이 늦게 왔다”고 설명했다. ¦추기경은 \"무관심은 안 되는 감정”이라고 밝혔다.",
    ])
    func spelledOutWordsQuotesAndThoughtsContinue(_ marked: String) throws {
        try expectSentences(marked, .korean)
    }

    @Test(arguments: [
        "\"밥 먹었어\" ¦\"응 먹었어\"",
        "“어디 가” ¦“학교 가”",
        "그는 \"가자\" \"빨리\"라고 외쳤다.",
    ])
    func dialogueQuotesWithoutPunctuationAreUtterances(_ marked: String) throws {
        try expectSentences(marked, .korean)
    }

    /// An aside in parentheses that is a sentence stands alone; a note attaches.
    @Test(arguments: [
        "정말 맛있습니다…ㅠㅠ ¦(크림 소스면 다 좋아하는 거 절대 아닙니다ㅋㅋ) ¦다음 메뉴입니다.",
        "그 맛이 크.. ¦(물론 전 안 먹었지만… 다들 그렇다고 하더라구요ㅋㅋ) ¦마지막 메뉴입니다.",
        "그는 우승했다. (통산 3회) ¦이듬해에는 은퇴했다.",
    ])
    func anAsideThatIsASentenceStandsAlone(_ marked: String) throws {
        try expectSentences(marked, .korean)
    }

    /// A quoted section title after a cross-reference label is a name in
    /// its sentence, even when the title is a question; a quotation
    /// elsewhere still ends its sentence.
    @Test(arguments: [
        "자세한 내용은 12.4절. “알려진 버그 로그가 있나요?” 참조하십시오. ¦다음 절로 넘어갑니다.",
        "자세한 내용은 3장 “무엇을 설치하나요?” 부분을 읽으세요.",
        "그는 “정말 그런가요?” ¦그리고 떠났다.",
    ])
    func aQuotedTitleAfterAReferenceLabelStaysInItsSentence(_ marked: String) throws {
        try expectSentences(marked, .korean)
    }
}
