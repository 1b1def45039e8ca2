import DariText

extension SentenceAligner {
    /// Korean words that end a quotation and never open a sentence.
    static let quotativeParticles: Set<String> = ["고", "라고", "이라고", "다고", "며", "라며", "이라며"]

    /// The Korean lines grouped into sentences: a line that opens with a
    /// quotative particle joins the line before it. (English has no such sure
    /// sign: a lower-case opening is also a list item, a brand or a corpus's
    /// own line break; on held-out dev lines joining them cost 0.016 noisy F1.)
    static func sentences(of lines: [String]) -> [Range<Int>] {
        var units: [Range<Int>] = []
        for (index, line) in lines.enumerated() {
            if let last = units.last, quotativeParticles.contains(Self.firstWord(of: line)) {
                units[units.count - 1] = last.lowerBound..<index + 1
            } else {
                units.append(index..<index + 1)
            }
        }
        return units
    }

    /// The first word of a line, at most four characters (longer words are
    /// no particle); scalars, since grapheme breaking costs on a long text.
    static func firstWord(of line: String) -> String {
        var word = String.UnicodeScalarView()
        for scalar in line.unicodeScalars.drop(while: Script.isWhitespace) {
            if Script.isWhitespace(scalar) { break }
            if word.count == 4 { return "" }
            word.append(scalar)
        }
        return String(word)
    }
}
