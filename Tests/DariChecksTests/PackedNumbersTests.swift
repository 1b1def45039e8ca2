import Testing

@testable import DariChecks

/// `PackedNumbers` answers as the dictionary `korean-spelling` used did.
@Suite struct PackedNumbersTests {
    @Test func answersAsADictionaryThroughGrowthAndOverwrites() {
        var table = PackedNumbers<KoreanSpelling.PackedStem>(), dictionary: [KoreanSpelling.PackedStem: Int] = [:]
        var random = SystemRandomNumberGenerator()
        var keys: [KoreanSpelling.PackedStem] = []
        for number in 0..<5_000 {
            // Few distinct high numbers and low numbers close together, as stems are.
            let key = number % 7 == 0 && !keys.isEmpty ? keys[Int(random.next() % UInt64(keys.count))]
                : KoreanSpelling.PackedStem(low: random.next() % 50_000, high: random.next() % 3)
            keys.append(key)
            table.set(key, number)
            dictionary[key] = number
        }
        for key in keys { #expect(table.number(of: key) == dictionary[key]) }
        for _ in 0..<1_000 {
            let key = KoreanSpelling.PackedStem(low: 60_000 + random.next() % 1_000, high: random.next())
            #expect(table.number(of: key) == dictionary[key])
        }
    }

    /// `CodeSet` answers as a `Set` of the same numbers, for members, near
    /// misses and random numbers, at sizes around each growth of its table.
    @Test func codeSetAnswersAsASet() {
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 3, 4, 5, 15, 16, 17, 100, 300] {
            let members = Set((0..<size).map { _ in UInt64.random(in: 1...UInt64.max, using: &generator) }
                + (0..<size).map { UInt64($0 + 1) })
            let table = CodeSet(members)
            for member in members {
                #expect(table.contains(member))
                for near in [member &+ 1, member &- 1, member << 8, member >> 8] {
                    #expect(table.contains(near) == members.contains(near))
                }
            }
            for _ in 0..<1_000 {
                let probe = UInt64.random(in: 0...UInt64.max, using: &generator) >> UInt64.random(in: 0...63, using: &generator)
                #expect(table.contains(probe) == members.contains(probe))
            }
            #expect(!table.contains(0))
        }
    }
}
