/// Keeps a list marker with the item it introduces ("1. Pray for the team.",
/// "(a) Give…", "2) Share…", "가. 기도하기").
///
/// Measured failure: ICU ends a sentence after "1." and "2.", leaving the
/// marker alone on a line. A number after an abbreviation that takes one
/// ("Sept. 14.", "No. 3.", "(see p. 14)") is that abbreviation's argument, not
/// a marker: hard-cases.txt was split "…for Sept." ¦ "14. The volunteers…"
/// and "(see p." ¦ "14) lists…".
struct ListMarkerRule: SegmentationRule {
    let name = "list-marker"

    func apply(to context: inout BoundaryContext) {
        let units = context.text
        context.addBoundaries(boundariesBeforeInlineMarkers(in: units, punctuation: context.punctuation))
        var marked: Set<Int> = []
        for boundary in context.boundaries {
            // The word before the boundary is a marker ("1.", "(a)") that starts
            // the text or follows a colon or a finished sentence.
            let start = units.wordStart(endingAt: boundary)
            var before = start
            while before > 0, Scalars.isSpace(units[before - 1]) { before -= 1 }
            // A capital letter opens a lettered heading or item ("A. 조합 패턴 활용") only
            // where the text starts: elsewhere "A." may end a sentence ("…plan B. Then…").
            guard isMarker(units[start..<boundary]) || before == 0 && Self.isCapitalMarker(units[start..<boundary])
            else { continue }
            if before == 0 || units[before - 1] == 0x3A
                || (Scalars.isTerminal(units[before - 1]) && !Self.endsWithNumberAbbreviation(units, at: before))
                || Scalars.isCloser(units[before - 1]) {
                marked.insert(boundary)
            }
        }
        if !marked.isEmpty {
            context.removeBoundaries { boundary, _ in marked.contains(boundary) }
        }
    }

    /// "…for the team. 2. Give…", "…the fund. (b) Share…": ICU does not break
    /// before a number, so a marker after a full stop starts a new sentence.
    ///
    /// Only the units after `punctuation` offsets are candidates: a stop or a
    /// closer is never a letter, digit or space.
    private func boundariesBeforeInlineMarkers(in units: [UInt16], punctuation: [Int]) -> [Int] {
        var added: [Int] = []
        for mark in punctuation where mark + 1 < units.count {
            let index = mark + 1
            // units[index - 1] ends a word (a stop or a closer is never a
            // space); is that word terminal punctuation?
            guard Scalars.isTerminal(units[index - 1]) || Scalars.isCloser(units[index - 1]),
                  Scalars.isSpace(units[index]) else { continue }
            var last = index
            while last > 0, Scalars.isCloser(units[last - 1]) { last -= 1 }
            // "…by Oct. 31. Interviews…": the full stop of "Oct." is not a sentence end.
            guard last > 0, Scalars.isTerminal(units[last - 1]),
                  !Self.endsWithNumberAbbreviation(units, at: last) else { continue }
            var start = index
            while start < units.count, Scalars.isSpace(units[start]) { start += 1 }
            let end = units.wordEnd(startingAt: start)
            guard end < units.count, isMarker(units[start..<end]) else { continue }
            // The previous word must not itself be a marker ("1. 2.") nor a
            // year: "2020. 1. 2." is a date in Korean writing.
            let previousStart = units.wordStart(endingAt: index)
            if isMarker(units[previousStart..<index]) { continue }
            if units[previousStart..<(index - 1)].allSatisfy(Scalars.isDigit) { continue }
            added.append(index)
        }
        return added
    }

    /// True when the text before `end` is an abbreviation that takes a number
    /// ("Oct.", "No.", "p."), so the number after it is its argument, not a
    /// list marker: "…by Oct. 31. Interviews…" ends after "31.", not after "Oct.".
    static func endsWithNumberAbbreviation(_ units: [UInt16], at end: Int) -> Bool {
        guard end >= 2, units[end - 1] == 0x2E, Scalars.isLatinLetter(units[end - 2]) else { return false }
        return EnglishWords.beforeNumber.contains(units.abbreviationKey(endingBeforeDotAt: end - 1))
    }

    /// "A." or "B)": one capital Latin letter and a full stop or parenthesis.
    static func isCapitalMarker(_ piece: ArraySlice<UInt16>) -> Bool {
        guard piece.count == 2, let letter = piece.first, let last = piece.last else { return false }
        return Scalars.isUpper(letter) && (last == 0x2E || last == 0x29)
    }

    /// "12.", "3)", "(a)", "a)", "iv.", "가." — at most 4 characters.
    private func isMarker(_ piece: ArraySlice<UInt16>) -> Bool {
        guard piece.count >= 2, piece.count <= 5, let last = piece.last else { return false }
        var body = piece.dropLast()
        if last == 0x29, body.first == 0x28 { body = body.dropFirst() }
        guard last == 0x2E || last == 0x29, !body.isEmpty, body.count <= 3 else { return false }
        if body.allSatisfy(Scalars.isDigit) { return true }
        if body.count == 1, let unit = body.first, Scalars.isLower(unit) || Scalars.isHangulSyllable(unit) {
            return last == 0x29 || Scalars.isHangulSyllable(unit)
        }
        let roman: Set<UInt16> = [0x69, 0x76, 0x78]  // i v x
        return last == 0x29 && body.allSatisfy { roman.contains($0) }
    }
}
