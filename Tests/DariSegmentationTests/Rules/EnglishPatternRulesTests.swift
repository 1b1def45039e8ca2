import DariModel
import Testing
@testable import DariSegmentation

/// The English failure patterns of issue 19, one suite per rule. `¦` marks
/// each expected boundary.
@Suite struct EnumerationRuleTests {
    /// An inline list breaks before each marker, never after one.
    @Test(arguments: [
        "Bring three things: ¦1) a passport ¦2) a photo ¦3) the form.",
        "1.) The first item ¦2.) The second item",
        "1) The first item. ¦2) The second item.",
        "1. The first item ¦2. The second item",
        "• 9. The first item ¦• 10. The second item",
        "⁃9. The first item ¦⁃10. The second item",
        "a. The first item ¦b. The second item ¦c. The third list item",
        "(i) Hello world. ¦(ii) Hello world.¦(iii) Hello world.",
        "i. Check the cable. ¦ii. Restart the router.",
    ])
    func breaksBeforeEachMarker(_ marked: String) throws {
        try expectSentences(marked, .english)
    }

    /// Letters and numbers that merely look like markers are no list: a list
    /// opens the text, follows a colon or a sentence end, and counts up with
    /// text between its markers.
    @Test(arguments: [
        ("Plan a. was to leave; plan b. was to stay.", Language.english),
        ("The dates were 2020. 1. 2. and 2020. 1. 3. in the log.", .english),
        ("공지는 2020. 1. 2. 게시되었다.", .korean),
    ])
    func leavesLookalikesAlone(_ sentence: String, _ language: Language) throws {
        try expectSentences(sentence, language)
    }

    @Test func koreanInlineListsBreakBeforeTheNumber() throws {
        try expectSentences("다음과 같다. ¦1. 설치한다 ¦2. 설정한다 ¦3. 실행한다", .korean)
    }

    @Test func icuAloneBreaksAfterTheMarker() throws {
        let segmenter = try Segmenter(language: .english, rules: rules(.english, without: "enumeration"))
        #expect(try segmenter.sentences(in: "a. The first item b. The second item")
            != ["a. The first item", "b. The second item"])
    }
}

@Suite struct GluedStopRuleTests {
    /// A particle glued to a macro or method name that ends in `!`, `?` or
    /// `.` continues the sentence; a sentence glued to the next still ends.
    @Test func aParticleAfterACodeNameEndingInAMarkContinuesTheSentence() throws {
        try expectSentences("이것은 format! 또는 println!과는 다릅니다.", .korean)
        try expectSentences("이 메서드는 empty?를 호출합니다. ¦다음으로 넘어갑니다.", .korean)
        try expectSentences("정말 좋아요! ¦그리고 갑니다.", .korean)
    }

    @Test(arguments: [
        ("We arrived at noon.¦The meeting began.", Language.english),
        ("Hello world.¦Today is Tuesday.¦Mr. Smith bought 1,000.¦That is a lot.", .english),
        ("공사를 마쳤다.¦3월에는 개관한다.", .korean),
        ("정말 좋았어요.¦다음에 또 올게요.", .korean),
    ])
    func breaksWhereTheNextSentenceIsGlued(_ marked: String, _ language: Language) throws {
        try expectSentences(marked, language)
    }

    /// Dots inside names, numbers and abbreviations are no stops.
    @Test(arguments: [
        ("Use e.g.This one or the U.S.Navy one.", Language.english),
        ("Open index.html or README.md now.", .english),
        ("We use Node.js and ASP.NET here.", .english),
        // A name that starts with its dot.
        ("We use .NET and the .env file. ¦Then we go.", .english),
        ("주로 .Net 개발 및 .NET 에코시스템에 관심이 있는 분들이 모입니다.", .korean),
        (".NET Conf Korea by .NET Dev: https://dotnetconf.kr", .korean),
        ("Pi is 3.14 and 2.5.3 is out.", .english),
        ("Mail Jane.Doe@example.com or see example.org/Docs today.", .english),
        ("반.전.매.력 있는 사람이다.", .korean),
        ("SFDocuments.Chart service", .english),
        ("Call GlobalScope.BasicLibraries.loadLibrary first.", .english),
        ("Title is: ScriptForge.FileSystem service", .english),
    ])
    func keepsDotsInsideNames(_ sentence: String, _ language: Language) throws {
        try expectSentences(sentence, language)
    }
}

@Suite struct NumberSentenceStartRuleTests {
    /// A sentence that opens with a number and goes on in lower case.
    @Test(arguments: [
        "Only 1 and 0 are valid. ¦“1111111” is an invalid string.",
        "We arrived at noon. ¦15 people were waiting.",
        "The test failed twice. ¦90% of the runs passed.",
    ])
    func breaksBeforeTheNumber(_ marked: String) throws {
        try expectSentences(marked, .english)
    }

    /// After an abbreviation or an initial the number is its argument.
    @Test(arguments: [
        "See No. 5 in the list.",
        "It is on p. 14 of the report.",
        "We expect approx. 20 people at the meeting.",
        "Version 2. 3 is a typo for 2.3 here.",
    ])
    func keepsNumbersAfterAbbreviations(_ sentence: String) throws {
        try expectSentences(sentence, .english)
    }

    @Test func icuAloneGluesTheNumberedSentence() throws {
        let segmenter = try Segmenter(language: .english, rules: rules(.english, without: "number-sentence-start"))
        #expect(try segmenter.sentences(in: "We arrived at noon. 15 people were waiting.").count == 1)
    }
}

