/// Numbers are copied verbatim far more often than not: each one found on
/// both sides is evidence for the bead, each one found on one side only,
/// against, and more: a number left out of one side is the surer sign.
struct NumberSignal: BeadSignal {
    /// Per sentence, its numbers (`SentenceFeatures.numbers`).
    let numbers: InternedFeature
    /// Per sentence, the values its words give (`SentenceFeatures.numberWords`;
    /// English only), interned with `numbers`.
    let words: InternedFeature
    let configuration: AlignmentConfiguration

    @inline(__always)
    func add(to cost: inout Double, source range: Range<Int>, target targetRange: Range<Int>) {
        var (shared, unmatched) = SortedIDs.overlap(numbers.source, range, numbers.target, targetRange)
        if unmatched > 0, targetRange.contains(where: { !words.target[$0].isEmpty }) {
            // A Korean number the English gives in words (3가지 / "three ways") is shared, not unmatched.
            for i in range {
                for value in numbers.source[i]
                where !targetRange.contains(where: { SortedIDs.contains(numbers.target[$0], value) })
                    && targetRange.contains(where: { SortedIDs.contains(words.target[$0], value) }) {
                    shared += 1
                    unmatched -= 1
                }
            }
        }
        cost += configuration.unmatchedNumberCost * Double(unmatched) - configuration.sharedNumberBonus * Double(shared)
    }
}
