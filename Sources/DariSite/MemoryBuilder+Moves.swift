import DariAlignment
import DariModel

/// Blocks a translation has in another order, paired across each other.
///
/// The block aligner pairs blocks in document order, so two paragraphs the
/// translation swapped leave one of them with no counterpart on each page
/// (or pair one with the other's translation and leave the rest): untranslated
/// text reported on both sides of a page that translates every word. After
/// the in-order alignment (and the split joining), the blocks that are
/// alone, or in a doubtful pair the lexicon does not vouch for, are paired
/// again, each with the block of the other page that
/// translates it by its words; such a pair may cross the in-order pairs
/// between them, which `moved-block` reports as a note on the order.
///
/// Only strong evidence pairs: both blocks of one kind (code blocks: the
/// same code; any block: the same element id, used once on each page), at most
/// `moveWindow` links apart, at least half of the sentences of each block in
/// sentence pairs the lexicon vouches for (two linked words, numbers or
/// Latin words), `minimumSharedWords` in all, and each the other's best
/// candidate. A section removed
/// from one page and a different one added to the other share no such
/// words and stay one-sided. The work is bounded: only doubtful pairs are
/// aligned again (a page whose pairs all look right costs nothing), and each free block
/// is compared with at most `2 · moveWindow` others, so a page costs time
/// linear in its blocks and no memory beyond its links.
extension MemoryBuilder {
    /// How far apart, in links, two lone blocks may be and still be paired
    /// as moved: a paragraph moved past a few neighbours, not across a page.
    static let moveWindow = 12
    /// Linked words (numbers, Latin words) two blocks must share in all: two
    /// in one sentence pair happen by chance between paragraphs on one topic
    /// ("설정 파일" and "settings … installer" in a removed section and an
    /// added one).
    static let minimumSharedWords = 4
    /// A pair the block aligner was this unsure of (`BlockAligner.confidence`
    /// of a pair cost of 1; correct pairs cost 0–2, wrong ones from 2) is
    /// checked by its words. On the swapped paragraphs of
    /// `MarkdownDriftTests` the two wrong pairs cost 1.4 and 2.9.
    static let weakPairScore = BlockAligner.confidence(pairCost: 1)
    /// The score of a pair its element ids make: sure of the pair, whatever
    /// its text says (it may be outdated).
    static let elementIDScore = 0.9

    func pairingMovedBlocks(_ links: [BlockLink], source: [Block], target: [Block],
                            sentenceAligner: any SentenceAligning) throws -> [BlockLink] {
        var cache = SideCache()
        cache.elementIDs = (Block.elementIDsUsedOnce(in: source), Block.elementIDsUsedOnce(in: target))
        // The blocks free to pair again: those with no counterpart, and those
        // of a one-to-one pair that looked doubtful to the block aligner
        // (`weakPairScore`) and that the lexicon does not vouch for either: the
        // in-order alignment pairs a moved paragraph with whatever stands in
        // its place. A pair that shares a block with another (a split) stays.
        var free = Set(links.indices.filter { !links[$0].isPair })
        for index in links.indices where links[index].isPair && links[index].score < Self.weakPairScore {
            guard !(index > 0 && MemoryBuilder.shareABlock(links[index - 1], links[index])),
                  !(index + 1 < links.count && MemoryBuilder.shareABlock(links[index], links[index + 1])) else { continue }
            let (s, t) = (links[index].source!, links[index].target!)
            if try moveEvidence(source: s, source[s], target: t, target[t], sentenceAligner: sentenceAligner,
                                cache: &cache) == nil {
                free.insert(index)
            }
        }
        guard free.contains(where: { links[$0].source != nil }), free.contains(where: { links[$0].target != nil }),
              free.count >= 2 else { return links }
        let freeSources = free.sorted().filter { links[$0].source != nil }
        let freeTargets = free.sorted().filter { links[$0].target != nil }

        // The best candidate of each free block, by evidence (ties: the nearer, then the earlier).
        var bestOfSource: [Int: (link: Int, evidence: MoveEvidence)] = [:]
        var bestOfTarget: [Int: (link: Int, evidence: MoveEvidence)] = [:]
        func better(_ candidate: MoveEvidence, at distance: Int, than current: (link: Int, evidence: MoveEvidence)?,
                    from origin: Int) -> Bool {
            guard let current else { return true }
            if candidate.sharedWords != current.evidence.sharedWords {
                return candidate.sharedWords > current.evidence.sharedWords
            }
            return distance < abs(current.link - origin)
        }
        for s in freeSources {
            let sourceIndex = links[s].source!
            // `freeTargets` is in link order: start at the first within the window.
            var low = 0, high = freeTargets.count
            while low < high {
                let middle = (low + high) / 2
                if freeTargets[middle] < s - Self.moveWindow { low = middle + 1 } else { high = middle }
            }
            for t in freeTargets[low...].prefix(while: { $0 <= s + Self.moveWindow }) where t != s {
                let targetIndex = links[t].target!
                guard target[targetIndex].kind == source[sourceIndex].kind,
                      let evidence = try moveEvidence(source: sourceIndex, source[sourceIndex], target: targetIndex,
                                                      target[targetIndex], sentenceAligner: sentenceAligner,
                                                      cache: &cache) else { continue }
                if better(evidence, at: abs(t - s), than: bestOfSource[s], from: s) { bestOfSource[s] = (t, evidence) }
                if better(evidence, at: abs(t - s), than: bestOfTarget[t], from: t) { bestOfTarget[t] = (s, evidence) }
            }
        }
        // Mutual best candidates pair; what they leave behind has no counterpart.
        var targetOfSourceLink: [Int: (target: Int, score: Double)] = [:]
        var matchedTargetLinks = Set<Int>()
        for s in freeSources {
            guard let (t, evidence) = bestOfSource[s], bestOfTarget[t]?.link == s else { continue }
            targetOfSourceLink[s] = (links[t].target!, evidence.score)
            matchedTargetLinks.insert(t)
        }
        guard !targetOfSourceLink.isEmpty else { return links }
        var result: [BlockLink] = []
        result.reserveCapacity(links.count + targetOfSourceLink.count)
        for (index, link) in links.enumerated() {
            if let sourceBlock = link.source {
                if let match = targetOfSourceLink[index] {
                    result.append(BlockLink(source: sourceBlock, target: match.target, score: match.score))
                } else if link.target != nil, !matchedTargetLinks.contains(index) {
                    result.append(link)
                    continue
                } else {
                    result.append(BlockLink(source: sourceBlock, target: nil, score: 0))
                }
            }
            if let targetBlock = link.target, !matchedTargetLinks.contains(index) {
                result.append(BlockLink(source: nil, target: targetBlock, score: 0))
            }
        }
        return result
    }

