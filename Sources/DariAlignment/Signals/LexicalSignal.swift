import Foundation

/// Word pairs of the lexicon and the glossary: a known word whose partner
/// is in the bead is evidence for it; a known word whose partner is
/// missing, against (weaker: free translation drops words). Each sentence
/// counts the partners found in its best-matching sentence on the other
/// side, so merging two beads does not earn the chance matches between
/// their sentences; and the words a sentence's neighbours explain as well
/// (the text's topic) are discounted.
///
/// Silent until `use(_:curated:)` gives it a lexical model (the second pass).
struct LexicalSignal: BeadSignal {
    let configuration: AlignmentConfiguration
    let sourceKeys: [[Int32]], targetKeys: [[Int32]]
    /// Per sentence, a 64-bit signature of its keys (bit `key % 64`): most
    /// partners of a word are not in a given sentence, and one bit test
    /// says so before a binary search (`matches`).
    let sourceSignature: [UInt64], targetSignature: [UInt64]
    /// Per sentence, the lexicon partners of each of its known keys.
    var sourcePartners: [[[Int32]]] = [], targetPartners: [[[Int32]]] = []
    /// Per sentence, the weight of each known key: words that recur through
    /// the text (its topic) weigh less than words of this sentence alone.
    var sourceWeights: [[Double]] = [], targetWeights: [[Double]] = []
    var sourceKnown: [Double] = [], targetKnown: [Double] = []
    private(set) var hasLexicon = false
    /// Per sentence, how many of its known keys the sentences around its
    /// counterpart cover by chance (topic words): coverage above this is evidence.
    var sourceBackground: [Double] = [], targetBackground: [Double] = []
    /// The share of known words the lexicon covers in this text's confident
    /// beads; 0 until measured.
    private(set) var coverageRate = 0.0
    /// Per sentence, whether it holds a glossary term.
    var sourceCurated: [Bool] = [], targetCurated: [Bool] = []
    var coverageCache = CoverageCache()