@Suite struct SpacedEllipsisRuleTests {
    @Test(arguments: [
        "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
        "Thoreau argues that “the laws of the universe will appear less complex. . . .”",
        "One habit which was weakened . . . was that of combining words.",
    ])
    func threeSpacedDotsArePauses(_ sentence: String) throws {
        try expectSentences(sentence, .english)
    }

    @Test(arguments: [
        "End the sentence with a period . . . . ¦Next sentence.",
        "It was that of combining words into compounds. ¦. . . The practice was not abandoned. . . .",
    ])
    func aFourthDotIsTheStop(_ marked: String) throws {
        try expectSentences(marked, .english)
    }
}

@Suite struct BracketedNoteRuleTests {
    @Test(arguments: [
        ("\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).", Language.english),
        ("\"We will [...] return\" (Park 12).", .english),
        ("그는 우승했다. (통산 3회) ¦이듬해에는 은퇴했다.", .korean),
        ("그는 우승했다. (통산 3회)", .korean),
        // A bracket glued to the stop opens the note (ICU keeps it with the sentence before).
        ("그는 우승했다.(통산 3회) ¦이듬해에는 은퇴했다.", .korean),
        ("모두 기록합니다.(예를 들어 설치 기록) ¦그리고 결과도 기록합니다.", .korean),
        // A parenthesis the text ends in before it closes (the paragraph goes on after a code block).
        ("dpkg 호출을 모두 기록합니다.(예를 들어", .korean),
        ("호출을 모두 기록합니다. (예를 들어", .korean),
        ("It logs every call. (for example", .english),
    ])
    func aNoteStaysWithTheSentenceItAnnotates(_ marked: String, _ language: Language) throws {
        try expectSentences(marked, language)
    }

    @Test(arguments: [
        "We were there. ¦(Not all of us.) ¦Then we left.",
        "We were there. ¦(Some of us. Not all.)",
    ])
    func aParenthesisHoldingASentenceStandsAlone(_ marked: String) throws {
        try expectSentences(marked, .english)
    }
}

@Suite struct LowercaseSentenceStartRuleTests {
    @Test(arguments: [
        "You must reload the configuration. ¦nginx then reads the new file.",
        "First edit /etc/hosts. ¦systemctl restart will pick it up.",
        "To become a sponsor, contact the sponsorship team. ¦contact@example.org",
    ])
    func aCommandNameCanOpenASentence(_ marked: String) throws {
        try expectSentences(marked, .english)
    }

    @Test(arguments: [
        "Bring rice, e.g. white or brown, and approx. five cups of water.",
        "It happened at 5 p.m. and then stopped.",
        "He said he would come. and then he left.",  // a typo, more likely than a new sentence
        "[WKPD-GAMUT] Wikipedia - Gamut. https://en.wikipedia.org/wiki/Gamut .",  // an address, not a command
    ])
    func abbreviationsAndFunctionWordsContinue(_ sentence: String) throws {
        try expectSentences(sentence, .english)
    }
}

@Suite struct FileNameAndClockTimeTests {
    /// "app.py." and "x.org." are names, not dotted initials.
    @Test(arguments: [
        "First edit /etc/hosts. ¦Then restart the server.",
        "Open app.py. ¦Restart the server afterwards.",
        "Visit x.org. ¦Download the installer.",
    ])
    func aSentenceCanEndWithAFileOrHostName(_ marked: String) throws {
        try expectSentences(marked, .english)
    }

    /// A clock time that opens its sentence is an adverbial: a title after it continues.
    @Test(arguments: [
        "By 9 a.m. Dr. Lee had arrived.",
        "At 5 a.m. Mr. Smith went to the bank. ¦He left the bank at 6 P.M. ¦Mr. Smith then went to the store.",
    ])
    func aFrontedClockTimeContinues(_ marked: String) throws {
        try expectSentences(marked, .english)
    }
}

@Suite struct SectionNumberRuleTests {
    @Test(arguments: [
        ("2.4. Installing the package", Language.english),
        ("14.20.3.4. Configuring the proxy", .english),
        ("See section 2.4. ¦It explains the steps.", .english),
        ("Chapter 7. Basics of the Debian package management system", .english),
        ("Appendix A. Keyboard shortcuts", .english),
        ("Read Chapter 7. ¦The next one is short.", .english),
        ("2.3. 설치 방법", .korean),
        ("자세한 내용은 4.2절. “설정”을 보십시오.", .korean),
        ("사진은 모두 2장. ¦나머지는 없다.", .korean),
    ])
    func keepsHeadingNumbersAndLabelsWithTheirText(_ marked: String, _ language: Language) throws {
        try expectSentences(marked, language)
    }
}

@Suite struct EnglishQuotationRunTests {
    /// A quotation that is itself a run of sentences keeps its sentence ends;
    /// one inside a sentence stays whole (QuotationRuleTests).
    @Test(arguments: [
        "\"We sent an ambulance. ¦The patient was taken to hospital.\" ¦Police said nothing.",
        "He said, \"I came. I saw.\" ¦Then he sat down.",
        "\"Go. Now,\" he said.",
    ])
    func splitsOnlyStandaloneQuotations(_ marked: String) throws {
        try expectSentences(marked, .english)
    }

    /// A quotation left open in news style is not closed by the next quotation's opening mark.
    @Test func anOpeningQuoteNeverClosesAnEarlierOne() throws {
        try expectSentences(
            "He wants to give \"the people a chance. ¦He had not seen the proposal, \"but I oppose quotas.\"",
            .english)
    }
}
