import DariModel
import DariText

/// What the sentence aligner compares, computed once per sentence.
struct SentenceFeatures: Sendable {
    /// Non-space characters.
    var length: Int
    /// Numbers as canonical values (`NumberReader`): `1,000명` and `1,000`
    /// compare equal, as do `12조3천억` and `12.3 trillion`, `4,800km` and `4,800 km`.
    var numbers: [Int64]
    /// English only: values written as words ("three", "a dozen", "first"),
    /// which a Korean number may translate (3가지, 12개, 1위). They pair a
    /// Korean number but never count against a bead when unpaired: "one"
    /// and "first" are as often no number at all.
    var numberWords: [Int64] = []
    /// Latin-script words of two or more characters, lowercased (`asci`, `ibm`).
    var latinWords: [String]
    /// `latinWords` but English function words (`EnglishFunctionWords`):
    /// English left on the Korean page shares "the" and "of" with any
    /// English sentence. (Leaving them out of `latinWords` itself lowered
    /// held-out omission precision: Korean news quotes English titles.)
    var latinContentWords: [String] { latinWords.filter { !EnglishFunctionWords.contains($0) } }
    /// A Korean-side sentence written in English (English left on the
    /// Korean page): no Hangul, three Latin words or more.
    var isEnglishProse = false
    /// Content-word keys for the lexical model (`LexicalKeys`).
    var lexicalKeys: [Int32]
    /// Name skeletons (`NameSkeleton`): for Korean, of every word; for
    /// English, of the capitalised words.
    var names: [String]
    /// Runs of non-space characters.
    var wordCount: Int
    /// Ends with a question mark.
    var isQuestion: Bool
    /// Holds a quotation mark; an apostrophe inside a word (it's, Obama's) is not one.
    var hasQuote: Bool
    /// The text itself, to recognise a sentence copied untranslated.
    var text: String
    /// Its links, images and components (`VisibleCodes.anchors`), given by
    /// `SentenceAligner.align(source:target:sourceCodes:targetCodes:)`.
    var codes: [String] = []

    /// Reads the features of one sentence.
    ///
    /// Works on Unicode scalars, not `Character`s: grapheme breaking would
    /// cost more than everything else the aligner does (text is NFC, so a
    /// Hangul syllable is one scalar).
    init(_ text: String, language: Language, keys: inout LexicalKeys) {
        let scalars = Array(text.unicodeScalars)
        var length = 0
        var latin: [String] = []
        var latinWordCount = 0, hasHangul = false
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
                latinWordCount += 1
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
            if Script.isWhitespace(scalar) {
                closeWord(at: index)
            } else {
                length += 1
                previousNonSpace = last
                last = scalar
                if wordStart == nil { wordStart = index }
                if !hasHangul, Script.isHangul(scalar) { hasHangul = true }
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
        wordCount = words.count
        self.numbers = (language == .korean ? NumberReader.korean(text) : NumberReader.english(text)).map(\.canonical)
        if language == .english, text.utf8.contains(where: { $0 >= 0x41 }) {
            let digits = Set(numbers)
            numberWords = NumberReader.englishWordValues(text).filter { !digits.contains($0) }.sorted()
        }
        self.latinWords = latin
        isEnglishProse = language == .korean && !hasHangul && latinWordCount >= 3
        self.hasQuote = scalars.indices.contains { index in
            switch scalars[index] {
            case "\"", "“", "”", "‘", "「", "」", "『", "』", "«", "»":
                return true
            case "'", "’":
                // it's, Obama’s: an apostrophe, not a quotation mark.
                guard index > 0, index + 1 < scalars.count else { return true }
                return !(scalars[index - 1].properties.isAlphabetic && scalars[index + 1].properties.isAlphabetic)
            default:
                return false
            }
        }
        self.names = names
        self.isQuestion = last == "?" || last == "？" || ((last == "\"" || last == "”") && previousNonSpace == "?")
        self.lexicalKeys = keys.keys(for: words, language: language)
        self.text = text
    }
}
