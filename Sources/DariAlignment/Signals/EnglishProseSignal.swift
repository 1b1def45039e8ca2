/// English left in a Korean paragraph is the counterpart of its own copy, or of
/// an older wording of it that shares its words; beside any other English
/// sentence it is untranslated text. Without this, its length and position
/// alone paired it with the English sentence next to it (two defects in one
/// paragraph, English on the Korean page and a sentence added to the
/// English, became one pair and the added sentence went unseen).
///
/// A bead that pairs such a sentence with English sharing none of its
/// content words (`SentenceFeatures.latinContentWords`) costs as much as leaving
/// both sides out: two omissions.
struct EnglishProseSignal: BeadSignal {
    /// Per source sentence, whether it is English prose.
    private let isEnglish: [Bool]
    private let words: InternedFeature?
    private let cost: Double

    init(configuration: AlignmentConfiguration, source: [SentenceFeatures], target: [SentenceFeatures]) {
        isEnglish = source.map(\.isEnglishProse)
        // Only English inside Korean text: a block that is English as a
        // whole was paired by the block aligner, and which English block it
        // stands for is its decision (and its finding: a block in the
        // wrong language).
        words = isEnglish.contains(true) && isEnglish.contains(false)
            ? InternedFeature(\.latinContentWords, source: source, target: target) : nil
        cost = 2 * configuration.omissionCost
    }

    @inline(__always)
    func add(to cost: inout Double, source range: Range<Int>, target targetRange: Range<Int>) {
        guard let words, !targetRange.isEmpty else { return }
        for i in range where isEnglish[i] && SortedIDs.found(words.source, i..<i + 1, in: words.target, targetRange) == 0 {
            cost += self.cost
        }
    }
}
