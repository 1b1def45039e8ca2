internal import CICU

/// Unicode NFC through ICU (`unorm2_getNFCInstance`, `unorm2_quickCheck`,
/// `unorm2_normalize`).
///
/// dari normalises once, where text enters (extraction, segment input), so
/// that a Hangul syllable typed as jamo (ᄒ+ᅡ+ᆫ) and as one code point (한)
/// compare equal and every later offset refers to the same text.
public enum Normalizer {
    /// `text` in NFC. Already-normalised text (nearly all web text) is
    /// returned as is after a quick check, without copying.
    public static func nfc(_ text: String) throws -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }  // ASCII is always NFC.
        let units = Array(text.utf16)
        var status: Int32 = 0
        let isNormalized = units.withUnsafeBufferPointer {
            dari_icu_is_nfc($0.baseAddress, Int32($0.count), &status)
        }
        if status > 0 { throw ICUError(function: "unorm2_quickCheck", code: status) }
        if isNormalized == 1 { return text }
        var capacity = units.count + units.count / 2 + 16
        while true {
            var output = [UInt16](repeating: 0, count: capacity)
            let needed = units.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer { dest in
                    dari_icu_nfc(source.baseAddress, Int32(source.count), dest.baseAddress, Int32(capacity), &status)
                }
            }
            if status > 0 { throw ICUError(function: "unorm2_normalize", code: status) }
            if Int(needed) > capacity {
                capacity = Int(needed)
                continue
            }
            return String(decoding: output[0..<Int(needed)], as: UTF16.self)
        }
    }
}
