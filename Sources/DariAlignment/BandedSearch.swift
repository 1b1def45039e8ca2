import Foundation

/// A bead with its cost, before it becomes public.
struct CostedBead {
    var source: Range<Int>
    var target: Range<Int>
    var cost: Double
    /// P(this bead) against P(leaving its sentences unaligned), squashed to [0, 1].
    var score: Double
}

/// The cheapest path of beads through the grid of source × target
/// sentences, by dynamic programming inside a band around the diagonal or
/// around a previous pass's path, so the cost grows linearly with the text.
/// The band doubles when the best path runs along its edge.
struct BandedSearch {
    let configuration: AlignmentConfiguration
    /// Grid cells filled, over every band tried: what the search's cost
    /// grows with.
    private(set) var cellsFilled = 0

    init(configuration: AlignmentConfiguration) {
        self.configuration = configuration
    }

    /// Banded DP; widens the band until the best path stays clear of its edges.
    ///
    /// - Parameter guide: per source row, the target column the band is
    ///   centred on (a previous pass's path); nil for the diagonal.
    mutating func run(scorer: BeadScorer, guide: [Int]?) -> [CostedBead] {
        let n = scorer.sourceCount, m = scorer.targetCount
        // Around a known path, a narrow band leaves room for the few beads
        // the second pass changes; around the diagonal, the band must also
        // absorb the drift that omissions cause. The band's own width must
        // not grow with the text, or the cost would grow quadratically; a
        // long text that drifts further is caught by the edge test below,
        // which doubles the band.
        var width = guide == nil
            ? configuration.band + min(abs(n - m) / configuration.bandDriftDivisor, configuration.band)
            : configuration.guidedBand
        while true {
            let (beads, touchedEdge) = search(scorer: scorer, width: width, guide: guide)
            let coversAll = width >= max(n, m)
            if !touchedEdge || coversAll { return beads }
            width *= 2
        }
    }

    /// How far from its guide a search around a path reaches, in target
    /// sentences: the band, and the widest bead beyond it.
    var guidedReach: Int {
        configuration.guidedBand + configuration.shapes.map { max($0.source, $0.target) }.reduce(1, max)
    }

    /// Per source row 0…n, the first target column the path reaches on it.
    static func guide(_ beads: [CostedBead], rows n: Int) -> [Int] {
        var columns = [Int](repeating: -1, count: n + 1)
        columns[0] = 0
        for bead in beads where !bead.source.isEmpty {
            for row in bead.source.lowerBound + 1..<bead.source.upperBound { columns[row] = bead.target.lowerBound }
            if columns[bead.source.upperBound] < 0 { columns[bead.source.upperBound] = bead.target.upperBound }
        }
        return columns
    }

    /// A move through the grid: an omission (no prior), or a bead shape with its scaled prior.
    private struct Move {
        var source: Int
        var target: Int
        var prior: Double?
    }

    /// Omissions first, then the shapes in the configuration's order; the
    /// rare shapes only around a known path, since the first pass only
    /// finds the path's neighbourhood.
    private func moves(guided: Bool) -> [Move] {
        [Move(source: 1, target: 0, prior: nil), Move(source: 0, target: 1, prior: nil)]
            + configuration.shapes.filter { guided || !$0.isRare }.map {
                Move(source: $0.source, target: $0.target, prior: configuration.shapePriorScale * $0.prior)
            }
    }

    private mutating func search(scorer: BeadScorer, width: Int, guide: [Int]?) -> ([CostedBead], Bool) {
        let n = scorer.sourceCount, m = scorer.targetCount
        let columns = 2 * width + 1
        let moves = moves(guided: guide != nil)
        func center(_ i: Int) -> Int { guide?[i] ?? Int((Int64(i) * Int64(m)) / Int64(n)) }
        var cost = [Double](repeating: .infinity, count: (n + 1) * columns)
        // 0 = none, k = moves[k - 1].
        var back = [UInt8](repeating: 0, count: (n + 1) * columns)
        @inline(__always) func slot(_ i: Int, _ j: Int) -> Int? {
            let offset = j - center(i) + width
            return offset >= 0 && offset < columns ? i * columns + offset : nil
        }
        cost[width - center(0)] = 0 // (0, 0)
        let omission = scorer.omissionCost
        for i in 0...n {
            let low = max(0, center(i) - width), high = min(m, center(i) + width)
            guard low <= high else { continue }
            cellsFilled += high - low + 1
            for j in low...high where i > 0 || j > 0 {
                guard let here = slot(i, j) else { continue }
                var best = Double.infinity, move: UInt8 = 0
                for (index, step) in moves.enumerated() {
                    let pi = i - step.source, pj = j - step.target
                    guard pi >= 0, pj >= 0, let previous = slot(pi, pj) else { continue }
                    // No pruning on the predecessor's cost alone: bonuses
                    // make step costs negative.
                    let before = cost[previous]
                    guard before < .infinity else { continue }
                    let stepCost: Double
                    if let prior = step.prior {
                        stepCost = scorer.cost(source: pi..<i, target: pj..<j, prior: prior)
                    } else {
                        stepCost = omission
                    }
                    if before + stepCost < best {
                        best = before + stepCost
                        move = UInt8(index + 1)
                    }
                }
                cost[here] = best
                back[here] = move
            }
        }
        var beads: [CostedBead] = []
        var touchedEdge = false
        var i = n, j = m
        while i > 0 || j > 0 {
            guard let here = slot(i, j), back[here] != 0 else { return (beads.reversed(), true) }
            let offset = j - center(i) + width
            if (offset == 0 && j > 0) || (offset == columns - 1 && j < m) { touchedEdge = true }
            let step = moves[Int(back[here]) - 1]
            let pi = i - step.source, pj = j - step.target
            guard let previous = slot(pi, pj) else { return (beads.reversed(), true) }
            let stepCost = cost[here] - cost[previous]
            // Confidence: how much cheaper the bead is than leaving all its
            // sentences unaligned, through a logistic.
            let margin = Double(step.source + step.target) * omission - stepCost
            let score = step.prior == nil ? 0 : 1 / (1 + exp(-margin / configuration.scoreScale))
            beads.append(CostedBead(source: pi..<i, target: pj..<j, cost: stepCost, score: score))
            i = pi
            j = pj
        }
        return (beads.reversed(), touchedEdge)
    }
}
