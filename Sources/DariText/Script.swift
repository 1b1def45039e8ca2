/// Which writing system a character belongs to, as far as the checks care.
public enum Script {
    /// Hangul syllables, jamo and compatibility jamo.
    @inlinable
    public static func isHangul(_ scalar: Unicode.Scalar) -> Bool { isHangul(codePoint: scalar.value) }

    /// A precomposed Hangul syllable (가–힣).
    @inlinable
    public static func isHangulSyllable(_ scalar: Unicode.Scalar) -> Bool { isHangulSyllable(codePoint: scalar.value) }

    /// `isHangulSyllable` on a code point, for loops over UTF-16 units or UTF-8 decoded values.
    @inlinable
    public static func isHangulSyllable(codePoint: UInt32) -> Bool { codePoint >= 0xAC00 && codePoint <= 0xD7A3 }

    /// A compatibility jamo letter (ㄱ–ㆎ), as typed alone in ㅋㅋ, ㅎㅎ, ㅠㅠ.
    @inlinable
    public static func isCompatibilityJamo(codePoint: UInt32) -> Bool { codePoint >= 0x3131 && codePoint <= 0x318E }

    /// The jamo a precomposed syllable is made of, by the arithmetic of
    /// Unicode §3.12 (no table): 한 is initial 18 (ㅎ), vowel 0 (ㅏ), final 4 (ㄴ).
    public struct HangulSyllable: Hashable, Sendable {
        /// 0..<19: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ.
        public let initial: Int
        /// 0..<21: ㅏ ㅐ ㅑ … ㅣ.
        public let vowel: Int
        /// 0..<28, 0 when the syllable has no final consonant (4 = ㄴ, 8 = ㄹ, 17 = ㅂ).
        public let final: Int

        @inlinable
        public init?(codePoint: UInt32) {
            guard Script.isHangulSyllable(codePoint: codePoint) else { return nil }
            let index = Int(codePoint - 0xAC00)
            initial = index / (21 * 28)
            vowel = index % (21 * 28) / 28
            final = index % 28
        }

        @inlinable
        public init?(_ scalar: Unicode.Scalar) { self.init(codePoint: scalar.value) }
    }

