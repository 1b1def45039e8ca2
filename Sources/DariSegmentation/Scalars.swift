import DariText

/// Character classes on UTF-16 code units, for the rules' hot loops.
///
/// Rules look at a few code units around each candidate boundary; working on
/// `[UInt16]` keeps segmentation above 4 M characters per second.
/// Surrogates (emoji and rare CJK) count as "other".
enum Scalars {
    /// White space as every stage defines it (`Script.isWhitespace`), with
    /// fast paths: ASCII letters, digits and punctuation, and the Hangul
    /// syllables that make up most Korean text, are never white space.
    @inline(__always)
    static func isSpace(_ unit: UInt16) -> Bool {
        if unit > 0x20, unit < 0x7F { return false }
        if isHangulSyllable(unit) { return false }
        return Script.isWhitespace(codePoint: UInt32(unit))
    }

    /// A precomposed Hangul syllable (가–힣).
    @inline(__always)
    static func isHangulSyllable(_ unit: UInt16) -> Bool { Script.isHangulSyllable(codePoint: UInt32(unit)) }

    /// Compatibility jamo (ㄱ–ㅣ), as in ㅋㅋ, ㅎㅎ, ㅠㅠ.
    @inline(__always)
    static func isHangulJamo(_ unit: UInt16) -> Bool { Script.isCompatibilityJamo(codePoint: UInt32(unit)) }

    static func isHangul(_ unit: UInt16) -> Bool { isHangulSyllable(unit) || isHangulJamo(unit) }

    static func isUpper(_ unit: UInt16) -> Bool {
        (unit >= 0x41 && unit <= 0x5A) || (unit >= 0xC0 && unit <= 0xDE && unit != 0xD7)
    }

    static func isLower(_ unit: UInt16) -> Bool {
        (unit >= 0x61 && unit <= 0x7A) || (unit >= 0xDF && unit <= 0xFF && unit != 0xF7)
    }

    static func isLatinLetter(_ unit: UInt16) -> Bool { isUpper(unit) || isLower(unit) }

    static func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }

    static func isLetterOrDigit(_ unit: UInt16) -> Bool {
        isLatinLetter(unit) || isDigit(unit) || isHangul(unit) || (unit >= 0x4E00 && unit <= 0x9FFF)
    }

    /// `.`, `!`, `?`, `…` and their full-width forms.
    static func isTerminal(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit == 0x2E || unit == 0x21 || unit == 0x3F }
        if isHangulSyllable(unit) { return false }
        switch unit {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F, 0xFF0E, 0x203C, 0x2047, 0x2048, 0x2049:
            return true
        default:
            return false
        }
    }

    /// Closing quotes and brackets that may follow sentence-final punctuation.
    static func isCloser(_ unit: UInt16) -> Bool {
        if isHangulSyllable(unit) { return false }
        switch unit {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x2019, 0x201D, 0x300D, 0x300F, 0x3009, 0x300B, 0x3011, 0xFF09, 0xBB:
            return true
        default:
            return false
        }
    }

    /// Opening quotes and brackets.
    static func isOpener(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x2018, 0x201C, 0x300C, 0x300E, 0x3008, 0x300A, 0x3010, 0xFF08, 0xAB:
            return true
        default:
            return false
        }
    }

    /// The syllable's final consonant (jongseong) index: 0 = none, 4 = ㄴ, 8 = ㄹ, 17 = ㅂ.
    static func finalConsonant(_ unit: UInt16) -> Int {
        Script.HangulSyllable(codePoint: UInt32(unit))?.final ?? -1
    }
}

extension Array where Element == UInt16 {
    /// True when the units just before `end` spell `suffix`.
    func hasSuffix(_ suffix: [UInt16], endingAt end: Int) -> Bool {
        guard end >= suffix.count, end <= count else { return false }
        var i = suffix.count - 1, j = end - 1
        while i >= 0 {
            if self[j] != suffix[i] { return false }
            i -= 1
            j -= 1
        }
        return true
    }

    /// True when the units from `start` spell `prefix`.
    func hasPrefix(_ prefix: [UInt16], at start: Int) -> Bool {
        guard start >= 0, start + prefix.count <= count else { return false }
        for offset in 0..<prefix.count where self[start + offset] != prefix[offset] { return false }
        return true
    }

    /// The start of the whitespace-delimited word that ends at `end`.
    func wordStart(endingAt end: Int) -> Int {
        var start = end
        while start > 0, !Scalars.isSpace(self[start - 1]) { start -= 1 }
        return start
    }

