import DariModel
import DariText

/// Finds a glossary's terms in text the way translators write them, the one
/// matcher the checks and `Glossary`'s lookups share:
///
/// - English terms in any case, as whole words, with the endings of
///   `EnglishEndings` (defector, Defectors; Iraq, Iraqi; missionaries).
/// - Korean terms as a word or the start of one, followed only by particles
///   and the copula (`KoreanParticles`): 구출팀은, 구출팀에서, 탈북민들의,
///   but not 부산 in 부산대 (a university) or 구출팀 in 구출팀장.
///
/// Terms are indexed by their first Unicode scalar, so a text is scanned
/// once whatever the glossary's size; at each position the longest term wins
/// (선교회 before 선교).
public struct GlossaryTerms: Sendable {
    /// One term as matched: its concept (index into `Glossary.concepts`) and status.
    public struct Entry: Sendable, Hashable {
        public let conceptIndex: Int
        public let term: Term
        let key: [Unicode.Scalar]
    }

    /// A term found in a text; `offset` and `length` count Unicode scalars.
    /// An English match covers the ending too (Defectors), a Korean one the
    /// term only (구출팀 of 구출팀은).
    public struct Match: Sendable, Hashable {
        public let entry: Entry
        public let offset: Int
        public let length: Int
    }

    private var index: [Language: [Unicode.Scalar: [Entry]]] = [:]
    /// Per language, a 4,096-bit filter of the terms' first scalars (bit
    /// `value % 4096`): a clear bit means no term starts with the scalar,
    /// answered without hashing it for the dictionary lookup, which was
    /// most of `matches`' time on a large memory (nearly every position of
    /// a text starts no term).
    private var firstScalars: [Language: [UInt64]] = [:]
    /// The second filter, for the positions that pass the first: a bit per
    /// `pairBit` of each key's first two scalars, and (`shortFirsts`) a bit
    /// per first scalar of the keys too short for one (`pairLength`).
    /// Korean terms start with common syllables (이, 일, 대, 사): most
    /// positions of Korean text pass the first filter, few this one.
    private var firstPairs: [Language: [UInt64]] = [:]
    private var shortFirsts: [Language: [UInt64]] = [:]
    public let isEmpty: Bool

    /// The terms of `glossary` (none without one).
    public init(_ glossary: Glossary?) {
        self = glossary?.terms ?? GlossaryTerms(concepts: [])
    }

    init(concepts: [Concept]) {
        for (position, concept) in concepts.enumerated() {
            for (language, terms) in concept.terms {
                for term in terms {
                    let key = Array(Glossary.matchKey(for: term.text, in: language).unicodeScalars)
                    guard let first = key.first else { continue }
                    index[language, default: [:]][first, default: []].append(
                        Entry(conceptIndex: position, term: term, key: key))
                    let bit = Int(first.value % 4_096)
                    firstScalars[language, default: Array(repeating: 0, count: 64)][bit / 64] |= 1 << UInt64(bit % 64)
                    if key.count >= Self.pairLength(language) {
                        let pair = Self.pairBit(first, key[1])
                        firstPairs[language, default: Array(repeating: 0, count: 64)][pair / 64] |= 1 << UInt64(pair % 64)
                    } else {
                        shortFirsts[language, default: Array(repeating: 0, count: 64)][bit / 64] |= 1 << UInt64(bit % 64)
                    }
                }
            }
        }
        for (language, buckets) in index {
            for (first, entries) in buckets {
                index[language]?[first] = entries.sorted { $0.key.count > $1.key.count }
            }
        }
        isEmpty = index.isEmpty
    }

    /// Every term of `language` in `text`, left to right, longest first at
    /// each position, never overlapping.
    public func matches(in text: String, language: Language) -> [Match] {
        guard let buckets = index[language], !buckets.isEmpty, let filter = firstScalars[language] else { return [] }
        // Offsets count the scalars of `text` itself (callers mask them), so
        // only case is folded here, not white space.
        let scalars = language == .english ? Self.lowercasedScalars(of: text) : Script.scalars(of: text)
        let pairs = firstPairs[language] ?? Array(repeating: 0, count: 64)
        let shorts = shortFirsts[language] ?? Array(repeating: 0, count: 64)
        var found: [Match] = []
        var position = 0
        while position < scalars.count {
            let bit = Int(scalars[position].value % 4_096)
            if filter[bit / 64] & (1 << UInt64(bit % 64)) != 0,
                shorts[bit / 64] & (1 << UInt64(bit % 64)) != 0 || position + 1 < scalars.count
                    && pairs[Self.pairBit(scalars[position], scalars[position + 1]) / 64]
                    & (1 << UInt64(Self.pairBit(scalars[position], scalars[position + 1]) % 64)) != 0,
                let entries = buckets[scalars[position]],
                let (entry, length) = longest(entries, in: scalars, at: position, language: language)
            {
                found.append(Match(entry: entry, offset: position, length: length))
                position += length
            } else {
                position += 1
            }
        }
        return found
    }

