import DariMemory
import DariModel
import DariText
import Dispatch

/// The `SegmentRecord`s of a memory, as `CheckInput` reads them: each
/// segment's plain text, made once per run.
///
/// A large memory's records are made in chunks of units on every core: on
/// 200,000 units this was a third of a second on one thread between reading
/// the memory and starting the checks, with the other core idle. Each
/// chunk's records depend on its units alone and are joined in memory
/// order, so the records are those a single pass makes.
enum SegmentRecords {
    /// Units per chunk, and the fewest units worth splitting.
    static let chunkSize = 4_096

    /// The records of `memory`'s segments in memory order, except code
    /// blocks; those of imported translations not on their page yet
    /// (`SegmentChange.notOnPage`) apart.
    static func make(of memory: TranslationMemory, chunkSize: Int = chunkSize)
        -> (records: [SegmentRecord], notOnPage: [SegmentRecord])
    {
        // Every unit by (file, unit) index, cut into chunks that never span two files.
        var chunks: [(file: Int, units: Range<Int>)] = []
        for (fileIndex, file) in memory.files.enumerated() {
            var start = 0
            while start < file.units.count {
                let end = min(file.units.count, start + max(1, chunkSize))
                chunks.append((fileIndex, start..<end))
                start = end
            }
        }
        if chunks.count <= 1 {
            var records: [SegmentRecord] = [], notOnPage: [SegmentRecord] = []
            for chunk in chunks { append(chunk, of: memory, to: &records, &notOnPage) }
            return (records, notOnPage)
        }
        let results = ChunkResults(count: chunks.count), ranges = chunks
        DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
            var records: [SegmentRecord] = [], notOnPage: [SegmentRecord] = []
            append(ranges[index], of: memory, to: &records, &notOnPage)
            results.set(index, (records, notOnPage))
        }
        let all = results.all
        return (all.flatMap(\.records), all.flatMap(\.notOnPage))
    }

    /// Appends the records of the units `chunk` names, in order.
    private static func append(_ chunk: (file: Int, units: Range<Int>), of memory: TranslationMemory,
                               to records: inout [SegmentRecord], _ notOnPage: inout [SegmentRecord]) {
        let fileIndex = chunk.file
        let units = memory.files[fileIndex].units
        for unitIndex in chunk.units {
            // Code is compared whole by `code-mismatch` alone: the prose checks
            // would read its periods, numbers and Latin words as sentences,
            // figures and untranslated text.
            let kind = units[unitIndex].kind
            guard kind != .code else { continue }
            for segmentIndex in 0..<units[unitIndex].segmentCount {
                let segment = units[unitIndex].segment(at: segmentIndex)
                var source = InlineContent.proseText(segment.source)
                var target = segment.target.map(InlineContent.proseText)
                // Only between two texts: a one-sided sentence keeps its number, whichever side it is on.
                if segmentIndex == 0, isNumbered(kind), !source.isEmpty, var translation = target {
                    dropOneSidedSectionNumber(&source, &translation)
                    target = translation
                }
                let record = SegmentRecord(fileIndex: fileIndex, unitIndex: unitIndex, segmentIndex: segmentIndex,
                                           source: source, target: target,
                                           isCopy: target.map { TargetEqualsSource.isCopy(source: source, target: $0) }
                                               ?? false, segment: segment)
                if segment.change == .notOnPage { notOnPage.append(record) } else { records.append(record) }
            }
        }
    }

    /// Kinds a document generator numbers: headings, the page title, and
    /// the `title` attributes of links that repeat a heading.
    private static func isNumbered(_ kind: BlockKind) -> Bool {
        switch kind {
        case .heading, .title, .attribute(name: "title"): return true
        default: return false
        }
    }

    /// Drops a leading section number (`8.11.3.1.1. `) that only one side
    /// has: two versions built with different numbering settings are not a
    /// missing number. When both have one, both stay and are compared, in
    /// whichever style each page writes it (`### 1. Pick…` and `### 1)
    /// 선택`).
    private static func dropOneSidedSectionNumber(_ source: inout String, _ target: inout String) {
        let sourceNumber = leadingNumber(in: source), targetNumber = leadingNumber(in: target)
        if let sourceNumber, targetNumber == nil {
            source.removeSubrange(sourceNumber.startIndex..<sourceNumber.endIndex)
        } else if let targetNumber, sourceNumber == nil {
            target.removeSubrange(targetNumber.startIndex..<targetNumber.endIndex)
        }
    }

    /// A leading section number, or a step number written `1) ` or `(1) `
    /// with the white space after it.
    static func leadingNumber(in text: String) -> Substring? {
        if let number = SectionNumber.leading(in: text) { return number }
        var rest = text.first == "(" ? text.dropFirst() : text[...]
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        rest = rest[digits.endIndex...]
        guard rest.first == ")", let space = rest.dropFirst().first, space.isWhitespace else { return nil }
        let end = rest.dropFirst().firstIndex { !$0.isWhitespace } ?? text.endIndex
        return text[..<end]
    }
}

/// One slot per chunk, each written once from concurrent tasks.
private final class ChunkResults: @unchecked Sendable {
    private var slots: [(records: [SegmentRecord], notOnPage: [SegmentRecord])]
    private let lock = DispatchSemaphore(value: 1)

    init(count: Int) { slots = Array(repeating: ([], []), count: count) }

    func set(_ index: Int, _ value: (records: [SegmentRecord], notOnPage: [SegmentRecord])) {
        lock.wait()
        slots[index] = value
        lock.signal()
    }

    var all: [(records: [SegmentRecord], notOnPage: [SegmentRecord])] {
        lock.wait()
        defer { lock.signal() }
        return slots
    }
}
