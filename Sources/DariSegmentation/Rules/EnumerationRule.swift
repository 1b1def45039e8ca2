/// Splits an inline enumeration before each item marker and never after one
/// ("Bring three things: ¦1) a passport ¦2) a photo ¦3) the form.",
/// "¦a. The first item ¦b. The second item", "• 9. First ¦• 10. Second").
///
/// Measured failure (issue 19, the standard English suite's most frequent
/// error): ICU breaks after "1." or "a." when a capital follows and never
/// before "2)", so each marker ended the item before it. A marker is a
/// number (up to three digits) or a single letter, closed by `.`, `)` or
/// `.)` or wrapped in `( )`, optionally after a bullet, at the start of a
/// word and followed by text. Markers form an enumeration only as a run of
/// consecutive values in the same style with text between them (1) 2) 3),
/// a. b., 9. 10., (i) (ii)) whose first marker opens the text, follows a colon
/// or a sentence end, or has a bullet; letters must start at "a". A lone number ("in 2.") and a
/// date ("2020. 1. 2.") are not enumerations. A bullet on its own (•, ‣, ◦)
/// between words starts an item too.
struct EnumerationRule: SegmentationRule {
    let name = "enumeration"

    private struct Marker {
        var start: Int
        var end: Int  // just after the closing mark
        var value: Int
        var style: Int  // kind, bullet, parenthesis and closing mark, packed
    }

    private static func isBullet(_ unit: UInt16) -> Bool {
        unit == 0x2022 || unit == 0x2043 || unit == 0x2023 || unit == 0x25E6 || unit == 0x25AA
    }

    /// What a marker can start with: a digit, a Latin letter, `(` or a bullet.
    private static func canStartMarker(_ unit: UInt16) -> Bool {
        unit < 0x80 ? Scalars.isDigit(unit) || Scalars.isLatinLetter(unit) || unit == 0x28 : isBullet(unit)
    }

    func apply(to context: inout BoundaryContext) {
        let units = context.text
        var markers: [Marker] = []
        var bulletStarts: [Int] = []
        // A marker starts with an ASCII letter or digit at the start of its
        // run, or with `(` or a bullet (punctuation): only those offsets are
        // walked, in order, not every unit (issue 19, segmentation speed).
        let punctuation = context.punctuation, runStarts = context.asciiRunStarts
        var nextPunctuation = 0, nextRunStart = 0
        var following = 0  // the first offset still to look at
        while true {
            let index: Int
            if nextPunctuation < punctuation.count,
               nextRunStart == runStarts.count || punctuation[nextPunctuation] < runStarts[nextRunStart] {
                index = punctuation[nextPunctuation]
                nextPunctuation += 1
            } else if nextRunStart < runStarts.count {
                index = runStarts[nextRunStart]
                nextRunStart += 1
            } else {
                break
            }
            guard index >= following else { continue }
            following = index + 1
            // A marker starts a word; "(iii)" may also follow a stop directly ("world.(iii) Hello").
            guard Self.canStartMarker(units[index]) else { continue }
            guard index == 0 || Scalars.isSpace(units[index - 1])
                || (units[index] == 0x28 && Scalars.isTerminal(units[index - 1])) else { continue }
            if let marker = marker(at: index, in: units) {
                markers.append(marker)
                following = marker.end  // "• 9." is one marker, not also "9."
            } else if Self.isBullet(units[index]), index > 0, index + 2 < units.count,
                      Scalars.isSpace(units[index + 1]) {
                bulletStarts.append(index)
            }
        }
        var added: [Int] = []
        var spans: [Range<Int>] = []
        for run in enumerations(markers, in: units) {
            for marker in run {
                added.append(marker.start)
                spans.append(marker.start..<marker.end)
            }
        }
        added += bulletStarts
        guard !added.isEmpty else { return }
        if !spans.isEmpty {
            context.removeBoundaries { boundary, _ in
                spans.contains { $0.lowerBound < boundary && boundary <= $0.upperBound }
            }
        }
        // A boundary goes where the previous item's content ends.
        context.addBoundaries(added.map { start in
            var end = start
            while end > 0, Scalars.isSpace(units[end - 1]) { end -= 1 }
            return end
        })
    }

