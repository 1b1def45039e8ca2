import DariModel

/// A translator's note: text a translator adds to the translation on
/// purpose and marks as theirs (`(… - 옮긴이)`, `역주:`, "Translator's
/// note:"), or a note about the translation itself (where to report its
/// errors, who translated it). It has no original by design, so it is no
/// untranslated text.
enum TranslatorsNote {
    /// True when `text`, written in `language` on the translation's page,
    /// carries a translator's-note mark. 역주 counts only as a label (before
    /// `:`, `)`, `]` or after an opening bracket), since the syllables also
    /// open ordinary words (역주행).
    static func isMarked(_ text: String, in language: Language) -> Bool {
        switch language {
        case .korean:
            if text.contains("옮긴이") || text.contains("역자 주") || text.contains("역자주") || text.contains("번역자 주") {
                return true
            }
            // A note about the translation itself: where to report its errors, who made it, what it is
            // translated from (`번역한 내용 중에 … 한국어 지역화 메일링 리스트에 메일을 보내주십시오`).
            if text.contains("번역"), aboutTheTranslation.contains(where: { text.contains($0) }) {
                return true
            }
            return ["(역주", "[역주", "역주:", "역주)", "역주]", "역주 :"].contains { text.contains($0) }
        case .english:
            let lower = text.lowercased()
            return lower.contains("translator's note") || lower.contains("translator’s note")
                || lower.contains("translator's remark") || lower.contains("note by the translator")
        }
    }

    /// Words that, beside 번역, make a sentence about the translation itself.
    private static let aboutTheTranslation = ["한국어", "지역화", "원문", "번역자", "번역팀", "번역 팀"]
}
