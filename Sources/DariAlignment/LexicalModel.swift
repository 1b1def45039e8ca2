import DariModel
import DariText

/// Interns the content words of both languages as small integer keys, so the
/// lexical model counts integers, not strings.
///
/// Korean words carry particles and endings (구출팀은, 구출팀이, 구출팀에서),
/// so a Korean key is the word's first two syllables: crude, but it maps the
/// inflected forms of most nouns and verb stems to one key without a
/// morphological analyser. An English key is the lowercased word with its
/// regular inflection folded (prayed, praying, prays → `pray`), cut to six
/// letters (defector, defectors → `defect`), skipping function words.
/// `Scripts/lexical_keys.py` makes the same keys for the bundled word lists.
struct LexicalKeys: Sendable {
    /// The prepared lexicon's keys, shared by every alignment that starts
    /// from it and never changed by them (`frozen()`).
    private var base: [String: Int32] = [:]
    /// The keys this copy interned itself. Apart from `base`, so that
    /// interning one new word does not copy the lexicon's 20,000 keys.
    private var ids: [String: Int32] = [:]

    mutating func keys(for words: [ArraySlice<Unicode.Scalar>], language: Language) -> [Int32] {
        var result: [Int32] = []
        for word in words {
            guard let key = language == .korean ? Self.koreanKey(word) : Self.englishKey(word) else { continue }
            result.append(intern(key, language: language))
        }
        return result
    }

    var count: Int { base.count + ids.count }

    /// The keys of a term or phrase, split at whitespace.
    mutating func keys(forText text: String, language: Language) -> [Int32] {
        let scalars = Array(text.unicodeScalars)
        let words = scalars.split(whereSeparator: Script.isWhitespace)
        return keys(for: words, language: language)
    }

    /// The key of an already-made Korean or English key string.
    mutating func intern(_ key: String, language: Language) -> Int32 {
        let tagged = language.tag + key
        if let id = base[tagged] ?? ids[tagged] { return id }
        let id = Int32(count)
        ids[tagged] = id
        return id
    }

    /// The same keys, all in the shared base: for the keys many alignments start from.
    func frozen() -> LexicalKeys {
        var keys = LexicalKeys()
        keys.base = base.merging(ids) { first, _ in first }
        return keys
    }

    static func koreanKey(_ word: ArraySlice<Unicode.Scalar>) -> String? {
        var syllables = String.UnicodeScalarView()
        for scalar in word where Script.isHangulSyllable(scalar) {
            syllables.append(scalar)
            if syllables.count == 2 { break }
        }
        return syllables.isEmpty ? nil : String(syllables)
    }

    static func englishKey(_ word: ArraySlice<Unicode.Scalar>) -> String? {
        let letters = word.compactMap(Script.lowercasedASCIILetter)
        guard letters.count >= 3 else { return nil }
        let word = String(decoding: letters, as: UTF8.self)
        guard !stopWords.contains(word) else { return nil }
        return String(decoding: fold(letters).prefix(6), as: UTF8.self)
    }

