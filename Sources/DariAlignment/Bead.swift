/// One step of an alignment: `source` sentences translate `target`
/// sentences. A bead with an empty side is an omission (1-0 or 0-1): a
/// sentence with no counterpart, which is exactly what tells a translator
/// what to update on the other site.
public struct Bead: Sendable, Hashable {
    /// Indices into the source (Korean) sentences, contiguous and in order.
    public var source: Range<Int>
    /// Indices into the target (English) sentences, contiguous and in order.
    public var target: Range<Int>
    /// The aligner's confidence that this bead is right, in [0, 1].
    public var score: Double

    public init(source: Range<Int>, target: Range<Int>, score: Double) {
        self.source = source
        self.target = target
        self.score = score
    }

    /// True for a 1-0 or 0-1 bead.
    public var isOmission: Bool { source.isEmpty || target.isEmpty }

    /// The bead in the format of vecalign and `align_bench.py`: `[0, 1]:[0]`, `[2]:[]`.
    public var vecalignLine: String {
        func list(_ range: Range<Int>) -> String {
            "[" + range.map(String.init).joined(separator: ", ") + "]"
        }
        return list(source) + ":" + list(target)
    }
}

/// Anything that aligns two lists of sentences into beads: dari's
/// `SentenceAligner`, or a stand-in a test supplies.
public protocol SentenceAligning: Sendable {
    /// Beads that cover `source` and `target` completely, in order.
    func align(source: [String], target: [String]) -> [Bead]

    /// The same, with each sentence's links, images and components
    /// (`VisibleCodes.anchors`: one list per sentence, or none at all when
    /// the text has no markup), which pair sentences as numbers do.
    func align(source: [String], target: [String], sourceCodes: [[String]], targetCodes: [[String]]) -> [Bead]

    /// How many words of `source` have a counterpart in `target` by what
    /// the aligner knows before it weighs position or length (its lexicon,
    /// numbers, Latin-script words): evidence, apart from any bead's cost,
    /// that the two texts translate each other.
    func sharedWords(source: String, target: String) -> Int
}

extension SentenceAligning {
    /// An aligner that reads no markup aligns the text alone.
    public func align(source: [String], target: [String], sourceCodes: [[String]], targetCodes: [[String]]) -> [Bead] {
        align(source: source, target: target)
    }

    /// An aligner without word knowledge vouches for nothing.
    public func sharedWords(source: String, target: String) -> Int { 0 }
}
