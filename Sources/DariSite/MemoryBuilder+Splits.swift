import DariAlignment
import DariExtraction
import DariMemory
import DariModel
import DariSegmentation

/// Paragraphs one page splits and the other keeps whole, found by their words.
///
/// The block aligner joins a split paragraph only when each half shares a
/// number, a Latin word or a link with the whole. A split of plain prose
/// ("Every Saturday we share a meal…" / "After the meal we pray…" against one
/// Korean paragraph) left the second half "only in en": a false report of
/// untranslated text. Here the sentence aligner, with its lexicon, is the
/// judge.
extension MemoryBuilder {
    /// The links, with each running-text block the block aligner left alone
    /// joined to its neighbour's pair where it is the rest of a paragraph the
    /// other page keeps whole (see `continuesSplit`).
    func joiningSplits(_ links: [BlockLink], source: [Block], target: [Block],
                       sentenceAligner: any SentenceAligning) throws -> [BlockLink] {
        var links = links
        for index in links.indices {
            guard let side = LoneSide(links[index]) else { continue }
            let lone = side.lone(links[index])!
            guard side.parts(source, target)[lone].kind.isRunningText else { continue }
            for neighbour in [index - 1, index + 1] where links.indices.contains(neighbour) && links[neighbour].isPair {
                let whole = side.whole(links[neighbour])!
                // The whole block's pairs: the consecutive links around the neighbour that pair it.
                var group = neighbour...neighbour
                while group.lowerBound > 0, group.lowerBound - 1 != index, links[group.lowerBound - 1].isPair,
                      side.whole(links[group.lowerBound - 1]) == whole { group = group.lowerBound - 1...group.upperBound }
                while group.upperBound + 1 < links.count, group.upperBound + 1 != index, links[group.upperBound + 1].isPair,
                      side.whole(links[group.upperBound + 1]) == whole { group = group.lowerBound...group.upperBound + 1 }
                let parts = group.map { side.lone(links[$0])! }
                guard try continuesSplit(lone: lone, parts: parts, whole: whole, side: side, source: source, target: target,
                                         sentenceAligner: sentenceAligner) else { continue }
                links[index] = side.link(whole: whole, part: lone, score: links[neighbour].score)
                break
            }
        }
        return links
    }

    /// Whether block `lone` continues the blocks `parts` that pair with
    /// `whole` on the other side.
    ///
    /// It must follow or precede them on its page and be of their kind; and,
    /// aligned with them against the whole block as one group, at least half
    /// of its sentences must find partners the lexicon vouches for (two
    /// linked words), among them a sentence of the whole block that the
    /// parts alone left untranslated or glued to a neighbour (a 2-1 bead). A
    /// paragraph that really is untranslated has nothing on the other side to
    /// take: the parts already translate every sentence one to one. The
    /// lexicon's word is needed because on a few sentences the aligner would
    /// rather pair two unrelated ones of similar length than leave both out.
    private func continuesSplit(lone: Int, parts: [Int], whole: Int, side: LoneSide, source: [Block], target: [Block],
                                sentenceAligner: any SentenceAligning) throws -> Bool {
        let blocks = side.parts(source, target)
        guard lone == parts.min()! - 1 || lone == parts.max()! + 1,
              parts.allSatisfy({ blocks[$0].kind == blocks[lone].kind }) else { return false }
        let wholeBlock = side.wholes(source, target)[whole]
        let before = try align(whole: wholeBlock, parts: parts.map { blocks[$0] }, side: side, sentenceAligner: sentenceAligner)
        let joined = (parts + [lone]).sorted()
        let after = try align(whole: wholeBlock, parts: joined.map { blocks[$0] }, side: side, sentenceAligner: sentenceAligner)
        let loneSentences = after.partRanges[joined.firstIndex(of: lone)!]
        guard !loneSentences.isEmpty else { return false }
        let unexplained = Set(before.beads.filter { before.parts($0).isEmpty || before.wholes($0).count > 1 }.flatMap(before.wholes))
        let taking = after.beads.filter { bead in
            guard !bead.isOmission, after.parts(bead).overlaps(loneSentences) else { return false }
            return sentenceAligner.sharedWords(source: after.text(bead.source, ofSource: true),
                                               target: after.text(bead.target, ofSource: false)) >= 2
        }
        let paired = taking.flatMap(after.parts).filter(loneSentences.contains).count
        return 2 * paired >= loneSentences.count && taking.flatMap(after.wholes).contains(where: unexplained.contains)
    }

    /// One block aligned with several of the other side, sentence by sentence.
    private struct Group {
        var beads: [Bead]
        var side: LoneSide
        var wholeSentences: [String]
        var partSentences: [String]
        /// Per block of the several, its sentences' numbers in `partSentences`.
        var partRanges: [Range<Int>]

        func wholes(_ bead: Bead) -> Range<Int> { side.loneIsTarget ? bead.source : bead.target }
        func parts(_ bead: Bead) -> Range<Int> { side.loneIsTarget ? bead.target : bead.source }

        /// The sentences `range` of the source (Korean) or target side, as one text.
        func text(_ range: Range<Int>, ofSource: Bool) -> String {
            let sentences = ofSource == side.loneIsTarget ? wholeSentences : partSentences
            return range.map { sentences[$0] }.joined(separator: " ")
        }
    }

    private func align(whole: Block, parts: [Block], side: LoneSide, sentenceAligner: any SentenceAligning) throws -> Group {
        let wholeSide = try Side(blocks: [whole], segmenter: side.loneIsTarget ? sourceSegmenter : targetSegmenter)
        let partSide = try Side(blocks: parts, segmenter: side.loneIsTarget ? targetSegmenter : sourceSegmenter)
        let beads = side.loneIsTarget
            ? sentenceAligner.align(source: wholeSide.sentences, target: partSide.sentences,
                                    sourceCodes: wholeSide.codes, targetCodes: partSide.codes)
            : sentenceAligner.align(source: partSide.sentences, target: wholeSide.sentences,
                                    sourceCodes: partSide.codes, targetCodes: wholeSide.codes)
        let ends = partSide.firstSentence.dropFirst() + [partSide.sentences.count]
        return Group(beads: beads, side: side, wholeSentences: wholeSide.sentences, partSentences: partSide.sentences,
                     partRanges: zip(partSide.firstSentence, ends).map { $0..<$1 })
    }
}

/// Which side of the links a lone block is on: its page holds the parts of
/// a split, the other page the whole.
private struct LoneSide {
    let loneIsTarget: Bool

    /// nil unless `link` is a block with no counterpart.
    init?(_ link: BlockLink) {
        guard (link.source == nil) != (link.target == nil) else { return nil }
        loneIsTarget = link.source == nil
    }

    func lone(_ link: BlockLink) -> Int? { loneIsTarget ? link.target : link.source }
    func whole(_ link: BlockLink) -> Int? { loneIsTarget ? link.source : link.target }
    func parts(_ source: [Block], _ target: [Block]) -> [Block] { loneIsTarget ? target : source }
    func wholes(_ source: [Block], _ target: [Block]) -> [Block] { loneIsTarget ? source : target }

    func link(whole: Int, part: Int, score: Double) -> BlockLink {
        loneIsTarget ? BlockLink(source: whole, target: part, score: score) : BlockLink(source: part, target: whole, score: score)
    }
}

extension BlockLink {
    /// Pairs two blocks (not a block with no counterpart).
    var isPair: Bool { source != nil && target != nil }
}
