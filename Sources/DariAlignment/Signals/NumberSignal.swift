/// Numbers are copied verbatim far more often than not: each one found on
/// both sides is evidence for the bead, each one found on one side only,
/// against, and more: a number left out of one side is the surer sign.
struct NumberSignal: BeadSignal {
    /// Per sentence, its numbers (`SentenceFeatures.numbers`).
    let numbers: InternedFeature
    let configuration: AlignmentConfiguration

    @inline(__always)
    func add(to cost: inout Double, source range: Range<Int>, target targetRange: Range<Int>) {
        let (shared, unmatched) = SortedIDs.overlap(numbers.source, range, numbers.target, targetRange)
        cost += configuration.unmatchedNumberCost * Double(unmatched) - configuration.sharedNumberBonus * Double(shared)
    }
}
