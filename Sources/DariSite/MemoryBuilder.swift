import CAllocator
import DariAlignment
import DariExtraction
import DariMemory
import DariModel
import DariSegmentation
import DariText

/// Turns aligned blocks into memory units: segments both blocks, aligns
/// their sentences, and cuts each block's inline content at the bead
/// boundaries so that every segment keeps its own codes.
struct MemoryBuilder {
    let sourceSegmenter: Segmenter
    let targetSegmenter: Segmenter

    init(sourceLanguage: Language, targetLanguage: Language) throws {
        sourceSegmenter = try Segmenter(language: sourceLanguage)
        targetSegmenter = try Segmenter(language: targetLanguage)
    }

    /// One unit per block link, in page order.
    ///
    /// Consecutive links that share a block (a paragraph one page splits in
    /// two, `BlockAligner`) are aligned as one group: the sentences of the
    /// two blocks against those of the one, and each of the two gets the
    /// beads that start in it, so no sentence of the shared block is lost or
    /// given twice.
    func units(links: [BlockLink], source: [Block], target: [Block],
               sentenceAligner: any SentenceAligning) throws -> [MemoryUnit] {
        var (source, target) = (source, target)
        return try units(links: links, taking: &source, &target, sentenceAligner: sentenceAligner)
    }

    /// `units(links:source:target:sentenceAligner:)` of blocks the caller
    /// gives up (left empty): each piece of the pages' blocks is released
    /// once every unit that reads it is made (`BlockPieces`), so a long
    /// page's blocks and its units are not all alive at once.
    func units(links: [BlockLink], taking source: inout [Block], _ target: inout [Block],
               sentenceAligner: any SentenceAligning) throws -> [MemoryUnit] {
        let links = try pairingMovedBlocks(
            try joiningSplits(links, source: source, target: target, sentenceAligner: sentenceAligner),
            source: source, target: target, sentenceAligner: sentenceAligner)
        var units: [MemoryUnit] = []
        // At most one unit per link; grown by doubling, a page of thousands
        // of blocks would hold its units twice while the array is copied.
        units.reserveCapacity(links.count)
        let elementIDs = ElementIDs(source: source, target: target)
        if source.count + target.count >= Self.longPairBlocks {
            // The block alignment's grid and features are freed by now, but
            // glibc keeps their pages resident, and the units and pieces are
            // mapped anew beside them: 1.4 MB of page-ratio's peak.
            _ = dari_allocator_release_free_memory()
        }
        var sourcePieces = BlockPieces(taking: &source), targetPieces = BlockPieces(taking: &target)
        // The last link that reads each piece: moved blocks are paired out
        // of page order, so a piece may be read again a few links on.
        var lastSourceUse = [Int](repeating: -1, count: sourcePieces.pieceCount)
        var lastTargetUse = [Int](repeating: -1, count: targetPieces.pieceCount)
        for (number, link) in links.enumerated() {
            if let index = link.source { lastSourceUse[BlockPieces.piece(of: index)] = number }
            if let index = link.target { lastTargetUse[BlockPieces.piece(of: index)] = number }
        }
        var (releasedSource, releasedTarget) = (0, 0)
        var start = 0
        while start < links.count {
            var end = start + 1
            while end < links.count, Self.shareABlock(links[end - 1], links[end]) { end += 1 }
            let group = links[start..<end]
            let sources = Self.unique(group.compactMap(\.source)).map { sourcePieces[$0] }
            let targets = Self.unique(group.compactMap(\.target)).map { targetPieces[$0] }
            let contradicted = sources.count == 1 && targets.count == 1
                && elementIDs.contradict(sources[0], targets[0])
            try units += self.units(sources: sources, targets: targets, sentenceAligner: sentenceAligner,
                                    scoreLimit: contradicted ? Self.contradictedPairScore : 1)
            start = end
            while releasedSource < lastSourceUse.count, lastSourceUse[releasedSource] < start {
                sourcePieces.release(piece: releasedSource)
                releasedSource += 1
            }
            while releasedTarget < lastTargetUse.count, lastTargetUse[releasedTarget] < start {
                targetPieces.release(piece: releasedTarget)
                releasedTarget += 1
            }
        }
        Self.numberRepeatedIDs(&units)
        return units
    }

