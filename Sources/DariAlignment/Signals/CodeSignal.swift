/// A sentence's links (by where they go), images and the site's components
/// (`<Release.ChangelogLink>`) stay with it in translation
/// (`VisibleCodes.anchors`): each found on both sides of a bead is evidence
/// for it, each found on one side only, against. Plain text (the news
/// corpora, a memory's segments) has none, and the signal is silent.
struct CodeSignal: BeadSignal {
    /// Per sentence, its links, images and components (`SentenceFeatures.codes`).
    let codes: InternedFeature
    let configuration: AlignmentConfiguration
    /// Whether any sentence of either side has a code.
    let isPresent: Bool

    init(codes: InternedFeature, configuration: AlignmentConfiguration) {
        self.codes = codes
        self.configuration = configuration
        isPresent = codes.source.contains { !$0.isEmpty } || codes.target.contains { !$0.isEmpty }
    }

    @inline(__always)
    func add(to cost: inout Double, source range: Range<Int>, target targetRange: Range<Int>) {
        let (shared, unmatched) = SortedIDs.overlap(codes.source, range, codes.target, targetRange)
        cost += configuration.unmatchedCodeCost * Double(unmatched) - configuration.sharedCodeBonus * Double(shared)
    }
}