    /// Maximal runs of consecutive values in one style, with text between markers.
    private func enumerations(_ markers: [Marker], in units: [UInt16]) -> [[Marker]] {
        var open: [Int: [Marker]] = [:]
        var runs: [[Marker]] = []
        for marker in markers {
            if var run = open[marker.style], let last = run.last, last.value + 1 == marker.value,
               units[last.end..<marker.start].contains(where: { Scalars.isLatinLetter($0) || Scalars.isHangul($0) }) {
                run.append(marker)
                open[marker.style] = run
                continue
            }
            if let run = open[marker.style], run.count >= 2 { runs.append(run) }
            let isLetter = marker.style & 1 == 1
            let opens = Self.opensList(marker, in: units) && (!isLetter || marker.value == 1)
            open[marker.style] = opens ? [marker] : nil
        }
        runs += open.values.filter { $0.count >= 2 }
        return runs
    }

    /// The first marker of a list opens the text, follows a colon or a finished
    /// sentence, or carries a bullet: "Plan a. was to leave; plan b. …" is no list.
    private static func opensList(_ marker: Marker, in units: [UInt16]) -> Bool {
        if marker.style & 2 != 0 { return true }
        var before = marker.start
        while before > 0, Scalars.isSpace(units[before - 1]) { before -= 1 }
        guard before > 0 else { return true }
        let unit = units[before - 1]
        return unit == 0x3A || Scalars.isTerminal(unit) || Scalars.isCloser(unit)
    }

    /// A lower-case Roman numeral (i, ii, iv, x…; a lone "v" or "x" excluded); its value and end.
    private static func romanNumeral(_ units: [UInt16], from start: Int) -> (Int, Int)? {
        func value(_ unit: UInt16) -> Int {
            switch unit {
            case 0x69: return 1  // i
            case 0x76: return 5  // v
            case 0x78: return 10  // x
            default: return 0
            }
        }
        var end = start
        while end < units.count, value(units[end]) > 0, end - start < 4 { end += 1 }
        guard end > start, end < units.count, !Scalars.isLatinLetter(units[end]) else { return nil }
        // A lone "v" or "x" is more often a letter item (… u. v. w.) than a numeral.
        if end - start == 1, units[start] != 0x69 { return nil }
        var total = 0
        for index in start..<end {
            let current = value(units[index])
            let next = index + 1 < end ? value(units[index + 1]) : 0
            total += current < next ? -current : current
        }
        return (total, end)
    }

    /// A marker starting at `start`: [bullet] [(] digits|letter (.|)|.)) followed by a space and text.
    private func marker(at start: Int, in units: [UInt16]) -> Marker? {
        var index = start
        var style = 0
        if Self.isBullet(units[index]) {
            style |= 2
            index += 1
            if index < units.count, Scalars.isSpace(units[index]) { index += 1 }
        }
        guard index < units.count else { return nil }
        let parenthesised = units[index] == 0x28
        if parenthesised {
            style |= 4
            index += 1
        }
        var value = 0
        let bodyStart = index
        while index < units.count, Scalars.isDigit(units[index]), index - bodyStart < 3 {
            value = value * 10 + Int(units[index] - 0x30)
            index += 1
        }
        if index == bodyStart, let (roman, end) = Self.romanNumeral(units, from: index) {
            value = roman
            style |= 128
            index = end
        } else if index == bodyStart {
            guard index < units.count else { return nil }
            let unit = units[index]
            if unit >= 0x61 && unit <= 0x7A {
                value = Int(unit - 0x60)
            } else if unit >= 0x41 && unit <= 0x5A {
                value = Int(unit - 0x40)
                style |= 8
            } else {
                return nil
            }
            style |= 1
            index += 1
        }
        guard index < units.count else { return nil }
        if parenthesised {
            guard units[index] == 0x29 else { return nil }
            index += 1
        } else if units[index] == 0x2E, index + 1 < units.count, units[index + 1] == 0x29 {
            style |= 16
            index += 2
        } else if units[index] == 0x29 {
            style |= 32
            index += 1
        } else if units[index] == 0x2E {
            style |= 64
            index += 1
        } else {
            return nil
        }
        guard index + 1 < units.count, Scalars.isSpace(units[index]), !Scalars.isSpace(units[index + 1]) else {
            return nil
        }
        return Marker(start: start, end: index, value: value, style: style)
    }
}
