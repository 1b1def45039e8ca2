import DariText
/// How alike two sentences are, 0…1, from a character-level edit distance
/// over their `MatchText`s.
///
/// - equal text, spaces and placeholders: 1 (the only way to get 100 %);
/// - equal but for placeholders (a number changed): 0.99, less 0.005 per
///   further changed placeholder, so the number can be substituted;
/// - otherwise 1 − distance / longer length, at most 0.99, less a little
///   for each changed placeholder and each space moved, so among equal
///   edit distances the candidate spaced like the query ranks first.
public enum Similarity {
    public static func score(_ query: MatchText, _ candidate: MatchText) -> Double {
        let changedPlaceholders = changed(query.placeholders, candidate.placeholders)
        let spacing = query.scalars == candidate.scalars && query.spaced != candidate.spaced
            ? distance(query.spaced, candidate.spaced, limit: Int.max) : 0
        if query.scalars == candidate.scalars {
            if changedPlaceholders == 0 && spacing == 0 { return 1 }
            return max(0, 0.99 - 0.005 * Double(max(changedPlaceholders - 1, 0)) - 0.001 * Double(spacing))
        }
        let longer = max(query.length, candidate.length)
        guard longer > 0 else { return 0 }
        // Below half the length in edits the pair is under 50 %: stop early.
        let limit = longer / 2 + 1
        let edits = distance(query.scalars, candidate.scalars, limit: limit)
        let base = 1 - Double(edits) / Double(longer)
        let spaceEdits = base > 0.5 ? distance(query.spaced, candidate.spaced, limit: Int.max) - edits : 0
        return max(0, min(0.99, base) - 0.005 * Double(changedPlaceholders) - 0.001 * Double(max(spaceEdits, 0)))
    }

    /// How many placeholders differ, position by position (and the extra ones).
    static func changed(_ a: [String], _ b: [String]) -> Int {
        var count = abs(a.count - b.count)
        for (x, y) in zip(a, b) where x != y { count += 1 }
        return count
    }

    /// Levenshtein distance; at least `limit` once every path is over it.
    public static func distance(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int {
        EditDistance.levenshtein(a, b, limit: limit)
    }
}
