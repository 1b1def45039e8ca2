@testable import DariAlignment
import DariModel
import Testing

/// Every weight the bead cost reads comes from the configuration: moving it
/// moves the cost of a bead the signal has something to say about.
@Suite struct BeadScorerTests {
    static func cost(_ korean: String, _ english: String, _ configuration: AlignmentConfiguration) -> Double {
        var keys = LexicalKeys()
        let source = [SentenceFeatures(korean, language: .korean, keys: &keys)]
        let target = [SentenceFeatures(english, language: .english, keys: &keys)]
        return BeadScorer(configuration: configuration, source: source, target: target).cost(source: 0..<1, target: 0..<1, prior: 0)
    }

    static var weights: [String: WritableKeyPath<AlignmentConfiguration, Double>] { [
        "copyBonus": \.copyBonus, "lengthSpread": \.lengthSpread, "lengthSmoothing": \.lengthSmoothing,
        "lengthRatioPrior": \.lengthRatioPrior, "unmatchedNumberCost": \.unmatchedNumberCost,
        "sharedNumberBonus": \.sharedNumberBonus, "latinWordBonus": \.latinWordBonus, "nameBonus": \.nameBonus,
        "questionMismatchCost": \.questionMismatchCost, "bothQuotedBonus": \.bothQuotedBonus,
        "englishOnlyQuoteCost": \.englishOnlyQuoteCost, "koreanOnlyQuoteCost": \.koreanOnlyQuoteCost,
    ] }

    /// A Korean number the English writes in words is shared, as if both
    /// had the digits ("three ways" / 3가지); a number word alone on the
    /// English side ("one of them") costs nothing.
    @Test func numbersTheEnglishWritesInWordsPairTheKoreanDigits() {
        let configuration = AlignmentConfiguration()
        let words = Self.cost("방법은 3가지입니다.", "There are three ways.", configuration)
        let digits = Self.cost("방법은 3가지입니다.", "There are 3 ways.", configuration)
        let none = Self.cost("방법은 3가지입니다.", "There are several ways.", configuration)
        #expect(abs(words - digits) < 0.5, "the lengths differ a little")
        #expect(none - words > configuration.unmatchedNumberCost)
        let oneOfThem = Self.cost("그중 하나입니다.", "It is one of them.", configuration)
        let noNumber = Self.cost("그중 하나입니다.", "It is among them.", configuration)
        #expect(oneOfThem <= noNumber + 0.5)
    }

    @Test(arguments: [
        ("copyBonus", "Dari 1.0 release", "Dari 1.0 release"),
        ("lengthSpread", "갈렙선교회는 두만강 가에서 시작되었습니다.", "It began."),
        ("lengthSmoothing", "갈렙선교회는 두만강 가에서 시작되었습니다.", "It began."),
        ("lengthRatioPrior", "갈렙선교회는 두만강 가에서 시작되었습니다.", "It began."),
        ("unmatchedNumberCost", "2000년에 시작되었습니다.", "It began."),
        ("sharedNumberBonus", "2000년에 시작되었습니다.", "It began in 2000."),
        ("latinWordBonus", "IBM에서 일했습니다.", "He worked at IBM."),
        ("nameBonus", "오바마는 말했습니다.", "Obama spoke."),
        ("questionMismatchCost", "왜 그랬습니까?", "He did it."),
        ("bothQuotedBonus", "그는 “좋다”고 말했다.", "He said, \"Good.\""),
        ("englishOnlyQuoteCost", "그는 좋다고 말했다.", "He said, \"Good.\""),
        ("koreanOnlyQuoteCost", "그는 “좋다”고 말했다.", "He said it was good."),
    ])
    func theWeightMovesTheCost(weight: String, korean: String, english: String) throws {
        let setting = try #require(Self.weights[weight])
        var moved = AlignmentConfiguration()
        moved[keyPath: setting] += 1
        #expect(Self.cost(korean, english, moved) != Self.cost(korean, english, .default))
    }
}
