extension LexicalSignal {
    /// In a 1-2 or 2-1 bead (or 1-3, 3-1), each sentence of the longer side
    /// must translate a part of the other that its neighbours do not: a
    /// sentence that adds no coverage of its own is more likely an
    /// untranslated sentence glued to its neighbour's bead.
    ///
    /// Only a sentence with known words can show it; one the lexicon knows
    /// nothing about is not held to it, and the others are held to it in
    /// proportion to how much of this text the lexicon explains
    /// (`calibrate`; a short text is assumed to be typical), in full when
    /// they hold a glossary term.
    func addOwnCoverage(to cost: inout Double, source range: Range<Int>, target targetRange: Range<Int>) {
        let measured = min(1, coverageRate / configuration.trustedCoverageRate)
        if range.count == 1, targetRange.count > 1 {
            let all = sourceCoverage(range.lowerBound, by: targetRange)
            for t in targetRange {
                let own = all - sourceCoverage(range.lowerBound, by: targetRange, excluding: t)
                let weight = configuration.ownCoverageWeight * (targetCurated[t] ? 1 : measured)
                cost += weight * max(0, min(1, targetKnown[t]) - own)
            }
        } else if targetRange.count == 1, range.count > 1 {
            let all = targetCoverage(targetRange.lowerBound, by: range)
            for i in range {
                let own = all - targetCoverage(targetRange.lowerBound, by: range, excluding: i)
                let weight = configuration.ownCoverageWeight * (sourceCurated[i] ? 1 : measured)
                cost += weight * max(0, min(1, sourceKnown[i]) - own)
            }
        }
    }

    /// The weight of source sentence `i`'s known keys with a partner in any
    /// of `targets` but `excluded`.
    private func sourceCoverage(_ i: Int, by targets: Range<Int>, excluding excluded: Int = -1) -> Double {
        var mask: UInt64 = 0
        for t in targets where t != excluded { mask |= matches(i, t).source }
        return Self.weight(of: mask, sourceWeights[i])
    }

    /// The same for target sentence `t` and the source sentences `sources`.
    private func targetCoverage(_ t: Int, by sources: Range<Int>, excluding excluded: Int = -1) -> Double {
        var mask: UInt64 = 0
        for i in sources where i != excluded { mask |= matches(i, t).target }
        return Self.weight(of: mask, targetWeights[t])
    }
}
