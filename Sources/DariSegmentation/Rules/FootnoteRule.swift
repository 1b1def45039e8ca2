/// Moves a boundary past a footnote mark that follows the full stop
/// ("…in 2016.[2] The next…", "…했다.[3] 그러나…", "…end.¹ Next").
///
/// Measured failure: ICU ends the sentence at the full stop and starts the
/// next with "[2]".
struct FootnoteRule: SegmentationRule {
    let name = "footnote"

    func apply(to context: inout BoundaryContext) {
        let units = context.text
        var moves: [(Int, Int)] = []
        for boundary in context.boundaries where boundary < units.count {
            var end = boundary
            // [12] or [a] glued to the punctuation, possibly repeated: .[1][2]
            while end < units.count, units[end] == 0x5B {
                var close = end + 1
                while close < units.count, close - end <= 4, Scalars.isDigit(units[close]) || Scalars.isLower(units[close]) {
                    close += 1
                }
                guard close < units.count, units[close] == 0x5D, close > end + 1 else { break }
                end = close + 1
            }
            // Superscript digits ¹²³ and U+2070–2079.
            while end < units.count, [0xB9, 0xB2, 0xB3].contains(units[end]) || (0x2070...0x2079).contains(units[end]) {
                end += 1
            }
            if end > boundary { moves.append((boundary, end)) }
        }
        for (old, new) in moves { context.moveBoundary(from: old, to: new) }
        context.addBoundaries(unbrokenFootnotes(in: units))
    }

    /// ICU does not break at all after "5.[2] Next"; add the boundary after the
    /// mark when punctuation precedes it and a capital or Hangul follows.
    private func unbrokenFootnotes(in units: [UInt16]) -> [Int] {
        var added: [Int] = []
        var index = 1
        while index < units.count {
            defer { index += 1 }
            guard units[index] == 0x5B, Scalars.isTerminal(units[index - 1]) else { continue }
            var close = index + 1
            while close < units.count, close - index <= 4, Scalars.isDigit(units[close]) { close += 1 }
            guard close < units.count, units[close] == 0x5D, close > index + 1 else { continue }
            var next = close + 1
            while next < units.count, Scalars.isSpace(units[next]) { next += 1 }
            guard next > close + 1, next < units.count,
                  Scalars.isUpper(units[next]) || Scalars.isHangul(units[next]) else { continue }
            added.append(close + 1)
        }
        return added
    }
}
