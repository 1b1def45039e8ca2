import Testing
@testable import DariSegmentation

@Suite struct QuotationRuleTests {
    @Test(arguments: [
        "1699년에 한 학자는 \"어떤 것은 뿔을 내밀고 있다. 새부리 모양도 있다\"라고 썼다.",
        "호야는 \"문제없어. 할 수 있어.\" 하고 웃었다.",
        "‘에머슨이 없었다면 미국 문학은 없었다.’라는 말이 있다.",
        "「해변의 의자」에서도 '나'는 사진을 찍는다.",
        "<죽자. 민우야. 그냥 지금 죽자.> ¦그의 손이 떨렸다.",
    ])
    func keepsKoreanQuotationsWhole(_ marked: String) throws {
        try expectSentences(marked, .korean)
    }

    @Test(arguments: [
        "\"Go home.\" ¦She left.",
        "He said, \"I came. I saw. I stayed.\" ¦Then he sat down.",
        "The sign read “Closed. Come back later.” ¦We waited.",
        "It isn’t over. ¦We’ll go on.",  // ’ as an apostrophe never opens or closes
    ])
    func keepsEnglishQuotationsWhole(_ marked: String) throws {
        try expectSentences(marked, .english)
    }

    @Test func anUnpairedQuoteDoesNotSwallowTheText() throws {
        try expectSentences("He said \"wait. ¦Nobody did. ¦Then we left.", .english)
    }

    @Test func icuAloneBreaksInsideQuotations() throws {
        let segmenter = try Segmenter(language: .korean, rules: rules(.korean, without: "quotation"))
        #expect(try segmenter.sentences(in: "그는 \"좋다. 가자.\"라고 말했다.").count > 1)
    }
}
