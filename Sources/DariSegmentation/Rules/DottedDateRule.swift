/// Keeps a date written with dots together with its sentence
/// ("공지는 2020. 1. 2. 게시되었다.", "2019. 12. 31. 기준").
///
/// Measured failure: ICU ends a sentence after "2020." because a space and a
/// digit follow, so Korean's standard date notation (year. month. day.) fell
/// into three pieces. A date is a four-digit year, a month of one or two
/// digits and optionally a day, each closed by a dot; the boundary after the
/// date stays only when no Hangul word or number follows it in the sentence.
struct DottedDateRule: SegmentationRule {
    let name = "dotted-date"

    func apply(to context: inout BoundaryContext) {
        let units = context.text
        var spans: [ClosedRange<Int>] = []
        // A year starts a run of ASCII digits: only `asciiRunStarts` are walked.
        var following = 0  // the first offset still to look at
        for index in context.asciiRunStarts where index >= following && index + 4 < units.count {
            following = index + 1
            guard Scalars.isDigit(units[index]), index == 0 || !Scalars.isLetterOrDigit(units[index - 1]),
                  let end = dateEnd(units, from: index) else { continue }
            var next = end
            while next < units.count, Scalars.isSpace(units[next]) { next += 1 }
            let continues = next < units.count && (Scalars.isHangulSyllable(units[next]) || Scalars.isDigit(units[next]))
            spans.append((index + 1)...(continues ? end : end - 1))
            following = end + 1
        }
        guard !spans.isEmpty else { return }
        context.removeBoundaries { boundary, _ in spans.contains { $0.contains(boundary) } }
    }

    /// The end (after the last dot) of "2020. 1." or "2020. 1. 2." at `start`.
    private func dateEnd(_ units: [UInt16], from start: Int) -> Int? {
        var index = start
        var parts: [Int] = []
        while parts.count < 3 {
            let digitsStart = index
            var value = 0
            while index < units.count, Scalars.isDigit(units[index]), index - digitsStart < 4 {
                value = value * 10 + Int(units[index] - 0x30)
                index += 1
            }
            let length = index - digitsStart
            guard length > 0, index < units.count, units[index] == 0x2E else { break }
            if parts.isEmpty ? length != 4 : length > 2 { break }
            if parts.count == 1, !(1...12).contains(value) { break }
            if parts.count == 2, !(1...31).contains(value) { break }
            parts.append(value)
            index += 1
            guard parts.count < 3 else { break }
            let dot = index
            while index < units.count, Scalars.isSpace(units[index]), index - dot < 2 { index += 1 }
            guard index < units.count, Scalars.isDigit(units[index]) else { index = dot; break }
        }
        guard parts.count >= 2 else { return nil }
        // `index` is after the last dot of a complete part.
        var end = index
        while end > start, units[end - 1] != 0x2E { end -= 1 }
        return end
    }
}
