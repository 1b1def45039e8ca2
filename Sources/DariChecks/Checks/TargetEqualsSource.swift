import Foundation
import DariGlossary
import DariMemory
import DariModel
import DariText

/// `target-equals-source`: the two pages hold the same Korean text: the
/// English page has a copy of the Korean instead of its own wording.
///
/// Only text with Hangul counts: Latin-only text (a name, "ASCI White", a
/// URL) is rightly the same in both languages, and English prose left on a
/// Korean page is `untranslated`'s finding. The finding is on the English
/// page whichever language is the original.
public struct TargetEqualsSource: Check {
    public static let id = "target-equals-source"
    public static let defaultSeverity = Severity.error
    public static let summary = "The English text is a copy of the Korean."
    public static let example = "en/about.html:12: error: [target-equals-source] the English text is a copy of the "
        + "Korean '선교회 이야기'; translate it"
    public static let details = """
        Only text with Hangul counts: Latin-only text such as a name, "ASCI White" or a URL is rightly the \
        same in both languages, and English prose left on a Korean page is `untranslated`'s finding. \
        Reported on the English page whichever language is the original.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        guard let englishSide = input.side(of: .english) else { return }
        for record in input.segments {
            guard record.isCopy, let target = record.translatedTarget else { continue }
            // The language's own name in a list of translations is Hangul on every page.
            if Self.namesKoreanOnly(target) { continue }
            if Self.isCharacterExample(target) { continue }
            findings.report(record, in: input, side: englishSide,
                            message: Self.message(record.source, original: englishSide == .source))
        }
    }

    /// True when the only Korean in `text` is the language's own name, as a
    /// list of translations writes it on every page (`한국어`, `한국어 / Korean
    /// [source]`).
    static func namesKoreanOnly(_ text: String) -> Bool {
        let words = text.unicodeScalars.split { !Script.isHangulSyllable($0) }.map { String(String.UnicodeScalarView($0)) }
        return !words.isEmpty && words.allSatisfy(HangulInTarget.autonyms.contains)
    }

    /// True when the text shows Korean characters rather than saying
    /// something in Korean: a spreadsheet formula (`=REPLACEB("ᄩᄔᄕ";4;1;"ab")`)
    /// or conjoining jamo with no syllable, as a help page's examples of
    /// byte-counting functions are. Both pages show the same example.
    static func isCharacterExample(_ text: String) -> Bool {
        let trimmed = text.drop { $0.isWhitespace }
        if trimmed.hasPrefix("=") { return true }
        return !text.unicodeScalars.contains { Script.isHangulSyllable($0) }
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

    fileprivate static func message(_ text: String, original: Bool) -> String {
        original
            ? "the English original has the same Korean text as its translation, '\(text.excerpt())'; write it in English"
            : "the English text is a copy of the Korean '\(text.excerpt())'; translate it"
    }
}
