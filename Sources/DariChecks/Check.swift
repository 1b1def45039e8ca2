import DariGlossary
import DariMemory
import DariModel
import DariText

/// A check: one kind of problem, with a stable id, a default severity and a
/// one-line summary (docs/checks.md, SARIF rules and `--list-checks` show them).
///
/// A check reads the prepared `CheckInput` and reports through a
/// `FindingCollector`, which applies inline suppression and the configured
/// severity; checks never throw. Add a check as one file in `Checks/`, one
/// test file and one line in `CheckRegistry.all`, list it in the README's
/// Checks table, then regenerate docs/checks.md (`CheckDocumentation`).
public protocol Check: Sendable {
    /// Stable kebab-case id, the same in output, config, SARIF and the docs.
    static var id: String { get }
    static var defaultSeverity: Severity { get }
    /// What the check finds, one sentence.
    static var summary: String { get }
    /// A sample finding, as docs/checks.md shows it.
    static var example: String { get }
    /// What counts and what does not, beyond `summary`: Markdown for
    /// docs/checks.md, one paragraph. Empty by default.
    static var details: String { get }

    init()

    /// Reports every problem of this kind in `input`.
    func run(_ input: CheckInput, into findings: inout FindingCollector)
}

extension Check {
    public static var details: String { "" }
}

/// Which side of a segment a finding is about; decides the location reported.
public enum Side: Sendable {
    case source, target
}

extension Side {
    /// The side of `memory` holding `language`, or nil when it pairs other languages.
    static func holding(_ language: Language, in memory: TranslationMemory) -> Side? {
        if memory.sourceLanguage == language { return .source }
        if memory.targetLanguage == language { return .target }
        return nil
    }
}

/// One segment with the plain text the checks read, computed once per run.
public struct SegmentRecord: Sendable {
    /// Indices into `TranslationMemory.files`, `MemoryFile.units` and `MemoryUnit.segments`.
    public let fileIndex: Int
    public let unitIndex: Int
    public let segmentIndex: Int
    /// Source text as the checks read it (`InlineContent.proseText`: codes
    /// left out, inline code as one U+FFFC); empty for a 0-1 segment.
    public let source: String
    /// Target text as the checks read it, nil when the segment has no target.
    public let target: String?
    /// True when the target is a copy of a source with Hangul (see `TargetEqualsSource.isCopy`).
    public let isCopy: Bool
    /// The segment's bead score and change (`MemorySegment.score`, `.change`),
    /// kept here: checks ask every record for them, and reading them from
    /// the segment copied the segment (and its unit) each time.
    public let score: Double?
    public let change: SegmentChange?

    /// True when the source has non-whitespace text.
    public let hasSource: Bool
    /// True when the target has non-whitespace text. Both are stored, not
    /// computed: every check asks for every record, and the asking was
    /// about 4 % of `dari check`'s time on a large memory.
    private let hasTargetText: Bool

    /// The ranges of `records` that are one block each (a unit's records,
    /// which are consecutive): checks that read a block as a whole, since
    /// the aligner may cut it into sentences differently on each side.
    public static func blocks(of records: [SegmentRecord]) -> [Range<Int>] {
        var blocks: [Range<Int>] = []
        var start = 0
        while start < records.count {
            var end = start + 1
            while end < records.count, records[end].fileIndex == records[start].fileIndex,
                  records[end].unitIndex == records[start].unitIndex { end += 1 }
            blocks.append(start..<end)
            start = end
        }
        return blocks
    }

    /// - Parameter segment: the segment at those indices (its score and change are kept).
    init(fileIndex: Int, unitIndex: Int, segmentIndex: Int, source: String, target: String?, isCopy: Bool,
         segment: MemorySegment?) {
        self.fileIndex = fileIndex
        self.unitIndex = unitIndex
        self.segmentIndex = segmentIndex
        self.source = source
        self.target = target
        self.isCopy = isCopy
        score = segment?.score
        change = segment?.change
        hasSource = Self.hasText(source)
        hasTargetText = target.map(Self.hasText) ?? false
    }

    /// The target when it has non-whitespace text.
    public var translatedTarget: String? { hasTargetText ? target : nil }

    private static func hasText(_ text: String) -> Bool {
        // Most text starts with an ASCII letter: decide on the first byte that is not white space.
        for byte in text.utf8 where !Script.isASCIIWhitespace(byte) {
            return byte < 0x80 || text.unicodeScalars.contains { !Script.isWhitespace($0) }
        }
        return false
    }
}

