import DariModel

/// A translation memory: what the aligner found, ready to be written as
/// XLIFF 2.1 (and exported as TMX or XLIFF 1.2). One file per page pair, one
/// unit per block pair, one segment per bead.
public struct TranslationMemory: Sendable, Hashable {
    public var sourceLanguage: Language
    public var targetLanguage: Language
    public var files: [MemoryFile]

    public init(sourceLanguage: Language = .korean, targetLanguage: Language = .english, files: [MemoryFile]) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.files = files
    }

    /// Every unit of every file, in order.
    public var units: [MemoryUnit] { files.flatMap(\.units) }
}

/// A page pair (or a page with no counterpart).
public struct MemoryFile: Sendable, Hashable {
    /// Unique in the memory (NMTOKEN), stable for the same page path.
    public var id: String
    /// The source page's path (the target's when there is no source page).
    public var original: String
    /// The target page's path, nil when the page exists in the source language only.
    public var targetOriginal: String?
    /// False when `original` has no page in the target language (or the reverse).
    public var isPaired: Bool { targetOriginal != nil && sourceOriginalExists }
    /// False for a page that exists only in the target language.
    public var sourceOriginalExists: Bool
    /// The pages' format when it is not HTML (`markdown`): the memory's
    /// lines are lines of that file, its codes that format's markup.
    public var format: String?
    public var units: [MemoryUnit]

    public init(id: String, original: String, targetOriginal: String?, sourceOriginalExists: Bool = true,
                units: [MemoryUnit]) {
        self.id = id
        self.original = original
        self.targetOriginal = targetOriginal
        self.sourceOriginalExists = sourceOriginalExists
        self.units = units
    }
}

/// A block pair: a heading with its heading, a caption with its caption… or
/// a block with no counterpart.
public struct MemoryUnit: Sendable, Hashable {
    /// Unique in its file (NMTOKEN) and stable: re-aligning an unchanged page gives the same id.
    public var id: String
    public var kind: BlockKind
    // In the padding after `kind` (17 bytes); see `memoryLine`.
    private var storedMemoryLine: Int32 = 0
    /// Where the source block is (nil for a target-only block).
    public var sourceLocation: SourceLocation?
    public var targetLocation: SourceLocation?
    /// The blocks' structural paths (`html/body/main/p[3]`).
    public var sourcePath: String? {
        get { storedSourcePath?.string }
        set { storedSourcePath = newValue.map(BlockPath.init) }
    }
    public var targetPath: String? {
        get { storedTargetPath?.string }
        set { storedTargetPath = newValue.map(BlockPath.init) }
    }
    // As the blocks keep them: a unit made from a page shares its blocks' paths.
    private var storedSourcePath: BlockPath?
    private var storedTargetPath: BlockPath?
    private var segmentStorage: SegmentStorage
    /// Check ids an editor silenced for this block (`data-dari-ignore="number-mismatch …"`
    /// on the element); checks report nothing of these kinds here.
    public var suppressedChecks: [String]

    /// The 1-based line of the unit's element in the memory file it was read
    /// from (`<unit>`, `<trans-unit>`); 0 when it was not read from a file.
    /// libxml2 counts lines in 32 bits, so they are kept in 32 bits.
    public var memoryLine: Int {
        get { Int(storedMemoryLine) }
        set { storedMemoryLine = Int32(clamping: newValue) }
    }

    /// Most units have one segment (a block of one sentence): it is kept in
    /// the unit rather than in an array of its own, which on a page of
    /// thousands of short blocks cost more than the unit (a 168-byte
    /// allocation per unit, issue 18).
    private enum SegmentStorage: Sendable {
        case one(MemorySegment)
        case many([MemorySegment])

        init(_ segments: [MemorySegment]) {
            self = segments.count == 1 ? .one(segments[0]) : .many(segments)
        }
    }

    public var segments: [MemorySegment] {
        get {
            switch segmentStorage {
            case let .one(segment): [segment]
            case let .many(segments): segments
            }
        }
        set { segmentStorage = SegmentStorage(newValue) }
        _modify {
            var segments = self.segments
            // Not kept twice while the caller changes them.
            segmentStorage = .many([])
            defer { segmentStorage = SegmentStorage(segments) }
            yield &segments
        }
    }

    /// How many segments the unit has: `segments.count` without building
    /// the array `segments` gives for a unit of one segment.
    public var segmentCount: Int {
        switch segmentStorage {
        case .one: 1
        case let .many(segments): segments.count
        }
    }

