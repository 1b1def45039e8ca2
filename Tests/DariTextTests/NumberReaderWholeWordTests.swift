import DariText
import Testing

/// Words with digits that are not quantities are read as wholes, and
/// Korean notations of a decimal as their value.
struct NumberReaderWholeWordTests {
    @Test(arguments: ["IPv6", "python3", "G20", "MP3", "H1N1", "2.0.40", "192.168.0.1", "2nd-party"])
    func wordsWithDigitsAreReadAsWholes(word: String) throws {
        for numbers in [NumberReader.korean("\(word)를 쓴다"), NumberReader.english("uses \(word) now")] {
            let number = try #require(numbers.count == 1 ? numbers.first : nil, "\(numbers.map(\.text))")
            #expect(number.text == word)
            #expect(number.isIdentifier)
            #expect(number.keys.contains(NumberReader.identifierKey(word)))
        }
    }

    @Test func aVersionIsPrintedAsWritten() {
        #expect(NumberReader.korean("버전 2.0.40에서").map(\.text) == ["2.0.40"])
        // A dotted date is still read as its parts.
        #expect(NumberReader.korean("2021.03.18").first?.isIdentifier == false)
    }

    @Test func characterReferencesAreNotNumbers() {
        #expect(NumberReader.english("The results suggest Obama's trip &#8212; and &#x2014;").isEmpty)
        #expect(NumberReader.korean("“시작”&#8220;이다").isEmpty)
    }

    @Test(arguments: [("9초58", 9.58), ("2할6푼8리", 0.268), ("3할", 0.3)])
    func koreanDecimalNotations(text: String, value: Double) {
        #expect(NumberReader.korean(text).map(\.canonical) == [NumberReader.key(value)])
    }

    @Test func aLeadingPointIsAFraction() {
        #expect(NumberReader.english("Hitting .268 with").map(\.canonical) == [NumberReader.key(0.268)])
        #expect(NumberReader.korean("타율 .268로").map(\.canonical) == [NumberReader.key(0.268)])
        // Labels: figure A.1, fig.2 are the numbers 1 and 2 on both sides.
        #expect(NumberReader.english("Figure A.1 and fig.2").map(\.canonical) == [1, 2].map(NumberReader.key))
        #expect(NumberReader.korean("그림 A.1").map(\.canonical) == [NumberReader.key(1)])
    }

    @Test(arguments: [("Elizabeth II", 2.0), ("Benedict XVI", 16), ("Super Bowl XL", 40), ("Henry V", 5),
                      ("the runner-up", 2), ("reached the semifinals", 4), ("three-way talks", 3),
                      ("trilateral talks", 3), ("in octal", 8), ("half an hour", 0.5)])
    func wordsThatStandForNumbers(text: String, value: Double) {
        #expect(NumberReader.englishWordValues(text).contains(NumberReader.key(value)))
    }

    /// An ordinal suffix (2nd-party) is looked for only after s, n, r or t:
    /// lower-casing turns no other scalar into a string that starts with one.
    @Test func onlySNRTLowerCaseToAnOrdinalSuffixsFirstLetter() {
        var others: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), !"snrtSNRT".unicodeScalars.contains(scalar),
                  let first = String(scalar).lowercased().unicodeScalars.first, "snrt".unicodeScalars.contains(first)
            else { continue }
            others.append("U+" + String(value, radix: 16, uppercase: true))
        }
        #expect(others.isEmpty)
    }

    @Test(arguments: [("Five DECADES", 50.0), ("two Dozen", 24), ("Twenty-Five", 25), ("THREE million", 3e6),
                      ("in MAY", 5), ("a HUNDRED", 100)])
    func numberWordsAreReadInAnyCase(text: String, value: Double) {
        #expect(NumberReader.englishWordValues(text).contains(NumberReader.key(value)))
    }

    @Test(arguments: [("$5 Billion", 5e9), ("£3M", 3e6), ("12-DOZEN", 144), ("2bn", 2e9), ("5 millions", 5)])
    func scalesAreReadInAnyCase(text: String, value: Double) {
        #expect(NumberReader.english(text).first?.canonical == NumberReader.key(value))
    }

    @Test func acronymsAreNotRomanNumerals() {
        #expect(NumberReader.englishWordValues("a CD, an MD in DC, IIII or VX").isEmpty)
        #expect(NumberReader.englishWordValues("so I left").isEmpty)
    }
}
