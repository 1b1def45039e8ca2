import DariModel

/// What the sentence aligner compares, computed once per sentence.
struct SentenceFeatures: Sendable {
    /// Non-space characters.
    var length: Int
    /// Numbers as canonical values (`1,000명` → `1000`, `12조3천억` → `12300000000000`,
    /// `12.3 trillion` → `12300000000000`, `4,800km` → `4800`).
    var numbers: [String]
    /// Latin-script words of two or more characters, lowercased (`asci`, `ibm`).
    var latinWords: [String]
    /// Content-word keys for the lexical model (`LexicalKeys`).
    var lexicalKeys: [Int32]
    /// Name skeletons (`NameSkeleton`): for Korean, of every word; for
    /// English, of the capitalised words.
    var names: [String]
    /// Ends with a question mark.
    var isQuestion: Bool
    /// The text itself, to recognise a sentence copied untranslated.
    var text: String

    /// Reads the features of one sentence.
    ///
    /// Works on Unicode scalars, not `Character`s: grapheme breaking would
    /// cost more than everything else the aligner does (text is NFC, so a
    /// Hangul syllable is one scalar).
    init(_ text: String, language: Language, keys: inout LexicalKeys) {
        let scalars = Array(text.unicodeScalars)
        var length = 0
        var latin: [String] = []
        var words: [ArraySlice<Unicode.Scalar>] = []
        var names: [String] = []
        var wordStart: Int?
        var latinStart: Int?
        var last: Unicode.Scalar = " "
        var previousNonSpace: Unicode.Scalar = " "
        func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.value >= 65 && scalar.value <= 90) || (scalar.value >= 97 && scalar.value <= 122)
        }
        func closeLatin(at end: Int) {
            if let start = latinStart, end - start >= 2 {
                var word = String.UnicodeScalarView()
                word.append(contentsOf: scalars[start..<end])
                latin.append(String(word).lowercased())
            }
            latinStart = nil
        }
        func closeWord(at end: Int) {
            guard let start = wordStart else { return }
            words.append(scalars[start..<end])
            wordStart = nil
        }
        for (index, scalar) in scalars.enumerated() {
            if scalar == " " || scalar == "\t" || (scalar.value > 127 && scalar.properties.isWhitespace) {
                closeWord(at: index)
            } else {
                length += 1
                previousNonSpace = last
                last = scalar
                if wordStart == nil { wordStart = index }
            }
            let isDigit = scalar.value >= 48 && scalar.value <= 57
            if isASCIILetter(scalar) || (latinStart != nil && isDigit) {
                if latinStart == nil { latinStart = index }
            } else {
                closeLatin(at: index)
            }
        }
        closeWord(at: scalars.count)
        closeLatin(at: scalars.count)
        for word in words {
            if language == .korean {
                names += NameSkeleton.koreanCandidates(word)
            } else if let first = word.first, first.value >= 65, first.value <= 90 {
                let skeleton = NameSkeleton.english(word)
                if skeleton.utf8.count >= NameSkeleton.minimumLength { names.append(skeleton) }
            }
        }
        self.length = length
        self.numbers = NumberReader.values(in: scalars)
        self.latinWords = latin
        self.names = names
        self.isQuestion = last == "?" || last == "？" || ((last == "\"" || last == "”") && previousNonSpace == "?")
        self.lexicalKeys = keys.keys(for: words, language: language)
        self.text = text
    }
}

/// Reads the numbers of a sentence as canonical values, so that the same
/// quantity written the Korean way and the English way compares equal.
///
/// Korean groups digits by 10⁴ (만, 억, 조) and mixes digits with unit
/// syllables: `1억1천만` = 110,000,000, `3천` = 3,000, `12조3천억` =
/// 12,300,000,000,000. English scales with words (`$110 million`,
/// `12.3 trillion`). Units of measure (`명`, `년`, `km`) are not part of the
/// value, so `4,800km` and `4,800 km` both give `4800`. A decimal keeps its
/// fraction (`4.8` stays `4.8`).
enum NumberReader {
    static func values(in text: String) -> [String] {
        values(in: Array(text.unicodeScalars))
    }

    static func values(in characters: [Unicode.Scalar]) -> [String] {
        var values: [String] = []
        var index = 0
        while index < characters.count {
            guard isDigit(characters[index]) else { index += 1; continue }
            // A Korean compound: digits and unit syllables, e.g. 1억1천만.
            var total: Decimal10 = .zero, section: Decimal10 = .zero
            var sawKoreanUnit = false
            var cursor = index
            var plainValue: Decimal10?
            while cursor < characters.count {
                guard isDigit(characters[cursor]) else { break }
                let (number, next) = readDigits(characters, from: cursor)
                if plainValue == nil { plainValue = number }
                cursor = next
                var value = number
                if cursor < characters.count, let small = smallUnits[characters[cursor]] {
                    value = value.multiplied(by: small)
                    cursor += 1
                    sawKoreanUnit = true
                }
                section = section.adding(value)
                if cursor < characters.count, let large = largeUnits[characters[cursor]] {
                    total = total.adding(section.multiplied(by: large))
                    section = .zero
                    cursor += 1
                    sawKoreanUnit = true
                }
                // 1억 1천만: a space may separate the groups of a compound.
                if sawKoreanUnit, cursor + 1 < characters.count, characters[cursor] == " ",
                   isDigit(characters[cursor + 1]) {
                    let (_, after) = readDigits(characters, from: cursor + 1)
                    if after < characters.count, smallUnits[characters[after]] != nil || largeUnits[characters[after]] != nil {
                        cursor += 1
                        continue
                    }
                }
                if !sawKoreanUnit { break }
            }
            var value = sawKoreanUnit ? total.adding(section) : (plainValue ?? .zero)
            if !sawKoreanUnit {
                // English scale words: 110 million, 12.3 trillion.
                var lookahead = cursor
                while lookahead < characters.count, characters[lookahead] == " " { lookahead += 1 }
                var word = ""
                while lookahead < characters.count, characters[lookahead].isASCII,
                      characters[lookahead].properties.isAlphabetic {
                    word.unicodeScalars.append(contentsOf: characters[lookahead].properties.lowercaseMapping.unicodeScalars)
                    lookahead += 1
                }
                if let scale = scaleWords[word] {
                    value = value.multiplied(by: scale)
                    cursor = lookahead
                }
            }
            values.append(value.description)
            index = max(cursor, index + 1)
        }
        return values
    }

