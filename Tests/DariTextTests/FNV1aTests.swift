import DariText
import Testing

/// Unit ids and baseline fingerprints are FNV-1a values that files keep, so
/// the hash must be the published one, not merely stable within a process.
struct FNV1aTests {
    /// Test vectors from the FNV reference (Fowler, Noll, Vo: fnv/test_fnv.c).
    @Test(arguments: [("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8")])
    func matchesTheReferenceVectors(_ text: String, _ hex: String) {
        #expect(FNV1a.hash(text.utf8).hex == hex)
    }

    @Test func combiningPiecesEqualsHashingTheirConcatenation() {
        var hash = FNV1a()
        hash.combine("foo".utf8)
        hash.combine(UInt8(ascii: "b"))
        hash.combine("ar".utf8)
        #expect(hash.value == FNV1a.hash("foobar".utf8).value)
    }

    /// The byte-array and buffer paths (what caches hash pages and memories
    /// with) give the same values as the byte-by-byte sequence path.
    @Test(arguments: ["", "a", "foobar", "번역 메모리 \u{1F600} and more text"])
    func arrayAndBufferPathsEqualTheSequencePath(_ text: String) {
        let bytes = Array(text.utf8)
        let bySequence = FNV1a.hash(bytes.lazy.map { $0 })
        #expect(FNV1a.hash(bytes).value == bySequence.value)
        #expect(FNV1a.hash(text.utf8).value == bySequence.value)
        var buffered = FNV1a()
        bytes.withUnsafeBytes { buffered.combine(buffer: $0) }
        #expect(buffered.value == bySequence.value)
    }

    @Test func hexKeepsLeadingZeros() {
        // Some input hashes to a value below 2^60; its hex must still have 16 digits.
        let short = (0..<5000).lazy.map { FNV1a.hash(String($0).utf8) }.first { $0.value < 1 << 60 }
        #expect(short?.hex.count == 16)
        #expect(short?.hex.first == "0")
    }
}
