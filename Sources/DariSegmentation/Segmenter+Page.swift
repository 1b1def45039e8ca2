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
            for range in try sentenceRanges(in: units) {
                result.append(Sentence(text: String(decoding: units[range], as: UTF16.self),
                                       range: range, blockIndex: index))
            }
        }
        return result
    }
}
