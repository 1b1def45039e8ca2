import DariModel

extension Concept {
    /// A warning when the concept lacks a Korean or an English term: checks
    /// can use neither half of such a pair, but the rest of the glossary is fine.
    var missingLanguageWarning: Diagnostic? {
        let hasKorean = !terms(in: .korean).isEmpty
        let hasEnglish = !terms(in: .english).isEmpty
        let message: String
        switch (hasKorean, hasEnglish) {
        case (true, true): return nil
        case (true, false): message = "concept '\(id)' has no English term; add one or delete the concept"
        case (false, true): message = "concept '\(id)' has no Korean term; add one or delete the concept"
        case (false, false):
            message = "concept '\(id)' has no Korean or English term; add them or delete the concept"
        }
        return Diagnostic(severity: .warning, location: location, message: message)
    }
}