    /// The end of the whitespace-delimited word that starts at `start`.
    func wordEnd(startingAt start: Int) -> Int {
        var end = start
        while end < count, !Scalars.isSpace(self[end]) { end += 1 }
        return end
    }
}

extension String {
    var utf16Units: [UInt16] { Array(utf16) }
}

/// A set of UTF-16 code units as a 64 Kbit table: membership without hashing,
/// for the per-word checks of the Korean rules (a `Set<UInt16>` lookup hashed
/// each unit and took 5 % of segmentation time).
///
/// A lookup reads the table through a plain pointer, which takes no reference
/// count (retain/release around the lookups of the rules' static sets were
/// about 5 % of `dari segment`'s time, issue 19; an inline 8 KiB table was
/// worse, copied at each use). `storage` owns the memory.
struct UnitSet: @unchecked Sendable {  // immutable after init
    private let storage: Storage
    private let words: UnsafePointer<UInt64>

    private final class Storage {
        let words: UnsafeMutablePointer<UInt64>
        init() {
            words = .allocate(capacity: 1024)
            words.initialize(repeating: 0, count: 1024)
        }
        deinit { words.deallocate() }
    }

    init<S: Sequence>(_ units: S) where S.Element == UInt16 {
        storage = Storage()
        for unit in units { storage.words[Int(unit >> 6)] |= 1 << UInt64(unit & 63) }
        words = UnsafePointer(storage.words)
    }

    init(_ strings: [String]) {
        self.init(strings.compactMap { $0.utf16.first })
    }

    @inline(__always)
    func contains(_ unit: UInt16) -> Bool {
        words[Int(unit >> 6)] & (1 << UInt64(unit & 63)) != 0
    }
}

/// A set of words as UTF-16 units, looked up in place: the word's length and
/// first unit are checked against the set's, then the few words left are
/// compared unit by unit. Most words a rule asks about are in no set, and
/// copying a slice to an array and hashing it took about 10 % of segmentation
/// time (issue 19).
struct WordSet: Sendable {
    private let words: [[UInt16]]
    private let firstUnits: UnitSet
    /// Bit n set when some word has n units (words of 64 units or more share bit 63).
    private let lengths: UInt64

    init(_ strings: [String]) {
        let words = strings.map { Array($0.utf16) }
        self.words = words
        firstUnits = UnitSet(words.compactMap(\.first))
        lengths = words.reduce(0) { $0 | 1 << UInt64(min($1.count, 63)) }
    }

    /// True when `units[range]` is one of the words.
    func contains(_ units: [UInt16], _ range: Range<Int>) -> Bool {
        guard lengths & 1 << UInt64(min(range.count, 63)) != 0 else { return false }
        if let first = range.first, !firstUnits.contains(units[first]) { return false }
        for word in words where word.count == range.count && units.hasPrefix(word, at: range.lowerBound) {
            return true
        }
        return false
    }

    func contains(_ word: [UInt16]) -> Bool {
        contains(word, 0..<word.count)
    }
}

/// Offsets kept sorted, looked up by binary search: a set for offsets that
/// arrive in increasing order, as a rule's word-by-word scan produces them,
/// without hashing each one (issue 19).
struct SortedOffsets {
    private var offsets: [Int] = []

    mutating func insert(_ offset: Int) {
        let position = lowerBound(offset)
        if position < offsets.count, offsets[position] == offset { return }
        offsets.insert(offset, at: position)
    }

    func contains(_ offset: Int) -> Bool {
        let position = lowerBound(offset)
        return position < offsets.count && offsets[position] == offset
    }

    private func lowerBound(_ offset: Int) -> Int {
        // The common case, an offset past every other one, without the search.
        if let last = offsets.last, last < offset { return offsets.count }
        var low = 0, high = offsets.count
        while low < high {
            let mid = (low + high) / 2
            if offsets[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// A set of final-consonant (jongseong) indices, 0..<28, as a bit mask:
/// the ending table asks it for most words ending in 다, and a `Set<Int>`
/// hashed each time (issue 19, segmentation speed).
struct FinalConsonants: ExpressibleByArrayLiteral, Sendable {
    private let mask: UInt32

    init(arrayLiteral finals: Int...) {
        mask = finals.reduce(0) { $0 | 1 << UInt32($1) }
    }

    /// False for anything outside 0..<28, such as `finalConsonant`'s -1 for a non-syllable.
    func contains(_ final: Int) -> Bool {
        final >= 0 && final < 28 && mask & 1 << UInt32(final) != 0
    }
}
