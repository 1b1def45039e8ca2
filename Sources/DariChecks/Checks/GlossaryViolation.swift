import DariMemory
import DariGlossary
import DariModel

/// `glossary-violation`: a glossary term is in the source but none of the
/// concept's approved target terms is in the target.
///
/// Korean terms match with particles and endings attached (구출팀은,
/// 구출팀이, 구출팀에서); English terms in any case and with plural or
/// derived endings (defector, Defectors). Any term of the concept that is
/// not deprecated counts as approved; deprecated ones are `deprecated-term`'s.
public struct GlossaryViolation: Check {
    public static let id = "glossary-violation"
    public static let defaultSeverity = Severity.warning
    public static let summary = "A glossary term is in the source, but its approved translation is not in the target."
    public static let example = "en/interview.html:66: warning: [glossary-violation] '구출팀' is in the Korean but the "
        + "English does not use the glossary's 'rescue team'; write 'rescue team'"
    public static let details = """
        Korean terms match with particles and endings attached (구출팀은, 구출팀이, 구출팀에서); English terms in any \
        case and inflection (defector, Defectors; Iraq, Iraqi). Any term of the concept that is not \
        deprecated counts as approved; deprecated ones are `deprecated-term`'s. Needs a glossary.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        guard let glossary = input.glossary, !input.terms.isEmpty else { return }
        let sourceLanguage = input.memory.sourceLanguage, targetLanguage = input.memory.targetLanguage
        guard sourceLanguage != targetLanguage else { return }
        for record in input.segments {
            guard let target = record.translatedTarget, record.hasSource,
                !record.isCopy
            else { continue }
            let sourceMatches = input.terms.matches(in: record.source, language: sourceLanguage)
                .filter { $0.entry.term.status != .deprecated }
            guard !sourceMatches.isEmpty else { continue }
            let found = Set(input.terms.matches(in: target, language: targetLanguage)
                .filter { $0.entry.term.status != .deprecated }.map(\.entry.conceptIndex))
            var reported = Set<Int>()
            for match in sourceMatches where !found.contains(match.entry.conceptIndex) {
                let concept = glossary.concepts[match.entry.conceptIndex]
                guard reported.insert(match.entry.conceptIndex).inserted,
                    let approved = concept.preferredTerm(in: targetLanguage)
                else { continue }
                findings.report(record, in: input, side: .target,
                                message: Self.message(match.entry.term.text, approved.text, sourceLanguage, targetLanguage))
            }
        }
    }

    fileprivate static func message(_ term: String, _ approved: String, _ source: Language, _ target: Language) -> String {
        "'\(term)' is in the \(source.name) but the \(target.name) does not use the glossary's '\(approved)'; "
            + "write '\(approved)'"
    }
}
