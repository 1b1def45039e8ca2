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
}
