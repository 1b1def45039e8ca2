/// How a glossary says a term may be used.
///
/// TBX files give it as `administrativeStatus` (TBX-Basic) or, in older
/// files, `normativeAuthorization`; CSV files as a `status` word.
public enum TermStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// The term to use.
    case preferred
    /// Acceptable, but not the first choice.
    case admitted
    /// Do not use; another term of the concept replaces it. Superseded terms
    /// count as deprecated.
    case deprecated
    /// The glossary says nothing.
    case unspecified

    /// The TBX-Basic `administrativeStatus` values, as the error messages list them.
    static let administrativeStatusValues = [
        "preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts", "supersededTerm-admn-sts",
    ]

    /// The `status` words a CSV glossary may use (besides an empty cell).
    static let csvWords = ["preferred", "admitted", "deprecated"]

    /// Parses a TBX `administrativeStatus` or `normativeAuthorization` value.
    ///
    /// TBX-Basic writes `preferredTerm-admn-sts`; TBX v2 files from older CAT
    /// tools and ISO 12620 `normativeAuthorization` write the bare
    /// `preferredTerm`. Both spellings are accepted, ignoring case. TBX-Default's
    /// `standardizedTerm`, `legalTerm` and `regulatedTerm` name terms an
    /// authority requires, so they read as preferred.
    init?(tbxValue: String) {
        var base = tbxValue.lowercased()
        if base.hasSuffix("-admn-sts") { base.removeLast("-admn-sts".count) }
        switch base {
        case "preferredterm", "standardizedterm", "legalterm", "regulatedterm": self = .preferred
        case "admittedterm": self = .admitted
        case "deprecatedterm", "supersededterm": self = .deprecated
        default: return nil
        }
    }

    /// Parses a CSV `status` cell: `preferred`, `admitted` or `deprecated` in
    /// any case; an empty cell is `.unspecified`.
    init?(csvWord: String) {
        switch csvWord.lowercased() {
        case "": self = .unspecified
        case "preferred": self = .preferred
        case "admitted": self = .admitted
        case "deprecated": self = .deprecated
        default: return nil
        }
    }
}
