import DariGlossary
import DariMemory
import DariModel

/// `deprecated-term`: a term the glossary marks deprecated (or superseded)
/// appears, in either language. Runs on every segment, paired or not.
public struct DeprecatedTerm: Check {
    public static let id = "deprecated-term"
    public static let defaultSeverity = Severity.warning
    public static let summary = "A term the glossary marks deprecated is used."
    public static let example = "ko/teams.html:55: warning: [deprecated-term] '새터민' is deprecated in the glossary; "
        + "write '탈북민'"
    public static let details = """
        A term the glossary marks deprecated (or superseded), in either language, on every segment, paired \
        or not; the message names the concept's preferred term. Needs a glossary.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        guard let glossary = input.glossary,
            glossary.concepts.contains(where: { $0.terms.values.contains { $0.contains { $0.status == .deprecated } } })
        else { return }
        let sides: [(Side, Language)] = [(.source, input.memory.sourceLanguage), (.target, input.memory.targetLanguage)]
        for record in input.segments {
            for (side, language) in sides {
                guard let text = side == .source ? record.source : record.translatedTarget, !text.isEmpty else { continue }
                if side == .target, record.isCopy { continue }
                var reported = Set<String>()
                for match in input.terms.matches(in: text, language: language)
                where match.entry.term.status == .deprecated && reported.insert(match.entry.term.text).inserted {
                    let preferred = glossary.concepts[match.entry.conceptIndex].preferredTerm(in: language)
                    findings.report(record, in: input, side: side,
                                    message: Self.message(match.entry.term.text, preferred?.text))
                }
            }
        }
    }

    fileprivate static func message(_ term: String, _ preferred: String?) -> String {
        guard let preferred else { return "'\(term)' is deprecated in the glossary; rephrase without it" }
        return "'\(term)' is deprecated in the glossary; write '\(preferred)'"
    }
}
