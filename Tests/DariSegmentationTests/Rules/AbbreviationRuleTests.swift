import Testing
@testable import DariSegmentation

@Suite struct AbbreviationRuleTests {
    @Test(arguments: [
        "Dr. Kim and Mrs. Baek visited Rev. Park on St. Mary's Road.",
        "We met J. R. R. Tolkien and Harry S. Truman.",
        "See No. 5 and pp. 12-14 in Vol. 2 from Jan. 5.",
        "Bring food, e.g. rice, i.e. the staples.",
        "They arrived at 10 a.m. and left at 3 p.m. yesterday.",
        "The U.S. Army and the U.N. office agreed.",
        "Caleb Mission Inc. was founded in Seoul.",
    ])
    func doesNotBreakAfterAbbreviations(_ sentence: String) throws {
        try expectSentences(sentence, .english)
    }

    @Test(arguments: [
        "I live in the U.S. ¦The rest of my family lives in Seoul.",
        "We need a Plan B. ¦We have none.",
        "Bring pens, paper, etc. ¦Then sign up.",
        "The meeting starts at 7 p.m. ¦Please come early.",
    ])
    func breaksWhenTheNextWordOpensASentence(_ marked: String) throws {
        try expectSentences(marked, .english)
    }

    /// A clock time completes its phrase: a capitalised word after a.m./p.m.
    /// opens a sentence, even one that is no typical opener.
    @Test(arguments: [
        "The clinic closes at 4 p.m. ¦Patients should arrive early.",
        "The shelter opens at 6 a.m. ¦Breakfast is served until eight.",
        "Doors close at 10 P.M. ¦Guests must sign out.",
    ])
    func breaksAfterAClockTimeBeforeACapital(_ marked: String) throws {
        try expectSentences(marked, .english)
    }

    /// …unless the capitalised word qualifies the time: a zone, a weekday,
    /// a month, or a place before "time".
    @Test(arguments: [
        "The webinar starts at 3 p.m. Eastern on the first Friday.",
        "Services begin at 11 a.m. Sunday in the main hall.",
        "The call is at 9 a.m. KST for the Seoul team.",
        "Voting closed at 8 p.m. November 3 in most states.",
        "The briefing starts at 10 a.m. Seoul time tomorrow.",
    ])
    func keepsQualifiedClockTimesWhole(_ sentence: String) throws {
        try expectSentences(sentence, .english)
    }

    @Test func icuAloneBreaksAfterTitles() throws {
        let segmenter = try Segmenter(language: .english, rules: rules(.english, without: "abbreviation"))
        #expect(try segmenter.sentences(in: "Dr. Kim met Mr. Lee.").count > 1)
    }
}
