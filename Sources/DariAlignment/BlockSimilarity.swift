import DariModel
import DariText
import Foundation

/// What the block aligner compares, computed once per block.
///
/// A page may have tens of thousands of blocks against a few dozen (issue
/// 18's `page-ratio`), and the features of every block are held while the
/// page is aligned, so they are kept small: strings compared only with the
/// other page's (a copy, an anchor, an id) are numbers given by `PairNames`,
/// and a block's one number is held inline.
struct BlockFeatures: Sendable {
    /// Non-space characters of the block's text.
    var length: Int
    /// Numbers as canonical values (`NumberReader`: `1,000명` and `1,000` compare equal).
    var numbers: NumberSet
    /// The values the English block gives in words ("three versions",
    /// "a dozen"), apart from its digits (`SentenceFeatures.numberWords`):
    /// they match a Korean number, and cost nothing alone.
    var numberWords: NumberSet
    /// Latin-script words of two or more letters, lowercased (names, e-mails, codes).
    var latinWords: Set<String>
    /// `href` and `src` values of the block's inline codes, language-neutral
    /// (`ko/guide/a.html` and `en-US/guide/a.html` are one page), as the
    /// checks compare them.
    var links: Set<String>
    /// How many inline codes the block has.
    var codes: Int
    /// A heading's anchor (`HeadingAnchor.key`, not empty): its explicit
    /// one, else on the English page the one a generator makes from its
    /// text. A translation keeps the anchor (`## 빌드 최적화 {#build-optimizations}`)
    /// so links work in both languages: the two headings of one section share it.
    var anchor: PairNames.Name?
    /// The element's `id` (`Block.elementID`) when the page uses it once.
    var elementID: PairNames.Name?
    /// The block's text folded (case, spacing) when it has enough letters
    /// to be a copy worth anchoring on (`copyText(_:)`), nil otherwise.
    var copyText: PairNames.Name?
    /// A code block: its text is not translated, so a copy of any length
    /// anchors it and its length is compared one to one.
    var isCode = false
    /// A heading's original wording (`glossText(_:language:)`): on a Korean
    /// page the English the translator kept after it in parentheses (`내장
    /// 타입 (Built-in types)`), on an English page its text. The two headings
    /// of one section share it.
    var gloss: PairNames.Name?
    /// The block is one address and nothing else (`https://…`,
    /// `contact@example.org`): a translation puts the address the original
    /// ends its sentence with on a line of its own.
    var isAddress = false

    /// The features of a block; `name` turns its anchor, id and copy text into names.
    init(_ block: Block, language: Language, idUsedOnce: Bool, name: (String) -> PairNames.Name) {
        links = []
        codes = 0
        for piece in block.content {
            switch piece {
            case .text: break
            case let .start(_, _, original), let .standalone(_, _, original):
                codes += 1
                // A link to a place on the same page (`#top`) names no page.
                if let link = StartTag.address(in: original),
                    case let key = LinkAddress.languageNeutral(link), !key.isEmpty
                {
                    links.insert(key)
                }
            case let .end(_, element, original):
                // A Markdown link says where it goes at its end: `](target "title")`.
                if element == "a", original.hasPrefix("]("),
                   case let key = VisibleCodes.markdownTarget(original), !key.isEmpty {
                    links.insert(key)
                }
            }
        }
        // Length, numbers and Latin words are read as the sentence aligner reads them.
        var keys = LexicalKeys()
        let text = block.text
        let features = SentenceFeatures(text, language: language, keys: &keys)
        length = features.length
        numbers = NumberSet(features.numbers)
        numberWords = NumberSet(features.numberWords)
        latinWords = Set(features.latinWords)
        isCode = block.kind == .code
        copyText = (isCode ? Self.codeCopyText(text) : Self.copyText(text)).map(name)
        elementID = idUsedOnce ? block.elementID.map(name) : nil
        isAddress = Self.isAddress(text)
        anchor = nil
        gloss = nil
        if case .heading = block.kind {
            gloss = Self.glossText(text, language: language).map(name)
            var key: String?
            if let explicit = HeadingAnchor.explicit(inPath: block.path) {
                key = HeadingAnchor.key(explicit)
            } else if language == .english {
                key = HeadingAnchor.key(text)
            }
            // An empty anchor names no section.
            if let key, !key.isEmpty { anchor = name(key) }
        }
    }

