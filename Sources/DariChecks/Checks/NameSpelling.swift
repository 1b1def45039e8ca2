import DariMemory
import DariModel
import DariText

/// `name-spelling`: a name, identifier or file name in Latin letters that
/// the Korean text spells differently from the English (LC_MESAGES for
/// LC_MESSAGES, Debian Pure Blinds for Blends, libfoo.so.xyz for
/// libfoo.so.x.y.z).
///
/// Korean text copies such words letter for letter, so a near miss is a
/// typo that breaks a command, a search or a link (on either page: the
/// original has typos too). A word the English page has elsewhere is not
/// one (an index lists Modes next to Model). Only a word of five or
/// more characters that is absent from the English and one edit (two from
/// eight characters) from an English word absent from the Korean counts;
/// endings (package/packages, install/installed), case and digits (versions
/// are `number-mismatch`'s) are not differences here.
public struct NameSpelling: Check {
    public static let id = "name-spelling"
    public static let defaultSeverity = Severity.warning
    public static let summary = "A name or identifier in Latin letters is spelt differently in the Korean text."
    public static let example = "ko/software.html:128: warning: [name-spelling] the Korean has 'LC_MESAGES' where "
        + "the English has 'LC_MESSAGES'; make the two spellings agree"
    public static let details = """
        Compares the Latin-letter words of the Korean side (names, identifiers, file and package names) with \
        the English side of the same segment. A word of five or more characters that the English lacks, one \
        edit away (two from eight characters) from an English word that the Korean lacks, is reported. A \
        different ending (package/packages), case or digits alone are not a difference here.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        guard let koreanSide = input.side(of: .korean) else { return }
        // A block at a time: sentences are not always paired one to one, and
        // the English word may sit in the neighbouring segment.
        var start = 0
        let records = input.segments
        // A word the English page has elsewhere (an index, a list of modes)
        // is no misspelling: built only for the pages with a near miss.
        var pageWords: [Int: Set<String>] = [:]
        func englishWords(ofFile file: Int) -> Set<String> {
            if let words = pageWords[file] { return words }
            var words = Set<String>()
            for unit in input.memory.files[file].units {
                for segment in unit.segments {
                    let english = koreanSide == .source ? segment.targetText ?? "" : segment.sourceText
                    words.formUnion(Self.words(in: english))
                }
            }
            pageWords[file] = words
            return words
        }
        while start < records.count {
            var end = start + 1
            while end < records.count, records[end].fileIndex == records[start].fileIndex,
                records[end].unitIndex == records[start].unitIndex { end += 1 }
            let block = records[start..<end]
            start = end
            let targets = block.compactMap(\.translatedTarget)
            guard !targets.isEmpty else { continue }
            let sources = block.map(\.source)
            let (korean, english) = koreanSide == .source ? (sources, targets) : (targets, sources)
            let koreanText = korean.joined(separator: " ")
            guard koreanText.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x7A }) else { continue }
            for (written, expected) in Self.misspellings(korean: koreanText, english: english.joined(separator: " "))
            where !englishWords(ofFile: block[block.startIndex].fileIndex).contains(written) {
                let record = block.first { record in
                    let text = koreanSide == .source ? record.source : record.translatedTarget ?? ""
                    return text.contains(written)
                } ?? block[block.startIndex]
                findings.report(record, in: input, side: koreanSide,
                                message: "the Korean has '\(written)' where the English has '\(expected)'; "
                                    + "make the two spellings agree")
            }
        }
    }

    /// The Korean-side words that are near misses of English words, each once.
    static func misspellings(korean: String, english: String) -> [(written: String, expected: String)] {
        let koreanWords = words(in: korean), englishWords = words(in: english)
        guard !koreanWords.isEmpty, !englishWords.isEmpty else { return [] }
        var found: [(written: String, expected: String)] = []
        let koreanSet = Set(koreanWords), englishSet = Set(englishWords)
        // Each English word's lower case, and (once a Korean word needs it)
        // without digits: made once, not again for every Korean word.
        let englishLowered = englishWords.map { $0.lowercased() }
        let englishLower = Set(englishLowered)
        var withoutDigitsOfEnglish: [String]?
        for word in koreanWords where word.count >= 5 && !englishSet.contains(word)
            && !found.contains(where: { $0.written == word }) {
            let lower = word.lowercased()
            if englishLower.contains(lower) { continue }
            let lowerWithoutDigits = withoutDigits(lower)
            let englishWithoutDigits = withoutDigitsOfEnglish ?? englishLowered.map(withoutDigits)
            withoutDigitsOfEnglish = englishWithoutDigits
            for (index, candidate) in englishWords.enumerated() where !koreanSet.contains(candidate) {
                let candidateLower = englishLowered[index]
                if candidateLower.hasPrefix(lower) || lower.hasPrefix(candidateLower) { continue }
                if lowerWithoutDigits == englishWithoutDigits[index] { continue }
                let limit = min(word.count, candidate.count) >= 8 ? 2 : 1
                guard abs(word.count - candidate.count) <= limit,
                    EditDistance.levenshtein(Array(lower.unicodeScalars), Array(candidateLower.unicodeScalars),
                                             limit: limit + 1) <= limit
                else { continue }
                found.append((word, candidate))
                break
            }
        }
        return found
    }

    /// Runs of Latin letters, digits and `_ . - / +` holding a letter, with
    /// sentence punctuation trimmed from their ends.
    static func words(in text: String) -> [String] {
        // Every scalar of a run is ASCII, so the run is kept as bytes: a
        // String per run was most of this check's time on a large memory.
        var result: [String] = []
        var current: [UInt8] = []
        func flush() {
            // Most scalars of a sentence end an empty run (spaces, Hangul): nothing to do.
            guard !current.isEmpty else { return }
            var word = current[...]
            while let last = word.last, Self.trailingTrim.contains(last) { word = word.dropLast() }
            while let first = word.first, Self.leadingTrim.contains(first) { word = word.dropFirst() }
            if word.contains(where: { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }),
               !Self.containsURLScheme(word) {
                result.append(String(decoding: word, as: UTF8.self))
            }
            current.removeAll(keepingCapacity: true)
        }
        // Byte by byte: a run's bytes are ASCII, and every byte of any other
        // scalar is 0x80 or above, so it ends the run as that scalar would.
        for byte in text.utf8 {
            if Self.isWordByte(byte) {
                current.append(byte)
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    /// An ASCII letter or digit, or one of `_ . - / + :`.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "+"), UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }

    private static let trailingTrim = Set(".-/+:".utf8)
    private static let leadingTrim = Set(".-/+".utf8)

    /// True when `word` holds "://" (a URL, not a name).
    private static func containsURLScheme(_ word: ArraySlice<UInt8>) -> Bool {
        var index = word.startIndex
        while index + 2 < word.endIndex {
            if word[index] == UInt8(ascii: ":"), word[index + 1] == UInt8(ascii: "/"), word[index + 2] == UInt8(ascii: "/") {
                return true
            }
            index += 1
        }
        return false
    }

    private static func withoutDigits(_ text: String) -> String {
        String(text.unicodeScalars.filter { !Script.isDigit($0) })
    }
}
