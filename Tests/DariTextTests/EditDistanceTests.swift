import Testing
import DariText

/// The distance with a limit agrees with the whole table below the limit and
/// says "limit or more" above it, however far off the diagonal the edits are.
@Suite struct EditDistanceTests {
    /// The textbook table, every cell: the oracle.
    static func fullTable(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    @Test func knownDistances() {
        #expect(EditDistance.levenshtein(Array("kitten"), Array("sitting")) == 3)
        #expect(EditDistance.levenshtein(Array("하나님의사랑"), Array("하나님의 사랑")) == 1)
        #expect(EditDistance.levenshtein(Array(""), Array("abc")) == 3)
    }

    @Test(arguments: [1, 2, 3, 5, 8, 40])
    func belowTheLimitItIsExactAndAboveItIsAtLeastTheLimit(limit: Int) {
        var generator = SystemRandomNumberGenerator()
        // A small alphabet, so sequences share much and the optimal paths wander.
        let alphabet = Array("abc가")
        for _ in 0..<300 {
            let a = (0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            var b = a
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                let position = Int.random(in: 0...b.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: b.insert(alphabet.randomElement(using: &generator)!, at: position)
                case 1 where position < b.count: b.remove(at: position)
                default: if position < b.count { b[position] = alphabet.randomElement(using: &generator)! }
                }
            }
            let exact = Self.fullTable(a, b)
            let limited = EditDistance.levenshtein(a, b, limit: limit)
            if exact < limit {
                #expect(limited == exact, "\(String(a)) → \(String(b)), limit \(limit)")
            } else {
                #expect(limited >= limit, "\(String(a)) → \(String(b)), limit \(limit)")
            }
            #expect(EditDistance.levenshtein(a, b) == exact)
        }
    }
}
