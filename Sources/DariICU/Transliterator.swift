internal import CICU

/// ICU script transliteration (`utrans_openU`, `utrans_transUChars`), used to
/// compare names written in Hangul with their romanised spelling.
public final class Transliterator {
    private let handle: OpaquePointer
    public let identifier: String

    /// - Parameter identifier: an ICU transform id such as "Hangul-Latin" or
    ///   "Hangul-Latin; Latin-ASCII".
    /// - Throws: `ICUError` when ICU does not know the transform.
    public init(_ identifier: String) throws {
        let id = Array(identifier.utf16)
        var status: Int32 = 0
        let handle = id.withUnsafeBufferPointer {
            dari_icu_transliterator_open($0.baseAddress, Int32($0.count), &status)
        }
        guard let handle, status <= 0 else { throw ICUError(function: "utrans_openU", code: status) }
        self.handle = handle
        self.identifier = identifier
    }

    deinit {
        dari_icu_transliterator_close(handle)
    }

    public func transliterate(_ text: String) throws -> String {
        var buffer = Array(text.utf16)
        var capacity = buffer.count * 4 + 16
        while true {
            var work = buffer + [UInt16](repeating: 0, count: max(0, capacity - buffer.count))
            var length = Int32(buffer.count)
            var status: Int32 = 0
            let needed = work.withUnsafeMutableBufferPointer {
                dari_icu_transliterate(handle, $0.baseAddress, &length, Int32(capacity), &status)
            }
            if status > 0 { throw ICUError(function: "utrans_transUChars", code: status) }
            if Int(needed) > capacity {
                capacity = Int(needed)
                buffer = Array(text.utf16)
                continue
            }
            return String(decoding: work[0..<Int(length)], as: UTF16.self)
        }
    }
}
