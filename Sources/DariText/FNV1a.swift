/// 64-bit FNV-1a: a hash that is the same in every process and on every
/// machine, for ids and fingerprints that files keep (memory unit ids,
/// baseline fingerprints). `Hasher` is seeded per process, so it cannot give
/// them.
public struct FNV1a: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func combine(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    public mutating func combine<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        for byte in bytes { combine(byte) }
    }

    /// The hash of `bytes` (a string's `utf8`, say).
    public static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> FNV1a {
        var hash = FNV1a()
        hash.combine(bytes)
        return hash
    }

    /// The value as 16 lower-case hex digits, zero-padded.
    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
