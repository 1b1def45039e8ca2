import DariModel

/// Interns the content words of both languages as small integer keys, so the
/// lexical model counts integers, not strings.
///
/// Korean words carry particles and endings (구출팀은, 구출팀이, 구출팀에서),
/// so a Korean key is the word's first two syllables: crude, but it maps the
/// inflected forms of most nouns and verb stems to one key without a
/// morphological analyser. An English key is the lowercased word cut to six
/// letters (defector, defectors → `defect`), skipping function words.
struct LexicalKeys: Sendable {
    private var ids: [String: Int32] = [:]

    mutating func keys(for words: [Substring], language: Language) -> [Int32] {
        var result: [Int32] = []
        for word in words {
            guard let key = language == .korean ? Self.koreanKey(word) : Self.englishKey(word) else { continue }
            let tagged = language.tag + key
            if let id = ids[tagged] {
                result.append(id)
            } else {
                let id = Int32(ids.count)
                ids[tagged] = id
                result.append(id)
            }
        }
        return result
    }

    var count: Int { ids.count }

    static func koreanKey(_ word: Substring) -> String? {
        var syllables = ""
        var count = 0
        for scalar in word.unicodeScalars where (0xAC00...0xD7A3).contains(scalar.value) {
            syllables.unicodeScalars.append(scalar)
            count += 1
            if count == 2 { break }
        }
        return count == 0 ? nil : syllables
    }

    static func englishKey(_ word: Substring) -> String? {
        var letters = ""
        for character in word where character.isASCII && character.isLetter {
            letters.append(Character(character.lowercased()))
        }
        guard letters.count >= 3, !stopWords.contains(letters) else { return nil }
        return String(letters.prefix(6))
    }

    static let stopWords: Set<String> = [
        "the", "and", "for", "that", "this", "with", "from", "was", "were", "are", "has", "have", "had",
        "been", "but", "not", "its", "his", "her", "their", "they", "them", "she", "who", "which", "will",
        "would", "said", "says", "also", "than", "more", "about", "into", "after", "over", "such", "other",
        "there", "these", "those", "when", "where", "what", "can", "could", "may", "might", "all", "any",
        "one", "out", "our", "your", "you", "him", "did", "does", "being", "because", "while", "some",
    ]
}

/// Word associations learned from the confident beads of the run itself:
/// which Korean keys co-occur with which English keys far more than chance
/// (Dice coefficient over the confident 1-1 beads). No dictionary is needed,
/// and the model knows the names and terms of the very text being aligned.
struct LexicalModel: Sendable {
    /// For each key of either language, the keys of the other associated with it
    /// (Korean and English keys never share a number).
    private var partners: [Int32: [Int32]] = [:]

    var isEmpty: Bool { partners.isEmpty }

    /// - Parameters:
    ///   - pairs: the Korean and English keys of each confident bead.
    ///   - minimumCount: co-occurrences needed before an association counts;
    ///     2 keeps one-off coincidences out.
    ///   - minimumDice: 0.3 keeps a key's main translations and drops the
    ///     words that merely share many sentences (measured on news-dev: lower
    ///     values add false links, higher ones lose inflected variants).
    init(pairs: [([Int32], [Int32])], minimumCount: Int = 2, minimumDice: Double = 0.3) {
        var sourceCount: [Int32: Int] = [:], targetCount: [Int32: Int] = [:]
        var together: [Int64: Int] = [:]
        for (source, target) in pairs {
            let sourceSet = Set(source), targetSet = Set(target)
            for key in sourceSet { sourceCount[key, default: 0] += 1 }
            for key in targetSet { targetCount[key, default: 0] += 1 }
            for s in sourceSet {
                for t in targetSet { together[Int64(s) << 32 | Int64(t), default: 0] += 1 }
            }
        }
        for (packed, count) in together where count >= minimumCount {
            let s = Int32(truncatingIfNeeded: packed >> 32), t = Int32(truncatingIfNeeded: packed & 0xFFFF_FFFF)
            let dice = 2 * Double(count) / Double(sourceCount[s, default: 0] + targetCount[t, default: 0])
            if dice >= minimumDice {
                partners[t, default: []].append(s)
                partners[s, default: []].append(t)
            }
        }
    }

    /// How well the bead's words cover each other: of the words of either
    /// side the model knows, how many have a partner on the other side of
    /// the bead, and how many do not.
    func coverage(source: [Int32], target: [Int32]) -> (covered: Int, missing: Int) {
        var covered = 0, missing = 0
        func count(_ keys: [Int32], against others: [Int32]) {
            for key in keys {
                guard let list = partners[key] else { continue }
                if list.contains(where: others.contains) { covered += 1 } else { missing += 1 }
            }
        }
        count(target, against: source)
        count(source, against: target)
        return (covered, missing)
    }
}
