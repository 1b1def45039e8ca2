import DariGlossary
import DariModel
import DariText

/// Finds glossary terms in segment text the way translators write them:
/// Korean terms with particles and endings attached (구출팀은, 구출팀에서),
/// English terms in any case and with plural or derived endings
/// (defector, Defectors; Iraq, Iraqi).
///
/// Terms are indexed by their first Unicode scalar, so a segment is scanned
/// once whatever the glossary's size; at each position the longest term wins
/// (선교회 before 선교).
public struct GlossaryTerms: Sendable {
    /// One term as matched: its concept (index into `Glossary.concepts`) and status.
    public struct Entry: Sendable, Hashable {
        public let conceptIndex: Int
        public let term: Term
        let key: [Unicode.Scalar]
    }

    /// A term found in a text; `offset` and `length` count Unicode scalars.
    public struct Match: Sendable, Hashable {
        public let entry: Entry
        public let offset: Int
        public let length: Int
    }

    private var index: [Language: [Unicode.Scalar: [Entry]]] = [:]
    public let isEmpty: Bool

    public init(_ glossary: Glossary?) {
        guard let glossary else {
            isEmpty = true
            return
        }
        for (position, concept) in glossary.concepts.enumerated() {
            for (language, terms) in concept.terms {
                for term in terms {
                    let key = Array(Glossary.matchKey(for: term.text, in: language).unicodeScalars)
                    guard let first = key.first else { continue }
                    index[language, default: [:]][first, default: []].append(
                        Entry(conceptIndex: position, term: term, key: key))
                }
            }
        }
        for (language, buckets) in index {
            for (first, entries) in buckets {
                index[language]?[first] = entries.sorted { $0.key.count > $1.key.count }
            }
        }
        isEmpty = index.isEmpty
    }

    /// Every term of `language` in `text`, left to right, longest first at
    /// each position, never overlapping.
    public func matches(in text: String, language: Language) -> [Match] {
        guard let buckets = index[language], !buckets.isEmpty else { return [] }
        let scalars = Array((language == .english ? text.lowercased() : text).unicodeScalars)
        var found: [Match] = []
        var position = 0
        while position < scalars.count {
            if let entries = buckets[scalars[position]], startsWord(scalars, at: position, language: language),
                let (entry, length) = longest(entries, in: scalars, at: position, language: language)
            {
                found.append(Match(entry: entry, offset: position, length: length))
                position += length
            } else {
                position += 1
            }
        }
        return found
    }

    /// True when a term of `language` may start at `position`: English terms
    /// start a word (Korean ones are checked in `longest`, where the term is known).
    private func startsWord(_ scalars: [Unicode.Scalar], at position: Int, language: Language) -> Bool {
        guard position > 0 else { return true }
        let before = scalars[position - 1]
        switch language {
        case .english: return !Self.continuesEnglishWord(before)
        case .korean: return true
        }
    }

    private func longest(_ entries: [Entry], in scalars: [Unicode.Scalar], at position: Int, language: Language)
        -> (Entry, Int)?
    {
        for entry in entries {
            // missionary → missionaries: the stem without y, then -ies/-ied.
            if language == .english, entry.key.last == "y", hasPrefix(scalars, Array(entry.key.dropLast()), at: position),
               let length = Self.yEnding(scalars, from: position + entry.key.count - 1) {
                return (entry, entry.key.count - 1 + length)
            }
            guard hasPrefix(scalars, entry.key, at: position) else { continue }
            let end = position + entry.key.count
            switch language {
            case .korean:
                if position > 0, Script.isHangulSyllable(scalars[position - 1]), Script.isHangulSyllable(entry.key[0]) {
                    // Inside a longer word: 짐바브웨아프리카민족연맹 names a party, not Africa.
                    continue
                }
                return (entry, entry.key.count)
            case .english:
                if let length = Self.englishEnding(scalars, from: end) { return (entry, entry.key.count + length) }
            }
        }
        return nil
    }

    private func hasPrefix(_ scalars: [Unicode.Scalar], _ key: [Unicode.Scalar], at position: Int) -> Bool {
        guard position + key.count <= scalars.count else { return false }
        for offset in 0..<key.count where scalars[position + offset] != key[offset] { return false }
        return true
    }

    /// Latin letters and digits continue an English word; Hangul does not
    /// ("Voice of the Martyrs와" ends the term before 와).
    private static func continuesEnglishWord(_ scalar: Unicode.Scalar) -> Bool {
        Script.isLatinLetter(scalar) || Script.isDigit(scalar)
    }

    /// Endings English adds to a noun or name and still means the term:
    /// plural, demonym, participle (Iraq → Iraqis, Japan → Japanese).
    private static let endings: [[Unicode.Scalar]] = [
        "", "s", "es", "i", "is", "n", "ns", "an", "ans", "ian", "ians", "ese", "d", "ed", "ing", "er", "ers",
    ].map { Array($0.unicodeScalars) }

    /// The length of the ending after a term that ends at `end`, when the
    /// word stops there; nil when the term is only the start of another word.
    private static func englishEnding(_ scalars: [Unicode.Scalar], from end: Int) -> Int? {
        var wordEnd = end
        while wordEnd < scalars.count, continuesEnglishWord(scalars[wordEnd]) { wordEnd += 1 }
        let ending = Array(scalars[end..<wordEnd])
        return endings.contains(ending) ? ending.count : nil
    }

    /// country → countries, countried: the ending after the stem without y.
    private static func yEnding(_ scalars: [Unicode.Scalar], from stemEnd: Int) -> Int? {
        var wordEnd = stemEnd
        while wordEnd < scalars.count, continuesEnglishWord(scalars[wordEnd]) { wordEnd += 1 }
        let ending = String(String.UnicodeScalarView(scalars[stemEnd..<wordEnd]))
        return ending == "ies" || ending == "ied" ? ending.unicodeScalars.count : nil
    }
}
