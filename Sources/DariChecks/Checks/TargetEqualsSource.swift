import DariGlossary
import DariMemory
import DariModel
import DariText

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
    public static let details = """
        Only sources with Hangul count: Latin-only text such as a name, "ASCI White" or a URL is rightly the \
        same in both languages.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        for record in input.segments {
            guard record.isCopy, record.translatedTarget != nil else { continue }
            findings.report(record, in: input, side: .target,
                            message: Self.message(record.source, input.memory.targetLanguage, input.memory.sourceLanguage))
        }
    }

    /// True when `target` equals `source` up to whitespace and the text has Hangul.
    static func isCopy(source: String, target: String) -> Bool {
        let sourceBytes = source.utf8.count, targetBytes = target.utf8.count
        // Whitespace differences change the length a little; a translation changes it a lot.
        guard abs(sourceBytes - targetBytes) <= max(8, sourceBytes / 10), Script.containsHangul(source) else {
            return false
        }
        var left = source.unicodeScalars.makeIterator(), right = target.unicodeScalars.makeIterator()
        func next(_ iterator: inout String.UnicodeScalarView.Iterator) -> Unicode.Scalar? {
            while let scalar = iterator.next() {
                if !scalar.properties.isWhitespace { return scalar }
            }
            return nil
        }
        // Compare with every whitespace run removed (spacing is not translation).
        while true {
            let l = next(&left), r = next(&right)
            if l != r { return false }
            if l == nil { return true }
        }
    }

    fileprivate static func message(_ source: String, _ target: Language, _ sourceLanguage: Language) -> String {
        "the \(target.name) text is a copy of the \(sourceLanguage.name) '\(source.excerpt())'; translate it"
    }
}
