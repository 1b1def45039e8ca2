/// The key under which two segments count as "the same text" for the
/// consistency checks: lower case, no whitespace (Korean spacing varies:
/// 할수/할 수), curly quotes as straight ones, trailing sentence punctuation
/// dropped. Segments are grouped by key in one pass, never compared pairwise.
enum ConsistencyKey {
    static func make(_ text: String) -> String {
        var key = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace { continue }
            switch scalar {
            case "“", "”", "„", "″": key.append("\"")
            case "‘", "’", "′": key.append("'")
            case "–", "—": key.append("-")
            default:
                if scalar.isASCII, (0x41...0x5A).contains(scalar.value) {
                    key.append(Unicode.Scalar(scalar.value + 32)!)
                } else if scalar.isASCII {
                    key.append(scalar)
                } else {
                    key.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
            }
        }
        while let last = key.last, ".!?。".unicodeScalars.contains(last) { key.removeLast() }
        return String(key)
    }
}

/// Groups segments that share one side's key and differ on the other's;
/// shared by `inconsistent-target` and `inconsistent-source`.
enum ConsistencyGroups {
    /// Groups of record indices (in memory order) whose `same` keys are equal
    /// and whose `differing` keys take two or more values, in memory order of
    /// their first member.
    static func find(_ input: CheckInput, sameSide: Side, similarVariantsOnly: Bool = false) -> [[Int]] {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        var keys: [String?] = Array(repeating: nil, count: input.segments.count)
        for (index, record) in input.segments.enumerated() {
            guard let target = record.translatedTarget, record.hasSource,
                !TargetEqualsSource.isCopy(source: record.source, target: target)
            else { continue }
            let key = ConsistencyKey.make(sameSide == .source ? record.source : target)
            guard key.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { continue }
            keys[index] = key
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        var result: [[Int]] = []
        for key in order {
            guard let members = groups[key], members.count > 1 else { continue }
            var other: String?
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
            let texts = members.map { index -> String in
                let record = input.segments[index]
                return ConsistencyKey.make(sameSide == .source ? record.target ?? "" : record.source)
            }
            let variants = Array(Set(texts))
            let bigrams = variants.map(Similarity.bigrams)
            var near = Set<String>()
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
            let variants = Set(members.map { index -> String in
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
