/// Word lists the English rules share.
enum EnglishWords {
    /// Titles that always precede a name: never a sentence end.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "rev", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
        "hon", "pres", "messrs", "mme", "mlle", "fr", "supt", "cmdr", "adm", "maj", "brig", "pvt", "insp",
    ]

    /// Abbreviations that precede a number (No. 5, Vol. 2, pp. 12, Fig. 3, Jan. 5).
    static let beforeNumber: Set<String> = [
        "no", "nos", "vol", "vols", "p", "pp", "fig", "figs", "art", "ch", "chap", "sec", "ps", "ed", "eds",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "tel", "ext", "op",
    ]

    /// Abbreviations that rarely end a sentence: continue unless the next word
    /// is a clear sentence opener.
    static let midSentence: Set<String> = [
        "e.g", "i.e", "cf", "vs", "viz", "approx", "ca", "al", "st", "mt", "ft", "ave", "blvd", "rd",
        "dept", "est", "govt", "univ", "assn", "bros", "corp", "inc", "ltd", "co", "jr", "sr", "etc",
        "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "ph.d", "b.a", "m.a", "u.s.a", "a.d", "b.c",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "min", "max",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// Lower-case abbreviations that a full stop after them does not end
    /// ("approx. five", "incl. tax", "esp. when").
    static let lowercaseAbbreviations: Set<String> = [
        "abbr", "approx", "appx", "avg", "bldg", "cit", "cont", "contd", "def", "deg", "diam", "dist", "div",
        "doz", "ea", "esp", "ext", "fwd", "gal", "hr", "hrs", "ibid", "incl", "intl", "lb", "lbs", "lit", "misc",
        "mo", "mos", "natl", "nr", "obj", "orig", "oz", "pl", "pt", "pts", "qty", "ref", "refs", "resp", "sing",
        "sq", "tbsp", "temp", "trans", "tsp", "var", "wk", "wks", "wt", "yd", "yr", "yrs", "seq", "et", "excl",
        "inc", "vol", "vols", "op", "loc", "sc", "pref", "ver", "vers", "fn", "id", "cca", "cir", "circ",
    ]

    /// True when `key` (see `abbreviationKey`) is a listed abbreviation or
    /// dotted initials ("e.g", "u.s.a").
    static func isAbbreviation(_ key: String) -> Bool {
        titles.contains(key) || beforeNumber.contains(key) || midSentence.contains(key)
            || lowercaseAbbreviations.contains(key) || (key.contains(".") && AbbreviationRule.isDottedInitials(key))
            || key.count == 1
    }

    /// Clock-time abbreviations, which end their phrase ("at 4 p.m.").
    static let clockTimes: Set<String> = ["a.m", "p.m"]

    /// Words that open a time adverbial at the start of a sentence ("At 5 a.m.",
    /// "Shortly before 9 p.m.").
    static let timePrepositions: Set<String> = [
        "at", "by", "until", "till", "before", "after", "around", "about", "since", "from", "shortly",
        "just", "on", "then", "today", "tomorrow", "yesterday", "tonight", "starting",
    ]

    /// Capitalised words that still belong to a clock time before them: zones,
    /// weekdays, months ("3 p.m. Eastern", "10 a.m. Monday", "9 a.m. KST").
    static let timeQualifiers: Set<String> = [
        "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "utc", "bst",
        "cet", "cest", "kst", "jst", "eastern", "central", "mountain", "pacific", "local", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Words that usually open a sentence; after an abbreviation or initial
    /// they signal that the sentence did end there ("…in the U.S. The next…").
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
        "there", "here", "but", "and", "or", "so", "yet", "then", "now", "in", "on", "at", "for", "after",
        "before", "when", "while", "if", "as", "his", "her", "its", "their", "our", "my", "your", "some",
        "many", "most", "all", "each", "every", "one", "two", "three", "no", "not", "what", "why", "how",
        "who", "where", "please", "thank", "thanks", "let", "today", "tomorrow", "yesterday", "later",
        "meanwhile", "however", "also", "still", "since", "because", "although", "though", "during",
        "with", "without", "by", "from", "to", "of", "about", "over", "under", "did", "do", "does", "is",
        "are", "was", "were", "will", "would", "can", "could", "should", "may", "might", "must", "have",
        "has", "had", "join", "pray", "give", "come", "see", "read", "call", "write", "contact", "visit",
    ]
}

extension Array where Element == UInt16 {
    /// The lower-cased ASCII letters and inner dots of the word ending at
    /// `end` (a trailing "." excluded), e.g. "e.g" for "(e.g.", "dr" for "Dr.".
    func abbreviationKey(endingBeforeDotAt dot: Int) -> String {
        var start = dot
        while start > 0 {
            let unit = self[start - 1]
            guard Scalars.isLatinLetter(unit) || unit == 0x2E else { break }
            start -= 1
        }
        var key = ""
        for unit in self[start..<dot] {
            key.unicodeScalars.append(Unicode.Scalar(Scalars.isUpper(unit) && unit < 0x80 ? unit + 0x20 : unit)!)
        }
        return key
    }

    /// The lower-cased word (letters only) after the word starting at `start`
    /// and the spaces that follow it; "" when punctuation comes first.
    func lowercasedWord(after start: Int) -> String {
        var index = start
        while index < count, Scalars.isLatinLetter(self[index]) { index += 1 }
        let wordEnd = index
        while index < count, Scalars.isSpace(self[index]) { index += 1 }
        return index > wordEnd ? lowercasedWord(at: index) : ""
    }

    /// The lower-cased word starting at `start`, letters only.
    func lowercasedWord(at start: Int) -> String {
        var key = ""
        var index = start
        while index < count, Scalars.isLatinLetter(self[index]), index - start < 24 {
            let unit = self[index]
            key.unicodeScalars.append(Unicode.Scalar(Scalars.isUpper(unit) && unit < 0x80 ? unit + 0x20 : unit)!)
            index += 1
        }
        return key
    }
}
