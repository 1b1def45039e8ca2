import DariGlossary
import DariMemory
import DariModel

/// `inconsistent-target`: the same source sentence (normalised: case,
/// spacing, quote style) is translated in different wordings. A group is one
/// finding, at the rarest wording, with the other places as related locations.
public struct InconsistentTarget: Check {
    public static let id = "inconsistent-target"
    public static let defaultSeverity = Severity.warning
    public static let summary = "The same source text is translated differently in different places."
    public static let example = "en/about.html:20: warning: [inconsistent-target] the same Korean is translated 2 ways "
        + "in 2 places (here and en/index.html:31); use one English translation everywhere"
    public static let details = """
        Sources are compared normalised (case, spacing, quote style, a plural s); only sentences in their own \
        side's language count, and beads the aligner is not confident in are left out. A sentence met in two places \
        whose two Korean wordings differ only in grammar (particles, endings, word order, the final verb) is style \
        and left out; in three or more places it is boilerplate and reported. A group is one finding, at \
        its rarest wording, with the other places as related locations; the groups of one set of pages (a \
        passage two pages share) are one finding together.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        let groups = ConsistencyGroups.find(input, sameSide: .source)
        let source = input.memory.sourceLanguage, target = input.memory.targetLanguage
        ConsistencyGroups.report(groups, in: input, side: .target, into: &findings, message: { variants, places, others in
            "the same \(source.name) is translated \(variants) ways in \(places) places (here and "
                + "\(ConsistencyGroups.list(others))); use one \(target.name) translation everywhere"
        }, shared: { count, otherPages in
            "\(count) \(source.name) sentences \(ConsistencyGroups.sharedBy(otherPages)) are translated differently "
                + "from place to place (see the related places); use one \(target.name) translation everywhere"
        })
    }
}
