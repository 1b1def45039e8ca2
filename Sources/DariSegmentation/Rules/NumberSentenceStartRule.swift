/// Ends an English sentence at a full stop followed by a number that opens the
/// next sentence when the word after the number is in lower case
/// ("Only 1 and 0 are valid. ¦“1111111” is an invalid string",
/// "…arrived at noon. ¦15 people were waiting").
///
/// Measured failure (English site gold, issue 19): ICU's rule SB8 never breaks
/// before a lower-case word, and it looks past digits and quotes to find it,
/// so a sentence that opens with a number and goes on in lower case was glued
/// to the one before. The stop must follow an ordinary word of two or more
/// letters that is no abbreviation, so a number after an abbreviation that
/// takes one stays with it ("No. 5 is", "p. 14 shows", "approx. 20 people").
struct NumberSentenceStartRule: SegmentationRule {
    let name = "number-sentence-start"

    func apply(to context: inout BoundaryContext) {
        let units = context.text
        var added: [Int] = []
        var index = 2
        while index < units.count - 2 {
            defer { index += 1 }
            guard units[index] == 0x2E, Scalars.isSpace(units[index + 1]),
                  Scalars.isLower(units[index - 1]), Scalars.isLatinLetter(units[index - 2]) else { continue }
            var next = index + 1
            while next < units.count, Scalars.isSpace(units[next]) { next += 1 }
            while next < units.count, Scalars.isOpener(units[next]) { next += 1 }
            guard next < units.count, Scalars.isDigit(units[next]) else { continue }
            // The number, then its closing quotes, then a space and a lower-case word.
            var after = next
            while after < units.count, Scalars.isDigit(units[after]) || units[after] == 0x2C || units[after] == 0x25 {
                after += 1
            }
            while after < units.count, Scalars.isCloser(units[after]) { after += 1 }
            guard after + 1 < units.count, Scalars.isSpace(units[after]), Scalars.isLower(units[after + 1]) else {
                continue
            }
            let key = units.abbreviationKey(endingBeforeDotAt: index)
            if EnglishWords.isAbbreviation(key) || key.count < 2 { continue }
            added.append(index + 1)
        }
        context.addBoundaries(added)
    }
}
