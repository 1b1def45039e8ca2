import DariICU
import DariModel

/// Splits text into sentences: ICU's sentence BreakIterator, then dari's
/// rules for what ICU gets wrong in Korean and English web text.
///
/// Segmentation never loses or reorders text. Each sentence is a range of the
/// input with its surrounding whitespace left out; joining the sentences with
/// the whitespace between them gives back the input exactly.
///
/// > Warning: Input must already be NFC (extraction and the `segment` command
/// > normalise once, where text enters dari); offsets refer to that text.
///
/// Not thread-safe (it reuses one ICU iterator); make one per thread.
public final class Segmenter {
    public let language: Language
    private let icu: BreakIterator
    private let rules: [any SegmentationRule]

    /// - Throws: `ICUError` when ICU's break data cannot be loaded.
    public init(language: Language, rules: [any SegmentationRule]? = nil) throws {
        self.language = language
        self.icu = try BreakIterator(.sentence, locale: language.tag)
        self.rules = rules ?? SegmentationRules.standard(for: language)
    }

    /// A segmenter with the same language and rules and its own ICU iterator,
    /// for another thread.
    func copy() throws -> Segmenter {
        try Segmenter(language: language, rules: rules)
    }

    /// The sentences of `text` as UTF-16 offset ranges, whitespace trimmed.
    public func sentenceRanges(in text: [UInt16]) throws -> [Range<Int>] {
        guard !text.isEmpty else { return [] }
        var context = BoundaryContext(text: text, language: language,
                                      icuBoundaries: try icu.boundaries(in: text))
        for rule in rules {
            rule.apply(to: &context)
        }
        return context.sentenceRanges()
    }

    /// The sentences of `text`, whitespace trimmed.
    public func sentences(in text: String) throws -> [String] {
        let units = Array(text.utf16)
        return try sentenceRanges(in: units).map { String(decoding: units[$0], as: UTF16.self) }
    }
}
