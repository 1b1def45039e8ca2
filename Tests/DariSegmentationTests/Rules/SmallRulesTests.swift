import Testing
@testable import DariSegmentation

@Suite struct ListMarkerRuleTests {
    @Test(arguments: [
        "1. Pray for the team. ¦2. Give to the fund. ¦(a) Share the news.",
        "Steps: 1. Pray.",
    ])
    func keepsMarkersWithTheirItems(_ marked: String) throws {
        try expectSentences(marked, .english)
    }

    /// A number after "Oct.", "No." or "p." is the abbreviation's argument,
    /// not a list marker: the sentence ends after the number, not before it.
    @Test(arguments: [
        "Applications close on Nov. 30. ¦Late entries are not accepted.",
        "The hymn is No. 212. ¦Please stand.",
        "The figures are on p. 7. ¦Read them before the meeting.",
        "The report (see p. 14) lists each case by date.",
        "We leave on the 5th. ¦2. Pack light.",  // after an ordinary word a marker still starts an item
    ])
    func numbersAfterAbbreviationsAreNotMarkers(_ marked: String) throws {
        try expectSentences(marked, .english)
    }

    @Test func koreanNumberedItems() throws {
        try expectSentences("기도 제목입니다. ¦1. 화해를 위해. ¦2. 예배를 위해.", .korean)
    }

    /// A capital letter opens a lettered heading where the text starts; after
    /// a sentence it may be a word ending it ("plan B.").
    @Test func aLetteredHeadingKeepsItsLetter() throws {
        try expectSentences("A. 조합(Composition) 패턴 활용", .korean)
        try expectSentences("B) 상태를 끌어올리기", .korean)
        try expectSentences("We chose plan B. ¦It worked.", .english)
    }
}

@Suite struct FootnoteRuleTests {
    @Test(arguments: [
        ("The mission began in 2000.[1] ¦It grew quickly.", Language.english),
        ("선교회는 2000년에 시작되었다.[2] ¦지금도 활동한다.", .korean),
        ("He was ordained in 2010.² ¦Then he moved.", .english),
    ])
    func keepsFootnoteMarksWithTheirSentence(_ marked: String, _ language: Language) throws {
        try expectSentences(marked, language)
    }
}

@Suite struct ParentheticalRuleTests {
    @Test(arguments: [
        ("정말 짱구가 있는 곳이라면 (가능한!) 어디든 달려가요", Language.korean),
        ("다행히도(?) 호텔이 아닌 숲에서 했다", .korean),
        ("The team (all five of them!) came back safely.", .english),
        ("We were there. ¦(Not all of us.) ¦Then we left.", .english),
    ])
    func keepsInterruptingParenthesesInside(_ marked: String, _ language: Language) throws {
        try expectSentences(marked, language)
    }
}

/// Markup written in prose (`<?xml … ?>`, `<!-- … -->`, a `<?>`
/// placeholder) holds stops that end no sentence.
@Suite struct AngleBracketRuleTests {
    @Test(arguments: [
        ("Type <?> in the Commands window. ¦Then press Enter.", Language.english),
        ("Start the file with <?xml version=\"1.0\"?> and go on. ¦Next.", .english),
        ("You can also type from{<?>} to{<?>} <?> directly in the Commands window.", .english),
        ("명령창에 직접 to <?><?>를 입력할 수도 있습니다. ¦제한 문은 연산자와 함께 씁니다.", .korean),
        ("파일은 <?xml version=\"1.0\"?>으로 시작합니다. ¦<!-- 주석 -->을 추가합니다.", .korean),
    ])
    func keepsMarkupInsideItsSentence(_ marked: String, _ language: Language) throws {
        try expectSentences(marked, language)
    }

    @Test func withoutTheRuleThePlaceholderIsCut() throws {
        let segmenter = try Segmenter(language: .english, rules: rules(.english, without: "angle-bracket"))
        #expect(try segmenter.sentences(in: "Type <?> in the Commands window.").count == 2)
    }
}

@Suite struct EllipsisRuleTests {
    @Test(arguments: [
        ("We waited... ¦Nobody came.", Language.english),
        ("We waited… ¦Nobody came.", .english),
        ("We waited... and waited.", .english),
        ("하기 때문에... 대충 적어보려고 한다.", .korean),
        ("아... 길었다.", .korean),
        ("예약했음...😄 ¦딸기가 싸요", .korean),
    ])
    func breaksOnlyWhereTheSentenceEnds(_ marked: String, _ language: Language) throws {
        try expectSentences(marked, language)
    }
}

@Suite struct DecorationTests {
    @Test(arguments: [
        ("하니까요. 😲😲😲 ¦동그라미 개수가 중요해요.", Language.korean),
        ("Well done! 🎉 ¦Next week we pray again.", .english),
    ])
    func emojiStaysWithTheSentenceBefore(_ marked: String, _ language: Language) throws {
        try expectSentences(marked, language)
    }
}

@Suite struct LowercaseContinuationRuleTests {
    @Test(arguments: [
        "\"Why?\" he asked.",
        "\"Stop!\" shouted the guard.",
    ])
    func aQuotedQuestionDoesNotEndTheSentence(_ sentence: String) throws {
        try expectSentences(sentence, .english)
    }
}

import DariModel
