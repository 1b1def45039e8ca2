/// Levenshtein distance: the fewest insertions, deletions and substitutions
/// that turn one sequence into the other. One implementation for every
/// caller: the fuzzy-match score, `name-spelling`'s near misses and the
/// "did you mean" of check ids.
public enum EditDistance {
    /// The distance between `a` and `b`, exact below `limit`; once every
    /// path is at `limit` or over, `limit` or more (the caller asked only
    /// whether it is below). `@inlinable` so the match index's hot loop gets
    /// a specialised copy.
    @inlinable
    public static func levenshtein<Element: Equatable>(_ a: [Element], _ b: [Element], limit: Int = .max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if abs(a.count - b.count) >= limit { return max(limit, abs(a.count - b.count)) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            let ai = a[i - 1]
            for j in 1...b.count {
                let value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ai == b[j - 1] ? 0 : 1))
                current[j] = value
                if value < rowMinimum { rowMinimum = value }
            }
            if rowMinimum >= limit { return limit }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
