import DariAlignment
import DariMemory

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
    func units(links: [BlockLink], source: [Block], target: [Block],
               sentenceAligner: any SentenceAligning) throws -> [MemoryUnit] {
        var ids = UniqueIDs()
        var units: [MemoryUnit] = []
        for link in links {
            let sourceBlock = link.source.map { source[$0] }
            let targetBlock = link.target.map { target[$0] }
            let sourceRanges = try sourceBlock.map { try sourceSegmenter.sentenceRanges(in: Array($0.text.utf16)) } ?? []
            let targetRanges = try targetBlock.map { try targetSegmenter.sentenceRanges(in: Array($0.text.utf16)) } ?? []
            let beads: [Bead]
            if sourceBlock != nil, targetBlock != nil {
                let sourceUnits = Array(sourceBlock!.text.utf16), targetUnits = Array(targetBlock!.text.utf16)
                beads = sentenceAligner.align(
                    source: sourceRanges.map { String(decoding: sourceUnits[$0], as: UTF16.self) },
                    target: targetRanges.map { String(decoding: targetUnits[$0], as: UTF16.self) }
                )
            } else {
                // A block with no counterpart: every sentence is an omission.
                beads = sourceRanges.indices.map { Bead(source: $0..<$0 + 1, target: 0..<0, score: 0) }
                    + targetRanges.indices.map { Bead(source: 0..<0, target: $0..<$0 + 1, score: 0) }
            }
            let sourcePieces = sourceBlock.map { Self.cut($0.content, at: sourceRanges, into: beads.map(\.source)) }
            let targetPieces = targetBlock.map { Self.cut($0.content, at: targetRanges, into: beads.map(\.target)) }
            var segments: [MemorySegment] = []
            for (number, bead) in beads.enumerated() {
                let sourceContent = sourcePieces?[number] ?? []
                let targetContent = bead.target.isEmpty ? nil : targetPieces?[number]
                let isOmission = bead.isOmission
                segments.append(MemorySegment(
                    id: "b\(number + 1)",
                    source: sourceContent,
                    target: targetContent,
                    state: isOmission ? .initial : .translated,
                    score: isOmission ? nil : bead.score,
                    shape: (bead.source.count, bead.target.count)
                ))
            }
            let kind = (sourceBlock ?? targetBlock)!.kind
            let key = "\(kind)\u{1}\(sourceBlock?.text ?? "")\u{1}\(targetBlock?.text ?? "")"
            units.append(MemoryUnit(
                id: ids.make(from: "u" + Self.fingerprint(key)),
                kind: kind,
                sourceLocation: sourceBlock?.location,
                targetLocation: targetBlock?.location,
                sourcePath: sourceBlock?.path,
                targetPath: targetBlock?.path,
                segments: segments,
                suppressedChecks: Array(Set((sourceBlock?.suppressedChecks ?? []) + (targetBlock?.suppressedChecks ?? []))).sorted()
            ))
        }
        return units
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
        // Boundaries between sentence k-1 and k, as UTF-16 offsets.
        let starts = ranges.dropFirst().map(\.lowerBound)
        func sentence(atOffset offset: Int, isStart: Bool) -> Int {
            var low = 0, high = starts.count
            while low < high {
                let middle = (low + high) / 2
                if isStart ? starts[middle] <= offset : starts[middle] < offset { low = middle + 1 } else { high = middle }
            }
            return low
        }
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

    /// Drops whitespace at both ends of the text, keeping every code.
    static func trimmed(_ content: [InlineContent]) -> [InlineContent] {
        var result = content
        if let first = result.firstIndex(where: { if case .text = $0 { return true }; return false }),
           case let .text(value) = result[first] {
            let stripped = String(value.drop(while: \.isWhitespace))
            if stripped.isEmpty { result.remove(at: first); return trimmed(result) }
            result[first] = .text(stripped)
        }
        if let last = result.lastIndex(where: { if case .text = $0 { return true }; return false }),
           case let .text(value) = result[last] {
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
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - hex.count)) + hex
        return String(padded.prefix(12))
    }

    /// A path as an NMTOKEN-safe id part: `ko/news/a b.html` → `ko_news_a_b.html`.
    static func token(_ path: String) -> String {
        String(path.map { character -> Character in
            character.isLetter || character.isNumber || character == "." || character == "-" ? character : "_"
        })
    }
}
