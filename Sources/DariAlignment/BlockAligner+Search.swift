import DariModel
import DariText

/// What the structural cost reads of a block, computed once per block rather
/// than once per grid cell.
struct BlockShape {
    var kind: BlockKind
    /// `BlockAligner.pathShape` of the block's path, as a number that is the
    /// same for the same shape on both pages of a pair (`shapes(source:target:)`).
    var pathShape: Int32
    /// A paragraph that reads as a heading (`BlockShape.readsAsHeading`).
    var readsAsHeading = false

    /// The shapes of a page pair's blocks; a page has few distinct path
    /// shapes, each numbered once.
    static func shapes(source: [Block], target: [Block]) -> (source: [BlockShape], target: [BlockShape]) {
        var numbers: [String: Int32] = [:]
        func shape(_ block: Block) -> BlockShape {
            let path = BlockAligner.pathShape(block.path)
            let number = numbers[path] ?? Int32(numbers.count)
            numbers[path] = number
            let kind: BlockKind = block.kind.readsAsParagraph ? .paragraph : block.kind
            return BlockShape(kind: kind, pathShape: number, readsAsHeading: kind == .paragraph && readsAsHeading(block.text))
        }
        let sourceShapes = source.map(shape)
        return (sourceShapes, target.map(shape))
    }

    /// A paragraph of one short line with no closing punctuation: a heading
    /// whose markup the translation lost (`Node.js®에 대하여` for
    /// `# About Node.js®`), or a label that stands for one.
    static func readsAsHeading(_ text: String) -> Bool {
        var count = 0
        var last: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if scalar == "\n" { return false }
            count += 1
            if count > maximumHeadingLength { return false }
            if !Script.isWhitespace(scalar) { last = scalar }
        }
        return count > 0 && !".!?:;。！？：…".unicodeScalars.contains(last)
    }

    static let maximumHeadingLength = 60
}

/// A rectangle of the search grid: the cells (i, j) with `top` ≤ i ≤ `bottom`
/// and `left` ≤ j ≤ `right`, where cell (i, j) stands for "the first i source
/// blocks and the first j target blocks are aligned".
struct GridRect {
    var top: Int
    var left: Int
    var bottom: Int
    var right: Int
}

/// One step of a path through the grid, named by what it does with blocks.
enum AlignmentStep: UInt8 {
    /// No step reaches the cell (outside the band, or the start).
    case none = 0
    case pair = 1
    case sourceOnly = 2
    case targetOnly = 3
    /// Two source blocks with one target block.
    case sourceSplit = 4
    /// One source block with two target blocks.
    case targetSplit = 5

    /// Rows (source blocks) and columns (target blocks) the step consumes.
    var rows: Int {
        switch self {
        case .none, .targetOnly: return 0
        case .pair, .sourceOnly, .targetSplit: return 1
        case .sourceSplit: return 2
        }
    }

    var columns: Int {
        switch self {
        case .none, .sourceOnly: return 0
        case .pair, .targetOnly, .sourceSplit: return 1
        case .targetSplit: return 2
        }
    }

    /// The order in which a cell tries its steps; a later step wins only if it
    /// is strictly cheaper, so ties go to the earlier one.
    static let tried: [AlignmentStep] = [.pair, .sourceSplit, .targetSplit, .sourceOnly, .targetOnly]
}

/// The step of each cell of a grid solved whole, two to a byte: a step
/// takes 3 bits, and the table of a long page against a short one is the
/// largest thing its alignment holds (16,000 blocks against 37: 608,000
/// cells, 304 KB rather than 608).
private struct StepTable {
    private var bytes: [UInt8] = []
    private(set) var count = 0

    /// Sized once: grown by doubling, it would hold up to twice its cells.
    init(cells: Int) {
        bytes.reserveCapacity((cells + 1) / 2)
    }

    mutating func append(_ step: UInt8) {
        if count % 2 == 0 { bytes.append(step) } else { bytes[bytes.count - 1] |= step << 4 }
        count += 1
    }

    subscript(cell: Int) -> UInt8 {
        (bytes[cell / 2] >> (cell % 2 == 0 ? 0 : 4)) & 0x0F
    }
}

/// Costs along one row of the grid, for the columns `low..<low + costs.count`.
private struct CostRow {
    var low: Int
    var costs: [Double]

    static let empty = CostRow(low: 0, costs: [])

    subscript(column: Int) -> Double {
        let offset = column - low
        return offset >= 0 && offset < costs.count ? costs[offset] : .infinity
    }
}

