import DariModel

/// The rule lists dari applies after ICU, in order.
public enum SegmentationRules {
    public static func standard(for language: Language) -> [any SegmentationRule] {
        switch language {
        case .korean:
            return [
                KoreanEllipsisRule(), ParentheticalRule(), KoreanEndingRule(), TrailingDecorationRule(),
                QuotationRule(),
            ]
        case .english:
            return [QuotationRule()]
        }
    }
}
