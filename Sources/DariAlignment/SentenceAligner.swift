import DariGlossary
import DariModel
import DariSegmentation
import DariText

/// Aligns the sentences of a Korean text with those of its English
/// translation, allowing untranslated sentences (1-0 and 0-1 beads).
///
/// Two passes of a banded search (`BandedSearch`) over beads 0-1, 1-0 and
/// the shapes of `AlignmentConfiguration.shapes`, each costed as −log of its
/// probability by `BeadScorer`: a length model, numbers read the Korean and
/// the English way, Latin words and transliterated names found on both
/// sides, question and quotation marks, and, in the second pass, a lexical
/// model learned from the first pass's confident beads.
public struct SentenceAligner: SentenceAligning {
    public var configuration: AlignmentConfiguration
    public var glossary: Glossary?
    /// Word pairs to start from (default: the dictionary and the associations shipped with dari).
    public var lexicon: BilingualLexicon? {
        didSet { prepared = PreparedLexicon(lexicon) }
    }
    /// The lexicon's keys and partner lists, made once: site mode aligns
    /// every block pair with the same aligner, and interning 10,000 pairs
    /// per block cost more than aligning the block.
    private var prepared: PreparedLexicon

    public init(configuration: AlignmentConfiguration = .default, glossary: Glossary? = nil,
                lexicon: BilingualLexicon? = BilingualLexicon.bundled) {
        self.configuration = configuration
        self.glossary = glossary
        self.lexicon = lexicon
        prepared = PreparedLexicon(lexicon)
    }

    public func align(source: [String], target: [String]) -> [Bead] {
        align(source: source, target: target, sourceCodes: [], targetCodes: [])
    }

    public func align(source: [String], target: [String], sourceCodes: [[String]], targetCodes: [[String]]) -> [Bead] {
        // Another tool's splitter may cut a Korean quotation from its
        // reporting clause ("“…했습니다.” / 고 말했습니다."). The piece is
        // part of the sentence before it, never a sentence of its own: align
        // the two as one, then give the piece back its index.
        let units = QuotationPieces.sentences(of: source)
        guard units.count < source.count else {
            return alignSentences(source: source, target: target, sourceCodes: sourceCodes, targetCodes: targetCodes).beads
        }
        func start(_ unit: Int) -> Int { unit < units.count ? units[unit].lowerBound : source.count }
        let joined = units.map { source[$0].joined(separator: " ") }
        let joinedCodes = sourceCodes.count == source.count ? units.map { $0.flatMap { sourceCodes[$0] } } : []
        return alignSentences(source: joined, target: target, sourceCodes: joinedCodes, targetCodes: targetCodes).beads.flatMap { bead in
            let first = start(bead.source.lowerBound)
            let lines = first..<(bead.source.isEmpty ? first : units[bead.source.upperBound - 1].upperBound)
            // An untranslated sentence is reported line by line, like any other.
            guard !bead.target.isEmpty else {
                return lines.map { Bead(source: $0..<$0 + 1, target: bead.target, score: bead.score) }
            }
            return [Bead(source: lines, target: bead.target, score: bead.score)]
        }
    }

    public func sharedWords(source: String, target: String) -> Int {
        var keys = prepared.keys
        let korean = SentenceFeatures(source, language: .korean, keys: &keys)
        let english = SentenceFeatures(target, language: .english, keys: &keys)
        let englishKeys = Set(english.lexicalKeys)
        var count = 0
        if configuration.useLexicalModel {
            let model = LexicalModel(starting: prepared.model, known: glossaryPairs(keys: &keys).known)
            count += Set(korean.lexicalKeys).filter { key in
                model.partners(of: key)?.contains(where: englishKeys.contains) ?? false
            }.count
        }
        if configuration.useNumbers { count += Set(korean.numbers).intersection(english.numbers).count }
        if configuration.useLatinWords { count += Set(korean.latinWords).intersection(english.latinWords).count }
        return count
    }

