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
        // With no bar to reach, there is always a score.
        score(query, candidate, reaching: 0) ?? 0
    }

    /// The score, or nil when it is surely below `bar` (by more than an edit):
    /// a lookup that already holds its best matches passes the lowest of them,
    /// and the edit distance stops as soon as the candidate cannot reach it.
    /// A score returned is the one `score(_:_:)` gives.
    public static func score(_ query: MatchText, _ candidate: MatchText, reaching bar: Double) -> Double? {
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
        let halfLimit = longer / 2 + 1
        // The score is at most 1 − edits / longer, so reaching `bar` takes at
        // most (1 − bar) × longer edits; two more keep rounding out of it.
        let barLimit = bar > 0.5 ? Int(((1 - bar) * Double(longer)).rounded(.down)) + 2 : Int.max
        let limit = min(halfLimit, barLimit)
        let edits = distance(query.scalars, candidate.scalars, limit: limit)
        if edits >= limit && limit < halfLimit { return nil }
        let base = 1 - Double(edits) / Double(longer)
        let ceiling = min(0.99, base) - 0.005 * Double(changedPlaceholders)
        var spaceEdits = 0
        if base > 0.5 {
            // Each space moved costs 0.001: beyond what the bar leaves, the
            // exact count does not matter.
            let spaceLimit = bar > 0.5 ? edits + Int(((ceiling - bar) * 1000).rounded(.down)) + 2 : Int.max
            guard spaceLimit > edits else { return nil }
            let spacedEdits = distance(query.spaced, candidate.spaced, limit: spaceLimit)
            if spacedEdits >= spaceLimit && spaceLimit != Int.max { return nil }
            spaceEdits = spacedEdits - edits
        }
        return max(0, ceiling - 0.001 * Double(max(spaceEdits, 0)))
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
