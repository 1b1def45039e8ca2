import DariModel

extension Segmenter {
    /// The sentences of every block of `page`, in document order.
    ///
    /// Each block is segmented on its own, so a block boundary is always a
    /// sentence boundary: a heading never runs into the paragraph after it.
    public func sentences(of page: Page) throws -> [Sentence] {
        var result: [Sentence] = []
        for (index, block) in page.blocks.enumerated() {
            let units = Array(block.text.utf16)
            for range in try sentenceRanges(in: units, kind: block.kind) {
                result.append(Sentence(text: String(decoding: units[range], as: UTF16.self),
                                       range: range, blockIndex: index))
            }
        }
        return result
    }

    /// The sentences of a block's plain text (`units`, UTF-16) as ranges,
    /// white space trimmed, as `sentenceRanges(in:)` gives them, except:
    ///
    /// - a code block is one sentence: its periods end statements, not
    ///   sentences, and it is compared whole with its counterpart;
    /// - a section number at the start (`14.20.3.4. Whirl and Pinch`,
    ///   `1.1. Introduction`) stays with the text it numbers instead of
    ///   being a sentence of its own, which would be reported untranslated.
    public func sentenceRanges(in units: [UInt16], kind: BlockKind) throws -> [Range<Int>] {
        if kind == .code {
            let isVisible = { (unit: UInt16) in unit > 0x20 && unit != 0xA0 && unit != 0x3000 }
            guard let first = units.firstIndex(where: isVisible), let last = units.lastIndex(where: isVisible) else {
                return []
            }
            return [first..<last + 1]
        }
        var ranges = try sentenceRanges(in: units)
        if ranges.count > 1, SectionNumber.isSectionNumber(String(decoding: units[ranges[0]], as: UTF16.self)) {
            ranges[0...1] = [ranges[0].lowerBound..<ranges[1].upperBound]
        }
        return ranges
    }
}
