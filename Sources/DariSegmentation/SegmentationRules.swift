import DariModel

/// The rule lists dari applies after ICU, in order.
public enum SegmentationRules {
    public static func standard(for language: Language) -> [any SegmentationRule] {
        switch language {
        case .korean:
            return [
                AbbreviationRule(), KoreanEllipsisRule(), ParentheticalRule(), KoreanEndingRule(),
                FootnoteRule(), TrailingDecorationRule(), QuotationRule(), ListMarkerRule(),
            ]
        case .english:
            return [
                AbbreviationRule(), EllipsisRule(), LowercaseContinuationRule(), ParentheticalRule(),
                FootnoteRule(), TrailingDecorationRule(), QuotationRule(), ListMarkerRule(),
            ]
        }
    }
}
