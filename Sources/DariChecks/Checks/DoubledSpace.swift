import DariGlossary
import DariMemory
import DariModel

/// `doubled-space`: two spaces in a row inside the target (a deletion left
/// behind) when the source has none there. HTML collapses spaces, so
/// memories aligned from a site never have them; memories from CAT tools may.
public struct DoubledSpace: Check {
    public static let id = "doubled-space"
    public static let defaultSeverity = Severity.warning
    public static let summary = "The target has two spaces in a row."
    public static let example = "news.xlf:40: warning: [doubled-space] the English has two spaces in a row after "
        + "'the  '; delete one"
    public static let details = """
        Reported only where the source has no doubled space. HTML collapses spaces, so memories aligned from \
        a site never have them; memories from CAT tools may.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        for record in input.segments {
            guard let target = record.translatedTarget, let range = Self.doubledSpace(in: target),
                Self.doubledSpace(in: record.source) == nil
            else { continue }
            let before = target[..<range.lowerBound].split(separator: " ").last.map(String.init) ?? ""
            findings.report(record, in: input, side: .target,
                            message: Self.message(before, input.memory.targetLanguage))
        }
    }

    /// The first run of two or more spaces between words (not at either end).
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
            if before.contains(where: { !$0.isWhitespace }), after.contains(where: { !$0.isWhitespace }) { return range }
        }
        return nil
    }

    fileprivate static func message(_ before: String, _ language: Language) -> String {
        before.isEmpty
            ? "the \(language.name) has two spaces in a row; delete one"
            : "the \(language.name) has two spaces in a row after '\(before.excerpt(30))'; delete one"
    }
}