    /// Segment `index` (0 ..< `segmentCount`): `segments[index]` without
    /// building the array `segments` gives for a unit of one segment. The
    /// checks read a segment per record, several times each: on 200,000
    /// units an array allocated and freed for each read.
    public func segment(at index: Int) -> MemorySegment {
        switch segmentStorage {
        case let .one(segment):
            precondition(index == 0, "segment \(index) of a unit of one segment")
            return segment
        case let .many(segments):
            return segments[index]
        }
    }

    public init(id: String, kind: BlockKind, sourceLocation: SourceLocation?, targetLocation: SourceLocation?,
                sourcePath: String?, targetPath: String?, segments: [MemorySegment], suppressedChecks: [String] = []) {
        self.init(id: id, kind: kind, sourceLocation: sourceLocation, targetLocation: targetLocation,
                  storedSourcePath: sourcePath.map(BlockPath.init), storedTargetPath: targetPath.map(BlockPath.init),
                  segments: segments, suppressedChecks: suppressedChecks)
    }

    /// A unit whose paths are its blocks' (`Block.storedPath`), not copies of them.
    public init(id: String, kind: BlockKind, sourceLocation: SourceLocation?, targetLocation: SourceLocation?,
                storedSourcePath: BlockPath?, storedTargetPath: BlockPath?, segments: [MemorySegment],
                suppressedChecks: [String] = []) {
        self.id = id
        self.kind = kind
        self.sourceLocation = sourceLocation
        self.targetLocation = targetLocation
        self.storedSourcePath = storedSourcePath
        self.storedTargetPath = storedTargetPath
        self.segmentStorage = SegmentStorage(segments)
        self.suppressedChecks = suppressedChecks
    }

    /// Equal units have equal content; `memoryLine` (where a reader found
    /// them) does not count, so a written memory equals the one read back.
    public static func == (lhs: MemoryUnit, rhs: MemoryUnit) -> Bool {
        lhs.id == rhs.id && lhs.kind == rhs.kind && lhs.sourceLocation == rhs.sourceLocation
            && lhs.targetLocation == rhs.targetLocation && lhs.sourcePath == rhs.sourcePath
            && lhs.targetPath == rhs.targetPath && lhs.segments == rhs.segments
            && lhs.suppressedChecks == rhs.suppressedChecks
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(kind)
        hasher.combine(sourceLocation)
        hasher.combine(targetLocation)
        hasher.combine(sourcePath)
        hasher.combine(targetPath)
        hasher.combine(segments)
        hasher.combine(suppressedChecks)
    }
}

extension MemoryUnit {
    /// Where `segment`'s source sentence is: the unit's page and the segment's
    /// own line when it has one.
    public func sourceLocation(of segment: MemorySegment) -> SourceLocation? {
        sourceLocation.map { location in
            var location = location
            if let line = segment.sourceLine { location.line = line }
            return location
        }
    }

    /// Where `segment`'s target sentence is (see `sourceLocation(of:)`).
    public func targetLocation(of segment: MemorySegment) -> SourceLocation? {
        targetLocation.map { location in
            var location = location
            if let line = segment.targetLine { location.line = line }
            return location
        }
    }
}

/// XLIFF 2 segment states dari writes.
public enum SegmentState: String, Sendable, Hashable, CaseIterable {
    /// No translation yet (a 1-0 bead, or an empty target).
    case initial
    /// Aligned from the two sites.
    case translated
    case reviewed
    case final
}

/// How a segment changed since the previous memory of the site (the
/// translation state between runs). Written as the segment metadata
/// `change`; an outdated segment also gets `subState="dari:outdated"`.
public enum SegmentChange: String, Sendable, Hashable, CaseIterable {
    /// Both sides as in the previous memory (after normalisation).
    case unchanged
    /// Not in the previous memory.
    case new
    /// The original was edited and the translation was not: the translation
    /// is out of date (`previousSource` holds the original it was made for).
    case sourceChanged = "source-changed"
    /// The translation changed alone.
    case targetEdited = "target-edited"
    /// The memory has a translation the target page does not have yet: put
    /// there by `dari import`, and kept by later runs until the page has it
    /// (then `unchanged`), the page gets another one (`target-edited`) or
    /// the original changes.
    case notOnPage = "not-on-page"
}

