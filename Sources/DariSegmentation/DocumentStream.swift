import Dispatch

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
    ///
    /// An input of more than 1 MB with a document break near its middle is
    /// segmented in two halves on two threads (each with its own segmenter,
    /// which is not thread-safe); the output is the same as in one pass.
    public func run(_ input: String, write: (String) -> Void) throws {
        var input = input
        try input.withUTF8 { bytes in
            guard bytes.count > 1 << 20, let middle = Self.documentBreak(near: bytes.count / 2, in: bytes) else {
                try Self.run(bytes: bytes, segmenter: segmenter, write: write)
                return
            }
            let job = HalvesJob(bytes: bytes, middle: middle, segmenters: (segmenter, try segmenter.copy()))
            DispatchQueue.concurrentPerform(iterations: 2) { half in job.run(half) }
            let first = try job.first.get(), rest = try job.second.get()
            first.forEach(write)
            // The halves meet at a blank line: a document separator when both wrote something.
            if !first.isEmpty, !rest.isEmpty { write("\n") }
            rest.forEach(write)
        }
    }

    /// The start of a line after a blank line (a document break) at or after
    /// `target`, within 1 MB; nil when there is none.
    private static func documentBreak(near target: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = target
        let limit = min(bytes.count - 1, target + (1 << 20))
        while index < limit {
            if bytes[index] == 0x0A {
                // Is the next line blank (only spaces, tabs or CR)?
                var next = index + 1
                while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 || bytes[next] == 0x0D { next += 1 }
                if next < bytes.count, bytes[next] == 0x0A { return next + 1 }
            }
            index += 1
        }
        return nil
    }

    fileprivate static func run(bytes: UnsafeBufferPointer<UInt8>, segmenter: Segmenter,
                                write: (String) -> Void) throws {
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

/// The two halves of one input, each segmented on its own thread with its
/// own segmenter; each result is written by one thread only and read after
/// `concurrentPerform` returns.
private final class HalvesJob: @unchecked Sendable {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let middle: Int
    private let segmenters: (Segmenter, Segmenter)
    var first: Result<[String], any Error> = .success([])
    var second: Result<[String], any Error> = .success([])

    init(bytes: UnsafeBufferPointer<UInt8>, middle: Int, segmenters: (Segmenter, Segmenter)) {
        self.bytes = bytes
        self.middle = middle
        self.segmenters = segmenters
    }

    func run(_ half: Int) {
        let part = UnsafeBufferPointer(rebasing: half == 0 ? bytes[..<middle] : bytes[middle...])
        let result = Result<[String], any Error> {
            var chunks: [String] = []
            try DocumentStream.run(bytes: part, segmenter: half == 0 ? segmenters.0 : segmenters.1) {
                chunks.append($0)
            }
            return chunks
        }
        if half == 0 { first = result } else { second = result }
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
