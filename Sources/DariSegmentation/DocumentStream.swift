/// The `dari segment` text protocol, shared with the benchmark harness:
/// documents are separated by blank lines; each non-blank line is a block
/// (a line break is always a sentence boundary). Output: each document's
/// sentences one per line, a blank line between documents.
///
/// Lines are cut from the UTF-8 bytes and transcoded by hand into one reused
/// UTF-16 buffer, and sentences are written back as UTF-8 bytes: splitting a
/// `String` into `Substring`s and building a `String` per sentence took
/// 40 % of the time on a 19 MB input (issue 19: segmentation at ≥ ¼ of raw
/// ICU's rate, whole process).
public struct DocumentStream {
    private let segmenter: Segmenter

    public init(segmenter: Segmenter) {
        self.segmenter = segmenter
    }

    /// Segments `input` (already NFC) and calls `write` with output chunks.
    public func run(_ input: String, write: (String) -> Void) throws {
        var input = input
        try input.withUTF8 { bytes in try run(bytes: bytes, write: write) }
    }

    private func run(bytes: UnsafeBufferPointer<UInt8>, write: (String) -> Void) throws {
        var output: [UInt8] = []
        output.reserveCapacity(1 << 17)
        var units: [UInt16] = []
        var documentOpen = false
        var pendingSeparator = false
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var end = lineEnd
            if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
            let blank = UTF16Transcoding.decode(bytes, lineStart..<end, into: &units)
            if blank {
                if documentOpen { pendingSeparator = true }
                continue
            }
            if pendingSeparator {
                output.append(0x0A)
                pendingSeparator = false
            }
            documentOpen = true
            for range in try segmenter.sentenceRanges(in: units) {
                UTF16Transcoding.encode(units, range, into: &output)
                output.append(0x0A)
            }
            if output.count >= 1 << 16 {
                write(String(decoding: output, as: UTF8.self))
                output.removeAll(keepingCapacity: true)
            }
        }
        if !output.isEmpty { write(String(decoding: output, as: UTF8.self)) }
    }
}

/// UTF-8 ⇄ UTF-16 for valid input (a `String`'s own bytes are valid UTF-8).
enum UTF16Transcoding {
    /// Replaces `units` with the UTF-16 form of `bytes[range]`; returns true
    /// when the line holds only whitespace.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into units: inout [UInt16]) -> Bool {
        units.removeAll(keepingCapacity: true)
        var blank = true
        var index = range.lowerBound
        while index < range.upperBound {
            let lead = UInt32(bytes[index])
            var scalar: UInt32
            if lead < 0x80 {
                scalar = lead
                index += 1
            } else if lead < 0xE0 {
                scalar = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0 {
                scalar = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                scalar = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                    | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                index += 4
            }
            if scalar < 0x10000 {
                let unit = UInt16(scalar)
                if blank, !Scalars.isSpace(unit) { blank = false }
                units.append(unit)
            } else {
                blank = false
                scalar -= 0x10000
                units.append(UInt16(0xD800 + (scalar >> 10)))
                units.append(UInt16(0xDC00 + (scalar & 0x3FF)))
            }
        }
        return blank
    }

    /// Appends the UTF-8 form of `units[range]` to `bytes`.
    static func encode(_ units: [UInt16], _ range: Range<Int>, into bytes: inout [UInt8]) {
        var index = range.lowerBound
        while index < range.upperBound {
            var scalar = UInt32(units[index])
            index += 1
            if scalar >= 0xD800, scalar < 0xDC00, index < range.upperBound {
                let low = UInt32(units[index])
                if low >= 0xDC00, low < 0xE000 {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    index += 1
                }
            }
            switch scalar {
            case 0..<0x80:
                bytes.append(UInt8(scalar))
            case 0x80..<0x800:
                bytes.append(UInt8(0xC0 | scalar >> 6))
                bytes.append(UInt8(0x80 | scalar & 0x3F))
            case 0x800..<0x10000:
                bytes.append(UInt8(0xE0 | scalar >> 12))
                bytes.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
                bytes.append(UInt8(0x80 | scalar & 0x3F))
            default:
                bytes.append(UInt8(0xF0 | scalar >> 18))
                bytes.append(UInt8(0x80 | (scalar >> 12) & 0x3F))
                bytes.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
                bytes.append(UInt8(0x80 | scalar & 0x3F))
            }
        }
    }
}