    /// Digits with `,` thousands separators and one `.` decimal point.
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    private static func readDigits(_ characters: [Unicode.Scalar], from start: Int) -> (Decimal10, Int) {
        var digits = "", fraction = ""
        var cursor = start, inFraction = false
        while cursor < characters.count {
            let character = characters[cursor]
            if isDigit(character) {
                if inFraction { fraction.unicodeScalars.append(character) } else { digits.unicodeScalars.append(character) }
            } else if character == ",", !inFraction, isThousandsSeparator(characters, at: cursor) {
                // a thousands separator: skip it
            } else if character == ".", !inFraction, cursor + 1 < characters.count,
                      isDigit(characters[cursor + 1]) {
                inFraction = true
            } else {
                break
            }
            cursor += 1
        }
        return (Decimal10(integer: digits, fraction: fraction), cursor)
    }

    /// `,` followed by exactly three digits: `4,800` but not `1,2` or `3,0000`.
    private static func isThousandsSeparator(_ characters: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 3 < characters.count else { return false }
        for offset in 1...3 where !isDigit(characters[index + offset]) {
            return false
        }
        let after = index + 4
        return after >= characters.count || !isDigit(characters[after])
    }

    private static let smallUnits: [Unicode.Scalar: Int] = ["십": 1, "백": 2, "천": 3]
    private static let largeUnits: [Unicode.Scalar: Int] = ["만": 4, "억": 8, "조": 12]
    private static let scaleWords: [String: Int] = [
        "thousand": 3, "million": 6, "billion": 9, "trillion": 12, "mln": 6, "bn": 9,
    ]
}

/// A non-negative decimal kept as digits, exact for the sizes numbers in
/// prose reach (a Double would print 1.23e13).
struct Decimal10: Sendable, CustomStringConvertible {
    /// Digits before the point, no leading zeros ("" for zero).
    var integer: [UInt8]
    /// Digits after the point, no trailing zeros.
    var fraction: [UInt8]

    static let zero = Decimal10(integer: "", fraction: "")

    init(integer: String, fraction: String) {
        var whole = integer.utf8.map { $0 - 48 }
        while whole.first == 0 { whole.removeFirst() }
        var part = fraction.utf8.map { $0 - 48 }
        while part.last == 0 { part.removeLast() }
        self.integer = whole
        self.fraction = part
    }

    private init(integerDigits: [UInt8], fractionDigits: [UInt8]) {
        var whole = integerDigits
        while whole.first == 0 { whole.removeFirst() }
        var part = fractionDigits
        while part.last == 0 { part.removeLast() }
        integer = whole
        fraction = part
    }

    /// self × 10^power.
    func multiplied(by power: Int) -> Decimal10 {
        var whole = integer, part = fraction
        for _ in 0..<power {
            whole.append(part.isEmpty ? 0 : part.removeFirst())
        }
        return Decimal10(integerDigits: whole, fractionDigits: part)
    }

    func adding(_ other: Decimal10) -> Decimal10 {
        let fractionCount = max(fraction.count, other.fraction.count)
        let lhs = integer + fraction + [UInt8](repeating: 0, count: fractionCount - fraction.count)
        let rhs = other.integer + other.fraction + [UInt8](repeating: 0, count: fractionCount - other.fraction.count)
        var result: [UInt8] = []
        var carry: UInt8 = 0
        var a = lhs.count - 1, b = rhs.count - 1
        while a >= 0 || b >= 0 || carry > 0 {
            let sum = (a >= 0 ? lhs[a] : 0) + (b >= 0 ? rhs[b] : 0) + carry
            result.append(sum % 10)
            carry = sum / 10
            a -= 1
            b -= 1
        }
        result.reverse()
        let split = result.count - fractionCount
        return Decimal10(integerDigits: Array(result[..<max(0, split)]), fractionDigits: Array(result[max(0, split)...]))
    }

    var description: String {
        let whole = integer.isEmpty ? "0" : String(decoding: integer.map { $0 + 48 }, as: UTF8.self)
        return fraction.isEmpty ? whole : whole + "." + String(decoding: fraction.map { $0 + 48 }, as: UTF8.self)
    }
}
