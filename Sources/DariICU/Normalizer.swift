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
        if isInertlyNFC(text) { return text }
        let units = Array(text.utf16)
        guard let normalized = try icuNFC(units) else { return text }
        return String(decoding: normalized, as: UTF16.self)
    }

    /// `units` (UTF-16) in NFC, for callers that already hold UTF-16 (the
    /// `segment` command normalises line by line, where it transcodes). The
    /// same checks as `nfc(_:)`: the in-place scan, then ICU's quick check,
    /// then ICU's normaliser.
    public static func nfc(_ units: [UInt16]) throws -> [UInt16] {
        if isInertlyNFC(units) { return units }
        return try icuNFC(units) ?? units
    }

    /// ICU's NFC of `units`, or nil when its quick check says they are NFC already.
    private static func icuNFC(_ units: [UInt16]) throws -> [UInt16]? {
        var status: Int32 = 0
        let isNormalized = units.withUnsafeBufferPointer {
            dari_icu_is_nfc($0.baseAddress, Int32($0.count), &status)
        }
        if status > 0 { throw ICUError(function: "unorm2_quickCheck", code: status) }
        if isNormalized == 1 { return nil }
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
            return Array(output[0..<Int(needed)])
        }
    }

    /// `isInertlyNFC` for UTF-16: a surrogate pair is read as its scalar, a
    /// lone surrogate is not inert (ICU decides).
    static func isInertlyNFC(_ units: [UInt16]) -> Bool {
        var index = 0
        while index < units.count {
            let unit = UInt32(units[index])
            index += 1
            if unit < 0x80 { continue }
            if unit >= 0xD800, unit < 0xDC00, index < units.count {
                let low = UInt32(units[index])
                guard low >= 0xDC00, low < 0xE000 else { return false }
                index += 1
                if !isInert(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) { return false }
            } else if !isInert(unit) {
                return false
            }
        }
        return true
    }

    /// True when every character of `text` is one that NFC leaves alone
    /// wherever it stands: ASCII, Latin to U+02FF, Hangul syllables and
    /// compatibility jamo, CJK ideographs and punctuation, common symbols and
    /// emoji (no canonical decomposition, combining class 0, never the second
    /// half of a composition; checked against the Unicode data). Korean web
    /// text is almost always only these, and reading its UTF-8 in place is
    /// cheaper than copying it to UTF-16 for ICU's quick check (which was
    /// about 8 % of `dari segment`'s time on 19 MB, issue 19).
    static func isInertlyNFC(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let lead = UInt32(bytes[index])
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let scalar: UInt32
                if lead < 0xE0 {
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
                if !isInert(scalar) { return false }
            }
            return true
        }
    }

    /// True when NFC leaves `scalar` alone wherever it stands (the table
    /// `isInertlyNFC` reads); for callers that decode UTF-8 themselves and
    /// want to ask ICU only about the rest.
    @inlinable
    public static func isInert(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return true }
        switch scalar {
        case 0x80...0x2FF, 0xAC00...0xD7A3, 0x3131...0x318E, 0x4E00...0x9FFF, 0x2010...0x2027, 0x2030...0x205E,
             0x2190...0x2328, 0x232B...0x23FF, 0x2460...0x27BF, 0x3000...0x3029, 0x3030...0x303F, 0x3200...0x33FF,
             0xFF01...0xFFEF, 0x1F300...0x1FAFF:
            return true
        default:
            return false
        }
    }
}
