/// Removes boundaries ICU puts after abbreviations and initials.
///
/// Measured failure: ICU's plain sentence rules break after "Dr.", "Mr.",
/// "No.", "e.g." and the initials of "J. R. R. Tolkien". Titles never end a
/// sentence here; abbreviations before a number keep their number; other
/// abbreviations and single initials continue unless the next word is a
/// typical sentence opener ("…in the U.S. The next…", "…Plan B. We…");
/// after a clock time (a.m., p.m.) any capitalised word but one that
/// qualifies the time (zone, weekday, month, "Seoul time") opens a sentence.
/// Applies to Latin-script text in either language.
struct AbbreviationRule: SegmentationRule {
    let name = "abbreviation"

    func apply(to context: inout BoundaryContext) {
        let units = context.text
        context.removeBoundaries { boundary, next in
            guard units[boundary - 1] == 0x2E, boundary >= 2, Scalars.isLatinLetter(units[boundary - 2]),
                  next < units.count else { return false }
            // "..." is an ellipsis, not an abbreviation.
            if boundary >= 3, units[boundary - 3] == 0x2E, units[boundary - 2] == 0x2E { return false }
            let key = units.abbreviationKey(endingBeforeDotAt: boundary - 1)
            let nextUnit = units[next]
            let nextIsLower = Scalars.isLower(nextUnit)
            let nextIsDigit = Scalars.isDigit(nextUnit)
            let nextWord = units.lowercasedWord(at: next)
            let opener = EnglishWords.sentenceOpeners.contains(nextWord)

            if EnglishWords.titles.contains(key) { return Scalars.isLatinLetter(nextUnit) || nextIsDigit }
            if EnglishWords.beforeNumber.contains(key), nextIsDigit { return true }
            if EnglishWords.clockTimes.contains(key), Scalars.isUpper(nextUnit) {
                // "…closes at 4 p.m. Patients should arrive…" (hard-cases.txt) was
                // one sentence: "Patients" is no listed opener. A clock time completes
                // its phrase, so a capital after it opens a sentence unless it
                // qualifies the time: "3 p.m. Eastern", "10 a.m. Monday",
                // "9 a.m. KST", "10 a.m. Seoul time".
                return EnglishWords.timeQualifiers.contains(nextWord) || units.lowercasedWord(after: next) == "time"
            }
            if EnglishWords.midSentence.contains(key) { return nextIsLower || nextIsDigit || !opener }
            // A single capital letter: an initial ("J. R. R. Tolkien", "Harry S. Truman").
            if key.count == 1, Scalars.isUpper(units[boundary - 2]) {
                let isWordStart = boundary - 2 == 0 || !Scalars.isLatinLetter(units[boundary - 3])
                return isWordStart && Scalars.isUpper(nextUnit) && !opener
            }
            // Dotted acronyms not in the list (N.G.O., U.S.S.R.).
            if key.contains("."), key.count <= 9 { return nextIsLower || nextIsDigit || !opener }
            return false
        }
    }
}