/// The dynamic programme of `BlockAligner.align` over one page pair.
///
/// The band holds the cells within `band + |n − m|` columns of the line from
/// (0, 0) to (n, m), clipped to the grid: a row stores only its own columns,
/// so 16,000 blocks against 37 fill 38 cells a row, not 32,000.
///
/// A grid of up to `maximumTableCells` cells is filled whole and traced back.
/// A larger one is split Hirschberg's way: costs from the top-left corner to
/// the middle row and from the bottom-right corner back to it, two rows at a
/// time, give a cell (or a two-row split step across it) that the best path
/// goes through; each half is then solved the same way. Memory is one byte
/// per cell of the largest table solved whole plus a few rows of costs.
struct AlignmentGrid {
    let aligner: BlockAligner
    let sourceShapes: [BlockShape]
    let targetShapes: [BlockShape]
    let sourceFeatures: [BlockFeatures]
    let targetFeatures: [BlockFeatures]
    let n: Int
    let m: Int
    /// Half-width of the band, in columns.
    let width: Int

    init(aligner: BlockAligner, source: [Block], target: [Block]) {
        self.aligner = aligner
        (sourceShapes, targetShapes) = BlockShape.shapes(source: source, target: target)
        (sourceFeatures, targetFeatures) = BlockFeatures.of(source: source, target: target)
        n = source.count
        m = target.count
        width = aligner.band + abs(n - m)
    }

    /// The first and last column of row `i` inside the band and `rect`
    /// (`low > high` when none is).
    func columns(_ i: Int, in rect: GridRect) -> (low: Int, high: Int) {
        let center = i * m / n
        return (max(rect.left, center - width), min(rect.right, center + width))
    }

    func cellCount(_ rect: GridRect) -> Int {
        var count = 0
        for i in rect.top...rect.bottom {
            let (low, high) = columns(i, in: rect)
            count += max(0, high - low + 1)
        }
        return count
    }

    /// What `step` costs when it ends at cell (i, j); nil when it may not be
    /// taken there (two blocks that cannot be joined). The caller makes sure
    /// the step starts inside the grid.
    func cost(_ step: AlignmentStep, endingAt i: Int, _ j: Int) -> Double? {
        switch step {
        case .pair:
            return aligner.structuralCost(sourceShapes[i - 1], targetShapes[j - 1])
                + aligner.similarity.cost(sourceFeatures[i - 1], targetFeatures[j - 1])
        case .sourceSplit:
            return aligner.splitPairCost(halves: sourceShapes[i - 2], sourceShapes[i - 1],
                                         sourceFeatures[i - 2], sourceFeatures[i - 1],
                                         whole: targetShapes[j - 1], targetFeatures[j - 1], halvesAreSource: true)
        case .targetSplit:
            return aligner.splitPairCost(halves: targetShapes[j - 2], targetShapes[j - 1],
                                         targetFeatures[j - 2], targetFeatures[j - 1],
                                         whole: sourceShapes[i - 1], sourceFeatures[i - 1], halvesAreSource: false)
        case .sourceOnly, .targetOnly:
            return aligner.unpairedCost
        case .none:
            return nil
        }
    }

    /// Appends the best alignment of the blocks inside `rect` (from its
    /// top-left to its bottom-right corner) to `links`, in document order.
    func solve(_ rect: GridRect, into links: inout [BlockLink]) {
        if rect.bottom - rect.top < 2 || cellCount(rect) <= aligner.maximumTableCells {
            solveWhole(rect, into: &links)
            return
        }
        let middle = (rect.top + rect.bottom) / 2
        let (aboveMiddle, fromTop) = forward(rect, through: middle)
        let (toBottom, belowMiddle) = backward(rect, through: middle)

        // Through a cell of the middle row…
        var best = Double.infinity
        var through = (row: middle, column: rect.left, jumps: false)
        for (offset, cost) in fromTop.costs.enumerated() {
            let column = fromTop.low + offset
            let total = cost + toBottom[column]
            if total < best { best = total; through = (middle, column, false) }
        }
        // …or over it, with two source blocks joined to one target block.
        for (offset, after) in belowMiddle.costs.enumerated() where after < .infinity {
            let column = belowMiddle.low + offset
            let before = aboveMiddle[column - 1]
            guard before < .infinity, let step = cost(.sourceSplit, endingAt: middle + 1, column) else { continue }
            let total = before + step + after
            if total < best { best = total; through = (middle + 1, column, true) }
        }
        guard best < .infinity else {
            // The band always joins the corners; should that ever fail, leave
            // the blocks unpaired rather than invent pairs.
            links += (rect.top..<rect.bottom).map { BlockLink(source: $0, target: nil, score: 0) }
            links += (rect.left..<rect.right).map { BlockLink(source: nil, target: $0, score: 0) }
            return
        }
        if through.jumps {
            solve(GridRect(top: rect.top, left: rect.left, bottom: through.row - 2, right: through.column - 1),
                  into: &links)
            appendLinks(of: .sourceSplit, endingAt: through.row, through.column, to: &links)
        } else {
            solve(GridRect(top: rect.top, left: rect.left, bottom: through.row, right: through.column), into: &links)
        }
        solve(GridRect(top: through.row, left: through.column, bottom: rect.bottom, right: rect.right), into: &links)
    }

