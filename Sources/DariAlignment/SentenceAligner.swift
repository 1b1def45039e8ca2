import DariGlossary
import DariModel
import DariText
import Foundation

/// Which signals the sentence aligner uses and how much each weighs. The
/// defaults were chosen on the dev corpora (`align_bench.py`, README); each
/// can be switched off to measure what it adds.
public struct AlignmentConfiguration: Sendable, Hashable {
    public var useLength = true
    public var useNumbers = true
    public var useLatinWords = true
    public var usePunctuation = true
    public var useLexicalModel = true
    public var useNames = true
    /// What leaving a sentence unaligned costs, against pairing it. The
    /// priors alone (1-0/0-1 beads are 3 % of the noisy dev gold, 1-1 beads
    /// 90 %) give ln(0.90 / 0.012) ≈ 4.3. The signals' weights, this cost and
    /// the shape priors' scale were then searched jointly (README, "Joint
    /// weight search"): scored with a lexicon learned from one half of the
    /// dev lines on the other half, and checked on deletion seeds and
    /// document lengths the search did not use.
    public var omissionCost = 6.6
    /// The omission cost on a text the lexicon is measured to explain well
    /// (`BeadScorer.calibrate`: it links at least 60 % of the known words
    /// of the first pass's confident beads; from 40 % to 60 % the cost
    /// moves linearly from `omissionCost` to this). There a sentence the
    /// lexicon cannot link to its neighbours' translations is surer to be
    /// untranslated, and a missed one is what a translator must not miss:
    /// dari aims at omission recall ≥ 0.80 at precision ≥ 0.80.
    /// On text the lexicon was not learned from it explains 28–40 %
    /// (held-out dev halves), and nothing changes; a lowered cost there
    /// cut omission precision to 0.55 (README, "Omission cost").
    public var explainedOmissionCost = 6.0
    /// How much of a sentence's chance coverage (the words its neighbours'
    /// translations explain too: the text's topic) is discounted from its
    /// lexical evidence. 0 counts every matched word as evidence.
    public var chanceCoverageWeight = 2.0
    /// The cost per missing unit of a sentence's own coverage in a 1-2, 2-1,
    /// 1-3 or 3-1 bead (see `BeadScorer.cost`), on a text the lexicon is
    /// measured to explain well; 0 switches the test off. Alone it was best
    /// at 2; with the higher shape priors of the joint search, 1.2.
    public var ownCoverageWeight = 1.2
    /// What the shape priors (`SentenceAligner.shapes`) are multiplied by.
    /// The signals of a many-sentence bead add up the evidence of each of
    /// its sentences, chance matches included, so the shapes' frequency
    /// alone undercharges it: an untranslated sentence was glued onto its
    /// neighbour's bead rather than left out. 1.5 came from the joint search
    /// (`omissionCost`); 1 is the frequency alone.
    public var shapePriorScale = 1.5
    /// Half-width of the first search band, in sentences.
    public var band = 8

    public init() {}

    public static let `default` = AlignmentConfiguration()
}