    /// The scalars of `text.lowercased()`. ASCII text is lower-cased byte by
    /// byte, as `lowercased()` does it, without the lower-cased copy. So is
    /// text whose other scalars have no case (Korean text, which
    /// `latin-in-korean` matches against the English terms: `lowercased()`
    /// was half of that matching on a large memory); `lowercased()` maps
    /// scalar by scalar, and maps those to themselves. Any other text goes
    /// through `lowercased()`, which may change its scalars' count.
    static func lowercasedScalars(of text: String) -> [Unicode.Scalar] {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            var scalars = Script.scalars(of: text)
            for index in scalars.indices {
                let value = scalars[index].value
                if value < 0x80 {
                    if value >= 0x41 && value <= 0x5A { scalars[index] = Unicode.Scalar(UInt8(value | 0x20)) }
                } else if !isCaseless(value) {
                    return Script.scalars(of: text.lowercased())
                }
            }
            return scalars
        }
        // Reserved and appended to: `map` made the array through an
        // initialiser that is not specialised here and looked the array
        // type's metadata up in the runtime's table at every call.
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        for byte in bytes { scalars.append(Unicode.Scalar(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)) }
        return scalars
    }

    /// Blocks with no cased scalar, common in Korean text: Latin-1
    /// punctuation, general punctuation, CJK punctuation, Hangul jamo and
    /// syllables, CJK ideographs (`caselessBlocksLowerCaseToThemselves`
    /// checks every scalar of them).
    static func isCaseless(_ value: UInt32) -> Bool {
        switch value {
        case 0x80...0xBF, 0x2000...0x206F, 0x3000...0x303F, 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7A3,
             0x4E00...0x9FFF:
            return true
        default: return false
        }
    }

    /// The longest entry that stands at `position` as a word of its own
    /// (with an ending the language allows), and the match's length.
    private func longest(_ entries: [Entry], in scalars: [Unicode.Scalar], at position: Int, language: Language)
        -> (Entry, Int)?
    {
        let before = position > 0 ? scalars[position - 1] : nil
        switch language {
        case .english:
            if let before, EnglishEndings.continuesWord(before) { return nil }
            for entry in entries {
                // missionary → missionaries: the stem without y, then -ies/-ied.
                if entry.key.last == "y", hasPrefix(scalars, entry.key.dropLast(), at: position),
                    let length = EnglishEndings.yEnding(in: scalars, fromStemEnd: position + entry.key.count - 1)
                {
                    return (entry, entry.key.count - 1 + length)
                }
                guard hasPrefix(scalars, entry.key[...], at: position) else { continue }
                if let length = EnglishEndings.ending(in: scalars, from: position + entry.key.count) {
                    return (entry, entry.key.count + length)
                }
            }
        case .korean:
            for entry in entries where hasPrefix(scalars, entry.key[...], at: position) {
                // Inside a longer word: 짐바브웨아프리카민족연맹 names a party, not Africa.
                if let before, Script.isHangulSyllable(before), Script.isHangulSyllable(entry.key[0]) { continue }
                let end = position + entry.key.count
                var wordEnd = end
                while wordEnd < scalars.count, Script.isHangulSyllable(scalars[wordEnd]) { wordEnd += 1 }
                if KoreanParticles.isEnding(scalars[end..<wordEnd]) { return (entry, entry.key.count) }
            }
        }
        return nil
    }

    /// The shortest key whose first two scalars every match must have
    /// there: an English key ending in y also matches its stem without the
    /// y (missionaries), so it needs three for its stem to have two.
    private static func pairLength(_ language: Language) -> Int { language == .english ? 3 : 2 }

    /// A bit (of 4,096) for two neighbouring scalars.
    static func pairBit(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Int {
        Int((first.value &* 31 &+ second.value) % 4_096)
    }

    private func hasPrefix(_ scalars: [Unicode.Scalar], _ key: ArraySlice<Unicode.Scalar>, at position: Int) -> Bool {
        guard position + key.count <= scalars.count else { return false }
        return scalars[position..<(position + key.count)].elementsEqual(key)
    }
}
