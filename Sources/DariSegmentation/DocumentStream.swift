/// The `dari segment` text protocol, shared with the benchmark harness:
/// documents are separated by blank lines; each non-blank line is a block
/// (a line break is always a sentence boundary). Output: each document's
/// sentences one per line, a blank line between documents.
public struct DocumentStream {
    private let segmenter: Segmenter

    public init(segmenter: Segmenter) {
        self.segmenter = segmenter
    }

    /// Segments `input` (already NFC) and calls `write` with output chunks.
    public func run(_ input: String, write: (String) -> Void) throws {
        var output = ""
        output.reserveCapacity(1 << 16)
        var documentOpen = false
        var pendingSeparator = false
        for line in input.split(separator: "\n", omittingEmptySubsequences: false) {
            let units = Array(line.utf16).dropLastCarriageReturn()
            if units.allSatisfy(Scalars.isSpace) {
                if documentOpen { pendingSeparator = true }
                continue
            }
            if pendingSeparator {
                output += "\n"
                pendingSeparator = false
            }
            documentOpen = true
            for range in try segmenter.sentenceRanges(in: units) {
                output += String(decoding: units[range], as: UTF16.self)
                output += "\n"
            }
            if output.utf8.count >= 1 << 16 {
                write(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        if !output.isEmpty { write(output) }
    }
}

private extension Array where Element == UInt16 {
    func dropLastCarriageReturn() -> [UInt16] {
        last == 0x0D ? Array(dropLast()) : self
    }
}
