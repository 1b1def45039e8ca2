import DariModel

/// A pair of blocks from the two versions of a page, or a block with no counterpart.
public struct BlockLink: Sendable, Hashable {
    // The indices are kept as 32 bits, -1 for none: 16 bytes a link, not
    // 40, as a page of tens of thousands of blocks holds two or three
    // arrays of its links at once while its units are made.
    private var sourceIndex: Int32
    private var targetIndex: Int32
    /// Confidence in [0, 1] that the two blocks translate each other (0 for an unpaired block).
    public var score: Double

    /// Index into the source page's blocks; nil for a target-only block.
    public var source: Int? {
        get { sourceIndex < 0 ? nil : Int(sourceIndex) }
        set { sourceIndex = newValue.map { Int32($0) } ?? -1 }
    }

    /// Index into the target page's blocks; nil for a source-only block.
    public var target: Int? {
        get { targetIndex < 0 ? nil : Int(targetIndex) }
        set { targetIndex = newValue.map { Int32($0) } ?? -1 }
    }

    public init(source: Int?, target: Int?, score: Double) {
        sourceIndex = source.map { Int32($0) } ?? -1
        targetIndex = target.map { Int32($0) } ?? -1
        self.score = score
    }
}

/// Aligns the translatable blocks of two language versions of one page:
/// headings with headings, list items with list items, captions with
/// captions, and a block that has no counterpart alone (1-0 or 0-1).
///
/// Dynamic programming over 1-1, 1-0 and 0-1 steps, in document order, and
/// 2-1 and 1-2 steps for a paragraph one version splits in two and the other
/// keeps whole (two consecutive running-text blocks of one kind against one).
/// The cost of pairing blocks adds a structural part (block kind, the shape of
/// the structural path) and a content part (`BlockSimilarity`: length ratio,
/// numbers, Latin tokens, link targets). A block is left unpaired when pairing
/// it costs more than `unpairedCost`.
///
/// Length alone cannot tell a split from an untranslated paragraph next to
/// its neighbour's translation, and taking one for the other would hide the
/// untranslated text: each of the two blocks must share a number, a Latin
/// word or a link with the one before they are joined.
///
/// A 2-1 or 1-2 pair comes out as two links that share the single block
/// (`(3, 5)`, `(4, 5)`): the memory builder aligns the sentences of the
/// group as one and gives each of the two blocks its own.
public struct BlockAligner: Sendable {
    public var similarity: BlockSimilarity
    /// The cost of leaving one block without a counterpart.
    ///
    /// A correct pair on the demo site costs 0–2 and a wrong pair of the same
    /// kind 3–8 (`BlockAlignerTests` prints them), so 4 leaves a block
    /// unpaired only when every way of pairing it looks wrong.
    public var unpairedCost: Double = 4
    /// What pairing two blocks with one costs on top of their pair cost: a
    /// split is rarer than a one-to-one pair, and must explain the content
    /// clearly better than pairing one block and leaving the other out
    /// (`unpairedCost`). On `BlockAlignerTests`, 2 joined an untranslated
    /// paragraph to its neighbour and 4.5 missed a real split; 3 is between.
    public var splitCost: Double = 3
    /// What pairing two headings of different levels adds: less than a
    /// running-text kind change, as the words decide.
    public var headingLevelCost: Double = 1.5
    /// What pairing a heading with a paragraph that reads as one (one short
    /// line, no closing punctuation) adds: a translation may lose a
    /// heading's markup (`Node.js®에 대하여` for `# About Node.js®`), which
    /// left both one-sided. As much as another running-text kind; any other
    /// paragraph against a heading costs 9.
    public var lostHeadingCost: Double = 2.5
    /// Half-width of the search band, in blocks, around the diagonal; it
    /// keeps a page of n blocks at O(n · band) rather than O(n²). The band
    /// widens by the difference in block counts, so a page whose other
    /// version lost or gained whole sections can still pair every block.
    public var band: Int = 80
    /// The most cells of the search grid kept in memory at once (one byte
    /// each). A larger grid (one version far longer than the other: 16,000
    /// blocks against 37 filled 608,000 cells; a 200 MB page, billions) is
    /// searched in linear memory with Hirschberg's method, which finds a path
    /// of the same cost in about twice the time; below it, the whole grid
    /// gives exactly the path earlier versions of dari gave.
    public var maximumTableCells: Int = 4_000_000
    /// How much more a heading may cost to pair than the one the search
    /// chose, and still be taken because the content that pairs follows it
    /// (`AlignmentGrid.pairHeadingsWithTheirContent`). Two short headings'
    /// lengths tell little (`## 명세` against `## Specifications` costs 1.5
    /// more than against `## Polyfill`); an anchor or a gloss (−2) is not
    /// overruled by it.
    public var headingMoveTolerance: Double = 2

