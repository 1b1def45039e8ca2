import DariGlossary
import DariMemory
import DariModel

/// `target-edited`: the translation changed since the previous memory while
/// its original did not.
public struct TargetEdited: Check {
    public static let id = "target-edited"
    public static let defaultSeverity = Severity.info
    public static let summary = "The translation was edited since the previous memory; its original was not."
    public static let example = "en/about.html:12: info: [target-edited] the translation was edited since the "
        + "previous memory, its original was not: 'The mission began in 2002.'; review the edit"
    public static let details = """
        Found by comparing a run with the site's previous memory. An edit that brings an outdated \
        translation up to date is reported here too (the segment is no longer `outdated`).
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        for record in input.segments where record.change == .targetEdited {
            let text = input.segment(of: record).targetText ?? ""
            let what = text.isEmpty ? "was removed" : "was edited"
            findings.report(record, in: input, side: .target,
                            message: "the translation \(what) since the previous memory, its original was not"
                                + (text.isEmpty ? "" : ": '\(text.excerpt())'") + "; review the edit")
        }
    }
}
