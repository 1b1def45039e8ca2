import DariModel
import DariText
import Foundation

/// Finds English prose left on a Korean page: whole sentences, not the names,
/// product words, titles, identifiers and code that Korean text rightly
/// carries in Latin letters.
///
/// A sentence counts as English prose when it has no Hangul, at least five
/// Latin words of which English function words ("the", "is", "to"…) make up
/// a fair share, and mostly letters (code and paths are mostly symbols).
/// Names and UI labels ("Tools - Options - General", "ASCI White") have no
/// function words; a quoted title is skipped as a whole.
public enum WrongLanguage {
    /// The English sentences of `text` (Korean-side text), in order.
    public static func englishSentences(in text: String) -> [Substring] {
        // Most Korean-side text has too few Latin letters for any of its
        // sentences to be English prose (`isEnglishProse` needs 20, and
        // dropping Korean references only removes letters); counting them
        // first skips the Character-by-Character sentence split, the bulk of
        // this check's time on a large memory.
        guard hasLatinLetters(atLeast: minimumProseLetters, in: text) else { return [] }
        // The same count per sentence, before `isEnglishProse` removes the
        // Korean references Character by Character (most of its time here):
        // the removal only takes letters away, so a sentence with fewer has
        // fewer after it.
        return sentences(of: text).filter {
            hasLatinLetters(atLeast: minimumProseLetters, in: $0.unicodeScalars) && isEnglishProse($0)
        }
    }

    /// The Latin letters an English sentence needs at least (`isEnglishProse`).
    static let minimumProseLetters = 20

    private static func hasLatinLetters(atLeast count: Int, in text: String) -> Bool {
        hasLatinLetters(atLeast: count, in: text.unicodeScalars)
    }

    private static func hasLatinLetters<Scalars: Sequence<Unicode.Scalar>>(atLeast count: Int, in scalars: Scalars) -> Bool {
        var letters = 0
        for scalar in scalars where Script.isLatinLetter(scalar) {
            letters += 1
            if letters >= count { return true }
        }
        return false
    }

    /// True when `translation`, the text on the `language` page, is still in
    /// the original's language: English prose or a short English copy of the
    /// original on a Korean page, mostly Hangul on an English page. Such a
    /// "translation" is work to do (`dari todo` offers it, `dari import`
    /// replaces it), not a translator's work to keep.
    public static func isLeftInOriginalLanguage(_ translation: String, original: String, language: Language) -> Bool {
        switch language {
        case .korean:
            return !englishSentences(in: translation).isEmpty || isShortEnglishCopy(translation, of: original)
        case .english:
            var hangul = 0, latin = 0
            for scalar in translation.unicodeScalars {
                if Script.isHangul(scalar) { hangul += 1 } else if Script.isLatinLetter(scalar) { latin += 1 }
            }
            return hangul > 0 && hangul >= latin
        }
    }

    /// Cuts after `.`, `!`, `?` (and their full-width forms) followed by white
    /// space, and at line breaks: enough to separate an English sentence from
    /// the Korean sentence before it (`…것입니다. There will be…`).
    static func sentences(of text: String) -> [Substring] {
        sentencesByScalar(of: text) ?? sentencesByCharacter(of: text)
    }