    public init(similarity: BlockSimilarity = BlockSimilarity()) {
        self.similarity = similarity
    }

    public func align(source: [Block], target: [Block]) -> [BlockLink] {
        let n = source.count, m = target.count
        if n == 0 { return (0..<m).map { BlockLink(source: nil, target: $0, score: 0) } }
        if m == 0 { return (0..<n).map { BlockLink(source: $0, target: nil, score: 0) } }
        let grid = AlignmentGrid(aligner: self, source: source, target: target)
        var links: [BlockLink] = []
        links.reserveCapacity(max(n, m))
        grid.solve(GridRect(top: 0, left: 0, bottom: n, right: m), into: &links)
        grid.pairHeadingsWithTheirContent(&links, tolerance: headingMoveTolerance)
        return links
    }

    /// The cost of pairing two consecutive blocks of one side (`halves`)
    /// with one block of the other (`whole`); nil when they may not be
    /// joined. Only running text of one kind is split (two paragraphs, two
    /// list items; a heading or a caption is a unit of its own), and each
    /// half must share content with the whole (see the type's comment).
    func splitPairCost(halves first: BlockShape, _ second: BlockShape, _ firstFeatures: BlockFeatures,
                       _ secondFeatures: BlockFeatures, whole: BlockShape, _ wholeFeatures: BlockFeatures,
                       halvesAreSource: Bool) -> Double? {
        let firstShares = firstFeatures.sharesContent(with: wholeFeatures)
        let secondShares = secondFeatures.sharesContent(with: wholeFeatures)
        // An address on a line of its own that the whole ends with is split off the
        // sentence before it, which need not share anything more specific than length.
        guard first.kind == second.kind, first.kind.isRunningText,
              firstShares && secondShares || secondShares && secondFeatures.isAddress
                || firstShares && firstFeatures.isAddress else { return nil }
        // A block that is a copy of one half is that half's counterpart, not the whole of two.
        if let copy = wholeFeatures.copyText, copy == firstFeatures.copyText || copy == secondFeatures.copyText {
            return nil
        }
        let merged = firstFeatures.merged(with: secondFeatures)
        let content = halvesAreSource ? similarity.cost(merged, wholeFeatures) : similarity.cost(wholeFeatures, merged)
        // The structural cost is symmetric: kinds and path shapes.
        return splitCost + max(structuralCost(first, whole), structuralCost(second, whole)) + content
    }

    /// Kinds must agree (a heading is never a paragraph's translation), and a
    /// translated page keeps its layout, so the path shape usually agrees too.
    /// A heading one level up or down is still the section's heading: a
    /// translation may change the level (`###` for `##`).
    func structuralCost(_ source: BlockShape, _ target: BlockShape) -> Double {
        var cost = 0.0
        if source.kind != target.kind {
            if case .heading = source.kind, case .heading = target.kind {
                cost += headingLevelCost
            } else if source.kind.isHeading && target.readsAsHeading || target.kind.isHeading && source.readsAsHeading {
                cost += lostHeadingCost
            } else {
                cost += source.kind.isRunningText && target.kind.isRunningText ? 2.5 : 9
            }
        }
        if source.pathShape != target.pathShape { cost += 1 }
        return cost
    }

    /// `html/body/main/section[2]/p[3]` → `html/body/main/section/p`: the
    /// structure without positions, which an inserted block would shift.
    static func pathShape(_ path: String) -> String {
        var shape = ""
        var inBracket = false
        for character in path {
            if character == "[" { inBracket = true } else if character == "]" { inBracket = false } else if !inBracket {
                shape.append(character)
            }
        }
        return shape
    }

    /// Maps a pair cost to [0, 1]: 0 → 1, `unpairedCost` → about 0.37.
    public static func confidence(pairCost: Double) -> Double {
        let value = 1 / (1 + max(0, pairCost) / 2.5)
        return value * value
    }
}
