import DariMemory
import DariModel
import DariText

/// `korean-spelling`: a Korean word the site writes one way nearly
/// everywhere is written with one letter (jamo) different here, where the
/// English has the word that the usual spelling translates: 데미안 for
/// 데비안 where the English says "Debian", 플라스텩 for 플라스틱.
///
/// A name or term is spelt two ways (the mission's "a name is spelled two
/// ways"), or a typo left a syllable no editor meant. The English side is
/// the evidence that the two spellings are one word: the usual spelling
/// must come with one English word in at least half of its blocks, and
/// the odd one must come with that word too. Verb forms that differ by one
/// letter (갑니다, 합니다) never share their English so, and words of one or
/// two syllables are left out: too many of them are a letter apart.
public struct KoreanSpelling: Check {
    public static let id = "korean-spelling"
    public static let defaultSeverity = Severity.warning
    public static let summary = "A Korean word is spelt differently from how the site writes it everywhere else."
    public static let example = "ko/software.html:41: warning: [korean-spelling] '데미안' is written '데비안' in 120 "
        + "other blocks where the English has 'Debian', as it does here; use one spelling"
    public static let details = """
        Korean words of three or more syllables (particles after them aside) are compared across the site. A word \
        found in at most two blocks is reported when another word, one jamo apart, is in at least five blocks and \
        five times as many, comes with one English word in at least half of them, and that English word is in the \
        odd word's block too. Blocks that have both spellings are left alone.
        """

    public init() {}

