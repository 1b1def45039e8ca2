import DariText

/// The bytes of a cache file in dari's own compact form: a magic line, the
/// values, then the FNV-1a 64 of everything before it.
///
/// Why not JSON: an incremental `dari check` on LibreOffice help spent a
/// ninth of its CPU decoding its 9 MB JSON check cache with Foundation's
/// `JSONDecoder` (docs/benchmarks/incremental.md). Here an integer is a
/// LEB128 varint and a string its UTF-8 bytes, written once: a string seen
/// before is written as its number (a finding's page and check id repeat on
/// every finding), so it is also decoded once.
///
/// Why the checksum: a cache is a shortcut and must never be trusted
/// wrongly. A truncated, edited or foreign file fails the magic line, the
/// checksum or the reader's bounds, and `CacheBytesReader` gives nil: the
/// caller then ignores the cache and writes it again.
struct CacheBytesWriter {
    private(set) var bytes: [UInt8]
    private var strings: [String: Int] = [:]

    /// Starts a file whose first bytes are `magic` (say, "dari check cache\n").
    init(magic: String) {
        bytes = Array(magic.utf8)
    }

    mutating func int(_ value: Int) {
        // Zig-zag, so a small negative number is a short varint too.
        var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1))))
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func uint64(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    /// A string: 0 and its UTF-8 bytes the first time, its number (from 1) after.
    mutating func string(_ value: String) {
        if let number = strings[value] {
            int(number)
            return
        }
        strings[value] = strings.count + 1
        int(0)
        let utf8 = Array(value.utf8)
        int(utf8.count)
        bytes += utf8
    }

    mutating func string(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    /// The file's bytes: what was written and its checksum.
    func finished() -> [UInt8] {
        var writer = self
        writer.uint64(FNV1a.hash(bytes).value)
        return writer.bytes
    }
}

/// Reads what `CacheBytesWriter` wrote, in the same order; every read is
/// bounds-checked and throws `Malformed` rather than trust a bad file.
struct CacheBytesReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var index: Int
    private let end: Int
    private var strings: [String] = []

    /// A reader of `bytes` when they begin with `magic` and end with the
    /// checksum of the rest; nil otherwise (truncated, edited, foreign).
    init?(_ bytes: [UInt8], magic: String) {
        let head = Array(magic.utf8)
        guard bytes.count >= head.count + 8, bytes.starts(with: head) else { return nil }
        let bodyEnd = bytes.count - 8
        var stored: UInt64 = 0
        for offset in 0..<8 { stored |= UInt64(bytes[bodyEnd + offset]) << UInt64(8 * offset) }
        let actual = bytes.withUnsafeBytes { buffer in
            var hash = FNV1a()
            hash.combine(buffer: UnsafeRawBufferPointer(rebasing: buffer[..<bodyEnd]))
            return hash.value
        }
        guard stored == actual else { return nil }
        (self.bytes, index, end, checksum) = (bytes, head.count, bodyEnd, stored)
    }

    /// The file's checksum (FNV-1a 64 of the bytes before it): another
    /// file can name this one by it.
    let checksum: UInt64

    /// Whether every byte before the checksum was read (a reader that
    /// stops early read another layout).
    var isAtEnd: Bool { index == end }

    mutating func int() throws(Malformed) -> Int {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard index < end, shift < 64 else { throw Malformed() }
            let byte = bytes[index]
            index += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        // Zig-zag back: the low bit is the sign.
        return Int(Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
    }

    /// A count or index: an `int` that is not negative.
    mutating func count() throws(Malformed) -> Int {
        let value = try int()
        guard value >= 0 else { throw Malformed() }
        return value
    }

    mutating func bool() throws(Malformed) -> Bool {
        guard index < end, bytes[index] <= 1 else { throw Malformed() }
        index += 1
        return bytes[index - 1] == 1
    }

    mutating func uint64() throws(Malformed) -> UInt64 {
        guard end - index >= 8 else { throw Malformed() }
        var value: UInt64 = 0
        for offset in 0..<8 { value |= UInt64(bytes[index + offset]) << UInt64(8 * offset) }
        index += 8
        return value
    }

    mutating func string() throws(Malformed) -> String {
        let number = try count()
        if number > 0 {
            guard number <= strings.count else { throw Malformed() }
            return strings[number - 1]
        }
        let length = try count()
        guard end - index >= length,
              let value = String(validating: bytes[index..<(index + length)], as: UTF8.self) else { throw Malformed() }
        index += length
        strings.append(value)
        return value
    }

    mutating func optionalString() throws(Malformed) -> String? {
        try bool() ? try string() : nil
    }

    /// `count` values read by `element`; the count is checked against the
    /// bytes left, so a bad count cannot ask for a huge array.
    mutating func array<Element>(_ element: (inout CacheBytesReader) throws(Malformed) -> Element)
        throws(Malformed) -> [Element] {
        let count = try count()
        guard count <= end - index else { throw Malformed() }
        var values: [Element] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try element(&self)) }
        return values
    }
}
