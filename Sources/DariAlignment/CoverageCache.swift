/// Per-run memo of sentence-pair coverage; a class so that scoring, a
/// read-only operation to the DP, can fill it.
final class CoverageCache {
    typealias Matches = (source: UInt64, target: UInt64)
    /// Pairs near a known path, in a flat table (row i holds columns
    /// `center[i] - radius ... center[i] + radius`), since hashing every
    /// lookup cost more than the matching itself; other pairs in a dictionary.
    /// The table is raw memory owned by the cache: as stored arrays of a
    /// class, every access paid a dynamic exclusivity check (5 % of a long
    /// text's time).
    private let center: [Int]
    private let radius: Int
    private let table: UnsafeMutableBufferPointer<Matches>
    private let filled: UnsafeMutableBufferPointer<Bool>
    private var others: [Int: Matches] = [:]

    convenience init() {
        self.init(guide: [], radius: 0)
    }

    /// Prepares the flat table around `guide` (per source row, the target
    /// column of the path).
    init(guide: [Int], radius: Int) {
        center = guide
        self.radius = radius
        table = .allocate(capacity: guide.count * (2 * radius + 1))
        table.initialize(repeating: (0, 0))
        filled = .allocate(capacity: table.count)
        filled.initialize(repeating: false)
    }

    deinit {
        table.deallocate()
        filled.deallocate()
    }

    @inline(__always)
    private func slot(_ i: Int, _ t: Int) -> Int? {
        guard i < center.count else { return nil }
        let offset = t - center[i] + radius
        return offset >= 0 && offset <= 2 * radius ? i * (2 * radius + 1) + offset : nil
    }

    @inline(__always)
    func lookup(_ i: Int, _ t: Int) -> Matches? {
        guard let slot = slot(i, t) else { return others[i << 32 | t] }
        return filled[slot] ? table[slot] : nil
    }

    func store(_ i: Int, _ t: Int, _ matches: Matches) {
        if let slot = slot(i, t) {
            table[slot] = matches
            filled[slot] = true
        } else {
            others[i << 32 | t] = matches
        }
    }
}
