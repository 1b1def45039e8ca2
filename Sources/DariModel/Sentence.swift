/// A sentence of a block: the unit the aligner pairs.
public struct Sentence: Sendable, Hashable, Codable {
    /// The sentence text, whitespace trimmed, inline codes left out (NFC).
    public var text: String
    /// Where the sentence lies in its block's `text`, in UTF-16 offsets.
    public var range: Range<Int>
    /// The index of the block in its page's `blocks`.
    public var blockIndex: Int

    public init(text: String, range: Range<Int>, blockIndex: Int) {
        self.text = text
        self.range = range
        self.blockIndex = blockIndex
    }
}
