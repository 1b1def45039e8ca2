/// The cost of a bead: its shape's prior plus the evidence of each signal
/// the configuration leaves on (`Signals/`), in a fixed order.
///
/// Every comparable feature is interned as a small integer and kept sorted
/// per sentence when the scorer is made, so scoring a bead, which the
/// search does hundreds of thousands of times, allocates nothing.
struct BeadScorer {
    let configuration: AlignmentConfiguration
    let sourceCount: Int, targetCount: Int
    private let copies: CopiedText
    private let length: LengthSignal
    private let numbers: NumberSignal
    private let codes: CodeSignal
    private let latinWords: FoundWordSignal
    private let englishProse: EnglishProseSignal
    private let names: FoundWordSignal
    private let punctuation: PunctuationSignal
    private(set) var lexical: LexicalSignal
    /// Whether the last sentence of a text of two or more ends with a colon:
    /// it introduces what follows the block (a list, a code block), and its
    /// translation does too. In a block of one sentence a colon is the
    /// block's form (every entry of a command list ends so), no evidence.
    private let sourceIntroduces: Bool, targetIntroduces: Bool
    /// What an unaligned sentence costs: `AlignmentConfiguration.omissionCost`
    /// until `calibrate` has measured how much of this text the lexicon
    /// explains, then lower where it explains much.
    private(set) var omissionCost: Double
    /// The source sentences, for the one test that reads more than the
    /// signals do (`isSplitOff`, rarely asked).
    private let source: [SentenceFeatures]

    init(configuration: AlignmentConfiguration, source: [SentenceFeatures], target: [SentenceFeatures]) {
        self.configuration = configuration
        sourceCount = source.count
        targetCount = target.count
        omissionCost = configuration.omissionCost
        self.source = source
        copies = CopiedText(source: source, target: target)
        sourceIntroduces = source.count >= 2 && Self.introduces(source[source.count - 1].text)
        targetIntroduces = target.count >= 2 && Self.introduces(target[target.count - 1].text)
        length = LengthSignal(configuration: configuration, source: source, target: target)
        let (numberValues, numberWords) = InternedFeature.pair(\.numbers, \.numberWords, source: source, target: target)
        numbers = NumberSignal(numbers: numberValues, words: numberWords, configuration: configuration)
        codes = CodeSignal(codes: InternedFeature(\.codes, source: source, target: target), configuration: configuration)
        latinWords = .latinWords(configuration: configuration, source: source, target: target)
        englishProse = EnglishProseSignal(configuration: configuration, source: source, target: target)
        names = .names(configuration: configuration, source: source, target: target)
        punctuation = PunctuationSignal(configuration: configuration, source: source, target: target)
        lexical = LexicalSignal(configuration: configuration, source: source, target: target)
    }

    /// Whether the 1-1 bead of source sentence `i` and target sentence `t`
    /// pairs two unrelated sentences: nothing but their words can tell
    /// (no shared number, inline code, Latin word or name, and not the two
    /// last sentences introducing what follows with a colon), and their
    /// words say so (`LexicalSignal.isUnrelated`).
    func isUnrelated(source i: Int, target t: Int) -> Bool {
        lexical.isUnrelated(i, t) && !sharesAnything(source: i, target: t)
            && !(sourceIntroduces && targetIntroduces && i == sourceCount - 1 && t == targetCount - 1)
    }

    /// Whether `text` ends with a colon (closing brackets and spaces aside).
    private static func introduces(_ text: String) -> Bool {
        let end = text.unicodeScalars.reversed().first { !$0.properties.isWhitespace && $0 != ")" && $0 != "）" }
        return end == ":" || end == "："
    }

    /// Whether source sentence `i` and target sentence `t` share a number,
    /// an inline code, a Latin word or a name (a bonus of those signals).
    private func sharesAnything(source i: Int, target t: Int) -> Bool {
        var shared = 0.0
        let source = i..<i + 1, target = t..<t + 1
        if configuration.useNumbers { numbers.add(to: &shared, source: source, target: target) }
        if configuration.useInlineCodes, codes.isPresent { codes.add(to: &shared, source: source, target: target) }
        if configuration.useLatinWords { latinWords.add(to: &shared, source: source, target: target) }
        if configuration.useNames { names.add(to: &shared, source: source, target: target) }
        return shared < 0
    }

