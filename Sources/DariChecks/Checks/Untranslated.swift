import DariGlossary
import DariMemory
import DariModel

/// `untranslated`: a sentence or block with no counterpart (a 1-0 or 0-1
/// bead), or a missing or empty target.
public struct Untranslated: Check {
    public static let id = "untranslated"
    public static let defaultSeverity = Severity.error
    public static let summary = "A sentence or block has no translation: no target, an empty one, or text on one side only."
    public static let example = "ko/prayer.html:57: error: [untranslated] '이번 주부터 온라인 중보기도 모임이…' has no English "
        + "translation; translate it on the English page"
    public static let details = """
        A 1-0 or 0-1 bead is a sentence or block the aligner found no counterpart for on the other page; a \
        memory from another tool may also hold segments with a missing or empty target.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        let target = input.memory.targetLanguage, source = input.memory.sourceLanguage
        for record in input.segments {
            let file = input.file(of: record)
            let unit = input.unit(of: record)
            // A block with no counterpart at all (the aligner's 1-0 / 0-1 unit)
            // is one finding, at its first sentence: the editor adds one block.
            let wholeBlockAlone = unit.segments.count > 1 && (unit.targetLocation == nil) != (unit.sourceLocation == nil)
            if wholeBlockAlone, record.segmentIndex > 0 { continue }
            if record.hasSource {
                // A page with no counterpart at all is one missing-page finding, not one per sentence.
                guard file.targetOriginal != nil, record.translatedTarget == nil else { continue }
                findings.report(record, in: input, side: .source, message: Self.noTarget(record.source, target))
            } else if let text = record.translatedTarget, file.sourceOriginalExists {
                findings.report(record, in: input, side: .target, message: Self.noSource(text, source))
            }
        }
    }

    fileprivate static func noTarget(_ text: String, _ language: Language) -> String {
        "'\(text.excerpt())' has no \(language.name) translation; translate it on the \(language.name) page"
    }

    fileprivate static func noSource(_ text: String, _ language: Language) -> String {
        "'\(text.excerpt())' has no \(language.name) original; add it to the \(language.name) page, or delete it "
            + "if it no longer belongs"
    }
}
