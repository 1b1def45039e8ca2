import DariGlossary
import DariMemory
import DariModel

/// `moved-block`: a translated block stands in another place among its
/// neighbours than its original does (two paragraphs swapped, a list item
/// moved).
///
/// The aligner pairs a block the translation moved with its original when
/// their words show they translate each other (`MemoryBuilder`'s moved
/// blocks), so nothing is reported as untranslated; this note says that the
/// order differs, which may be an editor's choice or an oversight. The
/// blocks that moved are the fewest whose removal leaves both pages in one
/// order (the paired blocks outside a longest run whose lines increase on
/// both pages): one block moved past five others is one note, not six, and
/// a section of blocks that moved together is one note too.
public struct MovedBlock: Check {
    public static let id = "moved-block"
    public static let defaultSeverity = Severity.info
    public static let summary = "A translated block is in another place among its neighbours than its original."
    public static let example = "en/guide.md:9: info: [moved-block] 'To install it, open a terminal…' comes before "
        + "'dari is a translation memory tool for…' (line 11) here, but after it on the Korean page; "
        + "restore the order, or leave it if the change was meant"
    public static let details = """
        Read from the pages' lines in the memory: the blocks of a page pair are paired in document order, except a \
        block with no counterpart in order that has one, by its words or its element id, a few blocks away. Blocks \
        that moved together, in their order, are one finding. Blocks that share a line (minified HTML) are not \
        compared.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        // Each unit's first record, found only once a block has moved: most
        // memories have none, and a large one spent this check's time here.
        var firstRecords: [[Int]: SegmentRecord]?
        func firstRecord(file: Int, unit: Int) -> SegmentRecord? {
            let found = firstRecords ?? {
                var found: [[Int]: SegmentRecord] = [:]
                for record in input.segments where found[[record.fileIndex, record.unitIndex]] == nil {
                    found[[record.fileIndex, record.unitIndex]] = record
                }
                return found
            }()
            firstRecords = found
            return found[[file, unit]]
        }
        let original = input.memory.sourceLanguage
        for (fileIndex, file) in input.memory.files.enumerated() where file.isPaired {
            // Paired units in original order, by their lines.
            let paired = file.units.indices.compactMap { index -> (unit: Int, source: Int, target: Int)? in
                guard let source = file.units[index].sourceLocation?.line, let target = file.units[index].targetLocation?.line,
                      source > 0, target > 0 else { return nil }
                return (index, source, target)
            }.sorted { ($0.source, $0.unit) < ($1.source, $1.unit) }
            let kept = Self.longestRun(paired.map(\.target))
            guard kept.count < paired.count else { continue }
            let keptBlocks = kept.sorted().map { paired[$0] }
            // A run of moved blocks, next to each other in the same order on both pages,
            // is a section that moved: one note, at its first block.
            var runs: [[Int]] = []
            for position in paired.indices where !kept.contains(position) {
                if let last = runs.last?.last, last == position - 1, paired[position].target > paired[last].target,
                   !keptBlocks.contains(where: { $0.target > paired[last].target && $0.target < paired[position].target }) {
                    runs[runs.count - 1].append(position)
                } else {
                    runs.append([position])
                }
            }
            for run in runs {
                let position = run[0]
                let moved = paired[position]
                let unit = file.units[moved.unit]
                guard !unit.suppressedChecks.contains(Self.id) else { continue }
                // The nearest kept block it passed: one it now stands before, else one it now stands after.
                let before = keptBlocks.filter { $0.source < moved.source && $0.target > moved.target }
                    .min { $0.target < $1.target }
                let after = keptBlocks.filter { $0.source > moved.source && $0.target < moved.target }
                    .max { $0.target < $1.target }
                guard let passed = before ?? after else { continue }
                let (here, there) = before != nil ? ("before", "after") : ("after", "before")
                let others = run.dropFirst().compactMap { file.units[paired[$0].unit].targetLocation }
                let what = others.isEmpty
                    ? "'\(Self.text(of: unit).excerpt(40))' comes"
                    : "'\(Self.text(of: unit).excerpt(40))' and the \(others.count) block\(others.count == 1 ? "" : "s") after it "
                        + "(to line \(others.last!.line)) come"
                let message = "\(what) \(here) "
                    + "'\(Self.text(of: file.units[passed.unit]).excerpt(40))' (line \(passed.target)) here, but \(there) "
                    + "it on the \(original.name) page; restore the order, or leave it if the change was meant"
                if let record = firstRecord(file: fileIndex, unit: moved.unit) {
                    findings.report(record, in: input, side: .target, message: message,
                                    relatedLocations: others.map { RelatedLocation(location: $0) })
                } else if let location = unit.targetLocation {
                    findings.report(at: location, fileID: file.id, message: message)
                }
            }
        }
    }

    /// The unit's translated text, as the page shows it.
    static func text(of unit: MemoryUnit) -> String {
        unit.segments.compactMap(\.targetText).joined(separator: " ")
    }

    /// The positions of a longest non-decreasing run of `lines` (in
    /// O(n log n): patience sorting); of several, the one ending earliest.
    static func longestRun(_ lines: [Int]) -> Set<Int> {
        var tails: [Int] = []          // position of the smallest last line of a run of each length
        var previous = [Int](repeating: -1, count: lines.count)
        for (position, line) in lines.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if lines[tails[middle]] <= line { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[position] = tails[low - 1] }
            if low == tails.count { tails.append(position) } else { tails[low] = position }
        }
        var run = Set<Int>()
        var position = tails.last ?? -1
        while position >= 0 {
            run.insert(position)
            position = previous[position]
        }
        return run
    }
}
