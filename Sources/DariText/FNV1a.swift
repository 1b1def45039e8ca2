/// 64-bit FNV-1a: a hash that is the same in every process and on every
/// machine, for ids and fingerprints that files keep (memory unit ids,
/// baseline fingerprints). `Hasher` is seeded per process, so it cannot give
/// them.
public struct FNV1a: Sendable {
    public private(set) var value: UInt64 = FNV1a.offsetBasis

    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    public init() {}

    public mutating func combine(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* FNV1a.prime
    }

    public mutating func combine<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        // Contiguous bytes (an array, most strings' `utf8`) take the loop
        // over a buffer: the generic path is not specialised across modules
        // and costs an iterator call per byte (a quarter of an incremental
        // `dari check`'s time went there, docs/benchmarks/incremental.md).
        if bytes.withContiguousStorageIfAvailable({ combine(buffer: UnsafeRawBufferPointer($0)) }) != nil { return }
        for byte in bytes { combine(byte) }
    }

    /// The same as combining the bytes one by one.
    public mutating func combine(buffer: UnsafeRawBufferPointer) {
        var hash = value
        for byte in buffer { hash = (hash ^ UInt64(byte)) &* FNV1a.prime }
        value = hash
    }

    /// The hash of `bytes` (a string's `utf8`, say).
    public static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> FNV1a {
        var hash = FNV1a()
        hash.combine(bytes)
        return hash
    }

    /// The hash of `bytes`: the same value as the generic `hash`, without
    /// its per-byte iterator.
    public static func hash(_ bytes: [UInt8]) -> FNV1a {
        var hash = FNV1a()
        bytes.withUnsafeBytes { hash.combine(buffer: $0) }
        return hash
    }

    /// The value as 16 lower-case hex digits, zero-padded.
    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