/// What every check reads: the memory, its segments' text, the glossary.
public struct CheckInput: Sendable {
    public let memory: TranslationMemory
    public let glossary: Glossary?
    /// The memory file's path, for findings on units that carry no page location.
    public let memoryPath: String?
    /// Every segment of every unit, in memory order, except code blocks
    /// (`BlockKind.code`), which only `code-mismatch` reads, and imported
    /// translations that are not on their page yet (`notOnPage`).
    public let segments: [SegmentRecord]
    /// Segments whose translation only the memory has (`SegmentChange.notOnPage`):
    /// the page text the other checks read is not there, so only
    /// `not-on-page` reads them.
    public let notOnPage: [SegmentRecord]
    /// Term matchers over the glossary's Korean and English terms (empty without a glossary).
    public let terms: GlossaryTerms
    /// What the previous memory had and the site no longer has, when the run
    /// compared the two (`removed`).
    public let removed: [RemovedText]
    /// The paired files (by index) whose translation follows an earlier
    /// version of the original (`EarlierVersion`).
    public let earlierVersions: [Int: EarlierVersion]
    /// The keys `inconsistent-target` and `inconsistent-source` group each
    /// of `segments` by, computed once for both (`ConsistencyGroups.keys`).
    let consistencyKeys: SharedWork<ConsistencyGroups.SideKeys>
    /// The English sentences (`WrongLanguage.englishSentences`) of each of
    /// `segments`' Korean-side text (none when the memory has no Korean
    /// side or the segment no text there), which `untranslated` and
    /// `latin-in-korean` both read: found once for both.
    let englishSentences: SharedWork<[Substring]>

    public init(memory: TranslationMemory, glossary: Glossary? = nil, memoryPath: String? = nil,
                removed: [RemovedText] = []) {
        self.memory = memory
        self.glossary = glossary
        self.memoryPath = memoryPath
        self.removed = removed
        let (records, notOnPage) = SegmentRecords.make(of: memory)
        self.segments = records
        self.notOnPage = notOnPage
        self.terms = GlossaryTerms(glossary)
        self.earlierVersions = EarlierVersion.find(in: memory)
        let koreanSide = Side.holding(.korean, in: memory)
        let segments = records
        let englishSentences = SharedWork<[Substring]>(count: segments.count) { range in
            range.map { index in
                let record = segments[index]
                guard let koreanSide, let text = koreanSide == .source ? record.source : record.translatedTarget
                else { return [] }
                return WrongLanguage.englishSentences(in: text)
            }
        }
        self.englishSentences = englishSentences
        self.consistencyKeys = ConsistencyGroups.sharedKeys(of: records, in: memory, englishSentences: englishSentences)
    }

    public func file(of record: SegmentRecord) -> MemoryFile { memory.files[record.fileIndex] }
    public func unit(of record: SegmentRecord) -> MemoryUnit { memory.files[record.fileIndex].units[record.unitIndex] }
    public func segment(of record: SegmentRecord) -> MemorySegment {
        memory.files[record.fileIndex].units[record.unitIndex].segment(at: record.segmentIndex)
    }

    /// The side holding `language`, or nil when the memory pairs other languages.
    public func side(of language: Language) -> Side? {
        Side.holding(language, in: memory)
    }

    /// Whether `record`'s two sides were paired by their position alone, so
    /// that what differs between them says nothing about a translation: not
    /// evidence for the checks that compare the two sides (numbers,
    /// addresses, links). Two kinds:
    ///
    /// - the aligner scored the bead below `guessScore`: its blocks' element
    ///   ids say they belong elsewhere (a section the translation moved,
    ///   paired in page order; `MemoryBuilder` caps such a pair's score);
    /// - English left on the Korean page paired with other English: the
    ///   Korean side has no Hangul and is not the English side's words (its
    ///   own copy with a number, an address or a link changed), a list or
    ///   table whose rows differ between the versions: `untranslated`'s
    ///   finding.
    ///
    /// Only a pair an aligner made (it has a bead score) can be one: a
    /// memory from a CAT tool pairs what its translator paired.
    public func isPairedByPositionOnly(_ record: SegmentRecord) -> Bool {
        guard let score = record.score else { return false }
        return score < Self.guessScore || pairsEnglishByPosition(record)
    }

    /// Bead scores below this are the aligner's guesses for the checks that
    /// compare the two sides. Real pairs on the development sites score 0.85
    /// and above where those checks find something; a pair whose element
    /// ids contradict it is capped at 0.5.
    public static let guessScore = 0.6

    /// English left on the Korean page paired with other English (see
    /// `isPairedByPositionOnly`).
    func pairsEnglishByPosition(_ record: SegmentRecord) -> Bool {
        guard let korean = text(of: record, in: .korean), let english = text(of: record, in: .english),
              !Script.containsHangul(korean) else { return false }
        return Self.proseWords(korean) != Self.proseWords(english)
    }

