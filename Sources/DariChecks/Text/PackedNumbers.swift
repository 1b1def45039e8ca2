/// A key packed into two numbers (`KoreanSpelling.PackedStem`, `.PackedWord`).
protocol PackedKey: Hashable {
    var low: UInt64 { get }
    var high: UInt64 { get }
}

/// Numbers by packed key: a table with open addressing and a multiplicative
/// hash of the two numbers. `Dictionary` hashed every key through SipHash,
/// a fifth of `korean-spelling`'s time on a large memory, where every stem
/// and English word of every block is looked up. A lookup answers what the
/// dictionary answered: the number last set for an equal key, or nil.
struct PackedNumbers<Key: PackedKey> {
    private var keys: [Key?]
    private var numbers: [Int]
    private var count = 0

    init() {
        keys = Array(repeating: nil, count: 1_024)
        numbers = Array(repeating: 0, count: 1_024)
    }

    /// The number set for `key`, nil when none was.
    func number(of key: Key) -> Int? {
        var slot = Self.slot(of: key, capacity: keys.count)
        while let found = keys[slot] {
            if found == key { return numbers[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        return nil
    }

    /// Sets the number of `key`.
    mutating func set(_ key: Key, _ number: Int) {
        // At most half full, so a probe soon meets an empty slot.
        if 2 * (count + 1) > keys.count { grow() }
        var slot = Self.slot(of: key, capacity: keys.count)
        while let found = keys[slot] {
            if found == key {
                numbers[slot] = number
                return
            }
            slot = (slot + 1) & (keys.count - 1)
        }
        keys[slot] = key
        numbers[slot] = number
        count += 1
    }

    private mutating func grow() {
        let old = zip(keys, numbers).compactMap { key, number in key.map { ($0, number) } }
        keys = Array(repeating: nil, count: 2 * keys.count)
        numbers = Array(repeating: 0, count: keys.count)
        count = 0
        for (key, number) in old { set(key, number) }
    }

    /// The first slot tried for `key` in a table of `capacity` (a power of two) slots.
    private static func slot(of key: Key, capacity: Int) -> Int {
        let mixed = (key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: (mixed ^ (mixed >> 29)) & UInt64(capacity - 1))
    }
}

/// A fixed set of non-zero numbers (`KoreanSpelling`'s function words as
/// codes): a table with open addressing and a multiplicative hash, at most a
/// quarter full. `Set<UInt64>` hashed every English word of every block
/// through SipHash, most of the function-word test on a large memory. It
/// answers what the set answered: whether the number is one of those given.
struct CodeSet {
    private let slots: [UInt64]
    private let shift: UInt64

    /// - Parameter codes: the members; none is zero (zero marks an empty slot).
    init<Codes: Collection<UInt64>>(_ codes: Codes) {
        precondition(!codes.contains(0), "zero marks an empty slot")
        var bits: UInt64 = 4
        while 1 << bits < 4 * codes.count { bits += 1 }
        shift = 64 - bits
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        for code in codes {
            var slot = Self.slot(of: code, shift: shift)
            while slots[slot] != 0 && slots[slot] != code { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = code
        }
        self.slots = slots
    }

    func contains(_ code: UInt64) -> Bool {
        guard code != 0 else { return false }
        var slot = Self.slot(of: code, shift: shift)
        while true {
            let found = slots[slot]
            if found == code { return true }
            if found == 0 { return false }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    private static func slot(of code: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (code &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