    /// How strongly two blocks translate each other.
    struct MoveEvidence {
        /// Words the lexicon links, numbers and Latin words, over the vouched sentence pairs.
        var sharedWords: Int
        /// The share of the two blocks' sentences in vouched pairs, as a pair confidence.
        var score: Double
    }

    /// Each lone block's sentences, segmented once however many candidates it is compared with.
    struct SideCache {
        var sources: [Int: Side] = [:]
        var targets: [Int: Side] = [:]
        /// The element ids each page uses once (`Block.elementIDsUsedOnce`).
        var elementIDs: (source: Set<String>, target: Set<String>) = ([], [])
    }

    /// The evidence that `sourceBlock` and `targetBlock` translate each
    /// other; nil when it is not strong (see the extension's comment).
    private func moveEvidence(source sourceIndex: Int, _ sourceBlock: Block, target targetIndex: Int, _ targetBlock: Block,
                              sentenceAligner: any SentenceAligning, cache: inout SideCache) throws -> MoveEvidence? {
        // An element id each page uses once (a heading's anchor, `<p id>`) names the
        // same block on both: a section the translation moved keeps its anchor
        // (React's "Past Conferences {/*past-conferences*/}", a heading of two words
        // that no lexicon vouches for). Within the window only, as any move: paired
        // across a whole page, LibreOffice's function lists (sorted by each language's
        // names, their examples without ids) went from 9 moved-block notes to 486 and
        // from one finding per unpaired section to one per example.
        if let id = sourceBlock.elementID, id == targetBlock.elementID,
           cache.elementIDs.source.contains(id), cache.elementIDs.target.contains(id) {
            return MoveEvidence(sharedWords: Int.max, score: Self.elementIDScore)
        }
        // Code is not translated: the same code, whatever its layout, is the evidence.
        if sourceBlock.kind == .code {
            func compact(_ text: String) -> String { String(text.unicodeScalars.filter { !$0.properties.isWhitespace }) }
            let code = compact(sourceBlock.text)
            guard !code.isEmpty, code == compact(targetBlock.text) else { return nil }
            return MoveEvidence(sharedWords: Self.minimumSharedWords, score: 1)
        }
        let sourceSide: Side
        if let cached = cache.sources[sourceIndex] { sourceSide = cached } else {
            sourceSide = try Side(blocks: [sourceBlock], segmenter: sourceSegmenter)
            cache.sources[sourceIndex] = sourceSide
        }
        let targetSide: Side
        if let cached = cache.targets[targetIndex] { targetSide = cached } else {
            targetSide = try Side(blocks: [targetBlock], segmenter: targetSegmenter)
            cache.targets[targetIndex] = targetSide
        }
        guard !sourceSide.sentences.isEmpty, !targetSide.sentences.isEmpty else { return nil }
        let beads = sentenceAligner.align(source: sourceSide.sentences, target: targetSide.sentences,
                                          sourceCodes: sourceSide.codes, targetCodes: targetSide.codes)
        var shared = 0, vouchedSource = 0, vouchedTarget = 0
        for bead in beads where !bead.isOmission {
            let words = sentenceAligner.sharedWords(source: bead.source.map { sourceSide.sentences[$0] }.joined(separator: " "),
                                                    target: bead.target.map { targetSide.sentences[$0] }.joined(separator: " "))
            guard words >= 2 else { continue }
            shared += words
            vouchedSource += bead.source.count
            vouchedTarget += bead.target.count
        }
        guard shared >= Self.minimumSharedWords, 2 * vouchedSource >= sourceSide.sentences.count,
              2 * vouchedTarget >= targetSide.sentences.count else {
            return nil
        }
        let share = Double(vouchedSource + vouchedTarget) / Double(sourceSide.sentences.count + targetSide.sentences.count)
        return MoveEvidence(sharedWords: shared, score: share)
    }
}
