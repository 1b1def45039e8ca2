/// A question stays a question in translation, and a quotation a quotation.
///
/// Quotes: against sentences two apart, a true 1-1 pair of the dev gold
/// has quotes on both sides 2.2 times as often, on the English side alone a
/// third as often, on the Korean side alone half as often. The weights are
/// those log odds damped to two thirds, since quotes go with names and
/// numbers the other signals already count.
struct PunctuationSignal: BeadSignal {
    private let sourceQuestion: [Bool], targetQuestion: [Bool]
    private let sourceQuote: [Bool], targetQuote: [Bool]
    private let questionMismatchCost: Double
    private let bothQuotedBonus: Double, englishOnlyQuoteCost: Double, koreanOnlyQuoteCost: Double

    init(configuration: AlignmentConfiguration, source: [SentenceFeatures], target: [SentenceFeatures]) {
        sourceQuestion = source.map(\.isQuestion)
        targetQuestion = target.map(\.isQuestion)
        sourceQuote = source.map(\.hasQuote)
        targetQuote = target.map(\.hasQuote)
        questionMismatchCost = configuration.questionMismatchCost
        bothQuotedBonus = configuration.bothQuotedBonus
        englishOnlyQuoteCost = configuration.englishOnlyQuoteCost
        koreanOnlyQuoteCost = configuration.koreanOnlyQuoteCost
    }

    @inline(__always)
    func add(to cost: inout Double, source range: Range<Int>, target targetRange: Range<Int>) {
        if sourceQuestion[range.upperBound - 1] != targetQuestion[targetRange.upperBound - 1] { cost += questionMismatchCost }
        let korean = range.contains { sourceQuote[$0] }, english = targetRange.contains { targetQuote[$0] }
        if korean && english {
            cost -= bothQuotedBonus
        } else if english {
            cost += englishOnlyQuoteCost
        } else if korean {
            cost += koreanOnlyQuoteCost
        }
    }
}
