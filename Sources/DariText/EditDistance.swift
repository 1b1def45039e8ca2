/// Levenshtein distance: the fewest insertions, deletions and substitutions
/// that turn one sequence into the other. One implementation for every
/// caller: the fuzzy-match score, `name-spelling`'s near misses and the
/// "did you mean" of check ids.
public enum EditDistance {
    /// The distance between `a` and `b`, exact below `limit`; once every
    /// path is at `limit` or over, `limit` or more (the caller asked only
    /// whether it is below). `@inlinable` so the match index's hot loop gets
    /// a specialised copy.
    ///
    /// With a limit, only the cells less than `limit` from the diagonal are
    /// computed (Ukkonen's band): a cell `d` off the diagonal costs at least
    /// `d`, so a path below `limit` never leaves the band. A match lookup asks
    /// for distances below a few edits in sentences of 50–100 characters, and
    /// the full table was a fifth of its time (docs/benchmarks/matches.md).
    @inlinable
    public static func levenshtein<Element: Equatable>(_ a: [Element], _ b: [Element], limit: Int = .max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if abs(a.count - b.count) >= limit { return max(limit, abs(a.count - b.count)) }
        let n = b.count
        // Cells with |i − j| ≤ band are computed; the one just outside each
        // end of a row holds `outside`, which is at least `limit` (and never
        // read when the band is the whole row, so `.max` cannot overflow).
        let band = limit > max(a.count, n) ? max(a.count, n) : limit - 1
        let outside = limit == .max ? .max - 1 : limit
        var previous = Array(0...n)
        var current = [Int](repeating: 0, count: n + 1)
        for i in 1...a.count {
            let first = max(1, i - band), last = min(n, i + band)
            current[first - 1] = first == 1 ? i : outside
            var rowMinimum = current[first - 1]
            let ai = a[i - 1]
            for j in first...last {
                let value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ai == b[j - 1] ? 0 : 1))
                current[j] = value
                if value < rowMinimum { rowMinimum = value }
            }
            // The next row reads this cell as its upper neighbour.
            if last < n { current[last + 1] = outside }
            if rowMinimum >= limit { return limit }
            swap(&previous, &current)
        }
        return previous[n]
    }
}
