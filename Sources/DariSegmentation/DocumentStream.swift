import DariICU
import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `dari segment` text protocol, shared with the benchmark harness:
/// documents are separated by blank lines; each non-blank line is a block
/// (a line break is always a sentence boundary). Output: each document's
/// sentences one per line, a blank line between documents.
///
/// The input stays UTF-8 bytes from the file to the output: each line is
/// checked and transcoded by hand into UTF-16 for ICU and the rules, and
/// each sentence's input bytes are copied into one reused byte buffer.
/// Checking UTF-8 and NFC line by line on the worker threads, instead of
/// building a `String` of the whole input first (serial), and handing out
/// bytes instead of `String` chunks, cut about a tenth of `dari segment`'s
/// CPU time on a 19 MB input and more of its wall time (issue 19;
/// docs/benchmarks/segmentation.md, fifth pass).
public struct DocumentStream {
    private let segmenter: Segmenter

    public init(segmenter: Segmenter) {
        self.segmenter = segmenter
    }

    /// Bytes that are not UTF-8, found while segmenting.
    public struct InvalidUTF8: Error, Equatable {
        /// The 1-based line of the first bad byte.
        public let line: Int
    }

    /// Segments the UTF-8 text `input` and calls `write` with output chunks
    /// (UTF-8, up to about 64 KiB each; a chunk is valid only during the call).
    ///
    /// Each line is normalised to NFC on its own, which is the same as
    /// normalising the whole text: a line break is a starter that composes
    /// with nothing, so NFC never changes anything across it.
    ///
    /// An input of more than 1 MB with a document break near its middle is
    /// segmented in two halves on two threads (each with its own segmenter,
    /// which is not thread-safe); the output is the same as in one pass.
    /// Nothing is written when the input holds bytes that are not UTF-8.
    /// - Throws: `InvalidUTF8`; an ICU error when normalising fails.
    public func run(utf8 input: UnsafeBufferPointer<UInt8>, write: (UnsafeBufferPointer<UInt8>) -> Void) throws {
        let middle = input.count > 1 << 20 ? Self.documentBreak(near: input.count / 2, in: input) : nil
        let job = SegmentJob(bytes: input, middle: middle, segmenters: (segmenter, middle == nil ? nil : try segmenter.copy()))
        if middle == nil {
            job.run(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: 2) { half in job.run(half) }
        }
        let first = try job.first.get(), rest = try job.second.get()
        first.forEach { chunk in chunk.withUnsafeBufferPointer(write) }
        // The halves meet at a blank line: a document separator when both wrote something.
        if !first.isEmpty, !rest.isEmpty { [UInt8(0x0A)].withUnsafeBufferPointer(write) }
        rest.forEach { chunk in chunk.withUnsafeBufferPointer(write) }
    }