    init(configuration: AlignmentConfiguration, source: [SentenceFeatures], target: [SentenceFeatures]) {
        self.configuration = configuration
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
        let minimumWeight = configuration.minimumKeyWeight
        func weigh(_ keys: [[Int32]]) -> (partners: [[[Int32]]], weights: [[Double]]) {
            var frequency: [Int32: Int] = [:]
            for sentence in keys { for key in sentence { frequency[key, default: 0] += 1 } }
            // log((N + 1) / frequency) / log(N + 1): 1 for a word of one
            // sentence, falling toward 0 (floored) for a word of all.
            let sentences = Double(keys.count) + 1
            var partners: [[[Int32]]] = [], weights: [[Double]] = []
            for sentence in keys {
                var p: [[Int32]] = [], w: [Double] = []
                for key in sentence {
                    guard let list = lexicon.partners(of: key), let count = frequency[key] else { continue }
                    p.append(list)
                    w.append(max(minimumWeight, log(sentences / Double(count)) / log(sentences)))
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
        sourceBackground = Array(repeating: 0, count: sourceKeys.count)
        targetBackground = Array(repeating: 0, count: targetKeys.count)
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
    /// - Parameters:
    ///   - prior: what was known before this run (the shipped lexicon and
    ///     the glossary). Associations learned from the confident beads
    ///     themselves would cover those very beads on any text.
    ///   - reach: how far from `guide` the next search looks, in target
    ///     sentences: the width of the coverage cache's flat table.
    /// - Returns: the share measured, or nil where nothing could be.
    mutating func calibrate(guide: [Int], confident: [(Int, Int)], prior: LexicalModel, reach: Int) -> Double? {
        let sourceCount = sourceKeys.count, targetCount = targetKeys.count
        guard hasLexicon, sourceCount > 0, targetCount > 0 else { return nil }
        coverageCache = CoverageCache(guide: guide, radius: reach)
        var covered = 0, known = 0
        func link(_ keys: [Int32], _ others: [Int32]) {
            for key in keys {
                guard let partners = prior.partners(of: key) else { continue }
                known += 1
                if partners.contains(where: { SortedIDs.contains(others, $0) }) { covered += 1 }
            }
        }
        for (i, j) in confident {
            link(sourceKeys[i], targetKeys[j])
            link(targetKeys[j], sourceKeys[i])
        }
        // A paragraph has too few confident beads to measure this on; it is
        // assumed to be typical, weighing as much as a few measured words.
        let assumedRate = prior.isEmpty ? 0 : configuration.assumedCoverageRate
        let assumedWords = configuration.assumedCoverageWords
        coverageRate = (Double(covered) + assumedRate * assumedWords) / (Double(known) + assumedWords)
        let minimumNeighbours = configuration.minimumChanceNeighbours
        func background(_ values: [Double]) -> Double {
            let others = values.sorted(by: >).dropFirst()
            guard others.count >= minimumNeighbours else { return 0 }
            return others.reduce(0, +) / Double(others.count)
        }
        let radius = configuration.chanceCoverageRadius
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
        return coverageRate
    }

    @inline(__always)
    func add(to cost: inout Double, source range: Range<Int>, target targetRange: Range<Int>) {
        guard hasLexicon else { return }
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
        cost += configuration.missingPartnerCost * (known - covered)
            - configuration.foundPartnerBonus * (covered - configuration.chanceCoverageWeight * background)
        addOwnCoverage(to: &cost, source: range, target: targetRange)
    }

    private static func signature(_ keys: [Int32]) -> UInt64 {
        keys.reduce(0) { $0 | 1 << UInt64($1 & 63) }
    }
}

extension LexicalSignal {
    /// Whether source sentence `i` and target sentence `t`, a 1-1 bead, are
    /// two unrelated sentences by their words: each side knows enough words
    /// (`AlignmentConfiguration.unrelatedMinimumKnown`), and the words linked
    /// across are far fewer than a translation links (the log-likelihood
    /// ratio of translation against chance, summed over the known words,
    /// is below −`unrelatedEvidence`). A translation the lexicon barely
    /// explains has few known words, and is not judged.
    func isUnrelated(_ i: Int, _ t: Int) -> Bool {
        guard hasLexicon, configuration.unrelatedEvidence < .infinity,
              min(sourceKnown[i], targetKnown[t]) >= configuration.unrelatedMinimumKnown else { return false }
        let coverage = pairCoverage(i, t)
        return saysUnrelated(linked: coverage.source + coverage.target, known: sourceKnown[i] + targetKnown[t])
    }

    /// Whether `linked` of `known` words linked across is far fewer than a
    /// translation links: the log-likelihood ratio of translation against
    /// chance is below −`unrelatedEvidence`. Where the lexicon is measured
    /// to explain less of this text's translations, a word without its
    /// partner says less; a paragraph too short to measure is taken as typical.
    private func saysUnrelated(linked: Double, known: Double) -> Bool {
        let chance = configuration.chancePartnerRate
        let translation = min(configuration.translationPartnerRate, max(configuration.assumedCoverageRate, coverageRate))
        let evidence = linked * log(translation / chance) + (known - linked) * log((1 - translation) / (1 - chance))
        return evidence < -configuration.unrelatedEvidence
    }

    /// Whether the 1-1 beads `pairs` of one block, taken together, pair
    /// unrelated sentences: not one word of any pair is linked across, and
    /// the words of all of them, summed, say unrelated as `isUnrelated`
    /// does for one pair. A block whose original was rewritten (a command
    /// page turned into an alias page) pairs its old sentences with the
    /// new ones by position, each pair too short to judge alone.
    func areUnrelatedTogether(_ pairs: [(Int, Int)]) -> Bool {
        guard hasLexicon, configuration.unrelatedEvidence < .infinity, pairs.count >= 2 else { return false }
        var sourceWords = 0.0, targetWords = 0.0
        for (i, t) in pairs {
            let coverage = pairCoverage(i, t)
            if coverage.source + coverage.target > 0 { return false }
            sourceWords += sourceKnown[i]
            targetWords += targetKnown[t]
        }
        guard min(sourceWords, targetWords) >= configuration.unrelatedMinimumKnown else { return false }
        return saysUnrelated(linked: 0, known: sourceWords + targetWords)
    }
}