    /// Fills the whole of `rect`, keeping each cell's step, and traces the
    /// best path back from its bottom-right corner.
    private func solveWhole(_ rect: GridRect, into links: inout [BlockLink]) {
        var rowStarts: [Int] = []
        rowStarts.reserveCapacity(rect.bottom - rect.top + 2)
        var steps = StepTable(cells: cellCount(rect))
        _ = fill(rect, through: rect.bottom) { low, rowSteps in
            // Where column 0 of the row would be, so a cell is at start + j.
            rowStarts.append(steps.count - low)
            for step in rowSteps { steps.append(step) }
        }
        func step(_ i: Int, _ j: Int) -> AlignmentStep {
            let (low, high) = columns(i, in: rect)
            guard j >= low, j <= high else { return .none }
            return AlignmentStep(rawValue: steps[rowStarts[i - rect.top] + j]) ?? .none
        }

        // Traced from the end, each step's links appended last first, then
        // the whole stretch reversed: no path is kept beside the links.
        let first = links.count
        var i = rect.bottom, j = rect.right
        while i > rect.top || j > rect.left {
            let taken = step(i, j)
            if taken == .none {
                // Unreachable cell (cannot happen: the band holds both
                // corners), so pair nothing rather than loop forever.
                links.append(i > rect.top
                             ? BlockLink(source: i - 1, target: nil, score: 0)
                             : BlockLink(source: nil, target: j - 1, score: 0))
                if i > rect.top { i -= 1 } else { j -= 1 }
            } else {
                let stepFirst = links.count
                appendLinks(of: taken, endingAt: i, j, to: &links)
                links[stepFirst...].reverse()
                i -= taken.rows
                j -= taken.columns
            }
        }
        links[first...].reverse()
    }

    /// Moves a heading's pair to the heading whose content pairs.
    ///
    /// When one version keeps a section the other dropped (`## Polyfill`
    /// before `## Specifications`), the other's next heading costs about as
    /// much to pair with either: the search may pair it with the dropped
    /// section's heading and leave the rest of that section, and the heading
    /// of the content that does pair, one-sided. A heading pair followed by
    /// blocks of one side only and then by the pair of the next block of the
    /// other side is moved to the last heading of the same kind among those
    /// blocks, when that pair costs at most `tolerance` more and the pair it
    /// replaces shares nothing (word, number, link) the new one lacks: the
    /// section with no counterpart is then one-sided whole, its heading
    /// included.
    func pairHeadingsWithTheirContent(_ links: inout [BlockLink], tolerance: Double) {
        var k = 0
        while k < links.count {
            defer { k += 1 }
            guard let source = links[k].source, let target = links[k].target,
                  sourceShapes[source].kind.isHeading, targetShapes[target].kind.isHeading,
                  k + 1 < links.count else { continue }
            // The run of one-sided links after the pair, all on one side.
            let sourceRun = links[k + 1].target == nil
            var end = k + 1
            while end < links.count, sourceRun ? links[end].target == nil : links[end].source == nil { end += 1 }
            guard end < links.count, end > k + 1, let nextSource = links[end].source,
                  let nextTarget = links[end].target,
                  sourceRun ? nextTarget == target + 1 : nextSource == source + 1 else { continue }
            let kind = sourceRun ? sourceShapes[source].kind : targetShapes[target].kind
            guard let moved = (k + 1..<end).last(where: { index in
                let block = sourceRun ? links[index].source! : links[index].target!
                return (sourceRun ? sourceShapes[block] : targetShapes[block]).kind == kind
            }) else { continue }
            let movedSource = sourceRun ? links[moved].source! : source
            let movedTarget = sourceRun ? target : links[moved].target!
            // A pair that shares a word, number or link with its heading was chosen on
            // evidence, not on length (`# What's lencr.org?` / `# lencr.org가 무엇입니까?`).
            if sourceFeatures[source].sharesContent(with: targetFeatures[target]),
               !sourceFeatures[movedSource].sharesContent(with: targetFeatures[movedTarget]) { continue }
            guard let current = cost(.pair, endingAt: source + 1, target + 1),
                  let candidate = cost(.pair, endingAt: movedSource + 1, movedTarget + 1),
                  // Pairing two blocks must still beat leaving both one-sided, as in the search.
                  candidate <= current + tolerance, candidate < 2 * aligner.unpairedCost else { continue }
            links[k] = sourceRun ? BlockLink(source: source, target: nil, score: 0)
                                 : BlockLink(source: nil, target: target, score: 0)
            links[moved] = BlockLink(source: movedSource, target: movedTarget,
                                     score: BlockAligner.confidence(pairCost: candidate))
            k = end - 1
        }
    }

