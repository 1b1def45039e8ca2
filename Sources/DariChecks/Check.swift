import DariGlossary
import DariMemory
import DariModel

/// A check: one kind of problem, with a stable id, a default severity and a
/// one-line summary (the README, SARIF rules and `--help` show them).
///
/// A check reads the prepared `CheckInput` and reports through a
/// `FindingCollector`, which applies inline suppression and the configured
/// severity; checks never throw. Add a check as one file in `Checks/`, one
/// test file and one line in `CheckRegistry.all`, and list it in the README.
public protocol Check: Sendable {
    /// Stable kebab-case id, the same in output, config, SARIF and the README.
    static var id: String { get }
    static var defaultSeverity: Severity { get }
    /// What the check finds, one sentence.
    static var summary: String { get }
    /// A sample message, as the README shows it.
    static var example: String { get }

    init()

    /// Reports every problem of this kind in `input`.
    func run(_ input: CheckInput, into findings: inout FindingCollector)
}

/// Which side of a segment a finding is about; decides the location reported.
public enum Side: Sendable {
    case source, target
}

/// One segment with the plain text the checks read, computed once per run.
public struct SegmentRecord: Sendable {
    /// Indices into `TranslationMemory.files`, `MemoryFile.units` and `MemoryUnit.segments`.
    public let fileIndex: Int
    public let unitIndex: Int
    public let segmentIndex: Int
    /// Source plain text (codes left out); empty for a 0-1 segment.
    public let source: String
    /// Target plain text, nil when the segment has no target.
    public let target: String?
    /// True when the target is a copy of a source with Hangul (see `TargetEqualsSource.isCopy`).
    public let isCopy: Bool

    /// The target when it has non-whitespace text.
    public var translatedTarget: String? {
        guard let target, Self.hasText(target) else { return nil }
        return target
    }

    /// True when the source has non-whitespace text.
    public var hasSource: Bool { Self.hasText(source) }

    private static func hasText(_ text: String) -> Bool {
        for byte in text.utf8 where byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
            return byte < 0x80 || text.unicodeScalars.contains { !$0.properties.isWhitespace }
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
    /// Every segment of every unit, in memory order.
    public let segments: [SegmentRecord]
    /// Term matchers over the glossary's Korean and English terms (empty without a glossary).
    public let terms: GlossaryTerms

    public init(memory: TranslationMemory, glossary: Glossary? = nil, memoryPath: String? = nil) {
        self.memory = memory
        self.glossary = glossary
        self.memoryPath = memoryPath
        var records: [SegmentRecord] = []
        for (fileIndex, file) in memory.files.enumerated() {
            for (unitIndex, unit) in file.units.enumerated() {
                for (segmentIndex, segment) in unit.segments.enumerated() {
                    let source = segment.sourceText, target = segment.targetText
                    records.append(SegmentRecord(fileIndex: fileIndex, unitIndex: unitIndex, segmentIndex: segmentIndex,
                                                 source: source, target: target,
                                                 isCopy: target.map { TargetEqualsSource.isCopy(source: source, target: $0) }
                                                    ?? false))
                }
            }
        }
        self.segments = records
        self.terms = GlossaryTerms(glossary)
    }

    public func file(of record: SegmentRecord) -> MemoryFile { memory.files[record.fileIndex] }
    public func unit(of record: SegmentRecord) -> MemoryUnit { memory.files[record.fileIndex].units[record.unitIndex] }
    public func segment(of record: SegmentRecord) -> MemorySegment {
        memory.files[record.fileIndex].units[record.unitIndex].segments[record.segmentIndex]
    }

    /// The side holding `language`, or nil when the memory pairs other languages.
    public func side(of language: Language) -> Side? {
        if memory.sourceLanguage == language { return .source }
        if memory.targetLanguage == language { return .target }
        return nil
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
        let primary = side == .target ? unit.targetLocation : unit.sourceLocation
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
    public mutating func report(_ record: SegmentRecord, in input: CheckInput, side: Side, message: String,
                                relatedLocations: [RelatedLocation] = []) {
        let unit = input.unit(of: record)
        if unit.suppressedChecks.contains(checkID) { return }
        findings.append(Finding(checkID: checkID, severity: severity, location: input.location(of: record, side: side),
                                unitID: unit.id, fileID: input.file(of: record).id, message: message,
                                source: record.source, target: record.target,
                                relatedLocations: relatedLocations))
    }

    /// Reports a problem with `record` on `side` whose other places are known by location only.
    public mutating func report(_ record: SegmentRecord, in input: CheckInput, side: Side, message: String,
                                related: [SourceLocation]) {
        report(record, in: input, side: side, message: message,
               relatedLocations: related.map { RelatedLocation(location: $0) })
    }

    /// Reports a problem that belongs to no segment (a missing page).
    public mutating func report(at location: SourceLocation, fileID: String?, message: String) {
        findings.append(Finding(checkID: checkID, severity: severity, location: location, fileID: fileID,
                                message: message))
    }
}

extension String {
    /// `text` shortened to `limit` characters with an ellipsis, for messages.
    func excerpt(_ limit: Int = 60) -> String {
        count <= limit ? self : String(prefix(limit - 1)) + "…"
    }
}