    /// The Latin words of `text`, lower-cased, addresses (URLs, e-mail) left out.
    private static func proseWords(_ text: String) -> [String] {
        let prose = text.split(whereSeparator: \.isWhitespace)
            .filter { !$0.contains("://") && !$0.contains("@") && !$0.lowercased().hasPrefix("www.") }
            .joined(separator: " ")
        return Script.asciiWords(prose.lowercased())
    }

    /// The text of `record` in `language` (nil for a missing target).
    public func text(of record: SegmentRecord, in language: Language) -> String? {
        switch side(of: language) {
        case .source: return record.source
        case .target: return record.target
        case nil: return nil
        }
    }

    /// Where an editor fixes a problem on `side` of `record`'s unit: that
    /// side's page line, else the other side's, else the memory file.
    public func location(of record: SegmentRecord, side: Side) -> SourceLocation {
        let unit = unit(of: record)
        // The segment's own line: the sentence, not the paragraph's first line.
        let segment = segment(of: record)
        let primary = side == .target ? unit.targetLocation(of: segment) : unit.sourceLocation(of: segment)
        let secondary = side == .target ? unit.sourceLocation : unit.targetLocation
        if let primary { return primary }
        let file = file(of: record)
        if let memoryPath { return SourceLocation(file: memoryPath, line: unit.memoryLine) }
        if let secondary {
            // Point at the right page even without a line on this side.
            if side == .target, let page = file.targetOriginal { return SourceLocation(file: page, line: 0) }
            return secondary
        }
        return SourceLocation(file: side == .target ? (file.targetOriginal ?? file.original) : file.original, line: 0)
    }
}

extension CheckInput {
    /// The location of `record` on `side` at the line where `sentence`, a
    /// sentence of its text, begins: found by its first words (as many as
    /// are found together, four at most, since a line break may stand
    /// between two of them on the page).
    public func location(of record: SegmentRecord, side: Side, atSentence sentence: String) -> SourceLocation {
        let words = sentence.split(whereSeparator: \.isWhitespace).prefix(4).filter { !$0.contains("\u{FFFC}") }
        let text = side == .source ? segment(of: record).sourceText : segment(of: record).targetText ?? ""
        for count in stride(from: words.count, through: 1, by: -1) {
            let prefix = words.prefix(count).joined(separator: " ")
            if Self.offset(ofWord: prefix, in: text) != nil { return location(of: record, side: side, at: prefix) }
        }
        return location(of: record, side: side)
    }

    /// Where `word` (as `record`'s plain text on `side` has it) is: on a later
    /// line than its sentence's first when the sentence spans lines of the
    /// page file (`MemorySegment.targetLineMarks`), so an editor lands on the
    /// changed number, not on the line the sentence starts. A word that is
    /// not found, or a memory without line marks, gives the sentence's line.
    public func location(of record: SegmentRecord, side: Side, at word: String) -> SourceLocation {
        let segment = segment(of: record)
        guard let text = side == .source ? segment.sourceText : segment.targetText,
              let offset = Self.offset(ofWord: word, in: text) else { return location(of: record, side: side) }
        return location(of: record, side: side, atOffset: offset)
    }

    /// Where the character at `offset` (UTF-16, into `record`'s plain text
    /// on `side`) is: its own line of the page file when the text spans
    /// lines (a changed line of a code block), else the segment's line.
    public func location(of record: SegmentRecord, side: Side, atOffset offset: Int) -> SourceLocation {
        var location = location(of: record, side: side)
        let unit = unit(of: record), segment = segment(of: record)
        let marks = side == .source ? segment.sourceLineMarks : segment.targetLineMarks
        guard (side == .source ? unit.sourceLocation : unit.targetLocation) != nil,
              let mark = marks.last(where: { $0.offset <= offset }) else { return location }
        location.line = max(location.line, mark.line)
        return location
    }

    /// UTF-16 offset of the first `word` in `text` that is not part of a
    /// longer run of letters or digits (91 is not found in 1910).
    static func offset(ofWord word: String, in text: String) -> Int? {
        let units = Array(text.utf16), needle = Array(word.utf16)
        guard !needle.isEmpty, needle.count <= units.count else { return nil }
        func isWordUnit(_ unit: UInt16) -> Bool {
            (0x30...0x39).contains(unit) || (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit)
        }
        for start in 0...(units.count - needle.count) where units[start..<start + needle.count].elementsEqual(needle) {
            let before = start > 0 ? units[start - 1] : 0x20, after = start + needle.count < units.count
                ? units[start + needle.count] : 0x20
            if isWordUnit(needle[0]) && isWordUnit(before) || isWordUnit(needle[needle.count - 1]) && isWordUnit(after) {
                continue
            }
            return start
        }
        return nil
    }
}

/// A segment (or with no segment, a unit) of the memory by its indices:
/// a struct, not an `[Int]`, so that a lookup allocates nothing.
struct SegmentPosition: Hashable {
    var file: Int
    var unit: Int
    var segment = -1

