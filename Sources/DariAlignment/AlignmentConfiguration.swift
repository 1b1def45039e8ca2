/// Which signals the sentence aligner uses and what each weighs.
///
/// Every number the aligner was tuned with is here, named, so that a
/// measurement can move it and `--without` can switch a signal off
/// (`AlignmentSignal`). Costs are −log probabilities: a bonus lowers a
/// bead's cost, a cost raises it. The values were chosen on the dev corpora
/// with `align_bench.py`; how each was measured, and what was tried and not
/// kept, is in docs/design/alignment-weights.md, under the heading named in
/// each field's comment.
public struct AlignmentConfiguration: Sendable, Hashable {
    // MARK: Signals

    /// Length model (`LengthSignal`).
    public var useLength = true
    /// Numbers on both sides (`NumberSignal`).
    public var useNumbers = true
    /// Latin words of the Korean text found in the English (`FoundWordSignal.latinWords`).
    public var useLatinWords = true
    /// Question and quotation marks (`PunctuationSignal`).
    public var usePunctuation = true
    /// Word pairs of the lexicon and the glossary (`LexicalSignal`).
    public var useLexicalModel = true
    /// Transliterated names (`FoundWordSignal.names`).
    public var useNames = true
    /// Links, images and components of the page's markup on both sides (`CodeSignal`).
    public var useInlineCodes = true
    /// Whether the bundled dictionary joins the lexicon: read where the
    /// lexicon is put together (`BilingualLexicon.aligning(associations:configuration:)`),
    /// since the aligner takes whatever lexicon it is given.
    public var useDictionary = true

    // MARK: Omissions ("Omission cost")

    /// What leaving a sentence unaligned costs, against pairing it. The
    /// priors alone give about 4.3; the joint weight search chose this.
    public var omissionCost = 6.6
    /// The omission cost on a text the lexicon is measured to explain well
    /// (at `trustedCoverageRate`), where a sentence the lexicon cannot link
    /// is surer to be untranslated: dari aims at omission recall ≥ 0.80 at
    /// precision ≥ 0.80.
    public var explainedOmissionCost = 6.0
    /// The share of known words linked across confident beads below which
    /// `omissionCost` applies; from here to `trustedCoverageRate` the cost
    /// moves linearly to `explainedOmissionCost`.
    public var explainedCoverageFloor = 0.4
    /// The share of known words linked across confident beads at which the
    /// lexicon is trusted in full (own coverage, omission cost).
    public var trustedCoverageRate = 0.6
    /// What a text too short to measure is assumed to have linked: about
    /// what the bundled lexicon explains of text it was not learned from
    /// ("Short texts").
    public var assumedCoverageRate = 0.3
    /// How many measured words the assumed rate weighs as, so that a long
    /// text's own measure outweighs it.
    public var assumedCoverageWords = 20.0

    // MARK: Bead shapes ("Shape priors")

    /// The beads the search may use besides omissions, in the order it
    /// tries them (a tie keeps the first), with their prior cost.
    public var shapes: [BeadShape] = [
        BeadShape(source: 1, target: 1, prior: 0),
        BeadShape(source: 1, target: 2, prior: 3.0),
        BeadShape(source: 2, target: 1, prior: 3.3),
        BeadShape(source: 2, target: 2, prior: 6.8, isRare: true),
        BeadShape(source: 1, target: 3, prior: 4.5, isRare: true),
        BeadShape(source: 3, target: 1, prior: 6.8, isRare: true),
    ]
    /// What the shape priors are multiplied by: a many-sentence bead adds up
    /// the chance matches of each of its sentences, so the shapes'
    /// frequency alone undercharges it ("Joint weight search"; 1 is the
    /// frequency alone).
    public var shapePriorScale = 1.5

    // MARK: Copies

    /// The bonus of a bead whose two sides are the same text, spaces
    /// ignored: a sentence left untranslated on the other site is still its
    /// counterpart, and the checks say it is a copy.
    public var copyBonus = 5.0

    // MARK: Length ("Length model")

    /// English characters per Korean character on the dev corpora: where a
    /// text's own ratio is shrunk toward.
    public var lengthRatioPrior = 2.17
    /// How many Korean characters the prior ratio weighs as: a long text
    /// speaks for itself, a block of three sentences cannot.
    public var lengthRatioPriorWeight = 1000.0
    /// The ratios a text may have, however odd its own.
    public var lengthRatioRange = 1.2...3.5
    /// The spread of log(English length / Korean length) in a true bead.
    public var lengthSpread = 0.35
    /// Characters added to both lengths, so very short sentences ("그렇다." /
    /// "Yes.") do not dominate the cost.
    public var lengthSmoothing = 8.0

    // MARK: Numbers ("Numbers")

    /// The cost of each number found on one side of a bead only.
    public var unmatchedNumberCost = 2.2
    /// The bonus of each number found on both sides.
    public var sharedNumberBonus = 1.4

    // MARK: Inline codes ("Inline codes")

    /// The bonus of each link target, image or component (`VisibleCodes.anchors`)
    /// found on both sides of a bead. A translation keeps a sentence's links
    /// and components with it far more often than it moves them; when it
    /// does move one, the words still decide.
    public var sharedCodeBonus = 1.0
    /// The cost of each found on one side only: less than a number's, as a
    /// translator may drop a link or add one.
    public var unmatchedCodeCost = 0.6

    // MARK: Latin words and names ("Latin words", "Names")

