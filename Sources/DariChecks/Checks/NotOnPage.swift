import DariGlossary
import DariMemory
import DariModel

/// `not-on-page`: a translation imported into the memory (`dari import`)
/// that its page does not have yet.
public struct NotOnPage: Check {
    public static let id = "not-on-page"
    public static let defaultSeverity = Severity.error
    public static let summary = "The memory has an imported translation that its page does not have yet."
    public static let example = "ko/about.html:12: error: [not-on-page] en/about.html lacks the translation "
        + "imported for '선교회는 2005년에 시작되었습니다.': 'The mission began in 2005.'; put it on the page"
    public static let details = """
        After `dari import`, the memory has the translator's text and the pages do not, until someone puts it \
        there. Later runs keep the imported translation (it is never dropped because the page lacks it) and \
        report it here, with the text to put in place, until the page has it; a different translation on the \
        page replaces it (`target-edited`). Reported on the translation's page when the block is already \
        there, else at the original sentence.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        for record in input.notOnPage {
            let file = input.file(of: record), unit = input.unit(of: record), segment = input.segment(of: record)
            guard let translation = segment.targetText, !translation.isEmpty else { continue }
            let page = file.targetOriginal ?? file.original
            findings.report(record, in: input, side: unit.targetLocation == nil ? .source : .target,
                            message: "\(page) lacks the translation imported for '\(segment.sourceText.excerpt())': "
                                + "'\(translation.excerpt(80))'; put it on the page")
        }
    }
}