    init(file: Int, unit: Int, segment: Int = -1) {
        self.file = file
        self.unit = unit
        self.segment = segment
    }

    init(_ record: SegmentRecord) {
        self.init(file: record.fileIndex, unit: record.unitIndex, segment: record.segmentIndex)
    }
}

/// Collects one check's findings, dropping those an editor suppressed inline
/// and giving each the severity the configuration chose.
public struct FindingCollector: Sendable {
    public let checkID: String
    public let severity: Severity
    public private(set) var findings: [Finding] = []

    public init(checkID: String, severity: Severity) {
        self.checkID = checkID
        self.severity = severity
    }

    /// Reports a problem with `record` on `side`.
    ///
    /// - Parameter covering: the segments the problem spans when it is more
    ///   than `record`'s (a block, a section): the finding shows, and is
    ///   fingerprinted by, all their text.
    /// - Parameter onlyItsSide: the problem is in `side`'s text alone (text in
    ///   the wrong language): the other side's text is left out of the
    ///   finding, so an edit there does not make it a new one.
    /// - Parameter word: the word of `record`'s text on `side` the problem
    ///   is about (a changed number): the finding points at its line.
    /// - Parameter sentence: the sentence of that text the problem is about
    ///   (English left in a Korean paragraph): the finding points at the
    ///   line where it begins.
    /// - Parameter offset: where in that text (UTF-16) the problem is (the
    ///   first changed line of a code block): the finding points at its line.
    public mutating func report(_ record: SegmentRecord, in input: CheckInput, side: Side, message: String,
                                relatedLocations: [RelatedLocation] = [], covering: [SegmentRecord] = [],
                                onlyItsSide: Bool = false, at word: String? = nil, atSentence sentence: String? = nil,
                                atOffset offset: Int? = nil) {
        let unit = input.unit(of: record)
        if unit.suppressedChecks.contains(checkID) { return }
        // The text as the page shows it, inline code included.
        let records = covering.isEmpty ? [record] : covering
        let segments = records.map { input.segment(of: $0) }
        // Of several segments, those with text: a run of one-sided sentences shows no blank other side.
        // The sentences of one block are joined by a space, blocks by a line break: a section's
        // headings read as headings, not as words run into the sentence before them.
        func joined(_ texts: [String?]) -> String? {
            var result: String?
            var lastUnit: (file: Int, unit: Int)?
            for (record, text) in zip(records, texts) {
                guard let text, !(text.isEmpty && segments.count > 1) else { continue }
                let unit = (record.fileIndex, record.unitIndex)
                if let previous = result {
                    result = previous + (lastUnit.map { $0 == unit } ?? true ? " " : "\n") + text
                } else {
                    result = text
                }
                lastUnit = unit
            }
            return result
        }
        let source = onlyItsSide && side == .target ? "" : joined(segments.map(\.sourceText)) ?? ""
        let target = onlyItsSide && side == .source ? nil : joined(segments.map(\.targetText))
        let location = sentence.map { input.location(of: record, side: side, atSentence: $0) }
            ?? word.map { input.location(of: record, side: side, at: $0) }
            ?? offset.map { input.location(of: record, side: side, atOffset: $0) } ?? input.location(of: record, side: side)
        findings.append(Finding(checkID: checkID, severity: severity, location: location,
                                unitID: unit.id, fileID: input.file(of: record).id, message: message,
                                source: source, target: target, relatedLocations: relatedLocations))
    }

    /// Reports a problem with `record` on `side` whose other places are known by location only.
    public mutating func report(_ record: SegmentRecord, in input: CheckInput, side: Side, message: String,
                                related: [SourceLocation]) {
        report(record, in: input, side: side, message: message,
               relatedLocations: related.map { RelatedLocation(location: $0) })
    }

    /// Reports a problem that belongs to no segment (a missing page).
    ///
    /// - Parameter identifiedByPage: the finding stays the same problem while
    ///   its page does, so a baseline keeps matching when counts in the
    ///   message change (its fingerprint is the check and the page, with
    ///   empty text, not the message).
    public mutating func report(at location: SourceLocation, fileID: String?, message: String,
                                identifiedByPage: Bool = false) {
        findings.append(Finding(checkID: checkID, severity: severity, location: location, fileID: fileID,
                                message: message, source: identifiedByPage ? "" : nil,
                                target: identifiedByPage ? "" : nil))
    }
}

extension String {
    /// `text` shortened to `limit` characters with an ellipsis, for messages.
    /// Inline code reads as U+FFFC in the text the checks see (`proseText`);
    /// a message shows it as an elision, never as that character.
    func excerpt(_ limit: Int = 60) -> String {
        let text = contains("\u{FFFC}") ? replacingOccurrences(of: "\u{FFFC}", with: "…") : self
        return text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
