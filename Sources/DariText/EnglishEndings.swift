/// The endings English adds to a noun or name while it still names the same
/// thing: plural, possessive-free demonym, participle and agent (Iraq →
/// Iraqis, Iraqi; Japan → Japanese; defect → defectors; missionary →
/// missionaries). A glossary term followed by one of them is the term;
/// followed by other letters, it is part of another word ("Iran" is not
/// found in "Iranscan", "Oman" not in "Omanha").
public enum EnglishEndings {
    /// Latin letters and digits continue an English word; Hangul,
    /// apostrophes and hyphens do not ("Voice of the Martyrs와", "Iraq's",
    /// "Iraq-based").
    @inlinable
    public static func continuesWord(_ scalar: Unicode.Scalar) -> Bool {
        Script.isLatinLetter(scalar) || Script.isDigit(scalar)
    }

    private static let endings: Set<[Unicode.Scalar]> = Set([
        "", "s", "es", "i", "is", "n", "ns", "an", "ans", "ian", "ians", "ese", "d", "ed", "ing", "er", "ers",
    ].map { Array($0.unicodeScalars) })

    /// The length of the ending in lower-cased `scalars` from `end` (where a
    /// term ends) to the end of the word, or nil when the rest of the word is
    /// not an ending.
    public static func ending(in scalars: [Unicode.Scalar], from end: Int) -> Int? {
        let rest = restOfWord(scalars, from: end)
        return endings.contains(Array(scalars[rest])) ? rest.count : nil
    }

    /// The same for a term that ends in y, from where its stem ends
    /// (country → countries, countried): the length of -ies or -ied.
    public static func yEnding(in scalars: [Unicode.Scalar], fromStemEnd stemEnd: Int) -> Int? {
        let rest = restOfWord(scalars, from: stemEnd)
        let ending = scalars[rest]
        return ending.elementsEqual("ies".unicodeScalars) || ending.elementsEqual("ied".unicodeScalars) ? rest.count : nil
    }

    private static func restOfWord(_ scalars: [Unicode.Scalar], from start: Int) -> Range<Int> {
        var end = start
        while end < scalars.count, continuesWord(scalars[end]) { end += 1 }
        return start..<end
    }
}
