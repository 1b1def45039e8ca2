import DariGlossary
import DariMemory
import DariModel

/// `inconsistent-source`: different sources share one translation (the
/// target normalised: case, spacing, quote style): a source was edited and
/// its translation not updated. A group is one finding, at the rarest
/// wording, with the other places as related locations.
///
/// Only sources that are versions of one sentence count (character-bigram
/// Dice ≥ 0.5, `Similarity.nearVariant`). Unrelated sources that share a
/// translation are a misaligned or pasted line, not an inconsistency; on the
/// news dev set those were all 38 of the check's findings on clean units.
public struct InconsistentSource: Check {
    public static let id = "inconsistent-source"
    public static let defaultSeverity = Severity.info
    public static let summary = "Different source texts share one translation."
    public static let example = "ko/news.html:14: info: [inconsistent-source] 2 different Korean texts share this "
        + "English translation (also ko/news.html:40); check that the translation still matches each"
    public static let details = """
        Only sources that are versions of one sentence count (an edit: character-bigram similarity of at \
        least 0.5); unrelated sources that share a translation are a misaligned or pasted line, not an \
        inconsistency: a source was edited and its translation not updated. A group is one finding, with the \
        other places as related locations; the groups of one set of pages are one finding together.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        let groups = ConsistencyGroups.find(input, sameSide: .target, similarVariantsOnly: true)
        let source = input.memory.sourceLanguage, target = input.memory.targetLanguage
        ConsistencyGroups.report(groups, in: input, side: .source, into: &findings, message: { variants, _, others in
            "\(variants) different \(source.name) texts share this \(target.name) translation (also "
                + "\(ConsistencyGroups.list(others))); check that the translation still matches each"
        }, shared: { count, otherPages in
            "\(count) \(target.name) translations \(ConsistencyGroups.sharedBy(otherPages)) stand for "
                + "different \(source.name) texts from place to place (see the related places); "
                + "check that each translation still matches its original"
        })
    }
}
