/// Moves a boundary past the footnote marks that follow the full stop
/// ("…in 2016.[2] The next…", "…했다.[3][4] 그러나…", "…했다.[주 3] 이듬해…",
/// "…end.¹ Next").
///
/// Measured failure: ICU ends the sentence at the full stop and starts the
/// next with "[2]"; after a run of marks or a labelled note ("[주 3]",
/// "[note 2]") it did not break at all (issue 19, encyclopaedia text).
/// A mark is a bracket glued to the stop or to the mark before it, holding a
/// number, a short lower-case letter label ("[a]") or a note label and number.
struct FootnoteRule: SegmentationRule {
    let name = "footnote"

    func apply(to context: inout BoundaryContext) {
        let units = context.text
        var moves: [(Int, Int)] = []
        for boundary in context.boundaries where boundary < units.count {
            let end = Self.marksEnd(units, from: boundary)
            if end > boundary { moves.append((boundary, end)) }
        }
        for (old, new) in moves { context.moveBoundary(from: old, to: new) }
        context.addBoundaries(unbrokenFootnotes(in: units, punctuation: context.punctuation))
    }

    /// The end of the run of footnote marks starting at `start` (`start` when none).
    static func marksEnd(_ units: [UInt16], from start: Int) -> Int {
        var end = start
        while end < units.count, units[end] == 0x5B, let close = markClose(units, open: end) {
            end = close + 1
        }
        // Superscript digits ¹²³ and U+2070–2079.
        while end < units.count, [0xB9, 0xB2, 0xB3].contains(units[end]) || (0x2070...0x2079).contains(units[end]) {
            end += 1
        }
        return end
    }

    private static let noteLabels: [[UInt16]] = ["주", "註", "각주", "note", "Note", "n", "fn", "nb"].map { Array($0.utf16) }

    /// The `]` of a footnote mark opening at `open`: [12], [a], [주 3], [note 2].
    private static func markClose(_ units: [UInt16], open: Int) -> Int? {
        var index = open + 1
        for label in noteLabels where units.hasPrefix(label, at: index) {
            index += label.count
            while index < units.count, Scalars.isSpace(units[index]) { index += 1 }
            break
        }
        let bodyStart = index
        if index < units.count, Scalars.isDigit(units[index]) {
            while index < units.count, index - bodyStart < 4, Scalars.isDigit(units[index]) { index += 1 }
        } else if bodyStart == open + 1 {
            while index < units.count, index - bodyStart < 3, Scalars.isLower(units[index]) { index += 1 }
        }
        guard index > bodyStart, index < units.count, units[index] == 0x5D else { return nil }
        return index
    }

    /// ICU does not break at all after "5.[2] Next"; add the boundary after the
    /// marks when a stop precedes them and a capital, Hangul or digit follows.
    /// Only `punctuation` offsets can hold the `[`.
    private func unbrokenFootnotes(in units: [UInt16], punctuation: [Int]) -> [Int] {
        var added: [Int] = []
        var next = 1  // the first offset still to look at
        for index in punctuation where index >= next {
            next = index + 1
            guard units[index] == 0x5B, Scalars.isTerminal(units[index - 1]) || Scalars.isCloser(units[index - 1])
            else { continue }
            var stop = index
            while stop > 0, Scalars.isCloser(units[stop - 1]) { stop -= 1 }
            guard stop > 0, Scalars.isTerminal(units[stop - 1]) else { continue }
            let end = Self.marksEnd(units, from: index)
            guard end > index else { continue }
            var next = end
            while next < units.count, Scalars.isSpace(units[next]) { next += 1 }
            guard next > end, next < units.count,
                  Scalars.isUpper(units[next]) || Scalars.isHangul(units[next]) || Scalars.isOpener(units[next])
            else { continue }
            added.append(end)
            next = end + 1
        }
        return added
    }
}
