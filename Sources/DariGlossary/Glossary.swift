import DariModel

/// The terms an organisation wants used, read from one TBX or CSV file (or
/// a folder of them), with lookups by term.
///
/// Lookups compare match keys (`Glossary.matchKey(for:in:)`): NFC, whitespace
/// collapsed, English case-insensitive, so "Rescue  Team" finds "rescue team".
public struct Glossary: Sendable, Hashable {
    /// The file or folder read, as the user named it.
    public var source: String
    /// Concepts in file order (files of a folder in sorted name order).
    public var concepts: [Concept] {
        didSet { index = Self.makeIndex(concepts) }
    }

    /// Match key -> indices into `concepts`, per language.
    private var index: [Language: [String: [Int]]]

    public init(source: String, concepts: [Concept]) {
        self.source = source
        self.concepts = concepts
        self.index = Self.makeIndex(concepts)
    }

    /// The key lookups compare: NFC, trimmed, whitespace runs as one space,
    /// and lower-cased for English. Use it to key text the same way the
    /// index does.
    public static func matchKey(for text: String, in language: Language) -> String {
        TermText.key(text, language: language)
    }

    /// Every match key of `language` with the indices (into `concepts`, in
    /// order) of the concepts that have a term with that key.
    public func termIndex(_ language: Language) -> [String: [Int]] {
        index[language] ?? [:]
    }

    /// The concepts with a term in `language` whose match key equals that of `text`.
    public func concepts(withTerm text: String, in language: Language) -> [Concept] {
        let key = Self.matchKey(for: text, in: language)
        return (index[language]?[key] ?? []).map { concepts[$0] }
    }

    /// The concepts whose Korean term occurs anywhere in `text`, such as a
    /// Korean segment, in glossary order.
    ///
    /// Korean attaches particles and endings to nouns ("구출팀은", "구출팀이"),
    /// so any occurrence counts, not only whole words.
    public func concepts(containingKorean text: String) -> [Concept] {
        concepts(containing: text, language: .korean) { _, _ in true }
    }

    /// The concepts whose English term occurs as whole words in `text`, such
    /// as an English segment, in glossary order: "Iraq" is found in "Iraq's
    /// army" but not in "Iraqi", and case is ignored.
    public func concepts(containingEnglish text: String) -> [Concept] {
        concepts(containing: text, language: .english) { haystack, range in
            let before = range.lowerBound == haystack.startIndex
                ? nil : haystack[haystack.index(before: range.lowerBound)]
            let after = range.upperBound == haystack.endIndex ? nil : haystack[range.upperBound]
            return !(before?.isWordCharacter ?? false) && !(after?.isWordCharacter ?? false)
        }
    }

    /// The concept's term to use in `language` (see `Concept.preferredTerm(in:)`).
    public func preferredTerm(for concept: Concept, language: Language) -> Term? {
        concept.preferredTerm(in: language)
    }

    /// Every deprecated (or superseded) term in `language`, in glossary order.
    public func deprecatedTerms(_ language: Language) -> [Term] {
        concepts.flatMap { $0.terms(in: language).filter { $0.status == .deprecated } }
    }

    public static func == (lhs: Glossary, rhs: Glossary) -> Bool {
        lhs.source == rhs.source && lhs.concepts == rhs.concepts
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(concepts)
    }

    /// Scans `text` for every key of `language`; a key counts when
    /// `accepts(text, range)` agrees. Linear in the number of keys, which is
    /// fine for the hundreds of terms a site glossary holds.
    private func concepts(
        containing text: String, language: Language, accepts: (String, Range<String.Index>) -> Bool
    ) -> [Concept] {
        let haystack = Self.matchKey(for: text, in: language)
        var found = Set<Int>()
        for (key, conceptIndices) in index[language] ?? [:] where !key.isEmpty {
            if haystack.ranges(of: key).contains(where: { accepts(haystack, $0) }) {
                found.formUnion(conceptIndices)
            }
        }
        return found.sorted().map { concepts[$0] }
    }

    private static func makeIndex(_ concepts: [Concept]) -> [Language: [String: [Int]]] {
        var index: [Language: [String: [Int]]] = [:]
        for (position, concept) in concepts.enumerated() {
            for (language, terms) in concept.terms {
                for term in terms {
                    let key = matchKey(for: term.text, in: language)
                    var entries = index[language, default: [:]][key, default: []]
                    if entries.last != position { entries.append(position) }
                    index[language, default: [:]][key] = entries
                }
            }
        }
        return index
    }
}

private extension Character {
    /// Letters, digits and the connector punctuation of identifiers; an
    /// apostrophe or hyphen ends an English word ("Iraq's", "Iraq-based").
    var isWordCharacter: Bool { isLetter || isNumber || self == "_" }
}