    /// `run(utf8:write:)` for text already in a `String`.
    public func run(_ input: String, write: (String) -> Void) throws {
        var input = input
        try input.withUTF8 { bytes in
            try run(utf8: bytes) { chunk in write(String(decoding: chunk, as: UTF8.self)) }
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

    /// Segments `bytes` line by line into 64 KiB chunks.
    /// - Throws: `InvalidUTF8` with the line counted from the start of `bytes`.
    fileprivate static func run(bytes: UnsafeBufferPointer<UInt8>, segmenter: Segmenter) throws -> [[UInt8]] {
        var chunks: [[UInt8]] = []
        let output = ByteBuffer(capacity: 1 << 17)
        var documentOpen = false
        var pendingSeparator = false
        var lineStart = 0
        var lineNumber = 0
        while lineStart <= bytes.count {
            lineNumber += 1
            let lineEnd = lineStart == bytes.count ? lineStart : Self.lineEnd(from: lineStart, in: bytes)
            defer { lineStart = lineEnd + 1 }
            var end = lineEnd
            if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
            guard var line = UTF16Transcoding.decode(bytes, lineStart..<end) else {
                throw InvalidUTF8(line: lineNumber)
            }
            if line.mayChangeUnderNFC { line.units = try Normalizer.nfc(line.units) }
            let units = line.units
            // A line NFC left alone is written by copying its input bytes.
            let copiesInput = !line.mayChangeUnderNFC
            if units.allSatisfy(Scalars.isSpace) {
                if documentOpen { pendingSeparator = true }
                continue
            }
            if pendingSeparator {
                output.append(0x0A)
                pendingSeparator = false
            }
            documentOpen = true
            var cursor = UTF8Cursor(byte: lineStart)
            for range in try segmenter.sentenceRanges(in: units) {
                if copiesInput, let sentence = cursor.bytes(of: range, in: bytes) {
                    output.append(contentsOf: sentence)
                } else {
                    UTF16Transcoding.encode(units, range, into: output)
                }
                output.append(0x0A)
            }
            if output.count >= 1 << 16 {
                chunks.append(Array(output.bytes))
                output.removeAll()
            }
        }
        if output.count > 0 { chunks.append(Array(output.bytes)) }
        return chunks
    }

    /// The offset of the next line feed at or after `start`, or `bytes.count`.
    private static func lineEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress,
              let found = memchr(base + start, 0x0A, bytes.count - start) else { return bytes.count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
}

/// One input segmented as one part or two halves, each half on its own
/// thread with its own segmenter; each result is written by one thread only
/// and read after the threads are done.
private final class SegmentJob: @unchecked Sendable {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let middle: Int?
    private let segmenters: (Segmenter, Segmenter?)
    var first: Result<[[UInt8]], any Error> = .success([])
    var second: Result<[[UInt8]], any Error> = .success([])

    init(bytes: UnsafeBufferPointer<UInt8>, middle: Int?, segmenters: (Segmenter, Segmenter?)) {
        self.bytes = bytes
        self.middle = middle
        self.segmenters = segmenters
    }

    func run(_ half: Int) {
        guard let middle, let second = segmenters.1 else {
            first = Result { try DocumentStream.run(bytes: bytes, segmenter: segmenters.0) }
            return
        }
        if half == 0 {
            first = Result { try DocumentStream.run(bytes: UnsafeBufferPointer(rebasing: bytes[..<middle]), segmenter: segmenters.0) }
            return
        }
        self.second = Result {
            do {
                return try DocumentStream.run(bytes: UnsafeBufferPointer(rebasing: bytes[middle...]), segmenter: second)
            } catch let error as DocumentStream.InvalidUTF8 {
                // Lines are counted from the start of the whole input.
                let earlier = bytes[..<middle].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                throw DocumentStream.InvalidUTF8(line: earlier + error.line)
            }
        }
    }
}

/// A growable byte buffer written through its pointer: appending a byte is a
/// store, where `Array.append` checks uniqueness and capacity each time
/// (about 5 % of `dari segment`'s time on 19 MB, issue 19).
final class ByteBuffer {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    func removeAll() { count = 0 }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { _ = reserve(1) }
        base[count] = byte
        count += 1
    }

    /// Makes room for `extra` more bytes; returns where they go. The caller
    /// writes them and then calls `didAppend(extra)` with how many it wrote.
    @inline(__always)
    func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
        if count + extra > capacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: max(capacity * 2, count + extra))
            grown.update(from: base, count: count)
            base.deallocate()
            base = grown
            capacity = max(capacity * 2, count + extra)
        }
        return base + count
    }

    @inline(__always)
    func didAppend(_ written: Int) { count += written }

    func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count).update(from: source, count: bytes.count)
        count += bytes.count
    }
}

/// Finds the UTF-8 bytes of a line's UTF-16 ranges by walking the line
/// forward from its start, for ranges in increasing order: copying a
/// sentence's input bytes is cheaper than encoding its UTF-16 again
/// (issue 19, segmentation speed).
struct UTF8Cursor {
    /// The UTF-16 offset in the line, and the byte offset in the input, reached so far.
    private var unit = 0
    private var byte: Int

    init(byte lineStart: Int) { byte = lineStart }

    /// The bytes of UTF-16 `range`, or nil when a bound falls inside a
    /// surrogate pair or behind the cursor (the caller then encodes).
    mutating func bytes(of range: Range<Int>, in input: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        guard advance(to: range.lowerBound, in: input) else { return nil }
        let start = byte
        guard advance(to: range.upperBound, in: input) else { return nil }
        return UnsafeBufferPointer(rebasing: input[start..<byte])
    }

    /// Moves to UTF-16 offset `target`; false when it cannot stop there.
    private mutating func advance(to target: Int, in input: UnsafeBufferPointer<UInt8>) -> Bool {
        while unit < target {
            let lead = input[byte]
            if lead < 0x80 {
                byte += 1
                unit += 1
            } else if lead < 0xE0 {
                byte += 2
                unit += 1
            } else if lead < 0xF0 {
                byte += 3
                unit += 1
            } else {
                byte += 4
                unit += 2
            }
        }
        return unit == target
    }
}