    /// The blocks (both pages) from which a pair is long enough for the
    /// memory its block alignment freed to be handed back before its units
    /// are made: `malloc_trim` walks the whole heap, which on a site of
    /// short pages would cost more than it gives back.
    static let longPairBlocks = 4_096

    /// Gives the second and later units of a page pair that share an id
    /// "-2", "-3"… in page order, as `UniqueIDs` does; found by sorting, not
    /// with a table of every id, which for a page of thousands of short
    /// blocks takes a quarter of what its units do. An id is "u" and hex
    /// digits, so a numbered one never equals another's.
    static func numberRepeatedIDs(_ units: inout [MemoryUnit]) {
        var order = Array(units.indices)
        order.sort { units[$0].id < units[$1].id || (units[$0].id == units[$1].id && $0 < $1) }
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, units[order[end]].id == units[order[start]].id { end += 1 }
            for (number, index) in order[start + 1..<end].enumerated() { units[index].id += "-\(number + 2)" }
            start = end
        }
    }

    /// The highest bead score in a block pair whose element ids contradict
    /// it: below `ConsistencyGroups.confidentScore`, so the checks take its
    /// sentences for the aligner's guess, not for a translation.
    static let contradictedPairScore = 0.5

    /// The element ids each page uses once. Pages generated from one source
    /// (LibreOffice's help, DocBook manuals) give a paragraph the same id in
    /// both languages, so a pair of blocks whose ids differ while each id is
    /// on the other page is paired by position only: a section the
    /// translation moved or an older version's, where the aligner, which
    /// keeps page order, paired `Mean은 …` with "R represents …".
    struct ElementIDs {
        let source: Set<String>
        let target: Set<String>

        init(source: [Block], target: [Block]) {
            self.source = Block.elementIDsUsedOnce(in: source)
            self.target = Block.elementIDsUsedOnce(in: target)
        }

        func contradict(_ sourceBlock: Block, _ targetBlock: Block) -> Bool {
            guard let sourceID = sourceBlock.elementID, let targetID = targetBlock.elementID,
                  sourceID != targetID, source.contains(sourceID), target.contains(targetID)
            else { return false }
            return target.contains(sourceID) && source.contains(targetID)
        }
    }

    /// Two links pair a block with two blocks of the other side.
    static func shareABlock(_ first: BlockLink, _ second: BlockLink) -> Bool {
        guard first.isPair, second.isPair else { return false }
        return first.source == second.source || first.target == second.target
    }

    private static func unique(_ indices: [Int]) -> [Int] {
        indices.reduce(into: []) { if $0.last != $1 { $0.append($1) } }
    }

    /// The units of one group: one source block and one target block (either
    /// may be missing), or several blocks on one side and one on the other,
    /// which gives one unit per block of the several.
    private func units(sources: [Block], targets: [Block], sentenceAligner: any SentenceAligning,
                       scoreLimit: Double = 1) throws -> [MemoryUnit] {
        // A block copied as it is onto the other page (console output,
        // English left on the Korean page) is split by one language's rules
        // on both sides, so that its sentences pair one to one as copies;
        // split by each page's own, they differed, and the pieces the copy
        // bead could not take were reported as untranslated.
        let copySegmenter = sources.count == 1 && targets.count == 1 && sources[0].text == targets[0].text
            ? segmenter(forCopied: sources[0].text) : nil
        let sourceSide = try Side(blocks: sources, segmenter: copySegmenter ?? sourceSegmenter)
        let targetSide = try Side(blocks: targets, segmenter: copySegmenter ?? targetSegmenter)
        let beads: [Bead]
        if !sources.isEmpty, !targets.isEmpty {
            beads = sentenceAligner.align(source: sourceSide.sentences, target: targetSide.sentences,
                                          sourceCodes: sourceSide.codes, targetCodes: targetSide.codes)
        } else {
            // A block with no counterpart: every sentence is an omission.
            beads = sourceSide.sentences.indices.map { Bead(source: $0..<$0 + 1, target: 0..<0, score: 0) }
                + targetSide.sentences.indices.map { Bead(source: 0..<0, target: $0..<$0 + 1, score: 0) }
        }
        let sourcePieces = sourceSide.pieces(for: beads.map(\.source))
        let targetPieces = targetSide.pieces(for: beads.map(\.target))
        // Each bead goes to the block of the split side it starts in; a bead
        // with no sentence there stays with the block before it.
        let splitsSource = sources.count > 1
        let split = splitsSource ? sourceSide : targetSide
        var owner = 0
        let owners = beads.map { bead in
            let sentences = splitsSource ? bead.source : bead.target
            if let first = sentences.first { owner = split.block(ofSentence: first) }
            return owner
        }
        return (0..<max(1, split.blocks.count)).map { part in
            let sourceBlock = sources.isEmpty ? nil : sources[splitsSource ? part : 0]
            let targetBlock = targets.isEmpty ? nil : targets[splitsSource ? 0 : part]
            var segments: [MemorySegment] = []
            for (number, bead) in beads.enumerated() where owners[number] == part {
                var segment = MemorySegment(
                    id: "b\(segments.count + 1)",
                    source: sourcePieces[number],
                    target: bead.target.isEmpty || targets.isEmpty ? nil : targetPieces[number],
                    state: bead.isOmission ? .initial : .translated,
                    score: bead.isOmission ? nil : min(bead.score, scoreLimit),
                    shape: (bead.source.count, bead.target.count),
                    sourceLine: sourceSide.line(ofSentences: bead.source, unitLine: sourceBlock?.location.line),
                    targetLine: targetSide.line(ofSentences: bead.target, unitLine: targetBlock?.location.line)
                )
                segment.sourceLineMarks = sourceSide.lineMarks(ofSentences: bead.source)
                segment.targetLineMarks = targets.isEmpty ? [] : targetSide.lineMarks(ofSentences: bead.target)
                segments.append(segment)
            }
            let kind = (sourceBlock ?? targetBlock)!.kind
            let key = "\(kind)\u{1}\(sourceBlock?.text ?? "")\u{1}\(targetBlock?.text ?? "")"
            return MemoryUnit(
                // Made unique in the page pair by `numberRepeatedIDs`.
                id: "u" + Self.fingerprint(key),
                kind: kind,
                sourceLocation: sourceBlock?.location,
                targetLocation: targetBlock?.location,
                storedSourcePath: sourceBlock?.storedPath,
                storedTargetPath: targetBlock?.storedPath,
                segments: segments,
                suppressedChecks: Array(Set((sourceBlock?.suppressedChecks ?? []) + (targetBlock?.suppressedChecks ?? []))).sorted()
            )
        }
    }

    /// The segmenter of the language `text` is written in: Korean if it has
    /// Hangul, else English.
    private func segmenter(forCopied text: String) -> Segmenter {
        let language: Language = Script.containsHangul(text) ? .korean : .english
        return sourceSegmenter.language == language ? sourceSegmenter : targetSegmenter
    }

    /// The blocks of one side of a group and their sentences, numbered
    /// through the group.
    struct Side {
        let blocks: [Block]
        /// Per block, its sentences as ranges of its plain text.
        let ranges: [[Range<Int>]]
        let sentences: [String]
        /// Per sentence, its links, images and components
        /// (`VisibleCodes.anchors`), which the sentence aligner pairs like
        /// numbers: read when the side is aligned, never for a lone block.
        var codes: [[String]] {
            zip(blocks, ranges).flatMap { MemoryBuilder.anchors(of: $0.content, at: $1) }
        }
        /// Per block, the group-wide number of its first sentence.
        let firstSentence: [Int]

        init(blocks: [Block], segmenter: Segmenter) throws {
            self.blocks = blocks
            var ranges: [[Range<Int>]] = [], sentences: [String] = [], firstSentence: [Int] = []
            for block in blocks {
                let units = Array(block.text.utf16)
                let blockRanges = try segmenter.sentenceRanges(of: block, units: units)
                firstSentence.append(sentences.count)
                sentences += blockRanges.map { String(decoding: units[$0], as: UTF16.self) }
                ranges.append(blockRanges)
            }
            self.ranges = ranges
            self.sentences = sentences
            self.firstSentence = firstSentence
        }

        func block(ofSentence sentence: Int) -> Int {
            (firstSentence.lastIndex { $0 <= sentence }) ?? 0
        }

        /// The page line of the first of `sentences` (group-wide numbers),
        /// nil when it is `unitLine` or there is no sentence.
        func line(ofSentences sentences: Range<Int>, unitLine: Int?) -> Int? {
            guard let first = sentences.first, !blocks.isEmpty else { return nil }
            let block = block(ofSentence: first)
            let local = first - firstSentence[block]
            guard local < ranges[block].count else { return nil }
            let line = blocks[block].location(atTextOffset: ranges[block][local].lowerBound).line
            return line == unitLine || line == 0 ? nil : line
        }

        /// Where later page lines begin in the text of `sentences` (group-wide
        /// numbers) as its segment holds it (leading white space dropped);
        /// none when they span blocks.
        func lineMarks(ofSentences sentences: Range<Int>) -> [LineMark] {
            guard let first = sentences.first, let last = sentences.last, !blocks.isEmpty else { return [] }
            let block = block(ofSentence: first)
            guard block == self.block(ofSentence: last), !blocks[block].lineMarks.isEmpty else { return [] }
            let low = first - firstSentence[block], high = last - firstSentence[block]
            guard high < ranges[block].count else { return [] }
            let start = ranges[block][low].lowerBound, end = ranges[block][high].upperBound
            let lead = self.sentences[first].utf16.prefix { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }.count
            return blocks[block].lineMarks.filter { $0.offset > start + lead && $0.offset < end }
                .map { LineMark(offset: $0.offset - start - lead, line: $0.line) }
        }

        /// Per bead (group-wide sentence numbers), its content: the pieces
        /// of each block it covers, a space between blocks.
        func pieces(for beads: [Range<Int>]) -> [[InlineContent]] {
            var result = [[InlineContent]](repeating: [], count: beads.count)
            for (index, block) in blocks.enumerated() {
                let first = firstSentence[index], count = ranges[index].count
                let local = beads.map { bead in
                    let lower = min(max(bead.lowerBound, first), first + count)
                    let upper = max(min(bead.upperBound, first + count), lower)
                    return (lower - first)..<(upper - first)
                }
                for (number, piece) in MemoryBuilder.cut(block.content, at: ranges[index], into: local).enumerated() where !piece.isEmpty {
                    if result[number].isEmpty {
                        result[number] = piece
                    } else {
                        result[number].append(.text(" "))
                        result[number] += piece
                    }
                }
            }
            return result
        }
    }

    /// Splits a block's content into one piece per bead.
    ///
    /// Sentence `k` owns the text from its start to the next sentence's start
    /// (so a bead of sentences 2–3 also owns the space between them); the
    /// whitespace at either end of a piece is dropped. A code sitting exactly
    /// on a boundary goes where a reader expects it: an end code or a
    /// standalone code (`</a>`, `<br>`, a footnote mark) closes the earlier
    /// sentence, a start code opens the later one.
    ///
    /// - Parameters:
    ///   - ranges: the block's sentences, as UTF-16 offset ranges into its text, in order.
    ///   - beads: per bead, the sentence indices it covers (possibly empty).
    /// - Returns: one content array per bead; a bead with no sentences on this side gets `[]`.
    static func cut(_ content: [InlineContent], at ranges: [Range<Int>], into beads: [Range<Int>]) -> [[InlineContent]] {
        guard !ranges.isEmpty else { return beads.map { _ in [] } }
        // One sentence (a heading, a short paragraph) owns all of the
        // content: its bead shares the block's array and strings instead of
        // a copy of each (a memory holds its pages' text once more, not twice).
        if ranges.count == 1, !content.contains(where: { if case .text("") = $0 { true } else { false } }) {
            return beads.map { $0.contains(0) ? trimmed(content) : [] }
        }
        // Boundaries between sentence k-1 and k, as UTF-16 offsets.
        let starts = ranges.dropFirst().map(\.lowerBound)
        func sentence(atOffset offset: Int, isStart: Bool) -> Int { owner(atOffset: offset, isStart: isStart, starts: starts) }
        var perSentence = [[InlineContent]](repeating: [], count: ranges.count)
        var offset = 0
        let plainTexts = InlineContent.plainTextPieces(content)
        for (index, piece) in content.enumerated() {
            switch piece {
            case let .text(value):
                var buffer: [UInt16] = []
                var current = sentence(atOffset: offset, isStart: true)
                for unit in value.utf16 {
                    let owner = sentence(atOffset: offset, isStart: true)
                    if owner != current, !buffer.isEmpty {
                        perSentence[current].append(.text(String(decoding: buffer, as: UTF16.self)))
                        buffer.removeAll()
                    }
                    current = owner
                    buffer.append(unit)
                    offset += 1
                }
                if !buffer.isEmpty { perSentence[current].append(.text(String(decoding: buffer, as: UTF16.self))) }
            case .start:
                perSentence[sentence(atOffset: offset, isStart: true)].append(piece)
            case .end, .standalone:
                perSentence[sentence(atOffset: offset, isStart: false)].append(piece)
                // A line break may stand for a space in the text the ranges index.
                offset += plainTexts[index].utf16.count
            }
        }
        return beads.map { bead in
            trimmed(bead.flatMap { perSentence[$0] })
        }
    }

    /// The sentence that owns `offset`, given the offsets where sentences
    /// after the first start: a code that opens at a sentence's first
    /// offset is that sentence's (`isStart`), one that closes there the one before.
    private static func owner(atOffset offset: Int, isStart: Bool, starts: [Int]) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if isStart ? starts[middle] <= offset : starts[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Per sentence (`ranges`, UTF-16 offsets of the plain text), the
    /// anchors of its codes (`VisibleCodes.anchors`), each code given to the
    /// sentence `cut` gives it to, without cutting the text.
    static func anchors(of content: [InlineContent], at ranges: [Range<Int>]) -> [[String]] {
        var result = [[String]](repeating: [], count: ranges.count)
        guard !ranges.isEmpty, content.contains(where: { if case .text = $0 { false } else { true } }) else { return result }
        let starts = ranges.dropFirst().map(\.lowerBound)
        func sentence(atOffset offset: Int, isStart: Bool) -> Int { owner(atOffset: offset, isStart: isStart, starts: starts) }
        var offset = 0
        let plainTexts = InlineContent.plainTextPieces(content)
        for (index, piece) in content.enumerated() {
            switch piece {
            case let .text(value):
                offset += value.utf16.count
            case .start:
                if let anchor = VisibleCodes.anchor(piece) { result[sentence(atOffset: offset, isStart: true)].append(anchor) }
            case .end, .standalone:
                if let anchor = VisibleCodes.anchor(piece) { result[sentence(atOffset: offset, isStart: false)].append(anchor) }
                offset += plainTexts[index].utf16.count
            }
        }
        return result
    }

    /// Drops whitespace at both ends of the text, keeping every code.
    static func trimmed(_ content: [InlineContent]) -> [InlineContent] {
        var result = content
        // Text with nothing to drop is kept as it is (shared, not copied).
        if let first = result.firstIndex(where: { if case .text = $0 { return true }; return false }),
           case let .text(value) = result[first], value.first?.isWhitespace ?? true {
            let stripped = String(value.drop(while: \.isWhitespace))
            if stripped.isEmpty { result.remove(at: first); return trimmed(result) }
            result[first] = .text(stripped)
        }
        if let last = result.lastIndex(where: { if case .text = $0 { return true }; return false }),
           case let .text(value) = result[last], value.last?.isWhitespace ?? true {
            var stripped = Substring(value)
            while stripped.last?.isWhitespace == true { stripped = stripped.dropLast() }
            if stripped.isEmpty { result.remove(at: last); return trimmed(result) }
            result[last] = .text(String(stripped))
        }
        return result
    }

    /// A short, stable fingerprint of a block pair: 64-bit FNV-1a over the
    /// UTF-8 bytes, 12 hex digits. `Hasher` is seeded per process, so it
    /// cannot give ids that survive a rerun.
    static func fingerprint(_ text: String) -> String {
        String(FNV1a.hash(text.utf8).hex.prefix(12))
    }

    /// A path as an NMTOKEN-safe id part: `ko/news/a b.html` → `ko_news_a_b.html`.
    static func token(_ path: String) -> String {
        String(path.map { character -> Character in
            character.isLetter || character.isNumber || character == "." || character == "-" ? character : "_"
        })
    }
}
