import DariMemory
import DariModel
import DariText

/// `repeated-syllable`: a syllable typed twice in the formal ending of a
/// Korean verb (들어갑니니다, 있습니다다, 있습습니다, 합니까까).
///
/// A doubled syllable at the end of a word is usually right in Korean (a
/// stem and an ending or a particle that happen to agree: 깨지지, 허가가,
/// 경로로만), so only the doubling inside the formal ending ㅂ니다 / 습니다 /
/// ㅂ니까, which is never right, is reported. Measured on the Debian FAQ and
/// GIMP Korean pages: every hit a real typo.
public struct RepeatedSyllable: Check {
    public static let id = "repeated-syllable"
    public static let defaultSeverity = Severity.warning
    public static let summary = "A syllable is typed twice in a Korean verb ending (들어갑니니다)."
    public static let example = "ko/install.html:40: warning: [repeated-syllable] '들어갑니니다' repeats a syllable "
        + "of its ending; write '들어갑니다'"
    public static let details = """
        Only the formal endings, where a doubled syllable is never right: 니니다, 니다다, 습습니다, 니니까, \
        니까까. Elsewhere a doubled syllable is usually a stem and an ending that agree (깨지지, 허가가). \
        Korean text on either side, once per segment.
        """

    /// The doubled tails and what they should read.
    static let tails: [(typo: String, fixed: String)] = [
        ("니니다", "니다"), ("니다다", "니다"), ("습습니다", "습니다"), ("니니까", "니까"), ("니까까", "니까"),
    ]

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        guard let side = input.side(of: .korean) else { return }
        // By index, the record bound only past the first test: a record bound
        // first was copied (its strings retained and released) for every segment.
        let records = input.segments
        for index in records.indices {
            guard let text = side == .source ? (records[index].hasSource ? records[index].source : nil)
                    : records[index].translatedTarget,
                  Self.containsNi(text), let (word, fixed) = Self.firstTypo(in: text) else { continue }
            let record = records[index]
            findings.report(record, in: input, side: side,
                            message: "'\(word)' repeats a syllable of its ending; write '\(fixed)'", onlyItsSide: true)
        }
    }

    /// True when `text` has the syllable 니 (U+B2C8), which every doubled
    /// tail holds. A byte search: `String.contains` goes through Foundation's
    /// Character-wise search, which was nearly all of this check's time on a
    /// large memory. The same answer, as `firstTypo` reads precomposed
    /// syllables only, and the UTF-8 of one scalar cannot start inside another's.
    static func containsNi(_ text: String) -> Bool {
        // Read once: a static read in the loop checked its lazy initialisation
        // at every byte (`swift_once`, a third of this check's time).
        let niBytes = Self.niBytes
        var matched = 0
        for byte in text.utf8 {
            if byte == niBytes[matched] {
                matched += 1
                if matched == niBytes.count { return true }
            } else {
                matched = byte == niBytes[0] ? 1 : 0
            }
        }
        return false
    }

    private static let niBytes: [UInt8] = Array("니".utf8)

    /// The first word (a run of Hangul) that ends in a doubled formal
    /// ending, and the word as it should read.
    static func firstTypo(in text: String) -> (word: String, fixed: String)? {
        // The word's syllables are collected as scalars, and made a String
        // only when it ends as a tail does (다 or 까): a String per word was
        // most of this check's time on a large memory.
        var syllables: [Unicode.Scalar] = []
        func check() -> (String, String)? {
            guard let last = syllables.last, last == "다" || last == "까" else { return nil }
            let word = String(String.UnicodeScalarView(syllables))
            for (typo, fixed) in tails where word.hasSuffix(typo) {
                return (word, String(word.dropLast(typo.count)) + fixed)
            }
            return nil
        }
        for scalar in text.unicodeScalars {
            if Script.isHangulSyllable(scalar) {
                syllables.append(scalar)
                continue
            }
            if let found = check() { return found }
            syllables.removeAll(keepingCapacity: true)
        }
        return check()
    }
}