/// A bead: source sentence(s) and their translation. A 1-0 bead has no
/// target; a 0-1 bead has an empty source.
public struct MemorySegment: Sendable, Hashable {
    public var id: String
    public var source: [InlineContent]
    /// Nil when the source has no counterpart.
    public var target: [InlineContent]?
    /// The aligner's confidence in [0, 1], when known.
    public var score: Double?
    public var state: SegmentState
    /// How the segment changed since the previous memory; nil when there was
    /// no previous memory to compare with.
    public var change: SegmentChange?
    /// How many source and target sentences the bead joins, e.g. (1, 2).
    public var shape: (source: Int, target: Int)
    // The fields most segments leave empty, in one box shared by copies:
    // inline they took half of a segment's 136 bytes (issue 18).
    private var extrasBox: ExtrasBox? = nil

    private struct Extras: Sendable {
        var sourceLine: Int?
        var targetLine: Int?
        var previousSource: String?
        var sourceLineMarks: [LineMark] = []
        var targetLineMarks: [LineMark] = []

        var isEmpty: Bool {
            sourceLine == nil && targetLine == nil && previousSource == nil && sourceLineMarks.isEmpty
                && targetLineMarks.isEmpty
        }
    }

    private final class ExtrasBox: Sendable {
        let value: Extras
        init(_ value: Extras) { self.value = value }
    }

    /// Set through a new box (copies share the old one), none when all are empty.
    private var extras: Extras {
        get { extrasBox?.value ?? Extras() }
        set { extrasBox = newValue.isEmpty ? nil : ExtrasBox(newValue) }
    }

    /// The page line of the segment's first source / target sentence when it
    /// is not its unit's line (a later sentence of a long paragraph), so a
    /// finding points where the editor works; nil: the unit's line.
    public var sourceLine: Int? {
        get { extrasBox?.value.sourceLine }
        set { extras.sourceLine = newValue }
    }
    public var targetLine: Int? {
        get { extrasBox?.value.targetLine }
        set { extras.targetLine = newValue }
    }
    /// For a `.sourceChanged` segment: the original's text that the
    /// translation was made for (plain text), to show as a diff.
    public var previousSource: String? {
        get { extrasBox?.value.previousSource }
        set { extras.previousSource = newValue }
    }
    /// Where later page lines begin inside the source / target plain text
    /// (UTF-16 offsets), so a finding about one word of a sentence that
    /// spans lines (a changed number) points at that word's line. Known
    /// for a memory aligned in this run; a memory file does not keep them
    /// (its findings point at the sentence's first line).
    public var sourceLineMarks: [LineMark] {
        get { extrasBox?.value.sourceLineMarks ?? [] }
        set { extras.sourceLineMarks = newValue }
    }
    public var targetLineMarks: [LineMark] {
        get { extrasBox?.value.targetLineMarks ?? [] }
        set { extras.targetLineMarks = newValue }
    }

    public init(id: String, source: [InlineContent], target: [InlineContent]?, state: SegmentState,
                score: Double? = nil, shape: (source: Int, target: Int), sourceLine: Int? = nil,
                targetLine: Int? = nil, change: SegmentChange? = nil, previousSource: String? = nil) {
        self.id = id
        self.source = source
        self.target = target
        self.score = score
        self.state = state
        self.change = change
        self.shape = shape
        self.extras = Extras(sourceLine: sourceLine, targetLine: targetLine, previousSource: previousSource)
    }

    /// True when the translation was made for an earlier version of the original.
    public var isOutdated: Bool { change == .sourceChanged }

    public static func == (lhs: MemorySegment, rhs: MemorySegment) -> Bool {
        lhs.id == rhs.id && lhs.source == rhs.source && lhs.target == rhs.target && lhs.state == rhs.state
            && lhs.score == rhs.score && lhs.shape == rhs.shape && lhs.sourceLine == rhs.sourceLine
            && lhs.targetLine == rhs.targetLine && lhs.change == rhs.change
            && lhs.previousSource == rhs.previousSource
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(source)
        hasher.combine(target)
        hasher.combine(state)
        hasher.combine(shape.source)
        hasher.combine(shape.target)
        hasher.combine(change)
    }

    /// The source's plain text (`InlineContent.plainText`).
    public var sourceText: String { InlineContent.plainText(source) }
    /// The target's plain text, nil when there is no target.
    public var targetText: String? { target.map(InlineContent.plainText) }
}
