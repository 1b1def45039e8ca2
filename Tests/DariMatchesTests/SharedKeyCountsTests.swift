import Testing
@testable import DariMatches

/// Shared keys are counted per entry id, each entry listed once in the order
/// first seen, and a reset leaves nothing from the previous lookup.
@Suite struct SharedKeyCountsTests {
    /// A posting as the index stores it: the id, and the entry's key count in the low byte.
    static func packed(_ id: UInt32, keys: UInt32) -> UInt32 { id << 8 | keys }

    @Test func eachEntryIsCountedOncePerSharedKeyAndListedOnce() {
        var counts = SharedKeyCounts(capacity: 10)
        for posting in [Self.packed(7, keys: 3), Self.packed(2, keys: 5), Self.packed(7, keys: 3),
                        Self.packed(7, keys: 3)] {
            counts.add(packed: posting)
        }
        #expect(counts.touched == [Self.packed(7, keys: 3), Self.packed(2, keys: 5)])
        #expect(counts.count(packed: Self.packed(7, keys: 3)) == 3)
        #expect(counts.count(packed: Self.packed(2, keys: 5)) == 1)
        #expect(counts.count(packed: Self.packed(4, keys: 1)) == 0)
    }

    @Test func anIdAboveTheCapacityIsStillCounted() {
        var counts = SharedKeyCounts(capacity: 2)
        counts.add(packed: Self.packed(1_000, keys: 9))
        counts.add(packed: Self.packed(1_000, keys: 9))
        #expect(counts.count(packed: Self.packed(1_000, keys: 9)) == 2)
        #expect(counts.count(packed: Self.packed(5_000, keys: 9)) == 0)
    }

    @Test func aBlobOfPostingsCountsAsEachPostingInTurn() {
        // Unaligned on purpose (one byte in), one id beyond the capacity.
        let postings = [Self.packed(7, keys: 3), Self.packed(2, keys: 5), Self.packed(7, keys: 3),
                        Self.packed(40, keys: 1)]
        let bytes: [UInt8] = [0] + postings.flatMap { posting in (0..<4).map { UInt8(truncatingIfNeeded: posting >> (8 * $0)) } }
        var blob = SharedKeyCounts(capacity: 10)
        bytes.withUnsafeBytes { blob.add(postings: UnsafeRawBufferPointer(rebasing: $0[1...])) }
        var oneByOne = SharedKeyCounts(capacity: 10)
        for posting in postings { oneByOne.add(packed: posting) }
        #expect(blob.touched == oneByOne.touched)
        #expect(postings.map(blob.count(packed:)) == postings.map(oneByOne.count(packed:)))
        #expect(blob.count(packed: Self.packed(40, keys: 1)) == 1)
    }

    @Test func aResetForgetsThePreviousLookup() {
        let pool = SharedKeyCountsPool(capacity: 10)
        pool.withCounts { counts in
            counts.add(packed: Self.packed(3, keys: 4))
            counts.add(packed: Self.packed(3, keys: 4))
        }
        let seen = pool.withCounts { counts in
            counts.add(packed: Self.packed(5, keys: 2))
            return (counts.touched, counts.count(packed: Self.packed(3, keys: 4)))
        }
        #expect(seen.0 == [Self.packed(5, keys: 2)])
        #expect(seen.1 == 0)
    }
}