    /// Whether `text` is one address: a URL or an e-mail address, alone.
    static func isAddress(_ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count == 1, let word = words.first, word.count >= 6 else { return false }
        if word.contains("://") || word.hasPrefix("www.") { return true }
        guard let at = word.firstIndex(of: "@") else { return false }
        return at != word.startIndex && word[word.index(after: at)...].contains(".")
    }

    /// The features of the blocks of a page pair (`source` Korean, `target`
    /// English), their names given by one `PairNames`. An id used more than
    /// once on its page (help pages that embed one section several times
    /// repeat its ids) names no one element and is left out.
    static func of(source: [Block], target: [Block]) -> (source: [BlockFeatures], target: [BlockFeatures]) {
        // The shorter page's strings are kept while the longer page is read.
        let sourceIsShorter = source.count <= target.count
        var names = PairNames()
        func features(_ blocks: [Block], language: Language, shorter: Bool) -> [BlockFeatures] {
            let usedOnce = Block.elementIDsUsedOnce(in: blocks)
            return blocks.map { block in
                BlockFeatures(block, language: language,
                              idUsedOnce: block.elementID.map(usedOnce.contains) ?? false,
                              name: { shorter ? names.add($0) : names.find($0) })
            }
        }
        if sourceIsShorter {
            let sourceFeatures = features(source, language: .korean, shorter: true)
            return (sourceFeatures, features(target, language: .english, shorter: false))
        }
        let targetFeatures = features(target, language: .english, shorter: true)
        return (features(source, language: .korean, shorter: false), targetFeatures)
    }

