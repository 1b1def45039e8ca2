import DariText
import Testing

/// The aligner counts a number found on both sides as evidence, and the
/// checks flag one found on one side only; both rely on the two languages'
/// ways of writing a quantity reading as the same value.
struct NumberReaderTests {
    private func canonical(_ numbers: [NumberReader.Number]) -> [Int64] { numbers.map(\.canonical) }

    @Test(arguments: [
        ("1,000명", [1000.0]), ("2000년", [2000]), ("4,800km", [4800]), ("3천 명", [3000]),
        ("1억1천만 달러", [110_000_000]), ("1억 1천만 달러", [110_000_000]), ("12조3천억 번", [12_300_000_000_000]),
        ("4.8 km", [4.8]), ("1,2와 3", [1, 2, 3]), ("$50bn 추가 요청", [50_000_000_000]),
        ("크기가 3m가 넘고", [3]), ("$5m 지원", [5_000_000]),
        ("10만큼 증가한 값", [10]), ("10만 명", [100_000]),
    ])
    func koreanUnitsFoldIntoOneValue(text: String, values: [Double]) {
        #expect(canonical(NumberReader.korean(text)) == values.map(NumberReader.key))
    }

    @Test(arguments: [
        ("$110 million", [110_000_000.0]), ("12.3 trillion", [12_300_000_000_000]), ("4,800 km", [4800]),
        ("$5m", [5_000_000]), ("3m tall", [3]), ("$3 bn", [3_000_000_000]), ("12 mln", [12_000_000]), ("1,000 people", [1000]),
    ])
    func englishScaleWordsFoldIntoOneValue(text: String, values: [Double]) {
        #expect(canonical(NumberReader.english(text)) == values.map(NumberReader.key))
    }

    @Test func theSameQuantityReadsTheSameInBothLanguages() {
        let pairs = [("1억1천만 달러", "$110 million"), ("12조3천억 원", "12.3 trillion won"), ("4,800km", "4,800 km"),
                     ("1,000명", "1,000 people"), ("2000년", "in 2000")]
        for (korean, english) in pairs {
            #expect(canonical(NumberReader.korean(korean)) == canonical(NumberReader.english(english)), "\(korean) / \(english)")
        }
    }

    @Test func aScaledNumberKeepsItsBareValueAsACandidate() {
        // "$5 million" may be matched against 5 as well: the checks accept either.
        let number = NumberReader.english("$5 million")[0]
        #expect(number.keys.contains(NumberReader.key(5)))
        #expect(number.keys.contains(NumberReader.key(5_000_000)))
    }

    @Test func aDottedDateIsReadAsItsParts() {
        #expect(NumberReader.korean("2021.03.18")[0].canonical == NumberReader.key(2021))
        #expect(NumberReader.korean("2005.10")[0].keys.contains(NumberReader.key(2005)))
    }

    @Test func clockTimesMeetTheKoreanHourAndMinute() {
        let english = Set(NumberReader.english("at 0715 GMT and 12:26 a.m.").flatMap(\.keys))
        for korean in ["7시 15분", "0시 26분"] {
            #expect(NumberReader.korean(korean).allSatisfy { $0.keys.contains(where: english.contains) }, "\(korean)")
        }
        // A four-digit year is not a clock time.
        #expect(NumberReader.english("in 2008")[0].keys == [NumberReader.key(2008)])
    }

    /// "2, 3년" is an estimate (two or three years); "1, 2와 3" and "2, 4" are lists.
    @Test(arguments: [("2, 3년 전", [true, true]), ("3, 4명", [true, true]), ("2, 4년", [false, false]),
                      ("1,2와 3", [false, false, false]), ("20, 21세", [false, false]), ("2, 3, 4", [true, true, false])])
    func neighbouringSmallNumbersAreAnEstimate(text: String, estimates: [Bool]) {
        #expect(NumberReader.korean(text).map(\.isEstimate) == estimates)
    }

    @Test func numberWordsCountWithTheirScale() {
        let values = NumberReader.englishWordValues("after more than five decades, two dozen and a couple")
        for value in [50.0, 24, 2] { #expect(values.contains(NumberReader.key(value)), "\(value)") }
    }
}
