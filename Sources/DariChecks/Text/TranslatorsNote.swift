import DariModel

/// A translator's note: text a translator adds to the translation on
/// purpose and marks as theirs (`(… - 옮긴이)`, `역주:`, "Translator's
/// note:"). It has no original by design, so it is no untranslated text.
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
            return ["(역주", "[역주", "역주:", "역주)", "역주]", "역주 :"].contains { text.contains($0) }
        case .english:
            let lower = text.lowercased()
            return lower.contains("translator's note") || lower.contains("translator’s note")
                || lower.contains("translator's remark") || lower.contains("note by the translator")
        }
    }
}
