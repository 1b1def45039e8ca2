import DariText

/// Sentences that another tool's splitter cut in two at a Korean quotation:
/// "“…했습니다.” / 고 말했습니다." The piece that opens with a quotative
/// particle is part of the sentence before it, never a sentence of its own.
public enum QuotationPieces {
    /// The Korean lines grouped into sentences: a line that opens with a
    /// quotative particle (`KoreanQuotative.particles`) joins the line before it.
    ///
    /// Korean only: English has no such sure sign (a lower-case opening is
    /// also a list item, a brand or a corpus's own line break); see
    /// docs/design/alignment-weights.md, "Quotation pieces".
    ///
    /// - Returns: contiguous ranges of line indices covering `lines`, in order.
    public static func sentences(of lines: [String]) -> [Range<Int>] {
        var units: [Range<Int>] = []
        for (index, line) in lines.enumerated() {
            if let last = units.last, openers.contains(firstWord(of: line)) {
                units[units.count - 1] = last.lowerBound..<index + 1
            } else {
                units.append(index..<index + 1)
            }
        }
        return units
    }

    private static let openers = Set(KoreanQuotative.particles)

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