/// Aligns the sentences of a Korean text with those of its English
/// translation, allowing untranslated sentences (1-0 and 0-1 beads).
///
/// Dynamic programming over beads 0-1, 1-0, 1-1, 1-2, 2-1, 2-2, 1-3 and 3-1,
/// each costed as −log of its probability, inside a band around the
/// diagonal (so the cost grows linearly with the text). The band doubles
/// when the best path runs along its edge. Signals: a length model (log
/// ratio of non-space characters, ratio and spread estimated from the text
/// itself), numbers read the Korean and the English way, Latin words of the
/// Korean text found in the English, question marks, and a lexical model
/// learned from the first pass's confident beads (second pass).
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

    /// Bead shapes and their prior cost −ln(P(shape) / P(1-1)), from the
    /// shape counts of the dev gold (1-1 1,858, 1-2 76, 2-1 46, 1-3 16,
    /// 2-2 and 3-1 2 each, of 2,000 beads); the DP scales them by
    /// `AlignmentConfiguration.shapePriorScale`. 1-2, 2-1 and 1-3 sit a
    /// little below their frequency (3.2, 3.7, 4.75): at the frequency,
    /// omission precision fell from 0.90 to 0.81 on the dev bench. 2-2 and
    /// 3-1 had been rounded down to 5.5, which made a 2-2 bead the cheap
    /// way to absorb an untranslated sentence next to a crossing; at their
    /// frequency, 6.8, dev omission recall rose 0.750 → 0.781 and allF1
    /// 0.968 / 0.947 → 0.970 / 0.952 (README).
    static let shapes: [(source: Int, target: Int, prior: Double)] = [
        (1, 1, 0), (1, 2, 3.0), (2, 1, 3.3), (2, 2, 6.8), (1, 3, 4.5), (3, 1, 6.8),
    ]

    public func align(source: [String], target: [String]) -> [Bead] {
        // Another tool's splitter may cut a Korean quotation from its
        // reporting clause ("“…했습니다.” / 고 말했습니다."). The piece is
        // part of the sentence before it, never a sentence of its own: align
        // the two as one, then give the piece back its index (dev bench:
        // clean 0.963 → 0.969, noisy 0.927 → 0.935, omission precision 0.81 → 0.86).
        let units = Self.sentences(of: source)
        guard units.count < source.count else { return alignSentences(source: source, target: target) }
        func start(_ unit: Int) -> Int { unit < units.count ? units[unit].lowerBound : source.count }
        return alignSentences(source: units.map { source[$0].joined(separator: " ") }, target: target).flatMap { bead in
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

    /// The glossary as a bilingual dictionary: each Korean term's words are
    /// partners of its English terms' words, except words many terms share
    /// ("team" in rescue team and support team), which would link every team
    /// to every other. `curated` holds the keys of those pairs.
    private func glossaryPairs(keys: inout LexicalKeys) -> (known: [(Int32, Int32)], curated: Set<Int32>) {
        let concepts = (glossary?.concepts ?? []).map { concept in
            (Set((concept.terms[.korean] ?? []).flatMap { keys.keys(forText: $0.text, language: .korean) }),
             Set((concept.terms[.english] ?? []).flatMap { keys.keys(forText: $0.text, language: .english) }))
        }
        var conceptsUsing: [Int32: Int] = [:]
        for (korean, english) in concepts { for key in korean.union(english) { conceptsUsing[key, default: 0] += 1 } }
        var known: [(Int32, Int32)] = [], curated = Set<Int32>()
        for (korean, english) in concepts {
            for source in korean where conceptsUsing[source] == 1 {
                for target in english where conceptsUsing[target] == 1 {
                    known.append((source, target))
                    curated.formUnion([source, target])
                }
            }
        }
        return (known, curated)
    }

    /// Korean words that end a quotation and never open a sentence.
    static let quotativeParticles: Set<String> = ["고", "라고", "이라고", "다고", "며", "라며", "이라며"]

    /// The Korean lines grouped into sentences: a line that opens with a
    /// quotative particle joins the line before it. (English has no such sure
    /// sign: a lower-case opening is also a list item, a brand or a corpus's
    /// own line break; on held-out dev lines joining them cost 0.016 noisy F1.)
    static func sentences(of lines: [String]) -> [Range<Int>] {
        var units: [Range<Int>] = []
        for (index, line) in lines.enumerated() {
            if let last = units.last, quotativeParticles.contains(Self.firstWord(of: line)) {
                units[units.count - 1] = last.lowerBound..<index + 1
            } else {
                units.append(index..<index + 1)
            }
        }
        return units
    }

    /// The first word of a line, at most four characters (longer words are
    /// no particle); scalars, since grapheme breaking costs on a long text.
    static func firstWord(of line: String) -> String {
        var word = String.UnicodeScalarView()
        for scalar in line.unicodeScalars.drop(while: Script.isWhitespace) {
            if Script.isWhitespace(scalar) { break }
            if word.count == 4 { return "" }
            word.append(scalar)
        }
        return String(word)
    }

    private func alignSentences(source: [String], target: [String]) -> [Bead] {
        if source.isEmpty || target.isEmpty {
            return source.indices.map { Bead(source: $0..<$0 + 1, target: 0..<0, score: 0) }
                + target.indices.map { Bead(source: source.count..<source.count, target: $0..<$0 + 1, score: 0) }
        }
        var keys = prepared.keys
        let sourceFeatures = source.map { SentenceFeatures($0, language: .korean, keys: &keys) }
        let targetFeatures = target.map { SentenceFeatures($0, language: .english, keys: &keys) }
        var scorer = BeadScorer(configuration: configuration, source: sourceFeatures, target: targetFeatures)
        // First pass, without the lexical model (the costliest signal):
        // it finds the path well enough to learn from and to guide the second.
        var beads = search(scorer: scorer, guide: nil)
        if configuration.useLexicalModel {
            let (known, curated) = glossaryPairs(keys: &keys)
            // Second pass: the shipped associations plus those learned from
            // the confident 1-1 beads of the first pass, searched in a
            // narrow band around the first path.
            let prior = LexicalModel(starting: prepared.model, known: known)
            let confident = beads.filter { $0.source.count == 1 && $0.target.count == 1 && $0.cost < 2 }
            scorer.use(LexicalModel(starting: prior, pairs: confident.map {
                (sourceFeatures[$0.source.lowerBound].lexicalKeys, targetFeatures[$0.target.lowerBound].lexicalKeys)
            }), curated: curated)
            let guide = Self.guide(beads, rows: source.count)
            scorer.calibrate(guide: guide, confident: confident.map { ($0.source.lowerBound, $0.target.lowerBound) },
                             prior: prior)
            beads = search(scorer: scorer, guide: guide)
        }
        return beads.map { Bead(source: $0.source, target: $0.target, score: $0.score) }
    }

    /// A bead with its cost, before it becomes public.
    struct CostedBead {
        var source: Range<Int>
        var target: Range<Int>
        var cost: Double
        /// P(this bead) against P(leaving its sentences unaligned), squashed to [0, 1].
        var score: Double
    }

    /// Banded DP; widens the band until the best path stays clear of its edges.
    ///
    /// - Parameter guide: per source row, the target column the band is
    ///   centred on (a previous pass's path); nil for the diagonal.
    func search(scorer: BeadScorer, guide: [Int]?) -> [CostedBead] {
        let n = scorer.sourceCount, m = scorer.targetCount
        // Around a known path, 5 sentences either side leave room for the
        // few beads the second pass changes (8 scored the same on the dev
        // bench and took 40 % longer); around the diagonal, the band
        // must also absorb the drift that omissions cause.
        // The band's own width must not grow with the text, or the cost
        // would grow quadratically; a long text that drifts further is
        // caught by the edge test below, which doubles the band.
        var width = guide == nil ? configuration.band + min(abs(n - m) / 4, configuration.band) : 5
        while true {
            let (beads, touchedEdge) = search(scorer: scorer, width: width, guide: guide)
            let coversAll = width >= max(n, m)
            if !touchedEdge || coversAll { return beads }
            width *= 2
        }
    }

    /// How many DP cells a band of `width` fills on an n × m grid: the
    /// measure of cost that linearity is stated in.
    static func bandCells(rows n: Int, columns m: Int, width: Int) -> Int {
        (0...n).reduce(0) { total, i in
            let center = i * m / max(n, 1)
            return total + min(m, center + width) - max(0, center - width) + 1
        }
    }

    /// Per source row 0…n, the first target column the path reaches on it.
    static func guide(_ beads: [CostedBead], rows n: Int) -> [Int] {
        var columns = [Int](repeating: -1, count: n + 1)
        columns[0] = 0
        for bead in beads where !bead.source.isEmpty {
            for row in bead.source.lowerBound + 1..<bead.source.upperBound { columns[row] = bead.target.lowerBound }
            if columns[bead.source.upperBound] < 0 { columns[bead.source.upperBound] = bead.target.upperBound }
        }
        return columns
    }

    /// Moves: 0 = none, 1… = index into `moves`.
    private static let moves: [(Int, Int)] = [(1, 0), (0, 1)] + shapes.map { ($0.source, $0.target) }

    private func search(scorer: BeadScorer, width: Int, guide: [Int]?) -> ([CostedBead], Bool) {
        let n = scorer.sourceCount, m = scorer.targetCount
        let columns = 2 * width + 1
        func center(_ i: Int) -> Int { guide?[i] ?? Int((Int64(i) * Int64(m)) / Int64(n)) }
        var cost = [Double](repeating: .infinity, count: (n + 1) * columns)
        var back = [UInt8](repeating: 0, count: (n + 1) * columns)
        @inline(__always) func slot(_ i: Int, _ j: Int) -> Int? {
            let offset = j - center(i) + width
            return offset >= 0 && offset < columns ? i * columns + offset : nil
        }
        cost[width - center(0)] = 0 // (0, 0)
        let omission = scorer.omissionCost
        let priorScale = configuration.shapePriorScale
        for i in 0...n {
            let low = max(0, center(i) - width), high = min(m, center(i) + width)
            guard low <= high else { continue }
            for j in low...high where i > 0 || j > 0 {
                guard let here = slot(i, j) else { continue }
                var best = Double.infinity, move: UInt8 = 0
                // The first pass only finds the path's neighbourhood: the rare
                // 2-2, 1-3 and 3-1 beads (1 % of the dev gold) wait for the second.
                for (index, step) in Self.moves.enumerated() where guide != nil || index < 5 {
                    let pi = i - step.0, pj = j - step.1
                    guard pi >= 0, pj >= 0, let previous = slot(pi, pj) else { continue }
                    // No pruning on the predecessor's cost alone: bonuses
                    // make step costs negative.
                    let before = cost[previous]
                    guard before < .infinity else { continue }
                    let stepCost: Double
                    if step.0 == 0 || step.1 == 0 {
                        stepCost = omission
                    } else {
                        stepCost = scorer.cost(source: pi..<i, target: pj..<j, prior: priorScale * Self.shapes[index - 2].prior)
                    }
                    if before + stepCost < best {
                        best = before + stepCost
                        move = UInt8(index + 1)
                    }
                }
                cost[here] = best
                back[here] = move
            }
        }
        var beads: [CostedBead] = []
        var touchedEdge = false
        var i = n, j = m
        while i > 0 || j > 0 {
            guard let here = slot(i, j), back[here] != 0 else { return (beads.reversed(), true) }
            let offset = j - center(i) + width
            if (offset == 0 && j > 0) || (offset == columns - 1 && j < m) { touchedEdge = true }
            let step = Self.moves[Int(back[here]) - 1]
            let pi = i - step.0, pj = j - step.1
            let stepCost = cost[here] - cost[slot(pi, pj)!]
            let isOmission = step.0 == 0 || step.1 == 0
            // Confidence: how much cheaper the bead is than leaving all its
            // sentences unaligned, through a logistic.
            let margin = Double(step.0 + step.1) * omission - stepCost
            let score = isOmission ? 0 : 1 / (1 + exp(-margin / 2))
            beads.append(CostedBead(source: pi..<i, target: pj..<j, cost: stepCost, score: score))
            i = pi
            j = pj
        }
        return (beads.reversed(), touchedEdge)
    }
}

/// The cost of a bead from the signals.
///
/// Every comparable feature is interned as a small integer and kept sorted
/// per sentence when the scorer is made, so scoring a bead, which the DP
/// does hundreds of thousands of times, allocates nothing.
struct BeadScorer {
    let configuration: AlignmentConfiguration
    /// English characters per Korean character, and the spread of the log
    /// ratio, estimated from the text being aligned.
    let ratio: Double
    let spread: Double
    private let sourceLength: [Int]
    private let targetLength: [Int]
    private let sourceNumbers: [[Int32]], targetNumbers: [[Int32]]
    private let sourceLatin: [[Int32]], targetWords: [[Int32]]
    private let sourceNames: [[Int32]], targetNames: [[Int32]]
    private let sourceQuestion: [Bool], targetQuestion: [Bool]
    private let sourceQuote: [Bool], targetQuote: [Bool]
    /// Each sentence without its whitespace, and the running total of their
    /// lengths, to recognise a copy cheaply (lengths first, text last).
    private let sourceText: [String], targetText: [String]
    private let sourceTextLength: [Int], targetTextLength: [Int]
    private let sourceKeys: [[Int32]], targetKeys: [[Int32]]
    /// Per sentence, a 64-bit signature of its keys (bit `key % 64`): most
    /// partners of a word are not in a given sentence, and one bit test
    /// says so before a binary search (`matches`).
    private let sourceSignature: [UInt64], targetSignature: [UInt64]
    /// Per sentence, the lexicon partners of each of its known keys.
    private var sourcePartners: [[[Int32]]] = [], targetPartners: [[[Int32]]] = []
    /// Per sentence, the weight of each known key: words that recur through
    /// the text (its topic) weigh less than words of this sentence alone.
    private var sourceWeights: [[Double]] = [], targetWeights: [[Double]] = []
    private var sourceKnown: [Double] = [], targetKnown: [Double] = []
    private(set) var hasLexicon = false
    /// Per sentence, how many of its known keys the sentences around its
    /// counterpart cover by chance (topic words): coverage above this is evidence.
    private var sourceBackground: [Double] = [], targetBackground: [Double] = []
    /// The share of known words the lexicon covers in this text's confident
    /// beads; 0 until measured.
    private var coverageRate = 0.0
    /// What an unaligned sentence costs: `AlignmentConfiguration.omissionCost`
    /// until `calibrate` has measured how much of this text the lexicon
    /// explains, then lower where it explains much.
    private(set) var omissionCost: Double
    /// The share of known words linked across confident beads at which the
    /// lexicon is trusted in full (own coverage, omission cost).
    static let trustedRate = 0.6
    /// Per sentence, whether it holds a glossary term.
    private var sourceCurated: [Bool] = [], targetCurated: [Bool] = []
    private var coverageCache = CoverageCache()
    var sourceCount: Int { sourceLength.count - 1 }
    var targetCount: Int { targetLength.count - 1 }

    init(configuration: AlignmentConfiguration, source: [SentenceFeatures], target: [SentenceFeatures]) {
        self.configuration = configuration
        omissionCost = configuration.omissionCost
        var running = 0
        sourceLength = [0] + source.map { running += $0.length; return running }
        running = 0
        targetLength = [0] + target.map { running += $0.length; return running }
        // The text's own ratio, shrunk toward the dev corpora's 2.17 with a
        // weight of 1,000 Korean characters: a long text speaks for itself,
        // a block of three sentences (one of them untranslated) cannot.
        let korean = Double(sourceLength.last ?? 0), english = Double(targetLength.last ?? 0)
        let prior = 2.17, weight = 1000.0
        ratio = min(3.5, max(1.2, (english + prior * weight) / (korean + weight)))
        // Spread of log(en/ko): 0.25–0.32 per gold bead of the dev corpora,
        // at every sentence length. Alone, 0.42 scored best on the dev bench
        // (0.32: clean 0.934 / noisy 0.881); with the higher shape priors of
        // the joint search (`AlignmentConfiguration.omissionCost`), 0.35.
        spread = 0.35
        var strings: [String: Int32] = [:]
        func intern(_ values: [String]) -> [Int32] {
            var ids: [Int32] = []
            for value in values {
                if let id = strings[value] { ids.append(id) } else {
                    let id = Int32(strings.count)
                    strings[value] = id
                    ids.append(id)
                }
            }
            return Array(Set(ids)).sorted()
        }
        var values: [Int64: Int32] = [:]
        func intern(_ numbers: [Int64]) -> [Int32] {
            Array(Set(numbers.map { number in
                if let id = values[number] { return id }
                let id = Int32(values.count)
                values[number] = id
                return id
            })).sorted()
        }
        sourceNumbers = source.map { intern($0.numbers) }
        targetNumbers = target.map { intern($0.numbers) }
        sourceLatin = source.map { intern($0.latinWords) }
        targetWords = target.map { intern($0.latinWords) }
        sourceNames = source.map { intern($0.names) }
        targetNames = target.map { intern($0.names) }
        sourceQuestion = source.map(\.isQuestion)
        targetQuestion = target.map(\.isQuestion)
        sourceQuote = source.map(\.hasQuote)
        targetQuote = target.map(\.hasQuote)
        sourceText = source.map { Self.squeezed([$0.text]) }
        targetText = target.map { Self.squeezed([$0.text]) }
        running = 0
        sourceTextLength = [0] + sourceText.map { running += $0.utf8.count; return running }
        running = 0
        targetTextLength = [0] + targetText.map { running += $0.utf8.count; return running }
        sourceKeys = source.map { Array(Set($0.lexicalKeys)).sorted() }
        targetKeys = target.map { Array(Set($0.lexicalKeys)).sorted() }
        sourceSignature = sourceKeys.map(Self.signature)
        targetSignature = targetKeys.map(Self.signature)
    }

    /// Sets the lexical model the bead costs use from now on.
    ///
    /// - Parameter curated: keys whose partners come from the organisation's
    ///   glossary, trusted on any text, however short.
    mutating func use(_ lexicon: LexicalModel, curated: Set<Int32> = []) {
        hasLexicon = !lexicon.isEmpty
        sourceCurated = sourceKeys.map { $0.contains(where: curated.contains) }
        targetCurated = targetKeys.map { $0.contains(where: curated.contains) }
        coverageCache = CoverageCache()
        func weigh(_ keys: [[Int32]]) -> (partners: [[[Int32]]], weights: [[Double]]) {
            var frequency: [Int32: Int] = [:]
            for sentence in keys { for key in sentence { frequency[key, default: 0] += 1 } }
            // log((N + 1) / frequency) / log(N + 1): 1 for a word of one
            // sentence, falling toward 0 (floored at 0.2) for a word of all.
            let sentences = Double(keys.count) + 1
            var partners: [[[Int32]]] = [], weights: [[Double]] = []
            for sentence in keys {
                var p: [[Int32]] = [], w: [Double] = []
                for key in sentence {
                    guard let list = lexicon.partners(of: key) else { continue }
                    p.append(list)
                    w.append(max(0.2, log(sentences / Double(frequency[key]!)) / log(sentences)))
                }
                partners.append(p)
                weights.append(w)
            }
            return (partners, weights)
        }
        (sourcePartners, sourceWeights) = weigh(sourceKeys)
        (targetPartners, targetWeights) = weigh(targetKeys)
        sourceKnown = sourceWeights.map { $0.reduce(0, +) }
        targetKnown = targetWeights.map { $0.reduce(0, +) }
        sourceBackground = Array(repeating: 0, count: sourceCount)
        targetBackground = Array(repeating: 0, count: targetCount)
    }

    /// Estimates each sentence's chance coverage from the sentences near
    /// where `guide` (a first-pass path) puts its counterpart, leaving out
    /// the best match, which is probably the counterpart itself. A short
    /// text (a block of a few sentences) has too few others to tell chance
    /// from translation, and gets no discount.
    ///
    /// Also measures how much of a translation the lexicon explains on this
    /// text: the share of the words `prior` knows that it links across the
    /// first pass's confident 1-1 beads. Where it explains much, a sentence
    /// it cannot link to its bead stands out; where it explains little
    /// (vocabulary it has not seen), silence proves little.
    ///
    /// - Parameter prior: what was known before this run (the shipped
    ///   lexicon and the glossary). Associations learned from the confident
    ///   beads themselves would cover those very beads and read as 0.5–0.7
    ///   on any text; the prior alone reads 0.6–0.7 on text like the one it
    ///   was learned from and 0.2–0.4 on other text (dev documents against
    ///   a lexicon learned from the other half of the dev lines).
    mutating func calibrate(guide: [Int], confident: [(Int, Int)], prior: LexicalModel, radius: Int = 5) {
        guard hasLexicon, sourceCount > 0, targetCount > 0 else { return }
        // The second pass searches 5 sentences either side of the path, and
        // its beads reach up to 3 further.
        coverageCache = CoverageCache(guide: guide, radius: 8)
        var covered = 0, known = 0
        func link(_ keys: [Int32], _ others: [Int32]) {
            for key in keys {
                guard let partners = prior.partners(of: key) else { continue }
                known += 1
                if partners.contains(where: { Self.contains(others, $0) }) { covered += 1 }
            }
        }
        for (i, j) in confident {
            link(sourceKeys[i], targetKeys[j])
            link(targetKeys[j], sourceKeys[i])
        }
        // A paragraph has too few confident beads to measure this on. Trusting
        // nothing there let an untranslated sentence be glued on in every
        // short block; instead it is assumed to be what the bundled lexicon
        // explains of text it was not learned from (0.3), weighing as much as
        // 20 measured words, so that a long text's own measure outweighs it.
        // Held-out dev lines cut into 3- and 5-line documents: omission
        // recall 0.50–0.58 → 0.58–0.73, noisy allF1 +0.002 to +0.009, clean
        // allF1 −0.008 to +0.001 (README); 40-line documents unchanged.
        let assumedRate = prior.isEmpty ? 0 : 0.3, assumedWords = 20.0
        coverageRate = (Double(covered) + assumedRate * assumedWords) / (Double(known) + assumedWords)
        // From 40 % of the known words linked to `trustedRate`, the omission
        // cost moves to the one for well-explained text.
        let explained = min(1, max(0, (coverageRate - 0.4) / (Self.trustedRate - 0.4)))
        omissionCost = configuration.omissionCost + explained * (configuration.explainedOmissionCost - configuration.omissionCost)
        func background(_ values: [Double]) -> Double {
            let others = values.sorted(by: >).dropFirst()
            guard others.count >= 4 else { return 0 }
            return others.reduce(0, +) / Double(others.count)
        }
        var targetValues = Array(repeating: [Double](), count: targetCount)
        for i in 0..<sourceCount {
            let center = min(max(guide[i], 0), targetCount - 1)
            var values: [Double] = []
            for j in max(0, center - radius)...min(targetCount - 1, center + radius) {
                let c = pairCoverage(i, j)
                values.append(c.source)
                targetValues[j].append(c.target)
            }
            sourceBackground[i] = background(values)
        }
        for j in 0..<targetCount { targetBackground[j] = background(targetValues[j]) }
    }

    func cost(source range: Range<Int>, target targetRange: Range<Int>, prior: Double) -> Double {
        // A sentence left untranslated on the other site (copied as is) is
        // still its counterpart: pair it, and let the checks say it is a copy.
        // Sentence boundaries may differ, since each side is split by its own
        // language's rules, so the texts are compared whole, spaces ignored.
        if sourceTextLength[range.upperBound] - sourceTextLength[range.lowerBound]
            == targetTextLength[targetRange.upperBound] - targetTextLength[targetRange.lowerBound],
           range.map({ sourceText[$0] }).joined() == targetRange.map({ targetText[$0] }).joined() {
            return prior - 5
        }
        var cost = prior
        if configuration.useLength {
            let ko = Double(sourceLength[range.upperBound] - sourceLength[range.lowerBound])
            let en = Double(targetLength[targetRange.upperBound] - targetLength[targetRange.lowerBound])
            // Smoothing of 8 characters keeps very short sentences
            // ("그렇다." / "Yes.") from dominating the cost.
            let z = log((en + 8) / (ko * ratio + 8)) / spread
            cost += z * z / 2
        }
        if configuration.useNumbers {
            // Numbers are copied verbatim far more often than not: each one
            // found on both sides is evidence for the bead, each one found on
            // one side only, against, and more: a number left out of one
            // side is the surer sign (weights from the joint search).
            let (shared, unmatched) = Self.overlap(sourceNumbers, range, targetNumbers, targetRange)
            cost += 2.2 * Double(unmatched) - 1.4 * Double(shared)
        }
        if configuration.useLatinWords {
            // Latin words in Korean text (ASCI, IBM, CNN) reappear in the
            // English. Only a word found counts: a missing one proved nothing
            // (spelled out, or a gloss the translator dropped), and charging
            // for it glued neighbours on to find it (dev bench: clean 0.951
            // → 0.962, held out 0.916 → 0.937).
            var found = 0
            for index in range {
                for word in sourceLatin[index] where targetRange.contains(where: { Self.contains(targetWords[$0], word) }) {
                    found += 1
                }
            }
            cost -= Double(min(found, 3))
        }
        if configuration.useNames {
            var found = 0
            for t in targetRange {
                for name in targetNames[t] where range.contains(where: { Self.contains(sourceNames[$0], name) }) {
                    found += 1
                }
            }
            cost -= Double(min(found, 3))
        }
        if configuration.usePunctuation {
            if sourceQuestion[range.upperBound - 1] != targetQuestion[targetRange.upperBound - 1] { cost += 1 }
            // A quotation is kept in translation: against sentences two
            // apart, a true 1-1 pair of the dev gold has quotes on both
            // sides 2.2 times as often, on the English side alone a third
            // as often, on the Korean side alone half as often. The log
            // odds (0.8, 1.2, 0.7) are damped to two thirds, since quotes
            // go with names and numbers the other signals already count.
            let korean = range.contains { sourceQuote[$0] }, english = targetRange.contains { targetQuote[$0] }
            if korean && english {
                cost -= 0.5
            } else if english {
                cost += 0.8
            } else if korean {
                cost += 0.5
            }
        }
        if configuration.useLexicalModel, hasLexicon {
            // A known word whose partner is in the bead is evidence for it; a
            // known word whose partner is missing, against (weaker: free
            // translation drops words). Coverage is counted per sentence
            // pair and cached: the DP asks for the same pairs many times.
            // Each sentence counts the partners found in its best-matching
            // sentence on the other side, so merging two beads does not earn
            // the chance matches between their sentences.
            var covered = 0.0, known = 0.0
            var background = 0.0
            for t in targetRange { background += targetBackground[t] }
            for index in range { background += sourceBackground[index] }
            for t in targetRange {
                var found = 0.0
                for index in range { found = max(found, pairCoverage(index, t).target) }
                covered += found
                known += targetKnown[t]
            }
            for index in range {
                var found = 0.0
                for t in targetRange { found = max(found, pairCoverage(index, t).source) }
                covered += found
                known += sourceKnown[index]
            }
            cost += 0.4 * (known - covered) - 0.8 * (covered - configuration.chanceCoverageWeight * background)
            // In a 1-2 or 2-1 bead (or 1-3, 3-1), each sentence of the longer
            // side must translate a part of the other that its neighbours do
            // not: a sentence that adds no coverage of its own is more likely
            // an untranslated sentence glued to its neighbour's bead. Only a
            // sentence with known words can show it; one the lexicon knows
            // nothing about is not held to it, and the others are held to it
            // in proportion to how much of this text the lexicon explains
            // (`calibrate`; a short text is assumed to be typical), in full
            // when they hold a glossary term.
            // A lexicon that links 60 % of the words of confident beads is
            // fully trusted (0.4 and 0.5 cost held-out omission precision).
            let measured = min(1, coverageRate / Self.trustedRate)
            if range.count == 1, targetRange.count > 1 {
                let all = sourceCoverage(range.lowerBound, by: targetRange)
                for t in targetRange {
                    let own = all - sourceCoverage(range.lowerBound, by: targetRange, excluding: t)
                    let weight = configuration.ownCoverageWeight * (targetCurated[t] ? 1 : measured)
                    cost += weight * max(0, min(1, targetKnown[t]) - own)
                }
            } else if targetRange.count == 1, range.count > 1 {
                let all = targetCoverage(targetRange.lowerBound, by: range)
                for i in range {
                    let own = all - targetCoverage(targetRange.lowerBound, by: range, excluding: i)
                    let weight = configuration.ownCoverageWeight * (sourceCurated[i] ? 1 : measured)
                    cost += weight * max(0, min(1, sourceKnown[i]) - own)
                }
            }
        }
        return cost
    }

    /// The weight of source sentence `i`'s known keys with a partner in any
    /// of `targets` but `excluded`.
    private func sourceCoverage(_ i: Int, by targets: Range<Int>, excluding excluded: Int = -1) -> Double {
        var mask: UInt64 = 0
        for t in targets where t != excluded { mask |= matches(i, t).source }
        return Self.weight(of: mask, sourceWeights[i])
    }

    /// The same for target sentence `t` and the source sentences `sources`.
    private func targetCoverage(_ t: Int, by sources: Range<Int>, excluding excluded: Int = -1) -> Double {
        var mask: UInt64 = 0
        for i in sources where i != excluded { mask |= matches(i, t).target }
        return Self.weight(of: mask, targetWeights[t])
    }

    /// The weight of source sentence `i`'s known keys with a partner in
    /// target sentence `t`, and the reverse.
    private func pairCoverage(_ i: Int, _ t: Int) -> (source: Double, target: Double) {
        let (source, target) = matches(i, t)
        return (Self.weight(of: source, sourceWeights[i]), Self.weight(of: target, targetWeights[t]))
    }

    /// Which known keys of source sentence `i` have a partner in target
    /// sentence `t` (bit k for the k-th known key; a sentence's first 64
    /// count), and the reverse. Cached: the DP asks for the same pairs many
    /// times, and bit sets let a many-sentence bead combine them cheaply.
    private func matches(_ i: Int, _ t: Int) -> (source: UInt64, target: UInt64) {
        if let cached = coverageCache.lookup(i, t) { return cached }
        var target: UInt64 = 0, source: UInt64 = 0
        let sourceBits = sourceSignature[i], targetBits = targetSignature[t]
        for (k, partners) in targetPartners[t].prefix(64).enumerated()
        where partners.contains(where: { Self.mayContain(sourceBits, $0) && Self.contains(sourceKeys[i], $0) }) {
            target |= 1 << UInt64(k)
        }
        for (k, partners) in sourcePartners[i].prefix(64).enumerated()
        where partners.contains(where: { Self.mayContain(targetBits, $0) && Self.contains(targetKeys[t], $0) }) {
            source |= 1 << UInt64(k)
        }
        coverageCache.store(i, t, (source, target))
        return (source, target)
    }

    private static func signature(_ keys: [Int32]) -> UInt64 {
        keys.reduce(0) { $0 | 1 << UInt64($1 & 63) }
    }

    @inline(__always)
    private static func mayContain(_ signature: UInt64, _ key: Int32) -> Bool {
        signature & (1 << UInt64(key & 63)) != 0
    }

    @inline(__always)
    private static func weight(of mask: UInt64, _ weights: [Double]) -> Double {
        var total = 0.0, bits = mask
        while bits != 0 {
            total += weights[bits.trailingZeroBitCount]
            bits &= bits - 1
        }
        return total
    }

    private static func squeezed(_ texts: [String]) -> String {
        String(texts.joined().unicodeScalars.filter { !Script.isWhitespace($0) })
    }

    /// Values shared by the two sides of a bead, and values on one side only.
    private static func overlap(_ lhs: [[Int32]], _ lhsRange: Range<Int>,
                                _ rhs: [[Int32]], _ rhsRange: Range<Int>) -> (shared: Int, unmatched: Int) {
        var shared = 0, unmatched = 0
        for i in lhsRange {
            for value in lhs[i] {
                if rhsRange.contains(where: { contains(rhs[$0], value) }) { shared += 1 } else { unmatched += 1 }
            }
        }
        for j in rhsRange {
            for value in rhs[j] where !lhsRange.contains(where: { contains(lhs[$0], value) }) { unmatched += 1 }
        }
        return (shared, unmatched)
    }

    /// Binary search in a sorted array.
    @inline(__always)
    private static func contains(_ sorted: [Int32], _ value: Int32) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) >> 1
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == value
    }
}

