/// A section number a document generator writes before a heading:
/// `1.`, `1.1.`, `14.20.3.4.` (groups of digits, each followed by a period),
/// and in an appendix `F.2.`, `A.1.3.` (a capital letter, then digits).
///
/// It is numbering, not prose: segmentation keeps it with the text it
/// numbers, and the checks do not hold it against a version that numbers its
/// headings differently (DocBook's Korean GIMP manual numbers `h6` headings
/// that the English one does not).
public enum SectionNumber {
    /// Whether all of `text` is a section number (a final period optional
    /// when there are two groups or more: `1.1` but not `1`).
    public static func isSectionNumber(_ text: some StringProtocol) -> Bool {
        var groups = 0, digitsInGroup = 0, endsWithPeriod = false
        var scalars = Substring(text).unicodeScalars[...]
        // An appendix letter counts only before a number: `F.` alone is an initial.
        var appendix = false
        if let first = scalars.first, first.value >= 0x41 && first.value <= 0x5A, scalars.dropFirst().first == "." {
            scalars = scalars.dropFirst(2)
            appendix = true
        }
        if appendix, !(scalars.first.map { $0.value >= 0x30 && $0.value <= 0x39 } ?? false) { return false }
        for scalar in scalars {
            if scalar.value >= 0x30 && scalar.value <= 0x39 {
                digitsInGroup += 1
                endsWithPeriod = false
            } else if scalar == ".", digitsInGroup > 0 {
                groups += 1
                digitsInGroup = 0
                endsWithPeriod = true
            } else {
                return false
            }
        }
        if digitsInGroup > 0 { groups += 1 }
        if appendix { return groups >= 1 }
        return groups > 1 || (groups == 1 && endsWithPeriod)
    }

    /// The section number that starts `text` with the white space after it
    /// (`"1.1. "` of `"1.1. Introduction"`), or nil. The number must end in a
    /// period and be followed by white space, so `3.5 MB` is not one.
    public static func leading(in text: String) -> Substring? {
        guard let space = text.firstIndex(where: { $0.isWhitespace }), space > text.startIndex else { return nil }
        let number = text[..<space]
        guard number.last == ".", isSectionNumber(number) else { return nil }
        let rest = text[space...].firstIndex { !$0.isWhitespace } ?? text.endIndex
        return text[..<rest]
    }
}
