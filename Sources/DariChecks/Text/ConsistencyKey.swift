import DariText

/// The key under which two segments count as "the same text" for the
/// consistency checks: lower case, no whitespace (Korean spacing varies:
/// 할수/할 수), curly quotes as straight ones, trailing sentence punctuation
/// dropped. Segments are grouped by key in one pass, never compared pairwise.
enum ConsistencyKey {
    /// The key as UTF-8 bytes: byte arrays hash without the NFC
    /// normalisation String hashing does, which matters at 200,000 segments.
    static func make(_ text: String) -> [UInt8] {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if byte <= 0x20 { continue }
                key.append((0x41...0x5A).contains(byte) ? byte + 32 : byte)
                continue
            }
            switch scalar {
            case "“", "”", "„", "″": key.append(UInt8(ascii: "\""))
            case "‘", "’", "′": key.append(UInt8(ascii: "'"))
            case "–", "—": key.append(UInt8(ascii: "-"))
            default:
                if Script.isHangulSyllable(scalar) {
                    key.append(contentsOf: String(scalar).utf8)
                } else if Script.isWhitespace(scalar) {
                    continue
                } else if scalar.properties.changesWhenLowercased {
                    key.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else {
                    key.append(contentsOf: String(scalar).utf8)
                }
            }
        }
        while let last = key.last, last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") {
            key.removeLast()
        }
        return key
    }
}

/// Groups segments that share one side's key and differ on the other's;
/// shared by `inconsistent-target` and `inconsistent-source`.
enum ConsistencyGroups {
    /// Groups of record indices (in memory order) whose `same` keys are equal
    /// and whose `differing` keys take two or more values, in memory order of
    /// their first member.
    static func find(_ input: CheckInput, sameSide: Side, similarVariantsOnly: Bool = false) -> [[Int]] {
        var groups: [[UInt8]: [Int]] = [:]
        var order: [[UInt8]] = []
        for (index, record) in input.segments.enumerated() {
            guard let target = record.translatedTarget, record.hasSource,
                !record.isCopy
            else { continue }
            let key = ConsistencyKey.make(sameSide == .source ? record.source : target)
            // Text with letters only: numbers and punctuation repeat without meaning.
            guard Self.hasLetter(key) else { continue }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        var result: [[Int]] = []
        for key in order {
            guard let members = groups[key], members.count > 1 else { continue }
            var other: [UInt8]?
            var differs = false
            for index in members {
                let record = input.segments[index]
                let text = sameSide == .source ? record.target ?? "" : record.source
                let otherKey = ConsistencyKey.make(text)
                if let other, other != otherKey {
                    differs = true
                    break
                }
                other = otherKey
            }
            guard differs else { continue }
            if !similarVariantsOnly {
                result.append(members)
                continue
            }
            // Keep the members whose text is a near variant of another member's.
            let texts = members.map { index -> [UInt8] in
                let record = input.segments[index]
                return ConsistencyKey.make(sameSide == .source ? record.target ?? "" : record.source)
            }
            let variants = Array(Set(texts))
            let bigrams = variants.map { Similarity.bigrams(String(decoding: $0, as: UTF8.self)) }
            var near = Set<[UInt8]>()
            for i in variants.indices {
                for j in variants.indices where j > i {
                    if Similarity.dice(bigrams[i], bigrams[j]) >= Similarity.nearVariant {
                        near.insert(variants[i])
                        near.insert(variants[j])
                    }
                }
            }
            let kept = zip(members, texts).filter { near.contains($0.1) }.map(\.0)
            if kept.count > 1 { result.append(kept) }
        }
        return result
    }

    /// Reports every member of each group, each listing the others.
    static func report(_ groups: [[Int]], in input: CheckInput, side: Side, into findings: inout FindingCollector,
                       message: (_ member: SegmentRecord, _ variants: Int, _ others: [String]) -> String) {
        for members in groups {
            let variantSide: Side = side == .target ? .target : .source
            let variants = Set(members.map { index -> [UInt8] in
                let record = input.segments[index]
                return ConsistencyKey.make(variantSide == .target ? record.target ?? "" : record.source)
            }).count
            let locations = members.map { input.location(of: input.segments[$0], side: side) }
            let names = members.map { index -> String in
                let record = input.segments[index]
                let location = input.location(of: record, side: side)
                return location.line > 0 && input.memoryPath == nil ? location.description : input.unit(of: record).id
            }
            for (position, index) in members.enumerated() {
                var others = names
                others.remove(at: position)
                var related = locations
                related.remove(at: position)
                findings.report(input.segments[index], in: input, side: side,
                                message: message(input.segments[index], variants, others),
                                related: Array(related.prefix(Self.relatedLimit)))
            }
        }
    }

    /// True when the key has a letter (any non-ASCII byte counts: Hangul).
    static func hasLetter(_ key: [UInt8]) -> Bool {
        key.contains { $0 >= 0x80 || (0x61...0x7A).contains($0) }
    }

    /// At most this many related locations per finding; a group repeated
    /// hundreds of times would otherwise make reports quadratic.
    static let relatedLimit = 20

    static func list(_ others: [String]) -> String {
        let shown = others.prefix(5).joined(separator: ", ")
        return others.count > 5 ? shown + " and \(others.count - 5) more" : shown
    }
}

/// Character-bigram overlap, for telling an edited sentence from an unrelated one.
enum Similarity {
    /// Dice coefficient at or above which two texts are versions of one
    /// sentence. An edit (했다 → 하였다, 밝혔다 → 전했다) keeps a long
    /// sentence above 0.8; two unrelated sentences that happen to share a
    /// translation (a misaligned line, a dictionary gloss) stay below 0.3.
    static let nearVariant = 0.5

    static func bigrams(_ text: String) -> [UInt64: Int] {
        var counts: [UInt64: Int] = [:]
        var previous: UInt32?
        for scalar in text.unicodeScalars {
            if let previous { counts[UInt64(previous) << 32 | UInt64(scalar.value), default: 0] += 1 }
            previous = scalar.value
        }
        return counts
    }

    static func dice(_ a: [UInt64: Int], _ b: [UInt64: Int]) -> Double {
        let total = a.values.reduce(0, +) + b.values.reduce(0, +)
        guard total > 0 else { return 1 }
        var shared = 0
        for (gram, count) in a { shared += min(count, b[gram] ?? 0) }
        return Double(2 * shared) / Double(total)
    }
}