    /// `sentencesByCharacter`'s pieces read from the UTF-8 bytes, nil when
    /// `text` has a scalar outside `singleScalarKind`'s set. Every scalar of
    /// that set is a Character of its own next to any other of the set (none
    /// extends, prepends or joins; no carriage return, which takes a line
    /// feed; no conjoining jamo, which a syllable takes), so the walk meets
    /// the same Characters, tests them the same way and cuts at the same
    /// places. The Character walk was most of this function's time on a
    /// large memory.
    static func sentencesByScalar(of text: String) -> [Substring]? {
        let cuts = text.utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>]? in
            var ranges: [Range<Int>] = []
            var start = 0, index = 0
            var previousEndsSentence = false
            while index < bytes.count {
                let (value, length) = Script.decodeScalar(utf8: bytes, at: index)
                guard let kind = singleScalarKind(value) else { return nil }
                if kind == .newline || (kind == .whitespace && previousEndsSentence) {
                    if start < index { ranges.append(start..<index) }
                    start = index + length
                }
                previousEndsSentence = kind == .sentenceEnd
                index += length
            }
            if start < bytes.count { ranges.append(start..<bytes.count) }
            return ranges
        }
        guard let cuts, let cuts else { return nil }
        let utf8 = text.utf8
        return cuts.map { range in
            let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return text[lower..<utf8.index(lower, offsetBy: range.count)]
        }.map(trimmed).filter { !$0.isEmpty }
    }

    enum SingleScalarKind { case newline, whitespace, sentenceEnd, other }

    /// What `sentencesByCharacter` asks of a Character made of this one
    /// scalar (`isNewline`, `isWhitespace`, `endsSentence`), for the scalars
    /// that are always a Character of their own among each other: ASCII but
    /// the controls other than tab, line feed, vertical tab and form feed,
    /// Hangul syllables, CJK ideographs, and common punctuation (grapheme
    /// break property Other, none White_Space); nil for any other scalar.
    static func singleScalarKind(_ value: UInt32) -> SingleScalarKind? {
        switch value {
        case 0x0A, 0x0B, 0x0C: return .newline
        case 0x09, 0x20: return .whitespace
        case 0x21, 0x2E, 0x3F, 0x3002, 0xFF01, 0xFF1F: return .sentenceEnd
        case 0x21...0x7E, 0xAC00...0xD7A3, 0x4E00...0x9FFF,
             0x00B7, 0x00D7, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026,
             0x3001, 0x3008...0x3011, 0xFF08, 0xFF09, 0xFF0C, 0xFF1A, 0xFFFC:
            return .other
        default: return nil
        }
    }

    /// The sentence pieces of `sentences(of:)`, Character by Character.
    static func sentencesByCharacter(of text: String) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        var previousEndsSentence = false
        while index < text.endIndex {
            let character = text[index]
            if character.isNewline || (character.isWhitespace && previousEndsSentence) {
                if start < index { pieces.append(text[start..<index]) }
                start = text.index(after: index)
            }
            previousEndsSentence = endsSentence(character)
            index = text.index(after: index)
        }
        if start < text.endIndex { pieces.append(text[start...]) }
        return pieces.map(trimmed).filter { !$0.isEmpty }
    }

    /// One of `.!?。！？`. A switch compares Characters as `String.contains`
    /// did, without searching a String for every Character of the text (a
    /// third of `sentences(of:)`'s time on a large memory).
    private static func endsSentence(_ character: Character) -> Bool {
        switch character {
        case ".", "!", "?", "。", "！", "？": return true
        default: return false
        }
    }

    static func isEnglishProse(_ sentence: Substring) -> Bool {
        // Decided on the bytes when a Korean word is sure to stay: most
        // sentences with Hangul that get here, whose removal Character by
        // Character was most of this function's time on a large memory.
        if keepsKoreanWord(sentence) { return false }
        let sentence = withoutKoreanReferences(sentence)
        var letters = 0, other = 0
        for scalar in sentence.unicodeScalars {
            if Script.isHangul(scalar) { return false }
            if Script.isLatinLetter(scalar) {
                letters += 1
            } else if !Script.isWhitespace(scalar) && !",.;:!?'’\"“”-–—()".unicodeScalars.contains(scalar) {
                other += 1
            }
        }
        // Code, paths and formulas are mostly symbols and digits, or use
        // characters prose does not (`<name>`, `a = b`, `snake_case`).
        guard letters >= minimumProseLetters, Double(letters) >= 0.8 * Double(letters + other),
              !sentence.unicodeScalars.contains(where: { "<>{}=_\\$|".unicodeScalars.contains($0) })
        else { return false }
        if isQuotedWhole(sentence) || isCommitTitle(sentence) { return false }
        let words = sentence.split(whereSeparator: { !($0.isLetter || $0 == "'" || $0 == "’") })
        guard words.count >= 5 else { return false }
        let function = words.filter { functionWords.contains($0.lowercased()) }.count
        guard function >= 2, Double(function) >= 0.15 * Double(words.count) else { return false }
        // A name or title in title case with no closing stop ("Software in the
        // Public Interest") is kept in English on purpose. The first word says
        // nothing: a sentence opens with a capital too ("Workshop agenda was
        // remixed from the Mozilla Movement Building from Home series").
        var content = words.filter { !functionWords.contains($0.lowercased()) }
        if content.count > 1, content.first == words.first { content.removeFirst() }
        let capitalised = content.filter { $0.first?.isUppercase == true }.count
        let closes = sentence.last.map { ".!?:;".contains($0) } ?? false
        return closes || Double(capitalised) < 0.6 * Double(content.count)
    }

    /// The types of a Conventional Commits title (`feat(ssr)!: remove …`).
    private static let commitTypes: Set<Substring> = [
        "feat", "fix", "chore", "docs", "refactor", "perf", "test", "build", "ci", "style", "revert", "deps",
    ]

    /// True when `sentence` is a commit or pull-request title, cited as
    /// written in a changelog or migration guide (`[#11101] feat(ssr)!:
    /// remove dedupe…`): a reference, like a quoted title, not text to translate.
    static func isCommitTitle(_ sentence: Substring) -> Bool {
        var rest = sentence.drop { $0 == " " || $0 == "[" || $0 == "(" }
        if rest.first == "#" {
            rest = rest.dropFirst().drop(while: \.isNumber).drop { $0 == "]" || $0 == ")" || $0 == " " }
        }
        let type = rest.prefix(while: \.isLetter)
        guard commitTypes.contains(type) else { return false }
        rest = rest.dropFirst(type.count)
        if rest.first == "(", let close = rest.firstIndex(of: ")") { rest = rest[rest.index(after: close)...] }
        if rest.first == "!" { rest = rest.dropFirst() }
        return rest.first == ":"
    }

    /// True when `text`, on the Korean page, is the English page's `english`
    /// text copied unchanged and reads as English words rather than a name:
    /// a heading or label too short for `englishSentences` ("12.2.2. Web
    /// forum", "What should I do?"). At least two words (a leading section
    /// number aside), every one of them plain letters, so commands
    /// and identifiers (`apt-get source`, `hurd-i386`) stay out; a name in
    /// title case ("Software in the Public Interest", "Release Notes") is
    /// kept in English on purpose unless it closes like a sentence.
    public static func isShortEnglishCopy(_ text: String, of english: String, isHeading: Bool = false) -> Bool {
        // Hangul rules it out; tested first because it is much cheaper than
        // splitting both texts into words (the same answer either way).
        if text.unicodeScalars.contains(where: Script.isHangul) { return false }
        let tokens = text.split(whereSeparator: \.isWhitespace)
        guard tokens.elementsEqual(english.split(whereSeparator: \.isWhitespace)),
              !text.unicodeScalars.contains(where: { Script.isHangul($0) || "<>{}=_\\$|/@#".unicodeScalars.contains($0) })
        else { return false }
        // Keywords beside a dot file (`.htaccess`, `.gitignore`) with no word of a sentence
        // between them are names the other page writes as is: httpd's directive tables list
        // "directory, .htaccess" as where a directive goes ("Save a .gbr brush" is a title).
        if tokens.contains(where: { $0.count > 1 && $0.first == "." && $0.dropFirst().first?.isLetter == true }),
           !tokens.contains(where: { functionWords.contains($0.lowercased()) }) {
            return false
        }
        if isTermOrListOfTerms(text) { return false }
        var words = tokens.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:!?()\"'“”‘’")) }
            .filter { !$0.isEmpty }
        if let number = words.first, number.allSatisfy({ $0.isNumber || $0 == "." }) { words.removeFirst() }
        let plain = words.filter { word in
            word.unicodeScalars.allSatisfy { Script.isLatinLetter($0) || $0 == "'" || $0 == "’" }
        }
        guard plain.count >= 2, plain.count == words.count else { return false }
        let content = plain.filter { !functionWords.contains($0.lowercased()) }
        // Identifiers written in camel case (`toRawJson, mustToRawJson`) are code.
        if !content.isEmpty, content.allSatisfy(isCamelCase) { return false }
        // A heading in title case that opens with a verb's -ing or -ed form ("Getting
        // Started", "Recommended Specification for GCP") says what to do or what it
        // offers: words to translate, not a name. (A list of links names products:
        // "Charmed Operator Framework", "Simplified Chinese".)
        if isHeading, let lead = plain.first, lead == content.first, Self.isVerbForm(lead) { return true }
        let capitalised = content.filter { $0.first?.isUppercase == true }.count
        let closes = text.trimmingCharacters(in: .whitespacesAndNewlines).last.map { ".!?:;".contains($0) } ?? false
        return closes || Double(capitalised) < 0.6 * Double(content.count)
    }

    /// Whether `word` is a verb's -ing form (five letters or more: `Using`,
    /// `Getting`) or -ed form (seven or more: `Recommended`, `Supported`;
    /// not `United` or `PageSpeed`).
    static func isVerbForm(_ word: String) -> Bool {
        let lower = word.lowercased()
        return lower.count >= 5 && lower.hasSuffix("ing")
            || lower.count >= 7 && lower.hasSuffix("ed") && !lower.hasSuffix("eed")
    }

    /// True when `text` is one word with a name in brackets (`bool (Go)`,
    /// `sendTransaction (CANCEL)`: a type or an identifier and where it
    /// belongs) or a list of single words (`v, r, s`, `istanbul, clique`:
    /// keys, fields or values a table names): terms, not a phrase to
    /// translate. A note in words is English to translate ("Styles (icon)",
    /// "cinder (deprecated)").
    static func isTermOrListOfTerms(_ text: String) -> Bool {
        var outside = "", inside = "", depth = 0
        for character in text {
            if character == "(" {
                depth += 1
            } else if character == ")" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                outside.append(character)
            } else {
                inside.append(character)
            }
        }
        func words(_ piece: Substring) -> [Substring] {
            piece.split(whereSeparator: { $0.isWhitespace || ".:;!?".contains($0) })
        }
        let note = words(Substring(inside))
        if words(Substring(outside)).count == 1, note.count == 1, note[0].first?.isUppercase == true { return true }
        let items = text.split(separator: ",")
        return items.count >= 2 && items.allSatisfy { item in
            let itemWords = words(item)
            return itemWords.count == 1 && !functionWords.contains(itemWords[0].lowercased())
        }
    }

    /// A word with a capital after a lower-case letter and more lower-case
    /// letters than capitals (`toRawJson`, `mustToRawJson`, `PalmDoc`): an
    /// identifier or a product's name, as no English word is written. A
    /// word in inverted case (LibreOffice's `tOGGLE cASE` menu item) is a
    /// word.
    static func isCamelCase(_ word: String) -> Bool {
        var previousIsLower = false, turns = false, lower = 0, upper = 0
        for scalar in word.unicodeScalars {
            let isUpper = scalar.properties.isUppercase, isLower = scalar.properties.isLowercase
            if isUpper && previousIsLower { turns = true }
            if isUpper { upper += 1 } else if isLower { lower += 1 }
            previousIsLower = isLower
        }
        return turns && lower > upper
    }

    /// The sentence without what a Korean page rightly writes in Korean
    /// inside English left untranslated: a quoted title (“공통 특징”), a
    /// numbered cross-reference (2절, 8.1.1절, 그림 7.37), which the page's
    /// generator translated while the sentence around them stayed English,
    /// and a short Korean word that leads it (그러나 but …).
    static func withoutKoreanReferences(_ sentence: Substring) -> Substring {
        guard sentence.unicodeScalars.contains(where: Script.isHangul) else { return sentence }
        var result = ""
        var closer: Character?
        var words: [Substring] = []
        for character in sentence {
            if let expected = closer {
                if character == expected { closer = nil }
                continue
            }
            if let match = quotes[character] {
                closer = match
                result.append("\u{FFFC}")
                continue
            }
            result.append(character)
        }
        // A numbered reference: digits (and dots) glued to a Korean label, or a
        // Korean label before a number.
        words = result.split(separator: " ", omittingEmptySubsequences: false)
        // A Korean connective or label before English left untranslated
        // ("그러나 but somehow depend on …", "참고: see …"): the translator's
        // first word, the rest still English.
        let leadsAlone = words.count > 1 && words.dropFirst().allSatisfy { !$0.unicodeScalars.contains(where: Script.isHangul) }
        let kept = words.enumerated().map { index, word -> Substring in
            let hasHangul = word.unicodeScalars.contains(where: Script.isHangul)
            guard hasHangul else { return word }
            if index == 0, leadsAlone, word.unicodeScalars.filter(Script.isHangul).count <= maximumLeadSyllables {
                return "\u{FFFC}"
            }
            let startsWithDigit = word.first?.isNumber == true
            let nextIsNumber = index + 1 < words.count && words[index + 1].first?.isNumber == true
            let short = word.unicodeScalars.filter(Script.isHangul).count <= 2
            return short && (startsWithDigit || nextIsNumber) ? "\u{FFFC}" : word
        }
        return Substring(kept.joined(separator: " "))
    }

    static let quotes: [Character: Character] = ["“": "”", "「": "」", "『": "』", "《": "》", "〈": "〉"]

    /// True when `withoutKoreanReferences(sentence)` is sure to keep Hangul:
    /// the sentence has no opening quote (so nothing is dropped as a quoted
    /// title) and a run between spaces with more Hangul letters than a lead
    /// word may have. Its word (`withoutKoreanReferences` splits at space
    /// Characters, a subset of the space bytes) has at least those letters,
    /// so it is neither a lead nor a short label before a number. False
    /// means only "not decided here".
    static func keepsKoreanWord(_ sentence: Substring) -> Bool {
        var hangul = 0, found = false
        var value: UInt32 = 0, continuations = 0
        for byte in sentence.utf8 {
            if continuations > 0 {
                value = value << 6 | UInt32(byte & 0x3F)
                continuations -= 1
                guard continuations == 0, let scalar = Unicode.Scalar(value) else { continue }
                if isQuoteOpener(scalar.value) { return false }
                if Script.isHangul(scalar) {
                    hangul += 1
                    if hangul > maximumLeadSyllables { found = true }
                }
            } else if byte >= 0xC0 {
                // A lead byte: 110xxxxx, 1110xxxx or 11110xxx.
                continuations = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : 1
                value = UInt32(byte & (byte >= 0xF0 ? 0x07 : byte >= 0xE0 ? 0x0F : 0x1F))
            } else if byte == 0x20 {
                hangul = 0
            }
        }
        return found
    }

    /// Whether a scalar alone is a Character `quotes` has as a key: the
    /// keys, and U+2329, canonically the same as 〈 (a test checks every
    /// scalar). A switch: asked for every non-ASCII scalar.
    static func isQuoteOpener(_ value: UInt32) -> Bool {
        switch value {
        case 0x201C, 0x300C, 0x300E, 0x300A, 0x3008, 0x2329: return true
        default: return false
        }
    }

    /// How long a Korean word before English prose may be to be read as a
    /// lead (그러나, 따라서, 참고:) rather than Korean text.
    static let maximumLeadSyllables = 3

    private static func isQuotedWhole(_ sentence: Substring) -> Bool {
        guard let first = sentence.first, let last = sentence.last(where: { !".!?".contains($0) }) else { return false }
        let pairs: [Character: Character] = ["\"": "\"", "“": "”", "‘": "’", "'": "'", "(": ")", "「": "」", "『": "』"]
        return pairs[first] == last
    }

    private static func trimmed(_ piece: Substring) -> Substring {
        var piece = piece
        while piece.first?.isWhitespace == true { piece = piece.dropFirst() }
        while piece.last?.isWhitespace == true { piece = piece.dropLast() }
        return piece
    }

    /// Words that carry grammar, not content: a sentence has several, a
    /// name, label or title few or none.
    static let functionWords: Set<String> = [
        "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does",
        "did", "will", "would", "can", "could", "shall", "should", "may", "might", "must", "to", "of", "in", "on", "at",
        "by", "for", "with", "from", "into", "onto", "about", "as", "than", "that", "this", "these", "those", "there",
        "here", "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "if", "then", "else", "and",
        "or", "but", "not", "no", "it", "its", "it's", "you", "your", "we", "our", "they", "their", "he", "she", "his",
        "her", "them", "us", "i", "my", "me", "also", "only", "all", "any", "each", "every", "some", "more", "most",
        "such", "so", "very", "just",
    ]
}
