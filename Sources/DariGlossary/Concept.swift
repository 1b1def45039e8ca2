import DariModel

/// One meaning and the terms that name it in Korean and English.
public struct Concept: Sendable, Hashable, Codable {
    /// The TBX `conceptEntry`/`termEntry` id or the CSV `id` cell. Entries
    /// without one get `line-N`, N being the 1-based line where they start.
    /// Unique within a file, not across the files of a folder.
    public var id: String
    /// The TBX `subjectField` (or CSV `subject` column), e.g. "humanitarian aid".
    public var subjectField: String?
    /// The concept-level definition, else the English one, else the Korean one.
    public var definition: String?
    /// Terms by language, each list in file order. Languages other than
    /// Korean and English are not kept.
    public var terms: [Language: [Term]]
    /// The file and 1-based line of the `conceptEntry` or first CSV row.
    public var location: SourceLocation

    public init(id: String, subjectField: String? = nil, definition: String? = nil,
                terms: [Language: [Term]], location: SourceLocation) {
        self.id = id
        self.subjectField = subjectField
        self.definition = definition
        self.terms = terms
        self.location = location
    }

    /// The terms in `language`, in file order (empty when there are none).
    public func terms(in language: Language) -> [Term] {
        terms[language] ?? []
    }

    /// The term a translation should use in `language`.
    ///
    /// The first `.preferred` term; when none is marked preferred, the first
    /// term that is not deprecated (a CSV glossary usually marks nothing).
    /// - Returns: nil when every term is deprecated or there is none.
    public func preferredTerm(in language: Language) -> Term? {
        let candidates = terms(in: language)
        return candidates.first(where: { $0.status == .preferred })
            ?? candidates.first(where: { $0.status != .deprecated })
    }
}
