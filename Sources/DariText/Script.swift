/// Which writing system a character belongs to, as far as the checks care.
public enum Script {
    /// Hangul syllables, jamo and compatibility jamo.
    public static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xD7B0...0xD7FF: return true
        default: return false
        }
    }

    public static func isHangulSyllable(_ scalar: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(scalar.value) }

    /// Basic Latin and Latin-1 letters (and the Latin Extended blocks).
    public static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: return true
        default: return false
        }
    }

    public static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }

    /// Unicode White_Space, with ASCII and Hangul syllables answered without
    /// the property table: the aligner asks for every scalar of a long text,
    /// and the table lookup was 3 % of its time.
    @inline(__always)
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return value == 32 || (value >= 9 && value <= 13) }
        if value >= 0xAC00 && value <= 0xD7A3 { return false }
        return scalar.properties.isWhitespace
    }

    public static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || isDigit(scalar)
    }

    public static func containsHangul(_ text: String) -> Bool {
        // Hangul is 3 bytes in UTF-8 starting 0xE1/0xE3/0xEA-0xED: skip ASCII-only text quickly.
        guard text.utf8.contains(where: { $0 >= 0xE1 }) else { return false }
        return text.unicodeScalars.contains(where: isHangul)
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
