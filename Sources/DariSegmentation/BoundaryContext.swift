import DariModel

/// The text being segmented and the sentence boundaries proposed so far.
///
/// A boundary is a UTF-16 offset where a sentence's content ends: just after
/// its last non-space character (ICU puts its boundaries after the trailing
/// spaces; `init` moves them back). Rules add and remove boundaries; the
/// start of the text is never a boundary and its end always is.
public struct BoundaryContext {
    public let text: [UInt16]
    public let language: Language
    /// Sorted, unique, each in 1..<text.count (the end is implicit).
    public private(set) var boundaries: [Int]
    /// The offsets of every unit that is neither a letter or digit
    /// (`Scalars.isLetterOrDigit`) nor white space, in order: the only places
    /// where a stop, a quote or a bracket can be. Rules that look for those
    /// walk this list instead of every unit; Korean web text is mostly
    /// Hangul, and the per-unit scans were a fifth of `dari segment`'s time
    /// (issue 19, segmentation speed).
    public let punctuation: [Int]
    /// The offsets where a run of ASCII letters and digits starts (after
    /// anything else, or at 0), in order: where a number or a Latin word
    /// can begin, for the rules that look for list markers and dates.
    public let asciiRunStarts: [Int]

    init(text: [UInt16], language: Language, icuBoundaries: [Int]) {
        self.text = text
        self.language = language
        (punctuation, asciiRunStarts) = Self.scan(text)
        var trimmed: [Int] = []
        trimmed.reserveCapacity(icuBoundaries.count)
        for raw in icuBoundaries {
            var end = raw
            while end > 0, Scalars.isSpace(text[end - 1]) { end -= 1 }
            if end > 0, end < text.count, trimmed.last != end { trimmed.append(end) }
        }
        // Trailing-space trimming can make the last content end equal the
        // text's content end; that is the implicit final boundary.
        var contentEnd = text.count
        while contentEnd > 0, Scalars.isSpace(text[contentEnd - 1]) { contentEnd -= 1 }
        self.boundaries = trimmed.filter { $0 < contentEnd }
    }

    /// The offsets for `punctuation` and `asciiRunStarts`, in one pass:
    /// ASCII by two tables, then Hangul syllables (most of the text) before
    /// the general tests.
    private static func scan(_ text: [UInt16]) -> (punctuation: [Int], asciiRunStarts: [Int]) {
        let masks = asciiClasses
        var punctuation: [Int] = []
        var runStarts: [Int] = []
        punctuation.reserveCapacity(text.count / 4)
        text.withUnsafeBufferPointer { units in
            var previousIsASCIIAlphanumeric = false
            for offset in units.indices {
                let unit = units[offset]
                if unit < 0x80 {
                    let bit = UInt64(unit & 63)
                    let (punctuationMask, alphanumericMask) = unit < 0x40
                        ? (masks.punctuation.low, masks.alphanumeric.low) : (masks.punctuation.high, masks.alphanumeric.high)
                    if punctuationMask >> bit & 1 != 0 { punctuation.append(offset) }
                    let isAlphanumeric = alphanumericMask >> bit & 1 != 0
                    if isAlphanumeric, !previousIsASCIIAlphanumeric { runStarts.append(offset) }
                    previousIsASCIIAlphanumeric = isAlphanumeric
                    continue
                }
                previousIsASCIIAlphanumeric = false
                if Scalars.isHangulSyllable(unit) || Scalars.isLetterOrDigit(unit) || Scalars.isSpace(unit) { continue }
                punctuation.append(offset)
            }
        }
        return (punctuation, runStarts)
    }

    /// For each ASCII unit n, bit n % 64 (of `low` for n < 64, else of
    /// `high`): in `punctuation` when n is neither a letter, a digit nor a
    /// space, in `alphanumeric` when it is a letter or digit (the tests of
    /// `Scalars`).
    private static let asciiClasses: (punctuation: (low: UInt64, high: UInt64), alphanumeric: (low: UInt64, high: UInt64)) = {
        var punctuation: (low: UInt64, high: UInt64) = (0, 0)
        var alphanumeric: (low: UInt64, high: UInt64) = (0, 0)
        for unit in UInt16(0)..<0x80 {
            let bit: UInt64 = 1 << UInt64(unit & 63)
            if Scalars.isLetterOrDigit(unit) {
                if unit < 0x40 { alphanumeric.low |= bit } else { alphanumeric.high |= bit }
            } else if !Scalars.isSpace(unit) {
                if unit < 0x40 { punctuation.low |= bit } else { punctuation.high |= bit }
            }
        }
        return (punctuation, alphanumeric)
    }()

    /// Removes the boundaries for which `shouldRemove` is true.
    /// `shouldRemove` gets the boundary offset and the index of the next
    /// non-space character after it (or `text.count`).
    public mutating func removeBoundaries(where shouldRemove: (_ boundary: Int, _ next: Int) -> Bool) {
        let text = self.text
        boundaries.removeAll { boundary in
            var next = boundary
            while next < text.count, Scalars.isSpace(text[next]) { next += 1 }
            return shouldRemove(boundary, next)
        }
    }

    /// Adds boundaries (content-end offsets); out-of-range ones are ignored.
    public mutating func addBoundaries(_ added: [Int]) {
        guard !added.isEmpty else { return }
        var contentEnd = text.count
        while contentEnd > 0, Scalars.isSpace(text[contentEnd - 1]) { contentEnd -= 1 }
        let valid = added.filter { $0 > 0 && $0 < contentEnd }
        guard !valid.isEmpty else { return }
        // Sorted and deduplicated in place: every rule calls this once per
        // text, and building a `Set` each time hashed every boundary (issue 19).
        var merged = boundaries + valid
        merged.sort()
        boundaries.removeAll(keepingCapacity: true)
        for boundary in merged where boundaries.last != boundary { boundaries.append(boundary) }
    }

    /// Replaces one boundary with another (a footnote mark moves it later).
    public mutating func moveBoundary(from old: Int, to new: Int) {
        guard let index = boundaries.firstIndex(of: old) else { return }
        boundaries.remove(at: index)
        addBoundaries([new])
    }

    /// The index in `punctuation` of the first offset at or after `offset`.
    public func punctuationIndex(from offset: Int) -> Int {
        var low = 0, high = punctuation.count
        while low < high {
            let mid = (low + high) / 2
            if punctuation[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// True when `boundary` is a current boundary.
    public func contains(_ boundary: Int) -> Bool {
        var low = 0, high = boundaries.count
        while low < high {
            let mid = (low + high) / 2
            if boundaries[mid] < boundary { low = mid + 1 } else { high = mid }
        }
        return low < boundaries.count && boundaries[low] == boundary
    }

    /// The final sentences: from each boundary's next non-space to the next boundary.
    func sentenceRanges() -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for end in boundaries + [text.count] {
            var lower = start
            while lower < end, Scalars.isSpace(text[lower]) { lower += 1 }
            var upper = end
            while upper > lower, Scalars.isSpace(text[upper - 1]) { upper -= 1 }
            if upper > lower { ranges.append(lower..<upper) }
            start = end
        }
        return ranges
    }
}

/// A rule applied after ICU. Each rule is motivated by a failure pattern
/// measured on the benchmark and has its own test.
public protocol SegmentationRule: Sendable {
    /// A stable kebab-case name, used in tests and docs.
    var name: String { get }
    func apply(to context: inout BoundaryContext)
}
