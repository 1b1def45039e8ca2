/// Latin words in Korean text (ASCI, IBM, CNN) reappear in the English.
/// Only a word found counts: a missing one proves nothing (spelled out, or
/// a gloss the translator dropped), and charging for it glued neighbours on
/// to find it.
struct LatinWordSignal: BeadSignal {
    private let values: InternedFeature
    private let bonus: Double, maximum: Int

    init(configuration: AlignmentConfiguration, source: [SentenceFeatures], target: [SentenceFeatures]) {
        values = InternedFeature(\.latinWords, source: source, target: target)
        bonus = configuration.latinWordBonus
        maximum = configuration.maximumWordMatches
    }

    @inline(__always)
    func add(to cost: inout Double, source range: Range<Int>, target targetRange: Range<Int>) {
        cost -= bonus * Double(min(SortedIDs.found(values.source, range, in: values.target, targetRange), maximum))
    }
}
