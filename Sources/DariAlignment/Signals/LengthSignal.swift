import Foundation

/// A translation's length follows its source's: the log ratio of non-space
/// characters, English to Korean, is normal around the text's own ratio.
struct LengthSignal: BeadSignal {
    /// English characters per Korean character, estimated from the text
    /// being aligned.
    let ratio: Double
    /// The spread of the log ratio in a true bead.
    let spread: Double
    private let smoothing: Double
    /// Running totals of the sentences' lengths, so a bead's length is one subtraction.
    private let sourceLength: [Int], targetLength: [Int]

    init(configuration: AlignmentConfiguration, source: [SentenceFeatures], target: [SentenceFeatures]) {
        var running = 0
        sourceLength = [0] + source.map { running += $0.length; return running }
        running = 0
        targetLength = [0] + target.map { running += $0.length; return running }
        // The text's own ratio, shrunk toward the dev corpora's: a long text
        // speaks for itself, a block of three sentences (one of them
        // untranslated) cannot.
        let korean = Double(sourceLength.last ?? 0), english = Double(targetLength.last ?? 0)
        let prior = configuration.lengthRatioPrior, weight = configuration.lengthRatioPriorWeight
        let range = configuration.lengthRatioRange
        ratio = min(range.upperBound, max(range.lowerBound, (english + prior * weight) / (korean + weight)))
        spread = configuration.lengthSpread
        smoothing = configuration.lengthSmoothing
    }

    @inline(__always)
    func add(to cost: inout Double, source: Range<Int>, target: Range<Int>) {
        let z = z(source: source, target: target)
        cost += z * z / 2
    }

    /// How far the bead's length ratio is from the text's, in spreads.
    @inline(__always)
    func z(source: Range<Int>, target: Range<Int>) -> Double {
        let ko = Double(sourceLength[source.upperBound] - sourceLength[source.lowerBound])
        let en = Double(targetLength[target.upperBound] - targetLength[target.lowerBound])
        return log((en + smoothing) / (ko * ratio + smoothing)) / spread
    }
}
