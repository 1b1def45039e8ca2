import DariGlossary
import DariMemory
import DariModel

/// `inconsistent-target`: the same source (normalised: case, spacing, quote
/// style) is translated in different ways. Every member of the group is
/// reported, each naming the others.
public struct InconsistentTarget: Check {
    public static let id = "inconsistent-target"
    public static let defaultSeverity = Severity.warning
    public static let summary = "The same source text is translated differently in different places."
    public static let example = "en/about.html:20: warning: [inconsistent-target] the same Korean is translated 2 ways "
        + "here and in en/index.html:31; use one English translation everywhere"
    public static let details = """
        Sources are compared normalised (case, spacing, quote style). Every member of the group is reported, \
        each naming the others.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        let groups = ConsistencyGroups.find(input, sameSide: .source)
        let source = input.memory.sourceLanguage, target = input.memory.targetLanguage
        ConsistencyGroups.report(groups, in: input, side: .target, into: &findings) { _, variants, others in
            "the same \(source.name) is translated \(variants) ways here and in \(ConsistencyGroups.list(others)); "
                + "use one \(target.name) translation everywhere"
        }
    }
}
