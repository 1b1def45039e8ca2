/// Ends an English sentence at a Unicode ellipsis followed by a new
/// capitalised sentence ("…and then… Nobody came."), as ICU already does
/// for three dots; removes a break after "..." when the text continues in
/// lower case or with a digit.
struct EllipsisRule: SegmentationRule {
    let name = "ellipsis"

    func apply(to context: inout BoundaryContext) {
        let units = context.text
        var added: [Int] = []
        for index in units.indices where units[index] == 0x2026 {
            var end = index + 1
            while end < units.count, Scalars.isCloser(units[end]) { end += 1 }
            var next = end
            while next < units.count, Scalars.isSpace(units[next]) { next += 1 }
            guard next > end, next < units.count, Scalars.isUpper(units[next]) else { continue }
            added.append(end)
        }
        context.addBoundaries(added)
        context.removeBoundaries { boundary, next in
            guard boundary >= 1, units[boundary - 1] == 0x2E || units[boundary - 1] == 0x2026,
                  next < units.count else { return false }
            return Scalars.isLower(units[next]) || Scalars.isDigit(units[next])
        }
    }
}
