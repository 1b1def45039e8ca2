import DariGlossary
import DariModel
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
    /// −log P(omission) − (−log P(1-1)): what leaving a sentence alone costs.
    /// 1-0/0-1 beads are 3 % of the noisy dev gold and 0 % of the clean, 1-1
    /// beads 90 %; ln(0.90 / 0.012) ≈ 4.3.
    public var omissionCost = 4.3
    /// Half-width of the first search band, in sentences.
    public var band = 24

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

    public init(configuration: AlignmentConfiguration = .default, glossary: Glossary? = nil) {
        self.configuration = configuration
        self.glossary = glossary
    }

    /// Bead shapes and their prior cost −ln(P(shape) / P(1-1)), from the
    /// shape counts of the dev gold (1-1 90 %, 1-2 3.7 %, 2-1 2.3 %,
    /// 1-3 0.7 %, 2-2 and 3-1 0.1 %), rounded.
    static let shapes: [(source: Int, target: Int, prior: Double)] = [
        (1, 1, 0), (1, 2, 3.0), (2, 1, 3.3), (2, 2, 5.5), (1, 3, 4.5), (3, 1, 5.5),
    ]

    public func align(source: [String], target: [String]) -> [Bead] {
        if source.isEmpty || target.isEmpty {
            return source.indices.map { Bead(source: $0..<$0 + 1, target: 0..<0, score: 0) }
                + target.indices.map { Bead(source: source.count..<source.count, target: $0..<$0 + 1, score: 0) }
        }
        var keys = LexicalKeys()
        let sourceFeatures = source.map { SentenceFeatures($0, language: .korean, keys: &keys) }
        let targetFeatures = target.map { SentenceFeatures($0, language: .english, keys: &keys) }
        var scorer = BeadScorer(configuration: configuration, source: sourceFeatures, target: targetFeatures)
        var beads = search(scorer: scorer)
        if configuration.useLexicalModel, source.count + target.count >= 6 {
            // Second pass: learn word associations from the confident 1-1
            // beads of the first pass, then align again with them.
            let confident = beads.filter { $0.source.count == 1 && $0.target.count == 1 && $0.cost < 2 }
            scorer.lexicon = LexicalModel(pairs: confident.map {
                (sourceFeatures[$0.source.lowerBound].lexicalKeys, targetFeatures[$0.target.lowerBound].lexicalKeys)
            })
            if !scorer.lexicon.isEmpty { beads = search(scorer: scorer) }
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
    func search(scorer: BeadScorer) -> [CostedBead] {
        let n = scorer.source.count, m = scorer.target.count
        var width = configuration.band + abs(n - m) / 4
        while true {
            let (beads, touchedEdge) = search(scorer: scorer, width: width)
            let coversAll = width >= max(n, m)
            if !touchedEdge || coversAll { return beads }
            width *= 2
        }
    }

    /// Moves: 0 = none, 1… = index into `moves`.
    private static let moves: [(Int, Int)] = [(1, 0), (0, 1)] + shapes.map { ($0.source, $0.target) }

    private func search(scorer: BeadScorer, width: Int) -> ([CostedBead], Bool) {
        let n = scorer.source.count, m = scorer.target.count
        let columns = 2 * width + 1
        func center(_ i: Int) -> Int { Int((Int64(i) * Int64(m)) / Int64(n)) }
        var cost = [Double](repeating: .infinity, count: (n + 1) * columns)
        var back = [UInt8](repeating: 0, count: (n + 1) * columns)
        @inline(__always) func slot(_ i: Int, _ j: Int) -> Int? {
            let offset = j - center(i) + width
            return offset >= 0 && offset < columns ? i * columns + offset : nil
        }
        cost[width - center(0)] = 0 // (0, 0)
        let omission = configuration.omissionCost
        for i in 0...n {
            let low = max(0, center(i) - width), high = min(m, center(i) + width)
            guard low <= high else { continue }
            for j in low...high where i > 0 || j > 0 {
                guard let here = slot(i, j) else { continue }
                var best = Double.infinity, move: UInt8 = 0
                for (index, step) in Self.moves.enumerated() {
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
                        stepCost = scorer.cost(source: pi..<i, target: pj..<j, prior: Self.shapes[index - 2].prior)
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
struct BeadScorer {
    let configuration: AlignmentConfiguration
    let source: [SentenceFeatures]
    let target: [SentenceFeatures]
    var lexicon = LexicalModel(pairs: [])
    /// English characters per Korean character, and the spread of the log
    /// ratio, estimated from the text being aligned.
    let ratio: Double
    let spread: Double
    private let sourceLength: [Int]
    private let targetLength: [Int]

    init(configuration: AlignmentConfiguration, source: [SentenceFeatures], target: [SentenceFeatures]) {
        self.configuration = configuration
        self.source = source
        self.target = target
        var running = 0
        sourceLength = [0] + source.map { running += $0.length; return running }
        running = 0
        targetLength = [0] + target.map { running += $0.length; return running }
        // The whole-text ratio is robust to omissions (a few % of either
        // side); clamp it to what Korean–English translation ever gives.
        let total = Double(targetLength.last ?? 0) / Double(max(1, sourceLength.last ?? 0))
        ratio = min(3.5, max(1.2, total.isFinite && total > 0 ? total : 2.1))
        // Spread of log(en/ko) per 1-1 line pair on the dev corpora: 0.32.
        spread = 0.32
    }

    func cost(source range: Range<Int>, target targetRange: Range<Int>, prior: Double) -> Double {
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
            var sourceNumbers: [String] = [], targetNumbers: [String] = []
            for index in range { sourceNumbers += source[index].numbers }
            for index in targetRange { targetNumbers += target[index].numbers }
            if !sourceNumbers.isEmpty || !targetNumbers.isEmpty {
                let sourceSet = Set(sourceNumbers), targetSet = Set(targetNumbers)
                let shared = sourceSet.intersection(targetSet).count
                let unmatched = sourceSet.count + targetSet.count - 2 * shared
                cost += 1.5 * Double(unmatched) - 1.5 * Double(shared)
            }
        }
        if configuration.useLatinWords {
            for index in range {
                for word in source[index].latinWords {
                    var found = false
                    for t in targetRange where target[t].latinWords.contains(word) { found = true; break }
                    cost += found ? -1 : 1
                }
            }
        }
        if configuration.useNames {
            var found = 0
            for t in targetRange {
                for name in target[t].names where range.contains(where: { source[$0].names.contains(name) }) {
                    found += 1
                }
            }
            cost -= 1.2 * Double(min(found, 3))
        }
        if configuration.usePunctuation {
            let sourceQuestion = source[range.upperBound - 1].isQuestion
            let targetQuestion = target[targetRange.upperBound - 1].isQuestion
            if sourceQuestion != targetQuestion { cost += 1 }
        }
        if configuration.useLexicalModel, !lexicon.isEmpty {
            var sourceKeys: [Int32] = [], targetKeys: [Int32] = []
            for index in range { sourceKeys += source[index].lexicalKeys }
            for index in targetRange { targetKeys += target[index].lexicalKeys }
            // A known word whose partner is in the bead is evidence for it; a
            // known word whose partner is missing, against (weaker: free
            // translation drops words).
            let coverage = lexicon.coverage(source: sourceKeys, target: targetKeys)
            cost += 0.25 * Double(coverage.missing) - 0.4 * Double(coverage.covered)
        }
        return cost
    }
}
