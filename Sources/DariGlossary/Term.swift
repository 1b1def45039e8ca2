import DariModel

/// One term of a concept in one language, e.g. "rescue team" or "구출팀".
public struct Term: Sendable, Hashable, Codable {
    /// The term in NFC, trimmed, with each run of whitespace (a line break in
    /// the XML, say) written as one space.
    public var text: String
    public var language: Language
    public var status: TermStatus
    /// As the glossary wrote it, e.g. "noun" or "properNoun".
    public var partOfSpeech: String?
    /// Free text for translators (`<note>` in TBX, the `note` column in CSV).
    public var note: String?
    /// The file and 1-based line of the `<term>` element or the CSV row.
    public var location: SourceLocation

    public init(text: String, language: Language, status: TermStatus = .unspecified,
                partOfSpeech: String? = nil, note: String? = nil, location: SourceLocation) {
        self.text = text
        self.language = language
        self.status = status
        self.partOfSpeech = partOfSpeech
        self.note = note
        self.location = location
    }
}
