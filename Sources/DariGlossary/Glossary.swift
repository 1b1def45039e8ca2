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
        didSet {
            index = Self.makeIndex(concepts)
            terms = GlossaryTerms(concepts: concepts)
        }
    }

    /// Match key -> indices into `concepts`, per language.
    private var index: [Language: [String: [Int]]]
    /// The terms as found in running text (`GlossaryTerms.matches(in:language:)`),
    /// the matcher the checks use too.
    public private(set) var terms: GlossaryTerms

    public init(source: String, concepts: [Concept]) {
        self.source = source
        self.concepts = concepts
        self.index = Self.makeIndex(concepts)
        self.terms = GlossaryTerms(concepts: concepts)
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

    /// The concepts with a Korean term in `text`, such as a Korean segment,
    /// in glossary order. Korean attaches particles to nouns, so 구출팀은
    /// and 구출팀에서 count, but not 구출팀장 (see `GlossaryTerms`).
    public func concepts(containingKorean text: String) -> [Concept] {
        concepts(matching: text, in: .korean)
    }

    /// The concepts with an English term in `text`, such as an English
    /// segment, in glossary order: whole words in any case, with plural and
    /// derived endings, so "Iraq" is found in "Iraq's army" and "Iraqi
    /// officials" but not in "Iraqgate" (see `GlossaryTerms`).
    public func concepts(containingEnglish text: String) -> [Concept] {
        concepts(matching: text, in: .english)
    }

    private func concepts(matching text: String, in language: Language) -> [Concept] {
        Set(terms.matches(in: text, language: language).map(\.entry.conceptIndex)).sorted().map { concepts[$0] }
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