/// UTF-8 ⇄ UTF-16 for `dari segment`'s lines.
enum UTF16Transcoding {
    /// One line in UTF-16.
    struct Line {
        var units: [UInt16]
        /// True when the line has a character NFC might change or compose
        /// with (not `Normalizer.isInert`); then `Normalizer` decides.
        /// Korean web text rarely has one.
        var mayChangeUnderNFC: Bool
    }

    /// The UTF-16 form of `bytes[range]`, or nil when those bytes are not
    /// UTF-8 (what `String(validating:)` rejects: a stray or missing
    /// continuation byte, an overlong form, a surrogate, a scalar past
    /// U+10FFFF).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Line? {
        var valid = true
        var mayChange = false
        let units = [UInt16](unsafeUninitializedCapacity: range.count) { out, written in
            var count = 0
            var index = range.lowerBound
            let end = range.upperBound
            while index < end {
                let lead = UInt32(bytes[index])
                if lead < 0x80 {
                    out[count] = UInt16(lead)
                    count += 1
                    index += 1
                    continue
                }
                // Second byte's allowed range, per the lead (Unicode Table 3-7).
                var low: UInt8 = 0x80, high: UInt8 = 0xBF
                let length: Int
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xED: length = 3; high = 0x9F
                case 0xE1...0xEF: length = 3
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: length = 0
                }
                guard length > 0, index + length <= end, bytes[index + 1] >= low, bytes[index + 1] <= high else {
                    valid = false
                    break
                }
                if length >= 3, bytes[index + 2] & 0xC0 != 0x80 { valid = false; break }
                if length == 4, bytes[index + 3] & 0xC0 != 0x80 { valid = false; break }
                switch length {
                case 2:
                    let scalar = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    if scalar >= 0x300, !Normalizer.isInert(scalar) { mayChange = true }
                    out[count] = UInt16(scalar)
                    count += 1
                case 3:
                    let scalar = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    if scalar < 0xAC00 || scalar > 0xD7A3, !Normalizer.isInert(scalar) { mayChange = true }
                    out[count] = UInt16(scalar)
                    count += 1
                default:
                    let scalar = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                    if !Normalizer.isInert(scalar) { mayChange = true }
                    out[count] = UInt16(0xD800 + ((scalar - 0x10000) >> 10))
                    out[count + 1] = UInt16(0xDC00 + ((scalar - 0x10000) & 0x3FF))
                    count += 2
                }
                index += length
            }
            written = count
        }
        return valid ? Line(units: units, mayChangeUnderNFC: mayChange) : nil
    }

    /// Appends the UTF-8 form of `units[range]` to `buffer`.
    static func encode(_ units: [UInt16], _ range: Range<Int>, into buffer: ByteBuffer) {
        // At most 3 bytes per unit (a surrogate pair, 2 units, is 4 bytes).
        let out = buffer.reserve(3 * range.count)
        var count = 0
        units.withUnsafeBufferPointer { units in
            var index = range.lowerBound
            while index < range.upperBound {
                var scalar = UInt32(units[index])
                index += 1
                if scalar < 0x80 {
                    out[count] = UInt8(scalar)
                    count += 1
                    continue
                }
                if scalar >= 0xD800, scalar < 0xDC00, index < range.upperBound {
                    let low = UInt32(units[index])
                    if low >= 0xDC00, low < 0xE000 {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        index += 1
                    }
                }
                switch scalar {
                case 0..<0x800:
                    out[count] = UInt8(0xC0 | scalar >> 6)
                    out[count + 1] = UInt8(0x80 | scalar & 0x3F)
                    count += 2
                case 0x800..<0x10000:
                    out[count] = UInt8(0xE0 | scalar >> 12)
                    out[count + 1] = UInt8(0x80 | (scalar >> 6) & 0x3F)
                    out[count + 2] = UInt8(0x80 | scalar & 0x3F)
                    count += 3
                default:
                    out[count] = UInt8(0xF0 | scalar >> 18)
                    out[count + 1] = UInt8(0x80 | (scalar >> 12) & 0x3F)
                    out[count + 2] = UInt8(0x80 | (scalar >> 6) & 0x3F)
                    out[count + 3] = UInt8(0x80 | scalar & 0x3F)
                    count += 4
                }
            }
        }
        buffer.didAppend(count)
    }
}
