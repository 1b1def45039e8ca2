import DariGlossary
import DariMemory
import DariModel

/// `doubled-space`: two spaces in a row between words of the target's
/// visible text (a deletion left behind) when the source has none.
///
/// On real sites it reported nothing real (0 of 11 sampled): a browser
/// shows a run of spaces as one, so the spaces a reader sees doubled are
/// never two ASCII spaces of the HTML, and the pairs it found were the
/// spaces on either side of an inline code (an icon image between "icon"
/// and "in"), joined into one string. So only a run inside one text piece
/// counts; pages extracted by dari have their white space collapsed as a
/// browser does, and memories from CAT tools keep theirs. Two spaces after
/// a full stop are a typing convention, not a typo.
public struct DoubledSpace: Check {
    public static let id = "doubled-space"
    public static let defaultSeverity = Severity.warning
    public static let summary = "The target has two spaces in a row between words."
    public static let example = "news.xlf:40: warning: [doubled-space] the English has two spaces in a row after "
        + "'the  '; delete one"
    public static let details = """
        Reported only where the source has no doubled space. HTML collapses spaces, so memories aligned from \
        a site never have them; memories from CAT tools may.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        for record in input.segments {
            guard record.translatedTarget != nil, let target = input.segment(of: record).target,
                let before = Self.doubledSpace(in: target), Self.doubledSpace(in: input.segment(of: record).source) == nil
            else { continue }
            findings.report(record, in: input, side: .target,
                            message: Self.message(before, input.memory.targetLanguage))
        }
    }

    /// The word before the first doubled space inside one text piece, nil when there is none.
    static func doubledSpace(in content: [InlineContent]) -> String? {
        for piece in content {
            guard case let .text(text) = piece, let range = doubledSpace(in: text) else { continue }
            return text[..<range.lowerBound].split(separator: " ").last.map(String.init) ?? ""
        }
        return nil
    }

    /// The first run of two or more spaces between words of `text` (not at
    /// either end, not after sentence punctuation).
    static func doubledSpace(in text: String) -> Range<String.Index>? {
        var previous: UInt8 = 0
        var found = false
        for byte in text.utf8 {
            if byte == 0x20 && previous == 0x20 {
                found = true
                break
            }
            previous = byte
        }
        guard found else { return nil }
        for range in text.ranges(of: "  ") {
            let before = text[..<range.lowerBound], after = text[range.upperBound...]
            guard let last = before.last(where: { $0 != " " }), !after.allSatisfy(\.isWhitespace),
                !before.allSatisfy(\.isWhitespace)
            else { continue }
            if ".!?:".contains(last) { continue }
            return range
        }
        return nil
    }

    fileprivate static func message(_ before: String, _ language: Language) -> String {
        before.isEmpty
            ? "the \(language.name) has two spaces in a row; delete one"
            : "the \(language.name) has two spaces in a row after '\(before.excerpt(30))'; delete one"
    }
}
