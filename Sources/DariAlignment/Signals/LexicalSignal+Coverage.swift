extension LexicalSignal {
    /// The weight of source sentence `i`'s known keys with a partner in
    /// target sentence `t`, and the reverse.
    func pairCoverage(_ i: Int, _ t: Int) -> (source: Double, target: Double) {
        let (source, target) = matches(i, t)
        return (Self.weight(of: source, sourceWeights[i]), Self.weight(of: target, targetWeights[t]))
    }

    /// Which known keys of source sentence `i` have a partner in target
    /// sentence `t` (bit k for the k-th known key; a sentence's first 64
    /// count), and the reverse. Cached: the search asks for the same pairs
    /// many times, and bit sets let a many-sentence bead combine them cheaply.
    func matches(_ i: Int, _ t: Int) -> (source: UInt64, target: UInt64) {
        if let cached = coverageCache.lookup(i, t) { return cached }
        var target: UInt64 = 0, source: UInt64 = 0
        let sourceBits = sourceSignature[i], targetBits = targetSignature[t]
        for (k, partners) in targetPartners[t].prefix(64).enumerated()
        where partners.contains(where: { Self.mayContain(sourceBits, $0) && SortedIDs.contains(sourceKeys[i], $0) }) {
            target |= 1 << UInt64(k)
        }
        for (k, partners) in sourcePartners[i].prefix(64).enumerated()
        where partners.contains(where: { Self.mayContain(targetBits, $0) && SortedIDs.contains(targetKeys[t], $0) }) {
            source |= 1 << UInt64(k)
        }
        coverageCache.store(i, t, (source, target))
        return (source, target)
    }

    @inline(__always)
    private static func mayContain(_ signature: UInt64, _ key: Int32) -> Bool {
        signature & (1 << UInt64(key & 63)) != 0
    }

    /// The summed weights of the keys whose bits `mask` sets.
    @inline(__always)
    static func weight(of mask: UInt64, _ weights: [Double]) -> Double {
        var total = 0.0, bits = mask
        while bits != 0 {
            total += weights[bits.trailingZeroBitCount]
            bits &= bits - 1
        }
        return total
    }
}
