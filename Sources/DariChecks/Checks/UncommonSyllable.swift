import DariMemory
import DariModel
import DariText

/// `uncommon-syllable`: a Korean word with a syllable that everyday Korean
/// does not use (플라스텩 for 플라스틱, 바깥쬭 for 바깥쪽, 뺴기 for 빼기).
///
/// KS X 1001 lists the 2,350 syllables everyday Korean is written with; an
/// input method composes any of the 11,172, so a finger that slips between
/// two jamo keys leaves one of the others. Measured on the Korean pages of
/// seven real sites (Debian FAQ, GIMP, LibreOffice, four Markdown sites):
/// four words with such a syllable, all four typos. A word the site writes
/// so in several different sentences is its own spelling (a name, a brand,
/// a word borrowed for its sound), not a slip.
public struct UncommonSyllable: Check {
    public static let id = "uncommon-syllable"
    public static let defaultSeverity = Severity.warning
    public static let summary = "A Korean word has a syllable everyday Korean does not use (플라스텩), most often a typo."
    public static let example = "ko/ftparchives.html:78: warning: [uncommon-syllable] '플라스텩' has '텩', which is not "
        + "one of the 2,350 syllables of everyday Korean (KS X 1001); check its spelling"
    public static let details = """
        A syllable outside the 2,350 of KS X 1001 (the EUC-KR set) is reported with its word, once per word and \
        segment, on whichever side is Korean. A word the site has in \(siteSpellingMinimum) or more different \
        sentences is taken as its spelling (a name, a brand) and left alone.
        """

    /// In how many different sentences a word is the site's own spelling.
    static let siteSpellingMinimum = 3

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        guard let side = input.side(of: .korean) else { return }
        var found: [(record: SegmentRecord, words: [UncommonWord])] = []
        // Per stem (the word without its particles: 똠얌꿍 of 똠얌꿍을), the sentences that have it.
        var sentences: [String: Set<String>] = [:]
        // By index, the record bound only past the first test: a record bound
        // first was copied (its strings retained and released) for every segment.
        let records = input.segments
        for index in records.indices {
            guard let text = side == .source ? (records[index].hasSource ? records[index].source : nil)
                    : records[index].translatedTarget
            else { continue }
            let words = Self.uncommonWords(in: text)
            guard !words.isEmpty else { continue }
            found.append((records[index], words))
            for word in words { sentences[word.stem, default: []].insert(text) }
        }
        for (record, words) in found {
            for word in words where sentences[word.stem, default: []].count < Self.siteSpellingMinimum {
                findings.report(record, in: input, side: side,
                                message: "'\(word.text)' has '\(word.syllable)', which is not one of the 2,350 "
                                    + "syllables of everyday Korean (KS X 1001); check its spelling",
                                onlyItsSide: true, at: word.text)
            }
        }
    }

    /// A word (a run of Hangul syllables) with an uncommon syllable.
    struct UncommonWord: Equatable {
        let text: String
        /// The word up to the particles after the uncommon syllable (똠얌꿍 of 똠얌꿍을).
        let stem: String
        /// The word's first uncommon syllable.
        let syllable: Unicode.Scalar
    }

    /// The words of `text` that have an uncommon syllable, each once.
    static func uncommonWords(in text: String) -> [UncommonWord] {
        guard hasUncommonSyllable(text) else { return [] }
        var words: [UncommonWord] = []
        var run: [Unicode.Scalar] = [], uncommon: Int?
        func close() {
            if let position = uncommon {
                let cut = (position + 1...run.count).first { KoreanParticles.isEnding(run[$0...]) } ?? run.count
                let word = UncommonWord(text: String(String.UnicodeScalarView(run)),
                                        stem: String(String.UnicodeScalarView(run[..<cut])), syllable: run[position])
                if !words.contains(word) { words.append(word) }
            }
            run.removeAll(keepingCapacity: true)
            uncommon = nil
        }
        for scalar in text.unicodeScalars {
            guard Script.isHangulSyllable(scalar) else {
                close()
                continue
            }
            if uncommon == nil, !Script.isCommonHangulSyllable(codePoint: scalar.value) { uncommon = run.count }
            run.append(scalar)
        }
        close()
        return words
    }

    /// Whether `text` has a Hangul syllable outside KS X 1001, read from its
    /// UTF-8 bytes: nearly every sentence has none, and is passed over
    /// without making a scalar or a String.
    static func hasUncommonSyllable(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index + 2 < bytes.count {
                let lead = bytes[index]
                // Hangul syllables are U+AC00...U+D7A3: three bytes led by 0xEA...0xED.
                guard lead >= 0xEA, lead <= 0xED else {
                    index += 1
                    continue
                }
                let codePoint = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                    | UInt32(bytes[index + 2] & 0x3F)
                if Script.isHangulSyllable(codePoint: codePoint), !Script.isCommonHangulSyllable(codePoint: codePoint) {
                    return true
                }
                index += 3
            }
            return false
        }
    }
}
