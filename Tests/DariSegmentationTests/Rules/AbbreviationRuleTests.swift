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

    @Test func icuAloneBreaksAfterTitles() throws {
        let segmenter = try Segmenter(language: .english, rules: rules(.english, without: "abbreviation"))
        #expect(try segmenter.sentences(in: "Dr. Kim met Mr. Lee.").count > 1)
    }
}
