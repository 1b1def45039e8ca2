import DariICU
import DariModel
import DariText

/// How term text is tidied when read and keyed when looked up.
enum TermText {
    /// `raw` trimmed, each whitespace run (spaces, tabs, line breaks, NBSP)
    /// written as one space, in NFC.
    ///
    /// - Throws: `ICUError` when ICU cannot normalise (out of memory).
    static func clean(_ raw: String) throws -> String {
        try Normalizer.nfc(collapsingWhitespace(raw))
    }

    /// `raw` in NFC with line breaks kept (notes are prose), trimmed.
    static func cleanNote(_ raw: String) throws -> String {
        var text = Substring(raw).unicodeScalars
        while let first = text.first, Script.isWhitespace(first) { text.removeFirst() }
        while let last = text.last, Script.isWhitespace(last) { text.removeLast() }
        return try Normalizer.nfc(String(text))
    }

    /// The first control character in `text` that is not white space (NUL,
    /// U+0001–U+0008, U+000E–U+001F, DEL, C1 controls but NEL), with its
    /// 1-based line and column in characters; nil when there is none.
    static func firstControlCharacter(in text: String) -> (line: Int, column: Int, scalar: UInt32)? {
        var line = 1, column = 1
        var afterReturn = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (value < 0x20 || (0x7F...0x9F).contains(value)), !Script.isWhitespace(scalar) {
                return (line, column, value)
            }
            // A line ends at LF, CR or CRLF, as CSVTokenizer counts them.
            if value == 0x0A {
                if !afterReturn { line += 1 }
                column = 1
            } else if value == 0x0D {
                line += 1
                column = 1
            } else {
                column += 1
            }
            afterReturn = value == 0x0D
        }
        return nil
    }

    static func collapsingWhitespace(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for word in text.unicodeScalars.split(whereSeparator: Script.isWhitespace) {
            if !result.isEmpty { result.append(" ") }
            result.append(contentsOf: word)
        }
        return String(result)
    }

    /// The lookup key: NFC, whitespace collapsed, and for English lower-cased
    /// (Swift's full Unicode lower-casing, which is case folding for every
    /// letter an English term uses). Korean has no case, and Latin letters in
    /// a Korean term ("G7 정상회의") keep theirs, as the glossary wrote them.
    static func key(_ text: String, language: Language) -> String {
        let collapsed = collapsingWhitespace(text)
        // Swift compares and hashes strings by canonical equivalence, so if ICU
        // ever failed here (out of memory) the un-normalised key would still
        // find the same dictionary entries; nothing is lost by not throwing.
        let normalized = (try? Normalizer.nfc(collapsed)) ?? collapsed
        switch language {
        case .english: return normalized.lowercased()
        case .korean: return normalized
        }
    }
}