    /// A heading's wording in the original, folded as `copyText` folds: the
    /// English heading's text, or the parenthesised English that closes a
    /// Korean heading (`유니언 (Unions)`, `전제조건 (Prerequisites)`), which
    /// made the Korean heading twice its expected length and left both
    /// headings of a section one-sided. Nil without such a gloss.
    static func glossText(_ text: String, language: Language) -> String? {
        var text = Substring(text.trimmingCharacters(in: .whitespaces))
        if language == .korean {
            guard text.hasSuffix(")"), let open = text.lastIndex(of: "("),
                  text[..<open].unicodeScalars.contains(where: Script.isHangulSyllable) else { return nil }
            text = text[text.index(after: open)..<text.index(before: text.endIndex)]
            guard !text.unicodeScalars.contains(where: Script.isHangul) else { return nil }
        }
        guard text.unicodeScalars.count(where: { $0.properties.isAlphabetic }) >= 4 else { return nil }
        return text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Text copied from one version into the other (an example, a formula,
    /// English left on the Korean page) is the same block on both pages;
    /// short labels ("Note", "Example") repeat on a page and anchor nothing.
    static func copyText(_ text: String) -> String? {
        let letters = text.unicodeScalars.count { $0.properties.isAlphabetic }
        guard letters >= 12 else { return nil }
        return text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A code block's text as a copy: white space folded, and any code with
    /// a letter. Code is kept as it is in both versions, and a page's short
    /// examples (`sensors`, `sensors -f`) are what tells which of its
    /// similar items a translation kept (a translated page that lacks some
    /// of the original's examples).
    static func codeCopyText(_ text: String) -> String? {
        guard text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return nil }
        return "\u{1}" + text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The features of two consecutive blocks read as one: what a page that
    /// splits a paragraph the other version keeps whole is compared by.
    func merged(with next: BlockFeatures) -> BlockFeatures {
        var result = self
        result.length += next.length
        result.numbers = numbers.union(next.numbers)
        result.numberWords = numberWords.union(next.numberWords)
        result.latinWords.formUnion(next.latinWords)
        result.links.formUnion(next.links)
        result.codes += next.codes
        result.copyText = nil
        result.anchor = nil
        result.elementID = nil
        result.isAddress = false
        return result
    }

    /// Whether the two blocks share a number, a Latin word or a link:
    /// something more specific than length that says they overlap.
    func sharesContent(with other: BlockFeatures) -> Bool {
        numbers.sharedCount(with: other.numbers) > 0 || numbers.sharedCount(with: other.numberWords) > 0
            || numberWords.sharedCount(with: other.numbers) > 0 || !latinWords.isDisjoint(with: other.latinWords)
            || !links.isDisjoint(with: other.links)
    }
}

/// Names the strings of a page pair that are compared only with the other
/// page's (copy texts, anchors, ids) by small numbers, equal across the two
/// pages exactly when the strings are, so that each block keeps a number
/// instead of a string. Only the shorter page's strings are kept: each
/// gets a number of its own (`add`), and a string of the longer page gets
/// that number or, when the shorter page does not have it, `unmatched`,
/// which no string of the shorter page has (`find`). Two names of one page
/// are never compared.
struct PairNames {
    typealias Name = Int32
    static let unmatched: Name = -1
    private var numbers: [String: Name] = [:]

    mutating func add(_ string: String) -> Name {
        if let number = numbers[string] { return number }
        let number = Name(numbers.count)
        numbers[string] = number
        return number
    }

    func find(_ string: String) -> Name {
        numbers[string] ?? Self.unmatched
    }
}

/// A block's distinct numbers, sorted. Most blocks have none or one, held
/// without an allocation of their own (a `Set` of one number takes about 80
/// bytes of heap per block).
enum NumberSet: Sendable, Equatable {
    case none
    case one(Int64)
    /// Two or more, sorted, each once.
    case many([Int64])

    init(_ values: [Int64]) {
        self.init(sorted: Array(Set(values)).sorted())
    }

    /// `values` sorted, each once.
    private init(sorted values: [Int64]) {
        switch values.count {
        case 0: self = .none
        case 1: self = .one(values[0])
        default: self = .many(values)
        }
    }

    var count: Int {
        switch self {
        case .none: return 0
        case .one: return 1
        case let .many(values): return values.count
        }
    }

    var isEmpty: Bool { count == 0 }

    private func withValues<Result>(_ body: (UnsafeBufferPointer<Int64>) -> Result) -> Result {
        switch self {
        case .none: return body(UnsafeBufferPointer(start: nil, count: 0))
        case var .one(value): return withUnsafePointer(to: &value) { body(UnsafeBufferPointer(start: $0, count: 1)) }
        case let .many(values): return values.withUnsafeBufferPointer(body)
        }
    }

    /// How many numbers the two sets share (the size of their intersection).
    func sharedCount(with other: NumberSet) -> Int {
        if isEmpty || other.isEmpty { return 0 }
        return withValues { lhs in
            other.withValues { rhs in
                var shared = 0, i = 0, j = 0
                while i < lhs.count, j < rhs.count {
                    if lhs[i] < rhs[j] { i += 1 } else if lhs[i] > rhs[j] { j += 1 } else { shared += 1; i += 1; j += 1 }
                }
                return shared
            }
        }
    }

    /// How many numbers of this set are in `other` but not in `excluded`.
    func sharedCount(with other: NumberSet, notIn excluded: NumberSet) -> Int {
        if isEmpty || other.isEmpty { return 0 }
        return withValues { values in
            other.withValues { others in
                excluded.withValues { left in
                    values.count { others.contains($0) && !left.contains($0) }
                }
            }
        }
    }

    func union(_ other: NumberSet) -> NumberSet {
        if other.isEmpty { return self }
        if isEmpty { return other }
        return withValues { lhs in
            other.withValues { rhs in
                var values: [Int64] = []
                values.reserveCapacity(lhs.count + rhs.count)
                var i = 0, j = 0
                while i < lhs.count || j < rhs.count {
                    if j == rhs.count || (i < lhs.count && lhs[i] < rhs[j]) {
                        values.append(lhs[i]); i += 1
                    } else if i == lhs.count || rhs[j] < lhs[i] {
                        values.append(rhs[j]); j += 1
                    } else {
                        values.append(lhs[i]); i += 1; j += 1
                    }
                }
                return NumberSet(sorted: values)
            }
        }
    }
}

/// The content part of the cost of pairing two blocks, in nats-like units:
/// 0 for blocks that look like translations, growing as they disagree.
public struct BlockSimilarity: Sendable {
    /// English non-space characters per Korean one. `dari align` measures
    /// this on the site itself (from the confident pairs) when it can; 2.1 is
    /// the typical value for Korean–English prose.
    public var lengthRatio: Double = 2.1
    /// Standard deviation of log(length ratio) for a translated block pair.
    /// Blocks are short (titles, captions), so the ratio varies more than in
    /// long prose: 0.45 keeps a correct title pair under a cost of 1.
    public var lengthSpread: Double = 0.45

    public init() {}

    /// What pairing a block with its own copy on the other page costs: less
    /// than any translation's pair, so that a list or table whose rows differ
    /// between the versions pairs each copied row with itself, not with the
    /// row at the same position.
    public var copyCost: Double = -2

    /// What pairing two headings with the same anchor adds: as strong as a
    /// copy, since an anchor is chosen to be kept.
    public var anchorCost: Double = -2

    /// What pairing two elements with the same id adds: more than the
    /// largest length cost (5), so that a translation of an older version of
    /// a paragraph, much shorter or longer than it is now, stays with it.
    public var elementIDCost: Double = -6

    func cost(_ source: BlockFeatures, _ target: BlockFeatures) -> Double {
        if let copy = source.copyText, copy == target.copyText { return copyCost }
        // A Korean heading that keeps the English heading in parentheses translates it.
        if let gloss = source.gloss, gloss == target.gloss { return copyCost }
        // Length: a log-normal model of the ratio, capped so one very
        // free translation cannot force a block out on its own.
        // Code is not translated: as long in both versions.
        let expected = Double(source.length) * (source.isCode && target.isCode ? 1 : lengthRatio) + 1
        let z = log((Double(target.length) + 1) / expected) / lengthSpread
        var cost = min(5, z * z / 2)

        // Numbers are copied verbatim far more often than not; a number the
        // other side gives in words (3개 / "three versions") is shared.
        if !source.numbers.isEmpty || !target.numbers.isEmpty {
            let verbatim = source.numbers.sharedCount(with: target.numbers)
            let all = source.numbers.count + target.numbers.count - verbatim
            let shared = verbatim + source.numbers.sharedCount(with: target.numberWords, notIn: target.numbers)
                + target.numbers.sharedCount(with: source.numberWords, notIn: source.numbers)
            cost += 3 * (1 - Double(shared) / Double(all)) - Double(min(shared, 2))
        }
        // Latin words in Korean text (names, e-mail addresses, codes) reappear in English.
        if !source.latinWords.isEmpty {
            let found = source.latinWords.intersection(target.latinWords).count
            cost += found == source.latinWords.count ? -1 : (found == 0 ? 1 : 0)
        }
        // Links point at the same page in both languages more often than not
        // (mirrored anchors, e-mail addresses).
        if !source.links.isEmpty || !target.links.isEmpty {
            cost += source.links.intersection(target.links).isEmpty ? 0.5 : -1
        }
        cost += min(2, 0.5 * Double(abs(source.codes - target.codes)))
        // Headings that share an anchor head the same section. Different
        // anchors cost nothing: a section renamed on one side keeps its place.
        if let anchor = source.anchor, anchor == target.anchor { cost += anchorCost }
        // Elements with one id (pages generated from one source) are one element; a
        // different id costs nothing, as most sites' ids are made per page.
        if let id = source.elementID, id == target.elementID { cost += elementIDCost }
        return cost
    }
}
