import DariMemory
import DariGlossary
import DariModel
import DariText

/// `glossary-violation`: a glossary term is in the source but none of the
/// concept's approved target terms is in the target.
///
/// Korean terms match with particles and endings attached (구출팀은,
/// 구출팀이, 구출팀에서); English terms in any case and with plural or
/// derived endings (defector, Defectors). Any term of the concept that is
/// not deprecated counts as approved; deprecated ones are `deprecated-term`'s.
///
/// A name (a term the glossary marks as a proper noun) is different: a
/// translation may refer to the person or place without naming it ("he",
/// "the presumptive nominee", "the capital"), as news translations often
/// do. A name is reported only when the translation
/// names it another way: a near miss of the approved spelling (Irak, Iraki,
/// McKane, Soul) or part of a several-word name (Blue House).
public struct GlossaryViolation: Check {
    public static let id = "glossary-violation"
    public static let defaultSeverity = Severity.warning
    public static let summary = "A glossary term is in the source, but its approved translation is not in the target."
    public static let example = "en/interview.html:66: warning: [glossary-violation] '구출팀' is in the Korean but the "
        + "English does not use the glossary's 'rescue team'; write 'rescue team'"
    public static let details = """
        Korean terms match with particles and endings attached (구출팀은, 구출팀이, 구출팀에서); English terms in any \
        case and inflection (defector, Defectors; Iraq, Iraqi). Any term of the concept that is not \
        deprecated counts as approved; deprecated ones are `deprecated-term`'s. A name (a term marked as a \
        proper noun, TBX `partOfSpeech` properNoun or the CSV `pos` column) may be referred to without being \
        named ("he", "the capital"): it is reported only when the translation spells it another way, a near \
        miss of the approved term (Irak, McKane) or part of a several-word name (Blue House). Needs a glossary.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        guard let glossary = input.glossary, !input.terms.isEmpty else { return }
        let sourceLanguage = input.memory.sourceLanguage, targetLanguage = input.memory.targetLanguage
        guard sourceLanguage != targetLanguage else { return }
        // By index, the record bound only past the first test: a record bound
        // first was copied (its strings retained and released) for every segment.
        let records = input.segments
        for index in records.indices {
            guard let target = records[index].translatedTarget, records[index].hasSource,
                !records[index].isCopy
            else { continue }
            let sourceMatches = input.terms.matches(in: records[index].source, language: sourceLanguage)
                .filter { $0.entry.term.status != .deprecated }
            guard !sourceMatches.isEmpty else { continue }
            let record = records[index]
            let found = Set(input.terms.matches(in: target, language: targetLanguage)
                .filter { $0.entry.term.status != .deprecated }.map(\.entry.conceptIndex))
            var reported = Set<Int>()
            for match in sourceMatches where !found.contains(match.entry.conceptIndex) {
                let concept = glossary.concepts[match.entry.conceptIndex]
                guard reported.insert(match.entry.conceptIndex).inserted,
                    let approved = concept.preferredTerm(in: targetLanguage)
                else { continue }
                if Self.isName(concept),
                    !Self.namesOtherwise(target, approved: concept.terms(in: targetLanguage).filter { $0.status != .deprecated })
                {
                    continue
                }
                findings.report(record, in: input, side: .target,
                                message: Self.message(match.entry.term.text, approved.text, sourceLanguage, targetLanguage))
            }
        }
    }

    /// A concept the glossary marks as a proper noun in any of its terms.
    static func isName(_ concept: Concept) -> Bool {
        concept.terms.values.contains { terms in
            terms.contains { term in
                guard let pos = term.partOfSpeech?.lowercased() else { return false }
                return pos.filter(\.isLetter) == "propernoun"
            }
        }
    }

    /// True when `target` spells the name another way: a word that is a near
    /// miss of a word of an approved term (one edit, one per three letters; or
    /// the same first two letters and at most one edit per two letters: Iraki
    /// for Iraq, McKane for McCain), or a word of a several-word name on its
    /// own (Blue House for White House) or the name as one word (Hongkong). Words of fewer than three letters
    /// and, for a capitalised name, lower-case words are not names.
    static func namesOtherwise(_ target: String, approved: [Term]) -> Bool {
        let words = Self.words(in: target)
        for term in approved {
            let termWords = Self.words(in: term.text)
            var parts = termWords.map { Array($0.lowercased().unicodeScalars) }
            // "Hongkong" for Hong Kong: the name written as one word.
            if parts.count > 1 { parts.append(parts.flatMap { $0 }) }
            let capitalised = termWords.first.flatMap(\.first).map(\.isUppercase) ?? false
            for word in words where word.count >= 3 {
                if capitalised, word.first?.isUppercase != true { continue }
                let letters = Array(word.lowercased().unicodeScalars)
                for part in parts {
                    if letters == part {
                        if termWords.count > 1, part.count >= 4 { return true }
                        continue
                    }
                    let distance = EditDistance.levenshtein(letters, part, limit: part.count / 2 + 1)
                    if distance <= max(1, part.count / 3) { return true }
                    if letters.count >= 2, part.count >= 2, letters[0..<2] == part[0..<2], distance <= part.count / 2 {
                        return true
                    }
                }
            }
        }
        return false
    }

    /// Runs of letters (Latin or Hangul), as written.
    private static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if Script.isLatinLetter(scalar) || Script.isHangul(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    fileprivate static func message(_ term: String, _ approved: String, _ source: Language, _ target: Language) -> String {
        "'\(term)' is in the \(source.name) but the \(target.name) does not use the glossary's '\(approved)'; "
            + "write '\(approved)'"
    }
}