    /// The word without its regular plural or verb ending: the six-letter cut
    /// alone leaves short verbs apart (pray, prayed) and the bundled dictionary
    /// lists only the base form. A light stemmer, not Porter's: it must only
    /// map the forms of one word together, never make a readable stem.
    /// Measured: the share of a held-out sentence's English words its true
    /// partner explains, 0.203 → 0.223 and 0.217 → 0.241 (README).
    static func fold(_ word: [UInt8]) -> ArraySlice<UInt8> {
        var word = word[...]
        func ends(_ suffix: String) -> Bool { word.count >= suffix.utf8.count && word.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
        func isVowel(_ letter: UInt8) -> Bool { "aeiouy".utf8.contains(letter) }
        if word.count >= 5 && ends("ies") {
            word = word.dropLast(3) + [UInt8(ascii: "y")]
        } else if word.count >= 5 && ends("es") && ["ses", "xes", "zes", "ches", "shes"].contains(where: ends) {
            word = word.dropLast(2)
        } else if word.count >= 4 && ends("s") && !["ss", "us", "is"].contains(where: ends) {
            word = word.dropLast()
        }
        for suffix in ["ing", "ed"] where ends(suffix) {
            let stem = word.dropLast(suffix.utf8.count)
            if stem.count >= 3 && stem.contains(where: isVowel) {
                word = stem
                // stopped → stopp → stop, but killed → kill
                let last = word[word.endIndex - 1]
                if last == word[word.endIndex - 2] && !"lsz".utf8.contains(last) && !isVowel(last) { word = word.dropLast() }
            }
            break
        }
        if word.count >= 4 && ends("e") { word = word.dropLast() }
        return word
    }

    /// The words the shipped associations were learned without: their keys
    /// are stored under this list, so it stays as it was, a subset of
    /// `EnglishFunctionWords.long` (the whole list cost 0.004 clean allF1 on
    /// the dev data, `Scripts/held-out-bench.py`).
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
    /// For each key of either language (keys are small dense integers), the
    /// keys of the other associated with it, sorted; Korean and English keys
    /// never share a number. Arrays, not dictionaries: the aligner asks for
    /// every key of every sentence. Shared, never changed, by every model
    /// built on the same prepared lexicon.
    private var base: [[Int32]] = []
    /// The lists this model changed or added over `base`. Each block pair
    /// builds two models; copying the 10,000 lists of `base` for each (a
    /// retain and a release per list) took half of a site's alignment time.
    private var changes: [Int32: [Int32]] = [:]

    var isEmpty: Bool { !base.contains { !$0.isEmpty } && !changes.values.contains { !$0.isEmpty } }

    /// The keys of the other language associated with `key`, sorted; nil when the model does not know it.
    func partners(of key: Int32) -> [Int32]? {
        let list = changes[key] ?? (Int(key) < base.count ? base[Int(key)] : [])
        return list.isEmpty ? nil : list
    }

    /// No associations.
    init() {}

    /// - Parameters:
    ///   - start: associations known already (a prepared lexicon); kept.
    ///   - known: more pairs known before the run (the glossary's).
    ///   - pairs: the Korean and English keys of each confident bead.
    ///   - minimumCount: co-occurrences needed before an association counts;
    ///     2 keeps one-off coincidences out.
    ///   - minimumDice: 0.3 keeps a key's main translations and drops the
    ///     words that merely share many sentences (measured on news-dev: lower
    ///     values add false links, higher ones lose inflected variants).
    init(starting start: LexicalModel = LexicalModel(), known: [(Int32, Int32)] = [], pairs: [([Int32], [Int32])] = [],
         minimumCount: Int = 2, minimumDice: Double = 0.3) {
        base = start.base
        changes = start.changes
        // Only the lists that change are sorted again: the base's 10,000
        // are sorted already.
        var changed: Set<Int32> = []
        func append(_ keys: some Sequence<Int32>, to key: Int32) {
            changes[key, default: Int(key) < base.count ? base[Int(key)] : []] += keys
            changed.insert(key)
        }
        for (s, t) in known {
            append(CollectionOfOne(s), to: t)
            append(CollectionOfOne(t), to: s)
        }
        let keyCount = 1 + Int(pairs.lazy.map { max($0.0.max() ?? -1, $0.1.max() ?? -1) }.max() ?? -1)
        var sourceCount = [Int](repeating: 0, count: keyCount), targetCount = sourceCount
        var together: [Int64: Int] = [:]
        for (source, target) in pairs {
            let sourceSet = Set(source), targetSet = Set(target)
            for key in sourceSet { sourceCount[Int(key)] += 1 }
            for key in targetSet { targetCount[Int(key)] += 1 }
            for s in sourceSet {
                for t in targetSet { together[Int64(s) << 32 | Int64(t), default: 0] += 1 }
            }
        }
        var learned: [Int32: [(Double, Int32)]] = [:]
        for (packed, count) in together where count >= minimumCount {
            let s = Int32(truncatingIfNeeded: packed >> 32), t = Int32(truncatingIfNeeded: packed & 0xFFFF_FFFF)
            let dice = 2 * Double(count) / Double(sourceCount[Int(s)] + targetCount[Int(t)])
            if dice >= minimumDice {
                learned[t, default: []].append((dice, s))
                learned[s, default: []].append((dice, t))
            }
        }
        // A key's four strongest partners carry the evidence; longer lists
        // add chance co-occurrences and slow every bead down.
        for (key, list) in learned {
            append(list.sorted { ($0.0, $0.1) > ($1.0, $1.1) }.prefix(4).map(\.1), to: key)
        }
        for key in changed {
            var unique: [Int32] = []
            for value in changes[key]!.sorted() where unique.last != value { unique.append(value) }
            changes[key] = unique
        }
    }

    /// The same associations with every list in `base`: for a model that
    /// many others start from, so that theirs copy only what they change.
    func flattened() -> LexicalModel {
        var model = LexicalModel()
        let count = max(base.count, 1 + Int(changes.keys.max() ?? -1))
        model.base = base + Array(repeating: [], count: count - base.count)
        for (key, list) in changes { model.base[Int(key)] = list }
        return model
    }
}

/// A lexicon's keys, interned, and its pairs as a `LexicalModel`: what every
/// run of an aligner starts from.
struct PreparedLexicon: Sendable {
    var keys = LexicalKeys()
    var model = LexicalModel()

    init(_ lexicon: BilingualLexicon?) {
        guard let lexicon else { return }
        let known = lexicon.pairs.map { korean, english in
            (keys.intern(korean, language: .korean), keys.intern(english, language: .english))
        }
        // Every alignment starts from these: their contents go in the shared bases.
        model = LexicalModel(known: known).flattened()
        keys = keys.frozen()
    }
}
