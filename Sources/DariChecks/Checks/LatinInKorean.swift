import DariGlossary
import DariMemory
import DariModel
import DariText

/// `latin-in-korean`: an English phrase left in Korean text.
///
/// Korean text rightly carries names, acronyms and titles in Latin letters
/// (ASCI White, IBM, “The Road Not Taken”), so only a run of three or more
/// Latin words with at least two in lower case counts, outside quotation
/// marks, brackets, URLs and glossary terms. Info by default: worth a look.
public struct LatinInKorean: Check {
    public static let id = "latin-in-korean"
    public static let defaultSeverity = Severity.info
    public static let summary = "An English phrase (not a name, title, URL or glossary term) is left in Korean text."
    public static let example = "ko/volunteer.html:31: info: [latin-in-korean] the Korean text contains the English "
        + "phrase 'apply by email today'; translate it, or quote it if it is a title"
    public static let details = """
        Korean text rightly carries names, acronyms and titles in Latin letters (ASCI White, IBM, “The Road \
        Not Taken”), so only a run of three or more Latin words with at least two in lower case counts, \
        outside quotation marks, brackets, URLs and glossary terms. Runs on Korean pages with no counterpart \
        too. Info by default: worth a look.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        guard let side = input.side(of: .korean) else { return }
        let englishSentences = input.englishSentences.result
        // By index, the record bound only past the first tests: a record bound
        // first was copied (its strings retained and released) for every segment.
        let records = input.segments
        for index in records.indices {
            // Three words need at least six Latin letters: skip the rest with a byte count.
            guard let text = side == .source ? records[index].source : records[index].translatedTarget,
                text.utf8.lazy.filter({ (0x61...0x7A).contains($0) }).count >= 4, Script.containsHangul(text)
            else { continue }
            let record = records[index]
            // Whole English sentences are `untranslated`'s finding (`WrongLanguage`).
            if !englishSentences[index].isEmpty { continue }
            // A letter marked inside a word (`[l]ess [t]han`) is part of the word.
            let phrases = Self.phrases(in: Script.withoutLetterMarks(text), terms: input.terms)
            guard let first = phrases.first else { continue }
            findings.report(record, in: input, side: side, message: Self.message(first), onlyItsSide: true)
        }
    }

    /// English phrases outside quotes and brackets, glossary terms removed.
    static func phrases(in text: String, terms: GlossaryTerms) -> [String] {
        var masked = Script.scalars(of: text)
        for match in terms.matches(in: text, language: .english) where match.offset + match.length <= masked.count {
            for index in match.offset..<(match.offset + match.length) { masked[index] = "#" }
        }
        var phrases: [String] = []
        var words: [String] = []
        var word = ""
        var closers: [Unicode.Scalar] = []
        func endWord() {
            if !word.isEmpty { words.append(word) }
            word = ""
        }
        func endPhrase() {
            endWord()
            let plain = words.filter { !$0.contains("://") && !$0.contains("@") && !$0.hasPrefix("www.") }
            let lower = plain.filter { $0.first.map { $0.isLowercase } ?? false }
            if plain.count >= 3, lower.count >= 2 { phrases.append(words.joined(separator: " ")) }
            words = []
        }
        for scalar in masked {
            if let closer = Self.pairs[scalar], !(scalar == "\"" && closers.last == "\"") {
                endPhrase()
                closers.append(closer)
                continue
            }
            if let last = closers.last, scalar == last {
                closers.removeLast()
                words = []
                word = ""
                continue
            }
            if !closers.isEmpty { continue }
            if Script.isLatinLetter(scalar) || (!word.isEmpty && "'’-.:/@_".unicodeScalars.contains(scalar))
                || (!word.isEmpty && Script.isDigit(scalar))
            {
                word.unicodeScalars.append(scalar)
            } else if scalar == " " {
                endWord()
            } else {
                endPhrase()
            }
        }
        endPhrase()
        return phrases
    }

    private static let pairs: [Unicode.Scalar: Unicode.Scalar] = [
        "\"": "\"", "“": "”", "‘": "’", "(": ")", "[": "]", "「": "」", "『": "』", "《": "》", "〈": "〉", "<": ">",
        "（": "）",
    ]

    fileprivate static func message(_ phrase: String) -> String {
        "the Korean text contains the English phrase '\(phrase.excerpt(50))'; translate it, or quote it if it is a title"
    }
}