    /// The beads of two lists of sentences, and the grid cells the two
    /// searches filled to find them.
    func alignSentences(source: [String], target: [String], sourceCodes: [[String]] = [],
                        targetCodes: [[String]] = []) -> (beads: [Bead], cellsFilled: Int) {
        if source.isEmpty || target.isEmpty {
            let beads = source.indices.map { Bead(source: $0..<$0 + 1, target: 0..<0, score: 0) }
                + target.indices.map { Bead(source: source.count..<source.count, target: $0..<$0 + 1, score: 0) }
            return (beads, 0)
        }
        var keys = prepared.keys
        var sourceFeatures = source.map { SentenceFeatures($0, language: .korean, keys: &keys) }
        var targetFeatures = target.map { SentenceFeatures($0, language: .english, keys: &keys) }
        if sourceCodes.count == source.count, targetCodes.count == target.count {
            for index in source.indices { sourceFeatures[index].codes = sourceCodes[index] }
            for index in target.indices { targetFeatures[index].codes = targetCodes[index] }
        }
        var scorer = BeadScorer(configuration: configuration, source: sourceFeatures, target: targetFeatures)
        var search = BandedSearch(configuration: configuration)
        // First pass, without the lexical model (the costliest signal):
        // it finds the path well enough to learn from and to guide the second.
        var beads = search.run(scorer: scorer, guide: nil)
        if configuration.useLexicalModel {
            let (known, curated) = glossaryPairs(keys: &keys)
            // Second pass: the shipped associations plus those learned from
            // the confident 1-1 beads of the first pass, searched in a
            // narrow band around the first path.
            let prior = LexicalModel(starting: prepared.model, known: known)
            let confident = beads.filter {
                $0.source.count == 1 && $0.target.count == 1 && $0.cost < configuration.confidentBeadCost
            }
            scorer.use(LexicalModel(starting: prior, pairs: confident.map {
                (sourceFeatures[$0.source.lowerBound].lexicalKeys, targetFeatures[$0.target.lowerBound].lexicalKeys)
            }), curated: curated)
            let guide = BandedSearch.guide(beads, rows: source.count)
            scorer.calibrate(guide: guide, confident: confident.map { ($0.source.lowerBound, $0.target.lowerBound) },
                             prior: prior, reach: search.guidedReach)
            beads = search.run(scorer: scorer, guide: guide)
            // Two sentences the search paired for their place alone, whose
            // words say they are unrelated (each version gained a sentence
            // of its own there), are two untranslated sentences.
            beads = beads.flatMap { bead -> [CostedBead] in
                guard bead.source.count == 1, bead.target.count == 1,
                      scorer.isUnrelated(source: bead.source.lowerBound, target: bead.target.lowerBound) else { return [bead] }
                let i = bead.source.lowerBound, t = bead.target.lowerBound
                return [CostedBead(source: i..<i + 1, target: t..<t, cost: scorer.omissionCost, score: 0),
                        CostedBead(source: i + 1..<i + 1, target: t..<t + 1, cost: scorer.omissionCost, score: 0)]
            }
            beads = Self.joiningSplitOffSentences(beads, scorer: scorer)
            // Every pair of the text placed by position alone, its words unrelated
            // taken together: kept as pairs, but scored as guesses, which the checks
            // that compare the two sides do not take as evidence.
            let ones = beads.filter { $0.source.count == 1 && $0.target.count == 1 }
            if ones.count >= 2, ones.count == beads.count,
               scorer.areUnrelatedTogether(ones.map { ($0.source.lowerBound, $0.target.lowerBound) }) {
                beads = beads.map { bead in
                    var guess = bead
                    guess.score = min(bead.score, configuration.unrelatedTogetherScore)
                    return guess
                }
            }
        }
        return (beads.map { Bead(source: $0.source, target: $0.target, score: $0.score) }, search.cellsFilled)
    }
}

extension SentenceAligner {
    /// `beads` with each Korean sentence the search left alone joined to the
    /// neighbouring bead it is the other half of (`BeadScorer.isSplitOff`):
    /// a translator who splits one long English sentence in two leaves the
    /// shorter half without a partner when the longer half fits the English
    /// by length. Only Korean halves: an English sentence beside a pair is
    /// what an untranslated addition to the original looks like.
    static func joiningSplitOffSentences(_ beads: [CostedBead], scorer: BeadScorer) -> [CostedBead] {
        var beads = beads
        var index = 0
        while index < beads.count {
            let lone = beads[index]
            guard lone.source.count == 1, lone.target.isEmpty else {
                index += 1
                continue
            }
            let i = lone.source.lowerBound
            // The neighbour before, then after, with one English sentence.
            let candidates = [index - 1, index + 1].filter { beads.indices.contains($0) }.filter {
                let bead = beads[$0]
                return bead.target.count == 1 && !bead.source.isEmpty
                    && (bead.source.upperBound == i || bead.source.lowerBound == i + 1)
            }
            // Of two neighbours it could be half of, the one whose English it fits best by length.
            guard let host = candidates.filter({
                scorer.isSplitOff(source: i, from: beads[$0].source, target: beads[$0].target.lowerBound)
            }).min(by: {
                scorer.joinedLengthMisfit(source: i, with: beads[$0].source, target: beads[$0].target.lowerBound)
                    < scorer.joinedLengthMisfit(source: i, with: beads[$1].source, target: beads[$1].target.lowerBound)
            }) else {
                index += 1
                continue
            }
            var joined = beads[host]
            joined.source = min(i, joined.source.lowerBound)..<max(i + 1, joined.source.upperBound)
            joined.cost += lone.cost
            beads[host] = joined
            beads.remove(at: index)
            // The joined bead may take another half next to it; look again from it.
            index = max(0, min(index, host) - 1)
        }
        return beads
    }
}
