import DariText

/// Consonant skeletons for comparing names across scripts: 오바마 and
/// Obama both give `Vpm`, 갤러트너 and Galertner `kltn`, 매케인 and McCain
/// `mkn`.
///
/// A transliterated name keeps its consonants and loses the rest: Korean
/// adds vowels (트 for t), English spells one sound many ways (c, k, ck, q).
/// Both sides are reduced to classes of consonants (p/b/f/v → p, k/g/c/q →
/// k, t/d/th → t, s/z/sh → s, j/ch → c, l/r → l), vowels are dropped except a
/// word-initial one (`V`), and doubled classes collapse. English r before a
/// consonant or at the end of a word is dropped, as Korean does (-er → 어).
///
/// Hangul syllables are decomposed arithmetically (Unicode 3.12) rather than
/// through ICU's Hangul-Latin transliterator: only the consonant classes are
/// needed, and a table lookup per syllable keeps the aligner at tens of
/// thousands of sentences a second.
enum NameSkeleton {
    /// Skeletons of at least `minimumLength` classes are specific enough to
    /// be evidence; two letters would match half the vocabulary.
    static let minimumLength = 3
    /// How many trailing syllables of a Korean word may be particles or a noun (`koreanCandidates`).
    static let maximumDropped = 4

    /// The skeleton of a Hangul word (other characters are ignored).
    static func korean<S: StringProtocol>(_ word: S) -> String {
        var skeleton: [UInt8] = []
        var isFirst = true
        for scalar in word.unicodeScalars {
            guard let syllable = Script.HangulSyllable(scalar) else { continue }
            let lead = initials[syllable.initial]
            if lead == 0, isFirst { skeleton.append(UInt8(ascii: "V")) }
            if lead != 0 { append(lead, to: &skeleton) }
            for code in finals[syllable.final] { append(code, to: &skeleton) }
            isFirst = false
        }
        return String(decoding: skeleton, as: UTF8.self)
    }

    /// Skeletons of a Korean word with and without up to four of its last
    /// syllables: a name carries particles (오바마는, 매케인과의), and written
    /// together with the noun it names, that noun too (서울평양교회를,
    /// 런던시에서). Dev bench unchanged by the longer cut (up to two before);
    /// the demo site's 서울평양교회를 / Seoul-Pyongyang Church needs it.
    static func koreanCandidates(_ word: ArraySlice<Unicode.Scalar>) -> [String] {
        // The skeleton after each syllable, so the shorter candidates are prefixes.
        var skeleton: [UInt8] = []
        var ends: [Int] = []
        for scalar in word {
            guard let syllable = Script.HangulSyllable(scalar) else { continue }
            let lead = initials[syllable.initial]
            if lead == 0, ends.isEmpty { skeleton.append(UInt8(ascii: "V")) }
            if lead != 0 { append(lead, to: &skeleton) }
            for code in finals[syllable.final] { append(code, to: &skeleton) }
            ends.append(skeleton.count)
        }
        guard ends.count >= 2 else { return [] }
        var result: [String] = []
        for drop in 0...min(maximumDropped, ends.count - 2) {
            let end = ends[ends.count - 1 - drop]
            if end >= minimumLength { result.append(String(decoding: skeleton[..<end], as: UTF8.self)) }
        }
        return result
    }

    /// The skeleton of a Latin-script word.
    static func english<S: StringProtocol>(_ word: S) -> String {
        english(Array(word.unicodeScalars)[...])
    }

    static func english(_ word: ArraySlice<Unicode.Scalar>) -> String {
        let letters = word.compactMap(Script.lowercasedASCIILetter)
        var skeleton: [UInt8] = []
        var index = 0
        func isVowel(_ byte: UInt8) -> Bool { "aeiouy".utf8.contains(byte) }
        if let first = letters.first, isVowel(first) { skeleton.append(UInt8(ascii: "V")) }
        while index < letters.count {
            let letter = letters[index]
            let next = index + 1 < letters.count ? letters[index + 1] : 0
            switch letter {
            case UInt8(ascii: "c") where next == UInt8(ascii: "h"), UInt8(ascii: "j"):
                append(UInt8(ascii: "c"), to: &skeleton)
                if letter == UInt8(ascii: "c") { index += 1 }
            case UInt8(ascii: "s") where next == UInt8(ascii: "h"), UInt8(ascii: "s"), UInt8(ascii: "z"):
                append(UInt8(ascii: "s"), to: &skeleton)
                if next == UInt8(ascii: "h") { index += 1 }
            case UInt8(ascii: "p") where next == UInt8(ascii: "h"), UInt8(ascii: "t") where next == UInt8(ascii: "h"):
                append(letter == UInt8(ascii: "p") ? UInt8(ascii: "p") : UInt8(ascii: "t"), to: &skeleton)
                index += 1
            case UInt8(ascii: "n") where next == UInt8(ascii: "g"):
                append(UInt8(ascii: "n"), to: &skeleton)
                index += 1
            case UInt8(ascii: "r"):
                // Korean drops r before a consonant and at the end (Galertner → 갤러트너).
                if next != 0, isVowel(next) { append(UInt8(ascii: "l"), to: &skeleton) }
            case UInt8(ascii: "x"):
                append(UInt8(ascii: "k"), to: &skeleton)
                append(UInt8(ascii: "s"), to: &skeleton)
            default:
                if let code = latinClass[letter] { append(code, to: &skeleton) }
            }
            index += 1
        }
        return String(decoding: skeleton, as: UTF8.self)
    }

    private static func append(_ code: UInt8, to skeleton: inout [UInt8]) {
        if skeleton.last != code { skeleton.append(code) }
    }

    private static let latinClass: [UInt8: UInt8] = {
        var table: [UInt8: UInt8] = [:]
        for (letters, code) in [("pbfv", "p"), ("kgcq", "k"), ("td", "t"), ("l", "l"), ("m", "m"), ("n", "n")] {
            for letter in letters.utf8 { table[letter] = code.utf8.first! }
        }
        return table
    }()

    /// ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ (0: silent).
    private static let initials: [UInt8] = "kknttlmppss0cccktp0".utf8.map { $0 == UInt8(ascii: "0") ? 0 : $0 }

    /// Final consonants, index 0 = none.
    private static let finals: [[UInt8]] = [
        "", "k", "k", "ks", "n", "nc", "n", "t", "l", "lk", "lm", "lp", "ls", "lt", "lp", "l",
        // ㅅ and ㅆ at the end of a syllable sound t (인터넷, internet).
        "m", "p", "ps", "t", "t", "n", "c", "c", "k", "t", "p", "",
    ].map { Array($0.utf8) }
}
