/// Numbers are copied verbatim far more often than not: each one found on
/// both sides is evidence for the bead, each one found on one side only,
/// against, and more: a number left out of one side is the surer sign.
struct NumberSignal: BeadSignal {
    private let values: InternedFeature
    private let unmatchedCost: Double, sharedBonus: Double

    init(configuration: AlignmentConfiguration, source: [SentenceFeatures], target: [SentenceFeatures]) {
        values = InternedFeature(\.numbers, source: source, target: target)
        unmatchedCost = configuration.unmatchedNumberCost
        sharedBonus = configuration.sharedNumberBonus
    }

    @inline(__always)
    func add(to cost: inout Double, source range: Range<Int>, target targetRange: Range<Int>) {
        let (shared, unmatched) = SortedIDs.overlap(values.source, range, values.target, targetRange)
        cost += unmatchedCost * Double(unmatched) - sharedBonus * Double(shared)
    }
}
