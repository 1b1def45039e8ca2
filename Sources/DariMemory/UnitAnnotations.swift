/// What a work file (`dari todo`) adds to a unit for the translator: notes
/// (page, heading path, neighbouring sentences, the previous original),
/// glossary entries (XLIFF 2 glossary module) and matches from the memory
/// (matches module). Plain text throughout.
public struct UnitAnnotations: Sendable, Hashable {
    public struct Note: Sendable, Hashable {
        /// `page`, `url`, `headings`, `context`, `previous-source`, `reason`.
        public var category: String
        public var text: String
        public init(category: String, text: String) {
            self.category = category
            self.text = text
        }
    }

    public struct GlossaryEntry: Sendable, Hashable {
        /// The segment (in this unit) the term was found in.
        public var segmentID: String
        public var term: String
        public var translations: [String]
        /// Where the entry comes from (the glossary file).
        public var origin: String
        public init(segmentID: String, term: String, translations: [String], origin: String) {
            self.segmentID = segmentID
            self.term = term
            self.translations = translations
            self.origin = origin
        }
    }

    public struct Match: Sendable, Hashable {
        public var segmentID: String
        public var source: String
        public var target: String
        /// 0…1 (written as a percentage).
        public var similarity: Double
        /// The memory sentence it comes from (`page#unit/segment`).
        public var origin: String
        public init(segmentID: String, source: String, target: String, similarity: Double, origin: String) {
            self.segmentID = segmentID
            self.source = source
            self.target = target
            self.similarity = similarity
            self.origin = origin
        }
    }

    public var notes: [Note]
    public var glossary: [GlossaryEntry]
    public var matches: [Match]

    public init(notes: [Note] = [], glossary: [GlossaryEntry] = [], matches: [Match] = []) {
        self.notes = notes
        self.glossary = glossary
        self.matches = matches
    }
}
