import DariModel

/// The rule lists dari applies after ICU, in order.
public enum SegmentationRules {
    public static func standard(for language: Language) -> [any SegmentationRule] {
        switch language {
        case .korean:
            return [
                AbbreviationRule(), KoreanEllipsisRule(), SpacedEllipsisRule(), ParentheticalRule(),
                KoreanEndingRule(), GluedStopRule(), FootnoteRule(), TrailingDecorationRule(), QuotationRule(),
                BracketedNoteRule(), ListMarkerRule(), EnumerationRule(), SectionNumberRule(), DottedDateRule(),
                AngleBracketRule(),
            ]
        case .english:
            return [
                AbbreviationRule(), EllipsisRule(), SpacedEllipsisRule(), LowercaseContinuationRule(),
                LowercaseSentenceStartRule(), NumberSentenceStartRule(), GluedStopRule(), ParentheticalRule(), FootnoteRule(),
                TrailingDecorationRule(), QuotationRule(), BracketedNoteRule(), ListMarkerRule(), EnumerationRule(),
                SectionNumberRule(), AngleBracketRule(),
            ]
        }
    }
}