    /// The links a step ending at (i, j) makes, in document order.
    private func appendLinks(of step: AlignmentStep, endingAt i: Int, _ j: Int, to links: inout [BlockLink]) {
        let score = BlockAligner.confidence(pairCost: cost(step, endingAt: i, j) ?? aligner.unpairedCost)
        switch step {
        case .pair:
            links.append(BlockLink(source: i - 1, target: j - 1, score: score))
        case .sourceSplit:
            links.append(BlockLink(source: i - 2, target: j - 1, score: score))
            links.append(BlockLink(source: i - 1, target: j - 1, score: score))
        case .targetSplit:
            links.append(BlockLink(source: i - 1, target: j - 2, score: score))
            links.append(BlockLink(source: i - 1, target: j - 1, score: score))
        case .sourceOnly:
            links.append(BlockLink(source: i - 1, target: nil, score: 0))
        case .targetOnly:
            links.append(BlockLink(source: nil, target: j - 1, score: 0))
        case .none:
            break
        }
    }

    /// Best costs from the top-left corner of `rect` to rows `last - 1` and `last`.
    private func forward(_ rect: GridRect, through last: Int) -> (CostRow, CostRow) {
        fill(rect, through: last, record: nil)
    }

    /// Fills rows `rect.top...last` from the top-left corner; `record` gets
    /// each row's first column and steps.
    private func fill(_ rect: GridRect, through last: Int,
                      record: ((Int, [UInt8]) -> Void)?) -> (CostRow, CostRow) {
        var twoBack = CostRow.empty, oneBack = CostRow.empty
        for i in rect.top...last {
            let (low, high) = columns(i, in: rect)
            var row = CostRow(low: low, costs: [Double](repeating: .infinity, count: max(0, high - low + 1)))
            var rowSteps = [UInt8](repeating: 0, count: row.costs.count)
            if low <= high {
                for j in low...high {
                    if i == rect.top && j == rect.left { row.costs[j - low] = 0; continue }
                    var best = Double.infinity, chosen = AlignmentStep.none
                    for step in AlignmentStep.tried {
                        let fromRow = i - step.rows, fromColumn = j - step.columns
                        guard fromRow >= rect.top, fromColumn >= rect.left else { continue }
                        let before = step.rows == 0 ? row[fromColumn] : step.rows == 1 ? oneBack[fromColumn] : twoBack[fromColumn]
                        // An unreachable start can never win: skip its cost.
                        guard before < .infinity, let cost = cost(step, endingAt: i, j) else { continue }
                        if before + cost < best { best = before + cost; chosen = step }
                    }
                    row.costs[j - low] = best
                    rowSteps[j - low] = chosen.rawValue
                }
            }
            record?(low, rowSteps)
            twoBack = oneBack
            oneBack = row
        }
        return (twoBack, oneBack)
    }

    /// Best costs from rows `first` and `first + 1` to the bottom-right corner of `rect`.
    private func backward(_ rect: GridRect, through first: Int) -> (CostRow, CostRow) {
        var twoAhead = CostRow.empty, oneAhead = CostRow.empty
        for i in stride(from: rect.bottom, through: first, by: -1) {
            let (low, high) = columns(i, in: rect)
            var row = CostRow(low: low, costs: [Double](repeating: .infinity, count: max(0, high - low + 1)))
            if low <= high {
                for j in stride(from: high, through: low, by: -1) {
                    if i == rect.bottom && j == rect.right { row.costs[j - low] = 0; continue }
                    var best = Double.infinity
                    for step in AlignmentStep.tried {
                        let toRow = i + step.rows, toColumn = j + step.columns
                        guard toRow <= rect.bottom, toColumn <= rect.right else { continue }
                        let after = step.rows == 0 ? row[toColumn] : step.rows == 1 ? oneAhead[toColumn] : twoAhead[toColumn]
                        guard after < .infinity, let cost = cost(step, endingAt: toRow, toColumn) else { continue }
                        best = min(best, cost + after)
                    }
                    row.costs[j - low] = best
                }
            }
            twoAhead = oneAhead
            oneAhead = row
        }
        return (oneAhead, twoAhead)
    }
}
