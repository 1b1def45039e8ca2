import DariGlossary
import DariMemory
import DariModel

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
        both sides and are not reported.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        for record in input.segments {
            guard let target = record.translatedTarget, record.hasSource else { continue }
            guard let problem = Self.imbalance(target), Self.imbalance(record.source) == nil else { continue }
            findings.report(record, in: input, side: .target, message: Self.message(problem, input.memory.targetLanguage))
        }
    }

    private static let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [
        ("(", ")"), ("[", "]"), ("{", "}"), ("“", "”"), ("「", "」"), ("『", "』"), ("《", "》"), ("（", "）"),
    ]

    /// The first unbalanced pair: (opening, closing, opened count, closed count),
    /// or a straight double quote used an odd number of times. One pass over
    /// the scalars.
    static func imbalance(_ text: String) -> (String, String, Int, Int)? {
        var counts = [Int](repeating: 0, count: pairs.count * 2)
        var straight = 0
        var any = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" {
                straight += 1
                continue
            }
            // Brackets are ASCII or in the CJK/general punctuation blocks.
            guard scalar.value < 0x80 || (0x2000...0x206F).contains(scalar.value)
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
        if any {
            for (index, pair) in pairs.enumerated() where counts[2 * index] != counts[2 * index + 1] {
                return (String(pair.0), String(pair.1), counts[2 * index], counts[2 * index + 1])
            }
        }
        if straight % 2 == 1 { return ("\"", "\"", straight, 0) }
        return nil
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
