import DariGlossary
import DariMemory
import DariModel

/// `target-equals-source`: the target is a copy of the source.
///
/// Only sources with Hangul count: a Latin-only sentence (a name, "ASCI
/// White", a URL) is rightly the same in both languages.
public struct TargetEqualsSource: Check {
    public static let id = "target-equals-source"
    public static let defaultSeverity = Severity.error
    public static let summary = "The target is a copy of the Korean source."
    public static let example = "en/about.html:12: error: [target-equals-source] the English text is a copy of the "
        + "Korean '선교회 이야기'; translate it"

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        for record in input.segments {
            guard let target = record.translatedTarget, Self.isCopy(source: record.source, target: target) else { continue }
            findings.report(record, in: input, side: .target,
                            message: Self.message(record.source, input.memory.targetLanguage, input.memory.sourceLanguage))
        }
    }

    /// True when `target` equals `source` up to whitespace and the text has Hangul.
    static func isCopy(source: String, target: String) -> Bool {
        guard Script.containsHangul(source) else { return false }
        return source.split(whereSeparator: \.isWhitespace) == target.split(whereSeparator: \.isWhitespace)
    }

    fileprivate static func message(_ source: String, _ target: Language, _ sourceLanguage: Language) -> String {
        "the \(target.name) text is a copy of the \(sourceLanguage.name) '\(source.excerpt())'; translate it"
    }
}
