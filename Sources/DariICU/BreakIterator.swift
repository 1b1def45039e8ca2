internal import CICU

/// ICU's rule-based break iteration over UTF-16 text (`ubrk_open`,
/// `ubrk_setText`, `ubrk_next`).
///
/// One instance is reused for many texts: opening an ICU break iterator loads
/// and compiles its rules, which costs far more than iterating a sentence.
/// Not thread-safe: give each thread its own.
public final class BreakIterator {
    public enum Kind: Sendable {
        case sentence
        case word
    }

    private let handle: OpaquePointer
    public let kind: Kind
    public let locale: String
    private var boundaryBuffer: [Int32] = Array(repeating: 0, count: 256)
    private var statusBuffer: [Int32] = Array(repeating: 0, count: 256)

    /// Opens an iterator (`ubrk_open`).
    /// - Parameter locale: an ICU locale id such as "ko", "en" or "en@ss=standard".
    /// - Throws: `ICUError` when ICU cannot open one (its data is missing).
    public init(_ kind: Kind, locale: String) throws {
        var status: Int32 = 0
        let cKind = kind == .word ? DARI_ICU_BREAK_WORD : DARI_ICU_BREAK_SENTENCE
        guard let handle = dari_icu_breaker_open(cKind, locale, &status), status <= 0 else {
            throw ICUError(function: "ubrk_open", code: status)
        }
        self.handle = handle
        self.kind = kind
        self.locale = locale
    }

    deinit {
        dari_icu_breaker_close(handle)
    }

    /// The boundaries of `text` after offset 0, as UTF-16 offsets; the last
    /// one is `text.count`. Empty text has none.
    public func boundaries(in text: [UInt16]) throws -> [Int] {
        try run(text, wantStatus: false).map { Int($0.offset) }
    }

    /// Word segments with ICU's rule status: 0 for spaces and punctuation,
    /// 100–199 numbers, 200–299 letters, 300–399 kana, 400–499 ideographs.
    public func segments(in text: [UInt16]) throws -> [(range: Range<Int>, status: Int)] {
        var start = 0
        return try run(text, wantStatus: true).map { boundary in
            defer { start = Int(boundary.offset) }
            return (start..<Int(boundary.offset), Int(boundary.status))
        }
    }

    private func run(_ text: [UInt16], wantStatus: Bool) throws -> [(offset: Int32, status: Int32)] {
        guard !text.isEmpty else { return [] }
        while true {
            var status: Int32 = 0
            let capacity = Int32(boundaryBuffer.count)
            let count = text.withUnsafeBufferPointer { textBuffer in
                boundaryBuffer.withUnsafeMutableBufferPointer { out in
                    statusBuffer.withUnsafeMutableBufferPointer { statuses in
                        dari_icu_breaker_boundaries(handle, textBuffer.baseAddress, Int32(textBuffer.count),
                                                    out.baseAddress, wantStatus ? statuses.baseAddress : nil,
                                                    capacity, &status)
                    }
                }
            }
            if status > 0 { throw ICUError(function: "ubrk_setText", code: status) }
            if count > capacity {
                boundaryBuffer = Array(repeating: 0, count: Int(count))
                statusBuffer = Array(repeating: 0, count: Int(count))
                continue
            }
            return (0..<Int(count)).map { (boundaryBuffer[$0], wantStatus ? statusBuffer[$0] : 0) }
        }
    }
}