    /// The bonus of each Latin word of the Korean side found in the English.
    public var latinWordBonus = 1.0
    /// The bonus of each English name whose skeleton the Korean side holds.
    public var nameBonus = 1.0
    /// How many Latin words, and how many names, count in one bead.
    public var maximumWordMatches = 3

    // MARK: Punctuation ("Quotation marks")

    /// The cost of a bead whose last sentences disagree on a question mark.
    public var questionMismatchCost = 1.0
    /// The bonus of a bead with quotation marks on both sides.
    public var bothQuotedBonus = 0.5
    /// The cost of a bead with quotation marks on the English side only.
    public var englishOnlyQuoteCost = 0.8
    /// The cost of a bead with quotation marks on the Korean side only.
    public var koreanOnlyQuoteCost = 0.5

    // MARK: Lexical model ("Lexical model", "Topic words")

    /// The cost per known word whose partner is missing from the bead
    /// (weaker than a found one: free translation drops words).
    public var missingPartnerCost = 0.4
    /// The bonus per known word whose partner is in the bead, beyond chance.
    public var foundPartnerBonus = 0.8
    /// How much of a sentence's chance coverage (the words its neighbours'
    /// translations explain too: the text's topic) is discounted from its
    /// lexical evidence. 0 counts every matched word as evidence.
    public var chanceCoverageWeight = 2.0
    /// The cost per missing unit of a sentence's own coverage in a 1-2, 2-1,
    /// 1-3 or 3-1 bead, on a text the lexicon is measured to explain well;
    /// 0 switches the test off.
    public var ownCoverageWeight = 1.2
    /// The least weight a known word has, however many sentences share it.
    public var minimumKeyWeight = 0.2
    /// The cost under which a first-pass 1-1 bead is confident: learned
    /// from, and measured on.
    public var confidentBeadCost = 2.0
    /// Sentences either side of a counterpart whose coverage tells chance
    /// coverage.
    public var chanceCoverageRadius = 5
    /// The fewest neighbours (the best match left out) that tell chance from
    /// translation; a shorter text gets no discount.
    public var minimumChanceNeighbours = 4
    /// Two sentences in the same place that share no number, name, Latin
    /// word or inline code are unrelated, not a 1-1 bead, when the
    /// log-likelihood ratio of their linked words, translation against
    /// chance, is below −this (`LexicalSignal.isUnrelated`). Tuned on
    /// held-out halves with unrelated lines put in both sides
    /// (`Scripts/substitution-bench.py`, docs/design/alignment-weights.md);
    /// `.infinity` switches the test off.
    public var unrelatedEvidence = 5.0
    /// The score of the pairs of a text that are unrelated only taken
    /// together (`LexicalSignal.areUnrelatedTogether`): below the checks'
    /// guess score (0.6), so no number, link or address of theirs is
    /// compared, while the pairs stay for the translator to see.
    public var unrelatedTogetherScore = 0.5
    /// The fewest known words (weighted) each side needs to be judged
    /// unrelated: a translation the lexicon barely explains is not judged.
    public var unrelatedMinimumKnown = 4.0
    /// A Korean sentence left alone beside a bead is joined to it as the
    /// other half of a sentence the translator split in two when this much
    /// of its known words' weight has a partner in the bead's English
    /// sentence (`BeadScorer.isSplitOff`) …
    public var splitMinimumLinked = 1.0
    /// … and at least this share of it: a sentence added to the page shares
    /// a word or two with its neighbour's English by chance (지역 "area").
    public var splitMinimumLinkedShare = 0.3
    /// … and the English sentence is as long as the two Korean ones
    /// together (the length signal's z, in spreads).
    public var splitMaximumLengthZ = 1.0
    /// A Korean sentence of at most this many words, the lexicon knowing too
    /// few of them to tell (`unrelatedMinimumKnown`) and none a number, Latin
    /// word or code, is an aside ("아니, 잠깐만요.", "예시를 생각해 보죠.") that
    /// joins its neighbour wherever the English fits the two together
    /// (`BeadScorer.isSplitOff`); a longer one only where it improves the fit.
    public var briefAsideMaximumWords = 3
    /// The most a translation is assumed to link of its known words; the
    /// text's measured coverage rate is used below it, but never below
    /// `assumedCoverageRate`.
    public var translationPartnerRate = 0.4
    /// How often a known word's partner is in an unrelated sentence by chance.
    public var chancePartnerRate = 0.04

    // MARK: Search ("Search band")

    /// Half-width of the first search band, in sentences.
    public var band = 8
    /// The first band also widens by the sentence counts' difference divided
    /// by this (at most by `band`), for the drift omissions cause.
    public var bandDriftDivisor = 4
    /// Half-width of the second pass's band around the first path.
    public var guidedBand = 5
    /// The margin, in cost, at which a bead's score is 1/(1 + e⁻¹) ≈ 0.73.
    public var scoreScale = 2.0

    public init() {}

    public static let `default` = AlignmentConfiguration()
}

/// A bead's shape: how many source and target sentences it pairs.
public struct BeadShape: Sendable, Hashable {
    public var source: Int
    public var target: Int
    /// −ln(P(shape) / P(1-1)) in the dev gold, scaled by
    /// `AlignmentConfiguration.shapePriorScale`.
    public var prior: Double
    /// Rare shapes wait for the second pass: the first only finds the
    /// path's neighbourhood.
    public var isRare: Bool

    public init(source: Int, target: Int, prior: Double, isRare: Bool = false) {
        self.source = source
        self.target = target
        self.prior = prior
        self.isRare = isRare
    }
}
