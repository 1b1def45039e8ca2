import DariModel
import Foundation

/// What the block aligner compares, computed once per block.
struct BlockFeatures: Sendable {
    /// Non-space characters of the block's text.
    var length: Int
    /// Numbers as canonical values (`NumberReader`: `1,000명` and `1,000` compare equal).
    var numbers: Set<Int64>
    /// The values the English block gives in words ("three versions",
    /// "a dozen"), apart from its digits (`SentenceFeatures.numberWords`):
    /// they match a Korean number, and cost nothing alone.
    var numberWords: Set<Int64>
    /// Latin-script words of two or more letters, lowercased (names, e-mails, codes).
    var latinWords: Set<String>
    /// `href` and `src` values of the block's inline codes, language-neutral
    /// (`ko/guide/a.html` and `en-US/guide/a.html` are one page), as the
    /// checks compare them.
    var links: Set<String>
    /// How many inline codes the block has.
    var codes: Int
    /// A heading's anchor (`HeadingAnchor.key`): its explicit one, else on the
    /// English page the one a generator makes from its text. A translation
    /// keeps the anchor (`## 빌드 최적화 {#build-optimizations}`) so links work
    /// in both languages: the two headings of one section share it.
    var anchor: String?
    /// The element's `id` (`Block.elementID`).
    var elementID: String?
    /// The block's text folded (case, spacing) when it has enough letters
    /// to be a copy worth anchoring on, nil otherwise.
    var copyText: String?

    init(_ block: Block, language: Language) {
        links = []
        codes = 0
        for piece in block.content {
            switch piece {
            case .text: break
            case let .start(_, _, original), let .standalone(_, _, original):
                codes += 1
                // A link to a place on the same page (`#top`) names no page.
                if let link = StartTag.attribute("href", in: original) ?? StartTag.attribute("src", in: original),
                    case let key = LinkAddress.languageNeutral(link), !key.isEmpty
                {
                    links.insert(key)
                }
            case .end: break
            }
        }
        // Length, numbers and Latin words are read as the sentence aligner reads them.
        var keys = LexicalKeys()
        let features = SentenceFeatures(block.text, language: language, keys: &keys)
        length = features.length
        numbers = Set(features.numbers)
        numberWords = Set(features.numberWords)
        latinWords = Set(features.latinWords)
        copyText = Self.copyText(block.text)
        elementID = block.elementID
        if case .heading = block.kind {
            if let explicit = HeadingAnchor.explicit(inPath: block.path) {
                anchor = HeadingAnchor.key(explicit)
            } else if language == .english {
                anchor = HeadingAnchor.key(block.text)
            }
        }
    }

    /// The features of a page's blocks. An id used more than once on the
    /// page (help pages that embed one section several times repeat its
    /// ids) names no one element and is left out.
    static func of(_ blocks: [Block], language: Language) -> [BlockFeatures] {
        let usedOnce = Block.elementIDsUsedOnce(in: blocks)
        return blocks.map { block in
            var features = BlockFeatures(block, language: language)
            if let id = features.elementID, !usedOnce.contains(id) { features.elementID = nil }
            return features
        }
    }

    /// Text copied from one version into the other (an example, a formula,
    /// English left on the Korean page) is the same block on both pages;
    /// short labels ("Note", "Example") repeat on a page and anchor nothing.
    static func copyText(_ text: String) -> String? {
        let letters = text.unicodeScalars.count { $0.properties.isAlphabetic }
        guard letters >= 12 else { return nil }
        return text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The features of two consecutive blocks read as one: what a page that
    /// splits a paragraph the other version keeps whole is compared by.
    func merged(with next: BlockFeatures) -> BlockFeatures {
        var result = self
        result.length += next.length
        result.numbers.formUnion(next.numbers)
        result.numberWords.formUnion(next.numberWords)
        result.latinWords.formUnion(next.latinWords)
        result.links.formUnion(next.links)
        result.codes += next.codes
        result.copyText = nil
        result.anchor = nil
        result.elementID = nil
        return result
    }

    /// Whether the two blocks share a number, a Latin word or a link:
    /// something more specific than length that says they overlap.
    func sharesContent(with other: BlockFeatures) -> Bool {
        !numbers.isDisjoint(with: other.numbers) || !numbers.isDisjoint(with: other.numberWords)
            || !numberWords.isDisjoint(with: other.numbers) || !latinWords.isDisjoint(with: other.latinWords)
            || !links.isDisjoint(with: other.links)
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
        // Length: a log-normal model of the ratio, capped so one very
        // free translation cannot force a block out on its own.
        let expected = Double(source.length) * lengthRatio + 1
        let z = log((Double(target.length) + 1) / expected) / lengthSpread
        var cost = min(5, z * z / 2)

        // Numbers are copied verbatim far more often than not; a number the
        // other side gives in words (3개 / "three versions") is shared.
        let numbers = source.numbers.union(target.numbers)
        if !numbers.isEmpty {
            let shared = source.numbers.intersection(target.numbers).count
                + source.numbers.subtracting(target.numbers).intersection(target.numberWords).count
                + target.numbers.subtracting(source.numbers).intersection(source.numberWords).count
            cost += 3 * (1 - Double(shared) / Double(numbers.count)) - Double(min(shared, 2))
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
        if let anchor = source.anchor, !anchor.isEmpty, anchor == target.anchor { cost += anchorCost }
        // Elements with one id (pages generated from one source) are one element; a
        // different id costs nothing, as most sites' ids are made per page.
        if let id = source.elementID, id == target.elementID { cost += elementIDCost }
        return cost
    }
}
