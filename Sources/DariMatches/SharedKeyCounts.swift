import Foundation

/// How many of the query's keys each entry shares, counted in an array
/// indexed by entry id rather than a dictionary: a lookup adds tens of
/// thousands of postings, and hashing each one was a third of a lookup's time
/// at 1 M units (docs/benchmarks/matches.md).
///
/// Reused from one lookup to the next: `reset` zeroes only the entries that
/// were touched, so a lookup never pays for clearing the whole array.
struct SharedKeyCounts {
    /// Keys shared, by entry id; 0 for an entry not seen yet.
    private var counts: [UInt8]
    /// The packed postings (id << 8 | the entry's key count) of the entries
    /// seen, each once, in the order first seen.
    private(set) var touched: [UInt32] = []

    /// - Parameter capacity: the highest entry id expected (the array grows
    ///   if a larger one comes).
    init(capacity: Int) {
        counts = [UInt8](repeating: 0, count: capacity + 1)
    }

    /// Counts one shared key for the entry of `packed`.
    @inline(__always)
    mutating func add(packed: UInt32) {
        let id = Int(packed >> 8)
        if id >= counts.count { counts.append(contentsOf: repeatElement(0, count: id + 1 - counts.count)) }
        let count = counts[id]
        if count == 0 { touched.append(packed) }
        // A lookup counts at most 255 keys (`MatchIndex.countedKeys`); saturate rather than wrap all the same.
        if count < .max { counts[id] = count + 1 }
    }

    /// Counts one shared key for the entry of each posting in `raw`: packed
    /// postings as the index stores them, little-endian UInt32s, maybe unaligned.
    ///
    /// The same as `add(packed:)` for each, with the array's storage taken
    /// once per blob rather than checked for sharing at every posting.
    mutating func add(postings raw: UnsafeRawBufferPointer) {
        let total = raw.count / 4
        var seen: [UInt32] = []
        swap(&seen, &touched)
        defer { swap(&seen, &touched) }
        var next = 0
        while next < total {
            next = counts.withUnsafeMutableBufferPointer { counts in
                for position in next..<total {
                    let packed = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * position, as: UInt32.self))
                    let id = Int(packed >> 8)
                    // Beyond the array: grown below, then on from here.
                    guard id < counts.count else { return position }
                    let count = counts[id]
                    if count == 0 { seen.append(packed) }
                    if count < .max { counts[id] = count &+ 1 }
                }
                return total
            }
            if next < total {
                let id = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * next, as: UInt32.self)) >> 8)
                counts.append(contentsOf: repeatElement(0, count: id + 1 - counts.count))
            }
        }
    }

    /// Keys shared by the entry of `packed` (0 when it was not seen).
    func count(packed: UInt32) -> Int {
        let id = Int(packed >> 8)
        return id < counts.count ? Int(counts[id]) : 0
    }

    /// Back to no entry seen, clearing only what was touched.
    mutating func reset() {
        for packed in touched { counts[Int(packed >> 8)] = 0 }
        touched.removeAll(keepingCapacity: true)
    }
}

/// One `SharedKeyCounts` lent to one lookup at a time; a lookup that finds it
/// lent (another thread looking up in the same index) counts in a new one.
final class SharedKeyCountsPool: @unchecked Sendable {
    private let lock = NSLock()
    private var spare: SharedKeyCounts?
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    func withCounts<Result>(_ body: (inout SharedKeyCounts) throws -> Result) rethrows -> Result {
        var counts = lock.withLock { () -> SharedKeyCounts? in
            defer { spare = nil }
            return spare
        } ?? SharedKeyCounts(capacity: capacity)
        defer {
            counts.reset()
            lock.withLock { spare = counts }
        }
        return try body(&counts)
    }
}
