#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the first byte that is invalid in a charset is: libxml2 converts
/// in blocks and reports a conversion error at the line its parser had
/// reached (line 1 for an EUC-KR page whose bad bytes are on line 30), so the
/// position is found again here, once, after libxml2 said the bytes are bad.
enum CharsetPosition {
    /// The 1-based line and column (in characters) of the first byte
    /// sequence that is not valid in `charset`, or nil when every byte
    /// decodes or the C library's `iconv` does not know the charset.
    ///
    /// Lines are counted in the decoded text, so the answer is right in any
    /// encoding, UTF-16 included.
    static func firstInvalid(in bytes: [UInt8], charset: String) -> (line: Int, column: Int)? {
        if CharsetSniffer.isUTF8(charset) { return firstInvalidUTF8(in: bytes) }
        let converter = iconv_open("UTF-32LE", charset)
        guard let converter, Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var line = 1, column = 1
        var output = [UInt32](repeating: 0, count: 4096)
        return bytes.withUnsafeBufferPointer { source -> (Int, Int)? in
            var input = UnsafeMutablePointer(mutating: UnsafeRawPointer(source.baseAddress ?? UnsafePointer(bitPattern: 1)!)
                .assumingMemoryBound(to: CChar.self))
            var inputLeft = source.count
            while inputLeft > 0 {
                let (result, code, produced) = output.withUnsafeMutableBytes { raw -> (Int, Int32, Int) in
                    var out: UnsafeMutablePointer<CChar>? = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
                    var outLeft = raw.count
                    var inPointer: UnsafeMutablePointer<CChar>? = input
                    let result = iconv(converter, &inPointer, &inputLeft, &out, &outLeft)
                    let code = errno
                    input = inPointer!
                    return (result, code, (raw.count - outLeft) / 4)
                }
                for scalar in output[..<produced] {
                    if scalar == 0x0A { line += 1; column = 1 } else { column += 1 }
                }
                if result == -1 && code != E2BIG { return (line, column) }  // EILSEQ, or EINVAL: cut short
            }
            return nil
        }
    }

    /// The same for UTF-8, without iconv (the standard library's validator).
    static func firstInvalidUTF8(in bytes: [UInt8]) -> (line: Int, column: Int)? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var line = 1, column = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, column)
            }
            guard index + length <= bytes.count else { return (line, column) }
            if length > 1, String(validating: bytes[index..<(index + length)], as: UTF8.self) == nil {
                return (line, column)
            }
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        return (line, column)
    }
}