    /// Whether source sentence `i`, left alone beside the bead of source
    /// sentences `neighbour` and target sentence `t`, is the other half of a
    /// sentence the translator split in two: its own words have partners in
    /// the target (`splitMinimumLinked`, `splitMinimumLinkedShare`), and the target is as long as the
    /// source sentences together (`splitMaximumLengthZ`). Length alone cannot
    /// tell: a verbose half fits the English by itself.
    ///
    /// Except for an aside too short for its words to tell either way (a
    /// lead-in the translator added or split off: "예시로 살펴볼까요?",
    /// "아니, 잠깐만요."): fewer known words than `unrelatedMinimumKnown`, no
    /// number, Latin word or inline code of its own, and either a few words
    /// (`briefAsideMaximumWords`) or an English sentence that fits the two
    /// Korean sentences together better than the neighbour alone.
    func isSplitOff(source i: Int, from neighbour: Range<Int>, target t: Int) -> Bool {
        guard lexical.hasLexicon else { return false }
        let joinedZ = joinedLengthMisfit(source: i, with: neighbour, target: t)
        guard joinedZ <= configuration.splitMaximumLengthZ else { return false }
        let linked = lexical.pairCoverage(i, t).source
        if linked >= configuration.splitMinimumLinked,
           linked >= configuration.splitMinimumLinkedShare * lexical.sourceKnown[i] {
            return true
        }
        // Content of its own that a translation carries over: a number, a Latin word, an inline code.
        let aside = source[i]
        guard lexical.sourceKnown[i] < configuration.unrelatedMinimumKnown, aside.numbers.isEmpty,
              aside.latinContentWords.isEmpty, aside.codes.isEmpty else { return false }
        return aside.wordCount <= configuration.briefAsideMaximumWords
            || joinedZ < abs(length.z(source: neighbour, target: t..<t + 1))
    }

    /// How far (the length signal's |z|) target sentence `t` is from the
    /// length of source sentence `i` and the sentences `neighbour` together.
    func joinedLengthMisfit(source i: Int, with neighbour: Range<Int>, target t: Int) -> Double {
        let joined = min(i, neighbour.lowerBound)..<max(i + 1, neighbour.upperBound)
        return abs(length.z(source: joined, target: t..<t + 1))
    }

    /// Whether the 1-1 beads `pairs` of one block pair unrelated sentences
    /// together (`LexicalSignal.areUnrelatedTogether`), none of them sharing
    /// a number, inline code, Latin word or name.
    func areUnrelatedTogether(_ pairs: [(Int, Int)]) -> Bool {
        lexical.areUnrelatedTogether(pairs) && !pairs.contains { sharesAnything(source: $0.0, target: $0.1) }
    }

    /// Sets the lexical model the bead costs use from now on.
    ///
    /// - Parameter curated: keys whose partners come from the organisation's
    ///   glossary, trusted on any text, however short.
    mutating func use(_ lexicon: LexicalModel, curated: Set<Int32> = []) {
        lexical.use(lexicon, curated: curated)
    }

    /// Measures how much of this text the lexicon explains, and its chance
    /// coverage, around `guide` (`LexicalSignal.calibrate`); where it
    /// explains much, lowers the omission cost toward
    /// `AlignmentConfiguration.explainedOmissionCost`.
    ///
    /// - Parameter reach: how far from `guide` the next search looks, in
    ///   target sentences.
    mutating func calibrate(guide: [Int], confident: [(Int, Int)], prior: LexicalModel, reach: Int) {
        guard let rate = lexical.calibrate(guide: guide, confident: confident, prior: prior, reach: reach) else { return }
        let floor = configuration.explainedCoverageFloor
        let explained = min(1, max(0, (rate - floor) / (configuration.trustedCoverageRate - floor)))
        omissionCost = configuration.omissionCost + explained * (configuration.explainedOmissionCost - configuration.omissionCost)
    }

    /// The cost of pairing source sentences `range` with target sentences
    /// `targetRange`, as a bead whose shape costs `prior`.
    func cost(source range: Range<Int>, target targetRange: Range<Int>, prior: Double) -> Double {
        if copies.isCopy(source: range, target: targetRange) { return prior - configuration.copyBonus }
        var cost = prior
        if configuration.useLength { length.add(to: &cost, source: range, target: targetRange) }
        if configuration.useNumbers { numbers.add(to: &cost, source: range, target: targetRange) }
        if configuration.useInlineCodes, codes.isPresent { codes.add(to: &cost, source: range, target: targetRange) }
        if configuration.useLatinWords {
            latinWords.add(to: &cost, source: range, target: targetRange)
            englishProse.add(to: &cost, source: range, target: targetRange)
        }
        if configuration.useNames { names.add(to: &cost, source: range, target: targetRange) }
        if configuration.usePunctuation { punctuation.add(to: &cost, source: range, target: targetRange) }
        if configuration.useLexicalModel { lexical.add(to: &cost, source: range, target: targetRange) }
        return cost
    }
}