/// Per-run memo of sentence-pair coverage; a class so that scoring, a
/// read-only operation to the DP, can fill it.
final class CoverageCache {
    typealias Matches = (source: UInt64, target: UInt64)
    /// Pairs near a known path, in a flat table (row i holds columns
    /// `center[i] - radius ... center[i] + radius`), since hashing every
    /// lookup cost more than the matching itself; other pairs in a dictionary.
    /// The table is raw memory owned by the cache: as stored arrays of a
    /// class, every access paid a dynamic exclusivity check (5 % of a long
    /// text's time).
    private let center: [Int]
    private let radius: Int
    private let table: UnsafeMutableBufferPointer<Matches>
    private let filled: UnsafeMutableBufferPointer<Bool>
    private var others: [Int: Matches] = [:]

    convenience init() {
        self.init(guide: [], radius: 0)
    }

    /// Prepares the flat table around `guide` (per source row, the target
    /// column of the path).
    init(guide: [Int], radius: Int) {
        center = guide
        self.radius = radius
        table = .allocate(capacity: guide.count * (2 * radius + 1))
        table.initialize(repeating: (0, 0))
        filled = .allocate(capacity: table.count)
        filled.initialize(repeating: false)
    }

    deinit {
        table.deallocate()
        filled.deallocate()
    }

    @inline(__always)
    private func slot(_ i: Int, _ t: Int) -> Int? {
        guard i < center.count else { return nil }
        let offset = t - center[i] + radius
        return offset >= 0 && offset <= 2 * radius ? i * (2 * radius + 1) + offset : nil
    }

    @inline(__always)
    func lookup(_ i: Int, _ t: Int) -> Matches? {
        guard let slot = slot(i, t) else { return others[i << 32 | t] }
        return filled[slot] ? table[slot] : nil
    }

    func store(_ i: Int, _ t: Int, _ matches: Matches) {
        if let slot = slot(i, t) {
            table[slot] = matches
            filled[slot] = true
        } else {
            others[i << 32 | t] = matches
        }
    }
}