    /// How often the usual spelling must be found, in blocks, and how much
    /// more often than the odd one.
    static let usualMinimum = 5
    static let usualRatio = 5
    /// The odd spelling is found in at most this many blocks.
    static let oddMaximum = 2
    static let minimumSyllables = 3

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        guard let koreanSide = input.side(of: .korean) else { return }
        let records = input.segments
        // Blocks: the records of one unit. Sentences are not always paired
        // one to one, so the English word may sit in the neighbouring segment.
        let blocks = SegmentRecord.blocks(of: records)
        func korean(_ record: SegmentRecord) -> String? {
            koreanSide == .source ? (record.hasSource ? record.source : nil) : record.translatedTarget
        }
        func english(_ record: SegmentRecord) -> String? {
            koreanSide == .source ? record.translatedTarget : (record.hasSource ? record.source : nil)
        }
        // Pass 1: in how many paired blocks each stem is. Stems and English
        // words are numbered as first met, so each is hashed once per occurrence
        // and counted in arrays (`lastBlock`: the block that last counted it).
        var stemNumbers = Numbering(), wordNumbers = Numbering()
        var packedID = PackedNumbers<PackedStem>(), wordID = PackedNumbers<PackedWord>()
        var stemsOfBlock: [[Int]] = Array(repeating: [], count: blocks.count)
        var englishOfBlock: [[Int]] = Array(repeating: [], count: blocks.count)
        for (index, block) in blocks.enumerated() {
            guard block.contains(where: { english(records[$0]) != nil && korean(records[$0]) != nil }) else { continue }
            var stems: [Int] = [], words: [Int] = []
            for position in block {
                if let text = korean(records[position]) {
                    Self.forEachStem(in: text) { run in
                        // Up to eight syllables are keyed by number, not hashed as a String.
                        let code = Self.code(of: run)
                        let id: Int
                        if let code, let known = packedID.number(of: code) {
                            id = known
                        } else {
                            var stem = String.UnicodeScalarView()
                            stem.append(contentsOf: run)
                            id = stemNumbers.number(String(stem), shown: nil)
                            if let code { packedID.set(code, id) }
                        }
                        if stemNumbers.countOnce(id, inBlock: index) { stems.append(id) }
                    }
                }
                if let text = english(records[position]) {
                    Self.forEachEnglishWord(in: text) { letters in
                        // Keys of up to 16 letters are looked up by number, not hashed as a String.
                        let code = Self.keyCode(of: letters)
                        let id: Int
                        if let code, let known = wordID.number(of: code) {
                            id = known
                        } else {
                            let word = String(decoding: letters, as: UTF8.self)
                            id = wordNumbers.number(Self.englishKey(word), shown: word)
                            if let code { wordID.set(code, id) }
                        }
                        if wordNumbers.countOnce(id, inBlock: index) { words.append(id) }
                    }
                }
            }
            stemsOfBlock[index] = stems
            englishOfBlock[index] = words
        }
        // The odd spellings and their usual neighbours, one jamo apart.
        var byKey: [String: [Int]] = [:]
        for (stem, found) in stemNumbers.counts.enumerated() where found >= Self.usualMinimum {
            for key in Self.neighbourKeys(stemNumbers.names[stem]) { byKey[key, default: []].append(stem) }
        }
        var usualOf: [Int: [Int]] = [:]
        for (stem, found) in stemNumbers.counts.enumerated() where found <= Self.oddMaximum {
            let usual = Set(Self.neighbourKeys(stemNumbers.names[stem]).flatMap { byKey[$0] ?? [] })
                .filter { $0 != stem && stemNumbers.counts[$0] >= Self.usualRatio * found
                    && !Self.differInAnEnding(stemNumbers.names[stem], stemNumbers.names[$0]) }
            if !usual.isEmpty { usualOf[stem] = usual.sorted { stemNumbers.names[$0] < stemNumbers.names[$1] } }
        }
        guard !usualOf.isEmpty else { return }
        var wanted = [Bool](repeating: false, count: stemNumbers.names.count)
        for (odd, usuals) in usualOf {
            wanted[odd] = true
            for usual in usuals { wanted[usual] = true }
        }
        // Pass 2: the English words of the blocks that have those stems.
        var englishWith: [Int: [Int: Int]] = [:]
        var oddBlocks: [Int: [Int]] = [:]
        for index in blocks.indices {
            let here = stemsOfBlock[index].filter { wanted[$0] }
            guard !here.isEmpty else { continue }
            for stem in here {
                for word in englishOfBlock[index] { englishWith[stem, default: [:]][word, default: 0] += 1 }
                if usualOf[stem] != nil { oddBlocks[stem, default: []].append(index) }
            }
        }
        let wordKeys = wordNumbers.names
        for (odd, usuals) in usualOf.sorted(by: { stemNumbers.names[$0.key] < stemNumbers.names[$1.key] }) {
            let oddName = stemNumbers.names[odd]
            for blockIndex in oddBlocks[odd] ?? [] {
                let stemsHere = Set(stemsOfBlock[blockIndex])
                let block = blocks[blockIndex]
                let blockEnglish = Set(englishOfBlock[blockIndex])
                // The usual spelling and the English word of this block that translate each
                // other: each is in at least half of the other's blocks ("데비안" and "Debian"),
                // not a word the whole site has ("Debian" beside 있으면).
                let match = usuals.lazy.compactMap { usual -> (Int, Int)? in
                    guard !stemsHere.contains(usual) else { return nil }
                    let total = stemNumbers.counts[usual]
                    let word = (englishWith[usual] ?? [:])
                        .filter { blockEnglish.contains($0.key) && 2 * $0.value >= total
                            && 2 * $0.value >= wordNumbers.counts[$0.key] }
                        .max { $0.value < $1.value || ($0.value == $1.value && wordKeys[$0.key] > wordKeys[$1.key]) }?
                        .key
                    return word.map { (usual, $0) }
                }.first
                guard let (usual, word) = match,
                      let position = block.first(where: { korean(records[$0])?.contains(oddName) == true })
                else { continue }
                findings.report(records[position], in: input, side: koreanSide,
                                message: "'\(oddName)' is written '\(stemNumbers.names[usual])' in \(stemNumbers.counts[usual]) other blocks "
                                    + "where the English has '\(wordNumbers.shown[word])', as it does here; use one spelling",
                                at: oddName)
            }
        }
    }

    /// The stems of the Korean words of `text`: each run of Hangul syllables
    /// without the particles after it (`KoreanParticles`; the shortest such
    /// stem, so 데비안은 and 데비안 give 데비안 alike), when it has three or
    /// more syllables.
    static func stems(in text: String) -> [String] {
        var result: [String] = []
        forEachStem(in: text) { stem in
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: stem)
            result.append(String(scalars))
        }
        return result
    }

    /// `stems(in:)`, each given to `body` as its syllables.
    static func forEachStem(in text: String, _ body: (ArraySlice<Unicode.Scalar>) -> Void) {
        var run: [Unicode.Scalar] = []
        // ending[i]: run[i...] is empty or splits into particle pieces (`KoreanParticles.isEnding`).
        var ending: [Bool] = []
        // Statics read once, not checked for their lazy initialisation (`swift_once`) at every syllable.
        let piecesByFirst = Self.piecesByFirst
        func flush() {
            defer { run.removeAll(keepingCapacity: true) }
            guard run.count >= minimumSyllables else { return }
            // From the end, as `isEnding` splits from the start: the same splits.
            ending.removeAll(keepingCapacity: true)
            ending.append(contentsOf: repeatElement(false, count: run.count + 1))
            ending[run.count] = true
            for start in stride(from: run.count - 1, through: 1, by: -1) {
                for piece in piecesByFirst[Int(run[start].value) - 0xAC00] where start + piece.count <= run.count {
                    if ending[start + piece.count], run[start..<(start + piece.count)].elementsEqual(piece) {
                        ending[start] = true
                        break
                    }
                }
            }
            for length in 1...run.count where ending[length] {
                // 방법으로 is 방법 and a particle: too short, not 방법으 and 로.
                guard length >= minimumSyllables else { return }
                body(run[..<length])
                return
            }
        }
        // Read as UTF-8: a syllable is three bytes led by 0xEA–0xED, and any
        // other scalar ends a run. A loop over the bytes, not a closure given
        // to `withUTF8`: `run` captured by that closure had its every access
        // checked at run time (a fifth of this check's samples).
        var value: UInt32 = 0, continuations = 0
        for byte in text.utf8 {
            if continuations > 0 {
                value = value << 6 | UInt32(byte & 0x3F)
                continuations -= 1
                guard continuations == 0 else { continue }
                if value >= 0xAC00, value <= 0xD7A3, let scalar = Unicode.Scalar(value) {
                    run.append(scalar)
                } else if !run.isEmpty {
                    flush()
                }
            } else if byte >= 0xEA, byte <= 0xED {
                value = UInt32(byte & 0x0F)
                continuations = 2
            } else if !run.isEmpty {
                flush()
            }
        }
        flush()
    }

    /// A stem of up to eight syllables as two numbers: each syllable's offset
    /// from 가 plus one in 14 bits, four to a number. Stems are precomposed
    /// syllables only, so equal numbers are equal Strings and the reverse.
    struct PackedStem: PackedKey {
        var low: UInt64, high: UInt64
    }

    static func code(of stem: ArraySlice<Unicode.Scalar>) -> PackedStem? {
        guard stem.count <= 8 else { return nil }
        var packed = PackedStem(low: 0, high: 0)
        for (offset, scalar) in stem.enumerated() {
            let value = UInt64(scalar.value - 0xAC00 + 1)
            if offset < 4 { packed.low |= value << (14 * UInt64(offset)) } else {
                packed.high |= value << (14 * UInt64(offset - 4))
            }
        }
        return packed
    }

    /// `KoreanParticles.pieces` by their first syllable (offset from 가).
    private static let piecesByFirst: [[[Unicode.Scalar]]] = {
        var table = [[[Unicode.Scalar]]](repeating: [], count: 0xD7A4 - 0xAC00)
        for piece in KoreanParticles.pieces {
            let scalars = Array(piece.unicodeScalars)
            guard let first = scalars.first, (0xAC00...0xD7A3).contains(first.value) else { continue }
            table[Int(first.value) - 0xAC00].append(scalars)
        }
        return table
    }()

    /// Keys that two stems share when they differ in one jamo of one
    /// syllable: for each syllable and each of its three letters, the stem
    /// with that letter left out.
    static func neighbourKeys(_ stem: String) -> [String] {
        let scalars = Array(stem.unicodeScalars)
        var keys: [String] = []
        keys.reserveCapacity(scalars.count * 3)
        for (index, scalar) in scalars.enumerated() {
            let value = Int(scalar.value) - 0xAC00
            let jamo = [value / 588, (value % 588) / 28, value % 28]
            for slot in 0..<3 {
                var key = String(String.UnicodeScalarView(scalars[..<index]))
                key += "|\(slot)|"
                key += (0..<3).filter { $0 != slot }.map { String(jamo[$0]) }.joined(separator: ",")
                key += "|" + String(String.UnicodeScalarView(scalars[(index + 1)...]))
                keys.append(key)
            }
        }
        return keys
    }

    /// Names (stems, English words) numbered as first met, with the number
    /// of blocks each is in: each name is hashed once per occurrence and
    /// counted in arrays (`lastBlock`: the block that last counted it).
    struct Numbering {
        var names: [String] = []
        /// How each name is shown in a message (the first spelling met), when it differs.
        var shown: [String] = []
        var counts: [Int] = []
        private var ids: [String: Int] = [:]
        private var lastBlock: [Int] = []

        /// The number of `name`, given one if it is new.
        mutating func number(_ name: String, shown display: String?) -> Int {
            if let known = ids[name] { return known }
            let id = names.count
            ids[name] = id
            names.append(name)
            shown.append(display ?? name)
            counts.append(0)
            lastBlock.append(-1)
            return id
        }

        /// Counts `id` in `block` unless it was counted there already; true when it counted.
        mutating func countOnce(_ id: Int, inBlock block: Int) -> Bool {
            guard lastBlock[id] != block else { return false }
            lastBlock[id] = block
            counts[id] += 1
            return true
        }
    }

    /// An English word as counted: lower case, a plural's s dropped
    /// (maintainers and maintainer are one word here).
    static func englishKey(_ word: String) -> String {
        let lower = word.lowercased()
        return lower.count > 3 && lower.hasSuffix("s") && !lower.hasSuffix("ss") ? String(lower.dropLast()) : lower
    }

    /// `englishKey` of a word of ASCII letters, up to 16 bytes, as two
    /// numbers of its lower-cased bytes (eight to a number; letters are never
    /// zero bytes, so keys of different lengths differ too); nil when longer.
    static func keyCode(of letters: UnsafeBufferPointer<UInt8>) -> PackedWord? {
        var count = letters.count
        // englishKey's plural: more than three letters, ending in s but not ss.
        if count > 3, letters[count - 1] | 0x20 == UInt8(ascii: "s"), letters[count - 2] | 0x20 != UInt8(ascii: "s") {
            count -= 1
        }
        guard count <= 16 else { return nil }
        var packed = PackedWord(low: 0, high: 0)
        for offset in 0..<count {
            let byte = UInt64(letters[offset] | 0x20)
            if offset < 8 { packed.low = packed.low << 8 | byte } else { packed.high = packed.high << 8 | byte }
        }
        return packed
    }

    /// An English word's key as `keyCode(of:)` gives it.
    struct PackedWord: PackedKey {
        var low: UInt64, high: UInt64
    }

    /// True when `odd` and `usual` differ in their last syllable and either of
    /// those is a verb's or adjective's ending syllable (설정할 and 설정하,
    /// 빠르고 and 빠르게), or the odd one adds to the usual one's last syllable
    /// a final consonant that an ending adds (기다린 for 기다리: ㄴ, ㄹ, ㅁ,
    /// ㅂ, ㅆ), or the two differ in the past tense's ㅆ (잘못되어 and
    /// 잘못되었): two forms of one verb, not two spellings. A final dropped
    /// from a word or one no ending adds is a typo still (클레이트 for
    /// 클레이튼, 컨테이넝 for 컨테이너).
    static func differInAnEnding(_ odd: String, _ usual: String) -> Bool {
        guard let a = odd.unicodeScalars.last, let b = usual.unicodeScalars.last, a != b else { return false }
        if endingSyllables.contains(a) || endingSyllables.contains(b) { return true }
        guard odd.unicodeScalars.count == usual.unicodeScalars.count,
              Script.isHangulSyllable(a), Script.isHangulSyllable(b) else { return false }
        let (x, y) = (a.value - 0xAC00, b.value - 0xAC00)
        guard x / 28 == y / 28 else { return false }
        let (oddFinal, usualFinal) = (x % 28, y % 28)
        return usualFinal == 0 && endingFinals.contains(oddFinal) || Set([oddFinal, usualFinal]) == [0, pastFinal]
    }

    /// Final consonants an ending adds: ㄴ (adnominal), ㄹ (future adnominal),
    /// ㅁ (noun form), ㅂ (ㅂ니다), ㅆ (past).
    private static let endingFinals: Set<UInt32> = [4, 8, 16, 17, pastFinal]
    private static let pastFinal: UInt32 = 20

    private static let endingSyllables: Set<Unicode.Scalar> = Set(
        ("하한할함합해했되된될됨됩돼고기게지며면서니다요는은을를이가의에으로와과도만인일임해져진질짐운울움우워" as String)
            .unicodeScalars)

    /// The English words of `text` that can say which word a Korean one
    /// translates: Latin words of three or more letters that are not
    /// function words.
    static func englishWords(in text: String) -> [String] {
        var words: [String] = []
        forEachEnglishWord(in: text) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    /// `englishWords(in:)`, each given to `body` as its bytes, without a String.
    ///
    /// A word is a run of ASCII letters, each its own Character: read as
    /// bytes, except that a non-ASCII scalar can join the letter beside it
    /// into one Character that is no ASCII letter (a combining accent
    /// after it, a prepended mark before it), which then ends the word.
    static func forEachEnglishWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        // Read once, not checked for its lazy initialisation (`swift_once`) at every word.
        let functionWordCodes = Self.functionWordCodes
        var text = text
        text.withUTF8 { bytes in
            let count = bytes.count
            var index = 0
            while index < count {
                guard isASCIILetter(bytes[index]) else {
                    index += 1
                    continue
                }
                var start = index, end = index + 1
                while end < count, isASCIILetter(bytes[end]) { end += 1 }
                index = end
                if end < count, bytes[end] >= 0x80, joinsLetter(scalar(startingAt: end, in: bytes), after: true) {
                    end -= 1
                }
                if start > 0, bytes[start - 1] >= 0x80, joinsLetter(scalar(endingAt: start, in: bytes), after: false) {
                    start += 1
                }
                guard end - start >= 3 else { continue }
                let letters = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if letters.count <= 8 {
                    // Short words, the only ones that can be function words, tested without a String.
                    if functionWordCodes.contains(code(ofLowercased: letters)) { continue }
                } else if functionWords.contains(String(decoding: letters, as: UTF8.self).lowercased()) {
                    continue
                }
                body(letters)
            }
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")
    }

    /// The scalar whose UTF-8 starts at `offset` (a lead byte: the byte before is ASCII).
    private static func scalar(startingAt offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var iterator = bytes[offset...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return "\u{FFFD}"
    }

    /// The scalar whose UTF-8 ends just before `offset`.
    private static func scalar(endingAt offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var start = offset - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(startingAt: start, in: bytes)
    }

    /// Whether `scalar` joins an ASCII letter before it (`after`) or after
    /// it into one Character, by Swift's own grapheme breaking. The ranges
    /// English text has most (Latin-1 and the Latin extensions below the
    /// combining marks, general punctuation, CJK punctuation and ideographs,
    /// Hangul syllables, full-width forms) join nothing, as a loop over
    /// them with this same test confirmed, so they skip the String.
    private static func joinsLetter(_ scalar: Unicode.Scalar, after: Bool) -> Bool {
        switch scalar.value {
        case 0x80...0x2FF, 0x2010...0x205F, 0x3000...0x3029, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF5E:
            return false
        default:
            var pair = String.UnicodeScalarView()
            if after {
                pair.append("a")
                pair.append(scalar)
            } else {
                pair.append(scalar)
                pair.append("a")
            }
            return String(pair).count == 1
        }
    }

    /// Up to eight ASCII letters, lower-cased, as one number (letters are
    /// never zero bytes, so words of different lengths differ too).
    private static func code<C: Collection<UInt8>>(ofLowercased letters: C) -> UInt64 {
        letters.reduce(0) { $0 << 8 | UInt64($1 | 0x20) }
    }

    /// `functionWords` of up to eight letters (all of them) as `code(ofLowercased:)`.
    /// A `CodeSet`, not a `Set`: no SipHash for every short English word.
    private static let functionWordCodes = CodeSet(functionWords.filter { $0.utf8.count <= 8 }.map { code(ofLowercased: $0.utf8) })

    private static let functionWords = EnglishFunctionWords.long
}
