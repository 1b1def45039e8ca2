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

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        for record in input.segments {
            guard let target = record.translatedTarget, record.hasSource else { continue }
            guard let problem = Self.imbalance(target), Self.imbalance(record.source) == nil else { continue }
            findings.report(record, in: input, side: .target, message: Self.message(problem, input.memory.targetLanguage))
        }
    }

    private static let pairs: [(Character, Character)] = [("(", ")"), ("[", "]"), ("{", "}"), ("“", "”"), ("「", "」"),
                                                          ("『", "』"), ("《", "》"), ("（", "）")]

    /// The first unbalanced pair: (opening, closing, opened count, closed count),
    /// or a straight double quote used an odd number of times.
    static func imbalance(_ text: String) -> (String, String, Int, Int)? {
        guard text.contains(where: { "()[]{}“”「」『』《》（）\"".contains($0) }) else { return nil }
        for (open, close) in pairs {
            var opened = 0, closed = 0
            for character in text {
                if character == open { opened += 1 } else if character == close { closed += 1 }
            }
            if opened != closed { return (String(open), String(close), opened, closed) }
        }
        let straight = text.filter { $0 == "\"" }.count
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