    /// Basic Latin and Latin-1 letters (and the Latin Extended blocks).
    public static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: return true
        default: return false
        }
    }

    /// An ASCII letter as its lower-case byte (`A` → `a`), nil for anything
    /// else: the letters English keys and name skeletons are made of.
    @inlinable
    public static func lowercasedASCIILetter(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x61...0x7A: return UInt8(scalar.value)
        case 0x41...0x5A: return UInt8(scalar.value + 0x20)
        default: return nil
        }
    }

    public static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }

    /// White space: exactly Unicode's White_Space property (tab to carriage
    /// return, space, U+0085, no-break spaces, the U+2000 spaces, line and
    /// paragraph separators, U+3000), the one definition every stage uses.
    /// Written out rather than read from the property table: the aligner and
    /// the segmenter ask for every character of a long text, and the table
    /// lookup was 3 % of the aligner's time. The list has been stable since
    /// Unicode 6.3; a test compares it with the table for every scalar.
    @inlinable
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool { isWhitespace(codePoint: scalar.value) }

    /// `isWhitespace` on a code point (a UTF-16 unit outside the surrogates is one).
    @inlinable
    public static func isWhitespace(codePoint value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// `isWhitespace` on one UTF-8 byte: true only for ASCII white space, the
    /// only white space a single byte can hold. For byte scans that leave
    /// non-ASCII text to a slower path.
    @inlinable
    public static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    public static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || isDigit(scalar)
    }

    /// The Unicode scalars of `text` as an array, decoded in one pass:
    /// `Array(text.unicodeScalars)` walks the text twice, first to count its
    /// scalars. At most one scalar per UTF-8 byte, so that many are reserved.
    /// The bytes are decoded here (`decodedScalars`) when the string has
    /// them in one piece, as a native string does: the scalar view's
    /// iterator was a tenth of `number-mismatch`'s time on a large memory.
    public static func scalars(of text: String) -> [Unicode.Scalar] {
        if let scalars = text.utf8.withContiguousStorageIfAvailable(decodedScalars(utf8:)) { return scalars }
        return [Unicode.Scalar](unsafeUninitializedCapacity: text.utf8.count) { buffer, count in
            for scalar in text.unicodeScalars {
                buffer.initializeElement(at: count, to: scalar)
                count += 1
            }
        }
    }

    /// The scalars of well-formed UTF-8 (a String's bytes), decoded by the
    /// lead byte's length: ASCII as it is, the rest from their payload bits.
    ///
    /// The array is reserved and appended to, not made with
    /// `init(unsafeUninitializedCapacity:)`: that initialiser is not
    /// specialised here, and looked up the array type's metadata in the
    /// runtime's table at every call (a third of this function's time on a
    /// large memory, with the other arrays of scalars made so).
    static func decodedScalars(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let (value, length) = decodeScalar(utf8: bytes, at: index)
            index += length
            // Well-formed UTF-8 decodes to a valid scalar: never nil.
            scalars.append(Unicode.Scalar(value).unsafelyUnwrapped)
        }
        return scalars
    }

    /// The scalar whose well-formed UTF-8 (a String's bytes) starts at
    /// `index`, as its code point, and its length in bytes. For byte scans
    /// that decode only the non-ASCII scalars.
    @inlinable
    @inline(__always)
    public static func decodeScalar(utf8 bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
            | UInt32(bytes[index + 3] & 0x3F), 4)
    }

    /// The String of `scalars`, encoded into its UTF-8 bytes in one pass:
    /// `String(String.UnicodeScalarView(scalars))` appends them one at a
    /// time, growing the string as it goes (a tenth of `number-mismatch`'s
    /// time on a large memory, for the numbers' written forms). Up to 15
    /// bytes the result is a small string, with no allocation.
    public static func string<Scalars: Collection<Unicode.Scalar>>(of scalars: Scalars) -> String {
        var byteCount = 0
        for scalar in scalars { byteCount += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    public static func containsHangul(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable(containsHangul(utf8:)) { return found }
        return text.unicodeScalars.contains(where: isHangul)
    }

    /// `containsHangul` on valid UTF-8. Every Hangul scalar is three bytes,
    /// so only three-byte sequences are decoded: English text with a dash or
    /// a curly quote was otherwise decoded scalar by scalar to its end (the
    /// consistency keys ask this of every source).
    static func containsHangul(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 2 < bytes.count {
            let lead = bytes[index]
            // A continuation byte (10xxxxxx) or another lead never matches 1110xxxx.
            guard lead & 0xF0 == 0xE0 else {
                index += 1
                continue
            }
            let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            if isHangul(codePoint: value) { return true }
            index += 3
        }
        return false
    }

    /// `isHangul` on a code point.
    @inlinable
    public static func isHangul(codePoint: UInt32) -> Bool {
        switch codePoint {
        case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xD7B0...0xD7FF: return true
        default: return false
        }
    }

    public static func containsLatin(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isLatinLetter)
    }

    /// The runs of ASCII letters in `text`, case kept: the words of English
    /// text, found by a byte scan (Character-based splitting is far slower).
    public static func asciiWords(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            if (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
                current.append(byte)
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }
}

extension Script {
    /// How much of `text`'s lettering is Hangul: Hangul letters over Hangul
    /// and Latin letters, nil when it has neither. Tells a Korean page from
    /// an English one that does not say its language (a Korean page quotes
    /// English names, so it is a share, not a yes or no).
    public static func hangulShare(of text: String) -> Double? {
        var hangul = 0, latin = 0
        for scalar in text.unicodeScalars {
            if isHangul(scalar) { hangul += 1 } else if isLatinLetter(scalar) { latin += 1 }
        }
        return hangul + latin == 0 ? nil : Double(hangul) / Double(hangul + latin)
    }
}
