/// Reads an ellipsis written as spaced dots (`. . .`) as a pause inside the
/// sentence, and a fourth dot as the sentence's own full stop.
///
/// Measured failure (issue 19): ICU breaks inside and after every spaced
/// ellipsis. In edited prose (MLA style) three spaced dots mark an omission
/// and the sentence goes on, whatever case follows ("the thing is . . . I
/// didn't mean it"). Four dots end a sentence when a capital follows: after a
/// space (". . . . Next") the last dot is the stop; glued to a word
/// ("compounds. . . . The") the first is, and the ellipsis opens the next
/// sentence (". . . The practice was not abandoned").
struct SpacedEllipsisRule: SegmentationRule {
    let name = "spaced-ellipsis"

    func apply(to context: inout BoundaryContext) {
        let units = context.text
        var cleared: [ClosedRange<Int>] = []
        var added: [Int] = []
        // Dots are never letters, digits or spaces: only `punctuation` can hold one.
        var following = 0  // the first offset still to look at
        for index in context.punctuation where index >= following {
            following = index + 1
            guard units[index] == 0x2E else { continue }
            let start = index
            var dots = 1
            var end = index + 1
            while end + 1 < units.count, Scalars.isSpace(units[end]), units[end + 1] == 0x2E {
                dots += 1
                end += 2
            }
            following = end
            guard dots >= 3 else { continue }
            let glued = start > 0 && !Scalars.isSpace(units[start - 1]) && units[start - 1] != 0x2E
            var close = end
            while close < units.count, Scalars.isCloser(units[close]) { close += 1 }
            var next = close
            while next < units.count, Scalars.isSpace(units[next]) { next += 1 }
            cleared.append(start...close)
            guard dots >= 4, next > close, next < units.count, Scalars.isUpper(units[next]) else { continue }
            added.append(glued ? start + 1 : close)
        }
        guard !cleared.isEmpty else { return }
        context.removeBoundaries { boundary, _ in cleared.contains { $0.contains(boundary) } }
        context.addBoundaries(added)
    }
}
