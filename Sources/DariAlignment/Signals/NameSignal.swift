/// A name keeps its sound in translation: an English capitalised word
/// whose consonant skeleton (`NameSkeleton`) a Korean word of the bead
/// has is evidence for the bead. As with Latin words, only a name found counts.
struct NameSignal: BeadSignal {
    private let values: InternedFeature
    private let bonus: Double, maximum: Int

    init(configuration: AlignmentConfiguration, source: [SentenceFeatures], target: [SentenceFeatures]) {
        values = InternedFeature(\.names, source: source, target: target)
        bonus = configuration.nameBonus
        maximum = configuration.maximumWordMatches
    }

    @inline(__always)
    func add(to cost: inout Double, source range: Range<Int>, target targetRange: Range<Int>) {
        cost -= bonus * Double(min(SortedIDs.found(values.target, targetRange, in: values.source, range), maximum))
    }
}
