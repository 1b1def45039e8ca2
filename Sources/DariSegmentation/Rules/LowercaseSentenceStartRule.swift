/// Ends an English sentence at a full stop followed by a word in lower case
/// when the stop follows an ordinary word, not an abbreviation
/// ("…reload the configuration. ¦nginx then reads it.", "…edit /etc/hosts. ¦then restart",
/// "…contact the team. ¦contact@example.org").
///
/// Measured failure (issue 19): ICU never breaks before a lower-case word, and
/// technical prose opens sentences with command and program names. The stop
/// after an abbreviation ("e.g. rice", "approx. five", "3 p.m. and") or an
/// initial still continues (`EnglishWords.isAbbreviation` decides), and so
/// does a common function word ("…come. and then"), more often a typo or an
/// unknown abbreviation than a sentence start. A `?` or
/// `!` before a lower-case word is left to `LowercaseContinuationRule`
/// (`"Why?" he asked`).
struct LowercaseSentenceStartRule: SegmentationRule {
    let name = "lowercase-sentence-start"

    private static let www = Array("www.".utf16)

    func apply(to context: inout BoundaryContext) {
        let units = context.text
        var added: [Int] = []
        var index = 2
        while index < units.count - 1 {
            defer { index += 1 }
            guard units[index] == 0x2E, Scalars.isSpace(units[index + 1]),
                  Scalars.isLatinLetter(units[index - 1]), Scalars.isLatinLetter(units[index - 2]) else { continue }
            var next = index + 1
            while next < units.count, Scalars.isSpace(units[next]) { next += 1 }
            guard next < units.count, Scalars.isLower(units[next]) else { continue }
            // The next word is a word and the text goes on after it: "nginx then…".
            var nextEnd = next
            while nextEnd < units.count, Scalars.isLatinLetter(units[nextEnd]) || Scalars.isDigit(units[nextEnd]) {
                nextEnd += 1
            }
            guard nextEnd < units.count, nextEnd - next >= 2 else { continue }
            // A URL after a title is a reference's address ("Wikipedia - Gamut. https://…").
            if units[nextEnd] == 0x3A || units.hasPrefix(Self.www, at: next) { continue }
            // A common English word in lower case after the stop suggests an
            // abbreviation we do not know, or a typo ("…would come. and then"),
            // more than a new sentence; command names are not such words.
            // An e-mail address opens a sentence of its own whatever its first word is
            // ("…contact the coordination team. contact@example.org").
            if units[nextEnd] != 0x40, EnglishWords.sentenceOpeners.contains(units.lowercasedWord(at: next)) { continue }
            let key = units.abbreviationKey(endingBeforeDotAt: index)
            if EnglishWords.isAbbreviation(key) || key.count < 2 { continue }
            added.append(index + 1)
        }
        context.addBoundaries(added)
    }
}
