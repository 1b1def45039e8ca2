import DariGlossary
import DariMemory
import DariModel
import DariText

/// `unbalanced-brackets`: the target opens a bracket or quotation it does
/// not close (or the reverse) while the source is balanced. Sentences split
/// inside a quotation are unbalanced on both sides and are not reported.
public struct UnbalancedBrackets: Check {
    public static let id = "unbalanced-brackets"
    public static let defaultSeverity = Severity.warning
    public static let summary = "The target has an unclosed bracket or quotation mark that the source does not."
    public static let example = "en/about.html:18: warning: [unbalanced-brackets] the English has 1 '(' but 0 ')'; "
        + "close the bracket"
    public static let details = """
        Reported only while the source is balanced: sentences split inside a quotation are unbalanced on \
        both sides and are not reported. A label's closing bracket opens nothing (`1)`, `가)`, `a)`, `예)`, and a \
        Korean word of up to four syllables that opens the text, `참고) …`), nor does a smiley's; a square \
        bracket of a Markdown link the translation broke is part of `tag-mismatch`'s finding there.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        // By index, the record bound only past the first test: a record bound
        // first was copied (its strings retained and released) for every segment.
        let records = input.segments
        for index in records.indices {
            guard let target = records[index].translatedTarget, records[index].hasSource,
                  let problem = Self.imbalance(target) else { continue }
            let record = records[index]
            guard Self.imbalance(record.source) == nil else { continue }
            findings.report(record, in: input, side: .target, message: Self.message(problem, input.memory.targetLanguage))
        }
    }

    private static let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [
        ("(", ")"), ("[", "]"), ("{", "}"), ("“", "”"), ("「", "」"), ("『", "』"), ("《", "》"), ("（", "）"),
    ]
    /// Where “ ” are in `pairs`.
    private static let curlyQuotes = 3

    /// The first unbalanced pair: (opening, closing, opened count, closed count),
    /// or a straight double quote used an odd number of times. One pass over
    /// the scalars.
    static func imbalance(_ text: String) -> (String, String, Int, Int)? {
        // Most texts have no bracket or quotation mark at all: decided on the bytes first.
        guard Self.mayHaveBracket(text) else { return nil }
        var counts = [Int](repeating: 0, count: pairs.count * 2)
        var straight = 0
        var any = false
        let scalars = Script.scalars(of: text)
        for (position, scalar) in scalars.enumerated() {
            // A label's `)` while no `(` is open ("(자세한 내용은 참고)" closes its bracket).
            if scalar == ")", counts[0] <= counts[1], Self.closesALabel(scalars, at: position) { continue }
            // A smiley (`:)`, `;-)`, `:(`) is no bracket.
            if scalar == ")" || scalar == "(", Self.endsASmiley(scalars, at: position) { continue }
            if scalar == "\"" {
                straight += 1
                continue
            }
            // Brackets are ( ) [ ] { } or in the CJK/general punctuation blocks: an
            // ASCII letter or space (most scalars) is passed over without trying every pair.
            guard scalar.value < 0x80 ? Self.isASCIIBracket(scalar) : (0x2000...0x206F).contains(scalar.value)
                || (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFF0F).contains(scalar.value)
            else { continue }
            for (index, pair) in pairs.enumerated() {
                if scalar == pair.0 {
                    counts[2 * index] += 1
                    any = true
                } else if scalar == pair.1 {
                    counts[2 * index + 1] += 1
                    any = true
                }
            }
        }
        // A straight quote left over from pairing the straight ones stands
        // for a curly one the other way round: `["Title”](…)` renders as
        // “Title” where Markdown is typeset with smart quotes (kramdown,
        // Goldmark's typographer). Straight quotes that pair among themselves
        // (`"월요일"을 … ”채우기 핸들”`) stand for nothing else.
        let curly = Self.curlyQuotes
        let missing = abs(counts[2 * curly] - counts[2 * curly + 1])
        if straight % 2 == 1, missing <= straight, missing % 2 == 1 {
            counts[2 * curly] = counts[2 * curly + 1]
            straight -= missing
        }
        if any {
            for (index, pair) in pairs.enumerated() where counts[2 * index] != counts[2 * index + 1] {
                return (String(pair.0), String(pair.1), counts[2 * index], counts[2 * index + 1])
            }
        }
        if straight % 2 == 1 { return ("\"", "\"", straight, 0) }
        return nil
    }

    /// The ASCII scalars of `pairs`.
    private static func isASCIIBracket(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", ")", "[", "]", "{", "}": return true
        default: return false
        }
    }

    /// False when `text` has no scalar of `pairs` and no straight double
    /// quote, decided on its UTF-8: the non-ASCII ones are “ ” (E2 80 9C/9D),
    /// 《》「」『』 (E3 80 8A–8F) and （） (EF BC 88/89). Whole sequences, not
    /// lead bytes alone: E2 also leads ’ and …, which most English text has.
    private static func mayHaveBracket(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
                     UInt8(ascii: "}"), UInt8(ascii: "\""):
                    return true
                // A lead byte of a three-byte scalar: valid UTF-8 has its two continuation bytes.
                case 0xE2 where bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D),
                     0xE3 where bytes[index + 1] == 0x80 && (0x8A...0x8F).contains(bytes[index + 2]),
                     0xEF where bytes[index + 1] == 0xBC && (bytes[index + 2] == 0x88 || bytes[index + 2] == 0x89):
                    return true
                default:
                    index += 1
                }
            }
            return false
        }
    }

    /// Whether the bracket at `position` ends a smiley: `:` or `;`, maybe a
    /// `-`, right before it, and a space or the text's end or sentence
    /// punctuation right after it.
    static func endsASmiley(_ scalars: [Unicode.Scalar], at position: Int) -> Bool {
        var before = position - 1
        if before >= 0, scalars[before] == "-" { before -= 1 }
        guard before >= 0, scalars[before] == ":" || scalars[before] == ";" else { return false }
        let after = position + 1
        return after == scalars.count || scalars[after].properties.isWhitespace || ".!?,".unicodeScalars.contains(scalars[after])
    }

    /// Whether the `)` at `position` ends a label that opens nothing:
    /// Korean writes "예) …" for "e.g.", and numbers items "1)", "가)", "a)".
    /// The label is one or two digits, or one Hangul syllable or Latin
    /// letter, at the start of the text or after a space ("참고)" is a word
    /// there); a note opens with a Korean word as its label ("참고) caver-js는
    /// …", "주의) …"): up to four syllables that begin the text.
    static func closesALabel(_ scalars: [Unicode.Scalar], at position: Int) -> Bool {
        func isSyllable(_ scalar: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(scalar.value) }
        if (2...4).contains(position), scalars[..<position].allSatisfy(isSyllable),
           position + 1 == scalars.count || scalars[position + 1].properties.isWhitespace {
            return true
        }
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
        func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            (0xAC00...0xD7A3).contains(scalar.value) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        }
        func startsWord(_ index: Int) -> Bool { index == 0 || scalars[index - 1].properties.isWhitespace }
        guard position >= 1 else { return false }
        let last = scalars[position - 1]
        if isLetter(last) { return startsWord(position - 1) }
        guard isDigit(last) else { return false }
        if startsWord(position - 1) { return true }
        return position >= 2 && isDigit(scalars[position - 2]) && startsWord(position - 2)
    }

    /// Whether `message`, one of this check's, is about square brackets: a
    /// Markdown link's text, when the link itself is broken.
    static func isAboutSquareBrackets(_ message: String) -> Bool {
        message.contains(" '[' but ")
    }

    fileprivate static func message(_ problem: (String, String, Int, Int), _ language: Language) -> String {
        let (open, close, opened, closed) = problem
        if open == close {
            return "the \(language.name) has an odd number (\(opened)) of '\(open)'; close the quotation"
        }
        return "the \(language.name) has \(opened) '\(open)' but \(closed) '\(close)'; "
            + (opened > closed ? "close the bracket" : "remove the stray '\(close)' or open the bracket")
    }
}
