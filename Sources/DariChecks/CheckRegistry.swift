import DariText
/// Every check dari runs, in the order the README lists them. Adding a check
/// is one line here; `CheckRegistryTests` fails when the README disagrees.
public enum CheckRegistry {
    public static let all: [any Check.Type] = [
        MissingPage.self,
        Untranslated.self,
        TargetEqualsSource.self,
        HangulInTarget.self,
        LatinInKorean.self,
        NameSpelling.self,
        KoreanSpelling.self,
        InvisibleCharacter.self,
        NumberMismatch.self,
        GlossaryViolation.self,
        DeprecatedTerm.self,
        InconsistentTarget.self,
        InconsistentSource.self,
        TagMismatch.self,
        URLMismatch.self,
        UnbalancedBrackets.self,
        DoubledSpace.self,
        RepeatedSyllable.self,
        UncommonSyllable.self,
        CodeMismatch.self,
        AnchorMismatch.self,
        MovedBlock.self,
        Outdated.self,
        TargetEdited.self,
        NotOnPage.self,
        Removed.self,
    ]

    /// The check with `id`, if there is one.
    public static func check(withID id: String) -> (any Check.Type)? {
        all.first { $0.id == id }
    }

    /// Every check id, in registry order.
    public static var ids: [String] { all.map { $0.id } }

    /// The known id closest to `id` (for "did you mean" messages), by edit distance.
    public static func suggestion(for id: String) -> String? {
        let scored = ids.map { ($0, EditDistance.levenshtein(Array(id), Array($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(3, id.count / 3) else { return nil }
        return best.0
    }
}
