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
/// more characters (four mixing letters and digits: L18n for I18n) that is
/// absent from the English and one edit (two from
/// eight characters; a swap of two neighbouring letters is one) from an
/// English word absent from the Korean counts;
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
        the English side of the same segment. A word of five or more characters (four for one that mixes letters \
        and digits, as I18n does) that the English lacks, one \
        edit away (two from eight characters; two neighbouring letters swapped are one) from an English word \
        that the Korean lacks, is reported. A \
        different ending (package/packages), case or digits alone are not a difference here, nor is a language \
        tag in a name (install.ko.txt for install.en.txt), an acronym's plural (CD/DVD for CDs/DVDs) or an \
        acronym for a lower-case name (CD-ROM for cdrom).
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        guard let koreanSide = input.side(of: .korean) else { return }
        // A block at a time: sentences are not always paired one to one, and
        // the English word may sit in the neighbouring segment.
        let records = input.segments
        // A word the English page has elsewhere (an index, a list of modes)
        // is no misspelling. The near misses are gathered first and the pages
        // that have any are then searched for those words alone, once per page:
        // a set of every word of a large page (a String and a hash per word)
        // was most of this check's time. Reported afterwards in the order found.
        var nearMisses: [(record: SegmentRecord, written: String, expected: String)] = []
        var candidates: [Int: Set<String>] = [:]
        for range in SegmentRecord.blocks(of: records) {
            let block = records[range]
            let targets = block.compactMap(\.translatedTarget)
            guard !targets.isEmpty else { continue }
            let sources = block.map(\.source)
            let (korean, english) = koreanSide == .source ? (sources, targets) : (targets, sources)
            let koreanText = korean.joined(separator: " ")
            guard koreanText.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x7A }) else { continue }
            for (written, expected) in Self.misspellings(korean: koreanText, english: english.joined(separator: " ")) {
                let record = block.first { record in
                    let text = koreanSide == .source ? record.source : record.translatedTarget ?? ""
                    return text.contains(written)
                } ?? block[block.startIndex]
                nearMisses.append((record, written, expected))
                candidates[block[block.startIndex].fileIndex, default: []].insert(written)
            }
        }
        var onPage: [Int: Set<String>] = [:]
        for (file, words) in candidates {
            onPage[file] = Self.words(words, onEnglishSideOf: input.memory.files[file], koreanSide: koreanSide)
        }
        for (record, written, expected) in nearMisses where onPage[record.fileIndex]?.contains(written) != true {
            findings.report(record, in: input, side: koreanSide,
                            message: "the Korean has '\(written)' where the English has '\(expected)'; "
                                + "make the two spellings agree")
        }
    }

    /// Those of `candidates` that are words (`words(in:)`) of the English
    /// side of `file`.
    static func words(_ candidates: Set<String>, onEnglishSideOf file: MemoryFile, koreanSide: Side) -> Set<String> {
        // Candidates by length in bytes: a page word is compared only with those of its length.
        var byLength: [[[UInt8]]] = []
        for candidate in candidates {
            let bytes = Array(candidate.utf8)
            if byLength.count <= bytes.count { byLength += Array(repeating: [], count: bytes.count + 1 - byLength.count) }
            byLength[bytes.count].append(bytes)
        }
        var found = Set<String>()
        // By index: `for unit in` copied every unit, and `segments` builds an array for a unit of one segment.
        for unit in file.units.indices {
            for index in 0..<file.units[unit].segmentCount {
                let segment = file.units[unit].segment(at: index)
                let english = koreanSide == .source ? segment.targetText ?? "" : segment.sourceText
                forEachWord(in: english) { word in
                    guard word.count < byLength.count else { return }
                    for candidate in byLength[word.count] where candidate.elementsEqual(word) {
                        found.insert(String(decoding: candidate, as: UTF8.self))
                    }
                }
            }
            if found.count == candidates.count { break }
        }
        return found
    }

    /// Whether a word is long enough to tell a typo from another word: five
    /// characters, or four that mix letters and digits (a numeronym such as
    /// I18n or a11y, where one letter apart is never another word).
    static func isLongEnough(_ word: String) -> Bool {
        let count = word.utf8.count
        guard count == 4 else { return count >= 5 }
        let digits = word.utf8.count { $0 >= 0x30 && $0 <= 0x39 }
        return digits > 0 && count - digits >= 2
    }

    /// Whether `word` is a date written with a month's name (`14-Jan-2026`):
    /// digits and month names only. Its month is a number, not a spelling,
    /// and a page's "generated on" or "last updated" date differs from its
    /// translation's as a matter of course.
    static func isDate(_ word: String) -> Bool {
        let letters = word.split(whereSeparator: { !$0.isLetter })
        return word.contains(where: \.isNumber) && !letters.isEmpty
            && letters.allSatisfy { NumberReader.namesMonth(String($0)) }
    }

    /// Whether `word` and `other` (lower case) are one word with another
    /// ending (`initializer`, `initializers`; `interpolation`,
    /// `interpolating`; `tree-shaking`, `tree-shaken`): one is the other with
    /// at most three letters added, or both are one stem of five letters or
    /// more with an English ending each.
    static func isInflection(_ word: String, of other: String) -> Bool {
        let (shorter, longer) = word.utf8.count <= other.utf8.count ? (word, other) : (other, word)
        let added = longer.utf8.count - shorter.utf8.count
        if shorter.utf8.count >= 4, added > 0, added <= 3, longer.hasPrefix(shorter),
           longer.utf8.dropFirst(shorter.utf8.count).allSatisfy({ (0x61...0x7A).contains($0) }) { return true }
        // The stem may end before the letters the two share (`interpolat-ion`, `interpolat-ing`).
        let shared = zip(word.utf8, other.utf8).prefix { $0 == $1 }.count
        guard shared >= 5 else { return false }
        return (5...shared).contains { stem in
            Self.endings.contains(String(decoding: word.utf8.dropFirst(stem), as: UTF8.self))
                && Self.endings.contains(String(decoding: other.utf8.dropFirst(stem), as: UTF8.self))
        }
    }

    /// English endings a word takes on its stem (`interpolat-ion`, `-ing`, `-ed`).
    /// Not a lone `e`: `Symbole` for "symbols" is German left on a Korean page.
    static let endings: Set<String> = ["", "s", "es", "d", "ed", "ing", "er", "ers", "en", "ion", "ions", "or", "ors"]

    /// The Korean-side words that are near misses of English words, each once.
    static func misspellings(korean: String, english: String) -> [(written: String, expected: String)] {
        let (korean, english) = (Script.withoutLetterMarks(korean), Script.withoutLetterMarks(english))
        // Words are ASCII, so a word's bytes are its characters (`utf8.count`, not
        // the Character-wise `count`); only words long enough are reported
        // (`isLongEnough`), so without one nothing else is needed.
        let koreanWords = words(in: korean)
        guard koreanWords.contains(where: isLongEnough) else { return [] }
        let englishWords = words(in: english)
        guard !englishWords.isEmpty else { return [] }
        // Most long Korean-side words are English words of the pair written as they
        // are (names, acronyms), which the loop below passes over: without another,
        // no sets or lower-cased copies are made.
        guard koreanWords.contains(where: { isLongEnough($0) && !englishWords.contains($0) }) else { return [] }
        var found: [(written: String, expected: String)] = []
        let koreanSet = Set(koreanWords), englishSet = Set(englishWords)
        // Each English word's lower case, and (once a Korean word needs it)
        // without digits: made once, not again for every Korean word.
        let englishLowered = englishWords.map { $0.lowercased() }
        let englishLower = Set(englishLowered)
        var withoutDigitsOfEnglish: [String]?
        var neutralOfEnglish: [String]?
        for word in koreanWords where isLongEnough(word) && !englishSet.contains(word)
            && !found.contains(where: { $0.written == word }) && !isDate(word) {
            let lower = word.lowercased()
            if englishLower.contains(lower) { continue }
            // The English word in another form (`initializer` for "initializers",
            // a Korean gloss in the singular) is that word, not a misspelling of a
            // neighbour ("initialized").
            if englishLowered.contains(where: { isInflection(lower, of: $0) }) { continue }
            let lowerWithoutDigits = withoutDigits(lower)
            // Tested once per word, not for every candidate (a Foundation search
            // each time); a word is ASCII, so its bytes have "/" when it does.
            let isPath = word.utf8.contains(UInt8(ascii: "/"))
            let englishWithoutDigits = withoutDigitsOfEnglish ?? englishLowered.map(withoutDigits)
            withoutDigitsOfEnglish = englishWithoutDigits
            let englishNeutral = neutralOfEnglish ?? englishLowered.map(LinkAddress.languageTokensNeutral)
            neutralOfEnglish = englishNeutral
            let neutral = LinkAddress.languageTokensNeutral(lower)
            for (index, candidate) in englishWords.enumerated() where !koreanSet.contains(candidate) {
                let candidateLower = englishLowered[index]
                if candidateLower.hasPrefix(lower) || lower.hasPrefix(candidateLower) { continue }
                if lowerWithoutDigits == englishWithoutDigits[index] { continue }
                // A path to the page in each reader's language (`ko/guides/x` for
                // `en/guides/x`) is the same path: compared without its language.
                // A language tag in a name is the reader's (`install.ko.txt` for `install.en.txt`).
                var (written, expected) = (neutral, englishNeutral[index])
                if written == expected { continue }
                if isPath {
                    (written, expected) = (LinkAddress.languageNeutral(word), LinkAddress.languageNeutral(candidate))
                    if written == expected { continue }
                }
                let limit = min(written.utf8.count, expected.utf8.count) >= 8 ? 2 : 1
                guard abs(written.utf8.count - expected.utf8.count) <= limit,
                    EditDistance.levenshtein(Array(written.unicodeScalars), Array(expected.unicodeScalars),
                                             limit: limit + 1) <= limit || Self.swapsTwoLetters(written, expected)
                else { continue }
                // Tested last: only a near miss gets here, and the tests make Strings.
                if Self.sameWordInAnotherSpelling(lower, candidateLower) || Self.sameName(word, candidate) { continue }
                found.append((word, candidate))
                break
            }
        }
        return found
    }

    /// Whether `a` is `b` with two neighbouring letters swapped (`Hisrute`
    /// for `Hirsute`): one slip of the fingers, two edits by Levenshtein's count.
    static func swapsTwoLetters(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        guard x.count == y.count, let first = x.indices.first(where: { x[$0] != y[$0] }),
              first + 1 < x.count else { return false }
        return x[first] == y[first + 1] && x[first + 1] == y[first] && x[first + 1] != x[first]
            && x[(first + 2)...] == y[(first + 2)...]
    }

    /// Whether two words are one name written for each reader: an acronym's plural
    /// (`CD/DVD/USB` / `CDs/DVDs/USB`), or a device name and its acronym
    /// (`cdrom` / `CD-ROM`: the same letters, one in lower case, the other
    /// with capitals and hyphens).
    static func sameName(_ first: String, _ second: String) -> Bool {
        if withoutAcronymPlurals(first) == withoutAcronymPlurals(second) { return true }
        let (a, b) = (first.lowercased().filter { $0 != "-" }, second.lowercased().filter { $0 != "-" })
        return a == b && (first == first.lowercased()) != (second == second.lowercased())
    }

    /// `word` with the "s" of a plural acronym dropped (`CDs` → `CD`).
    private static func withoutAcronymPlurals(_ word: String) -> String {
        var result = "", capitals = 0
        for (index, character) in zip(word.indices, word) {
            let next = word.index(after: index)
            let endsPart = next == word.endIndex || !(word[next].isLetter || word[next].isNumber)
            if character == "s", capitals >= 2, endsPart {
                capitals = 0
                continue
            }
            capitals = character.isUppercase ? capitals + 1 : 0
            result.append(character)
        }
        return result
    }

    /// Whether two lower-case words are one word in British and American
    /// spelling (neighbour / neighbor, initialise / initialize, centre /
    /// center, travelled / traveled, catalogue / catalog): both are right.
    static func sameWordInAnotherSpelling(_ first: String, _ second: String) -> Bool {
        func american(_ word: String) -> String {
            var word = word
            for (british, american) in [("our", "or"), ("ise", "ize"), ("isa", "iza"), ("isi", "izi"), ("yse", "yze"),
                                        ("tre", "ter"), ("lled", "led"), ("lling", "ling"), ("ogue", "og")] {
                word = word.replacingOccurrences(of: british, with: american)
            }
            return word
        }
        return first != second && american(first) == american(second)
    }

    /// Runs of Latin letters, digits and `_ . - / +` holding a letter, with
    /// sentence punctuation trimmed from their ends, and underscores (the
    /// marks of Markdown emphasis a particle left unclosed: `_chart archive_라고`,
    /// `tag-mismatch`'s finding).
    static func words(in text: String) -> [String] {
        var result: [String] = []
        forEachWord(in: text) { result.append(String(decoding: $0, as: UTF8.self)) }
        return result
    }

    /// Calls `body` with the bytes of each of `words(in: text)`, in order.
    private static func forEachWord(in text: String, _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
        // Every scalar of a run is ASCII, so the run is read as bytes in place:
        // a String (or an array) per run was most of this check's time on a large memory.
        // Byte by byte: every byte of a non-ASCII scalar is 0x80 or above, so it
        // ends the run as that scalar would.
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                // Most bytes of a sentence end an empty run (spaces, Hangul): nothing to do.
                guard isWordByte(bytes[index]) else {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
                // Sentence punctuation trimmed, the end first.
                var lower = index, upper = end
                while upper > lower, isTrailingTrim(bytes[upper - 1]) { upper -= 1 }
                while lower < upper, isLeadingTrim(bytes[lower]) { lower += 1 }
                let word = bytes[lower..<upper]
                if word.contains(where: { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }),
                   !containsURLScheme(word) {
                    body(word)
                }
                index = end
            }
        }
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

    // Switches, not Sets: asked for every word's ends, where hashing a byte cost more than the test.
    /// One of `. - / + :`, trimmed from a word's end.
    private static func isTrailingTrim(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "+"), UInt8(ascii: ":"),
             UInt8(ascii: "_"): return true
        default: return false
        }
    }

    /// One of `. - / +`, trimmed from a word's start.
    private static func isLeadingTrim(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "+"), UInt8(ascii: "_"): return true
        default: return false
        }
    }

    /// True when `word` holds "://" (a URL, not a name).
    private static func containsURLScheme(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
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
