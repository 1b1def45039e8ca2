/// Moves a boundary past emoji and emoticons that close the sentence before it
/// ("하니까요. 😲😲😲동그라미…", "예약했음...😄 딸기가…", "Well done! 🎉 Next…").
///
/// Measured failure: ICU ends the sentence at the punctuation and starts the
/// next one with the emoji, so both sentences come out wrong.
struct TrailingDecorationRule: SegmentationRule {
    let name = "trailing-decoration"

    func apply(to context: inout BoundaryContext) {
        let units = context.text
        var moves: [(Int, Int)] = []
        for boundary in context.boundaries {
            var next = boundary
            while next < units.count, Scalars.isSpace(units[next]) { next += 1 }
            var end = next
            while end < units.count, Decoration.isDecoration(units[end]), units[end] != 0x7E {
                end += 1
            }
            if end > next, end < units.count { moves.append((boundary, end)) }
        }
        for (old, new) in moves { context.moveBoundary(from: old, to: new) }
    }
}
