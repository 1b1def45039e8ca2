/// Words of one side of a bead found on the other, each a bonus, at most
/// `maximum` of them. Only a word found counts: one missing proves nothing
/// (spelled out, or dropped by the translator), and charging for it glued
/// neighbours on to find it. Latin words and names are such signals.
struct FoundWordSignal: BeadSignal {
    enum Side { case source, target }
    /// The side whose words are looked for on the other.
    let sought: Side
    let words: InternedFeature
    let bonus: Double
    let maximum: Int

    @inline(__always)
    func add(to cost: inout Double, source range: Range<Int>, target targetRange: Range<Int>) {
        let found = switch sought {
        case .source: SortedIDs.found(words.source, range, in: words.target, targetRange)
        case .target: SortedIDs.found(words.target, targetRange, in: words.source, range)
        }
        cost -= bonus * Double(min(found, maximum))
    }
}
