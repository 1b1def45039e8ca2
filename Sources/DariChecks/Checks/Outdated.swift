import DariGlossary
import DariMemory
import DariModel
import DariText

/// `outdated`: the original was edited since its translation was made, and
/// the translation was not updated to follow it.
public struct Outdated: Check {
    public static let id = "outdated"
    public static let defaultSeverity = Severity.error
    public static let summary = "The original changed since this translation was made."
    public static let example = "en/about.html:12: error: [outdated] the Korean original changed since this "
        + "translation was made: 선교회는 [-2001년에-] {+2002년에+} 시작되었습니다.; the translation, made for the "
        + "previous original: 'The mission began in 2001.'; update it to follow the original"
    public static let details = """
        Found by comparing a run with the site's previous memory (`SITE/memory.xlf`, or `--memory`): a \
        segment whose original is not in the previous memory while its translation is (the original was \
        edited, the translation was not). Cosmetic edits of the original (emphasis, re-wrapped lines, a \
        link rewritten to the same target) are not changes. The segment stays outdated in later runs, \
        even when the translation is edited, until the translation follows the original's edit (its \
        numbers, the words gained or lost, its length; see docs/translation-state.md). The message shows \
        the original's change word by word (`[-old-] {+new+}`) and the translation made for the previous \
        original. Reported on the translation's page.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        for record in input.segments where record.change == .sourceChanged {
            let segment = input.segment(of: record)
            guard segment.isOutdated, let target = segment.targetText else { continue }
            let previous = segment.previousSource ?? ""
            findings.report(record, in: input, side: .target,
                            message: Self.message(language: input.memory.sourceLanguage, previous: previous,
                                                  current: segment.sourceText, translation: target))
        }
    }

    static func message(language: Language, previous: String, current: String, translation: String) -> String {
        let change = previous.isEmpty ? "'\(current.excerpt())'" : WordDiff.render(from: previous, to: current)
        return "the \(language.name) original changed since this translation was made: \(change); the translation, "
            + "made for the previous original: '\(translation.excerpt(80))'; update it to follow the original"
    }
}
