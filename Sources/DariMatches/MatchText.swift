import DariText

/// A sentence as the fuzzy matcher compares it: spaces removed (Korean
/// spacing varies, 띄어쓰기), Latin letters lower-cased, and every number,
/// URL and code replaced by one placeholder character, kept aside, so two
/// sentences that differ only in a number compare equal up to that number.
public struct MatchText: Sendable, Hashable {
    /// The characters compared (placeholders as `MatchText.placeholder`).
    public let scalars: [UInt32]
    /// The numbers, URLs and codes in order, as written.
    public let placeholders: [String]
    /// The text with its spaces (whitespace collapsed), to break ties in
    /// favour of a candidate spaced like the query.
    public let spaced: [UInt32]

    /// The character that stands for a number, URL or code.
    public static let placeholder: UInt32 = 0xE000

    public init(_ text: String) {
        var scalars: [UInt32] = []
        var spaced: [UInt32] = []
        var placeholders: [String] = []
        for token in MatchText.tokens(text) {
            switch token {
            case .space:
                if let last = spaced.last, last != 0x20 { spaced.append(0x20) }
            case .placeholder(let value):
                placeholders.append(value)
                scalars.append(MatchText.placeholder)
                spaced.append(MatchText.placeholder)
            case .text(let scalar):
                let value = MatchText.folded(scalar)
                scalars.append(value)
                spaced.append(value)
            }
        }
        if spaced.last == 0x20 { spaced.removeLast() }
        self.scalars = scalars
        self.placeholders = placeholders
        self.spaced = spaced
    }

    /// How many characters are compared: the length window works on this.
    public var length: Int { scalars.count }

    /// The index keys: Hangul syllable pairs (across removed spaces) and
    /// Latin words, so a two-syllable Korean word still finds its sentence.
    public var keys: Set<String> {
        var keys: Set<String> = []
        var previous: UInt32?
        var word = ""
        func endWord() {
            if word.count >= 2 { keys.insert("w" + word) }
            word = ""
        }
        // Hangul pairs across spaces (from `scalars`); Latin words end at a
        // space (from `spaced`).
        for value in scalars {
            if Script.isHangulSyllable(codePoint: value) {
                if let previous {
                    var key = "h"
                    key.unicodeScalars.append(Unicode.Scalar(previous)!)
                    key.unicodeScalars.append(Unicode.Scalar(value)!)
                    keys.insert(key)
                }
                previous = value
            } else {
                previous = nil
            }
        }
        for value in spaced {
            if let scalar = Unicode.Scalar(value), value < 0xE000, Script.isLatinLetter(scalar) {
                word.unicodeScalars.append(scalar)
            } else {
                endWord()
            }
        }
        endWord()
        // A sentence of one syllable or one letter still needs a key.
        if keys.isEmpty, let first = scalars.first(where: { $0 != MatchText.placeholder }),
           let scalar = Unicode.Scalar(first) {
            keys.insert("c" + String(Character(scalar)))
        }
        return keys
    }

    enum Token: Equatable {
        case space
        case placeholder(String)
        case text(Unicode.Scalar)
    }

    /// Splits `text` into spaces, placeholders (a URL; a run of digits with
    /// the separators inside it, `1,250.5`; a code, a word that mixes letters
    /// with digits or `_`, such as `A-12` or `max_size`) and other characters.
    static func tokens(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar == "_" || scalar == "-" || scalar == "." || scalar == "/" || scalar == ":")
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if MatchText.isWhitespace(scalar) {
                tokens.append(.space)
                index += 1
                continue
            }
            if scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil) {
                // An ASCII word with what may join it (a URL, a version, a code).
                var end = index
                while end < scalars.count, isWordScalar(scalars[end]) { end += 1 }
                // Trailing sentence punctuation is not part of it.
                while end > index + 1, [".", ":", "/", "-"].contains(scalars[end - 1]) { end -= 1 }
                let word = String(String.UnicodeScalarView(scalars[index..<end]))
                let lower = word.lowercased()
                let hasDigit = word.unicodeScalars.contains { $0.properties.numericType != nil }
                let hasLetter = word.unicodeScalars.contains { $0.properties.isAlphabetic }
                if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") {
                    // A URL runs to the next space, less its closing punctuation.
                    var urlEnd = end
                    while urlEnd < scalars.count, !scalars[urlEnd].properties.isWhitespace { urlEnd += 1 }
                    while urlEnd > end, [".", ",", ")", ":", ";"].contains(scalars[urlEnd - 1]) { urlEnd -= 1 }
                    tokens.append(.placeholder(String(String.UnicodeScalarView(scalars[index..<urlEnd]))))
                    index = urlEnd
                    continue
                } else if hasDigit && !hasLetter {
                    tokens.append(.placeholder(word))
                } else if hasDigit || word.contains("_") {
                    tokens.append(.placeholder(word))
                } else {
                    // A plain word: its letters and joiners compare one by one.
                    for piece in scalars[index..<end] { tokens.append(.text(piece)) }
                }
                index = end
                continue
            }
            tokens.append(.text(scalar))
            index += 1
        }
        return tokens
    }

    /// `Unicode.Scalar.Properties.isWhitespace`, answered without the
    /// property lookup for ASCII and Hangul syllables, which are nearly every
    /// character compared (the lookup was 3 % of a match lookup's time).
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: return true
        case 0..<0x80, 0xAC00...0xD7A3: return false
        default: return scalar.properties.isWhitespace
        }
    }

    /// Latin letters compare without case; everything else as it is.
    static func folded(_ scalar: Unicode.Scalar) -> UInt32 {
        if scalar.value >= 0x41 && scalar.value <= 0x5A { return scalar.value + 0x20 }
        return scalar.value
    }
}
