import DariModel
import DariTestSupport
import Testing
@testable import DariSegmentation

/// Segments `marked.text` and expects exactly `marked.sentences`.
func expectSentences(_ marked: String, _ language: Language, rules: [any SegmentationRule]? = nil,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let spec = MarkedText(marked)
    let segmenter = try Segmenter(language: language, rules: rules)
    #expect(try segmenter.sentences(in: spec.text) == spec.sentences, sourceLocation: sourceLocation)
}

/// The standard rules for `language` without the rule named `name`, to show
/// that a case fails without it.
func rules(_ language: Language, without name: String) -> [any SegmentationRule] {
    SegmentationRules.standard(for: language).filter { $0.name != name }
}
