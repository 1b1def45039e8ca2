/// Gives each distinct value a small integer, in order of first sight, so
/// that a sentence's features become a sorted array of integers: comparing
/// two sentences, which the search does hundreds of thousands of times,
/// then allocates nothing.
struct Interner<Value: Hashable> {
    private var ids: [Value: Int32] = [:]

    /// The ids of `values`, without repeats, sorted.
    mutating func intern(_ values: [Value]) -> [Int32] {
        var interned: [Int32] = []
        for value in values {
            if let id = ids[value] { interned.append(id) } else {
                let id = Int32(ids.count)
                ids[value] = id
                interned.append(id)
            }
        }
        return Array(Set(interned)).sorted()
    }
}

/// One feature of every sentence of both sides, interned in one table, so
/// that equal values on the two sides have equal ids.
struct InternedFeature {
    let source: [[Int32]], target: [[Int32]]

    init<Value: Hashable>(_ feature: KeyPath<SentenceFeatures, [Value]>, source: [SentenceFeatures], target: [SentenceFeatures]) {
        var interner = Interner<Value>()
        self.source = source.map { interner.intern($0[keyPath: feature]) }
        self.target = target.map { interner.intern($0[keyPath: feature]) }
    }

    private init(source: [[Int32]], target: [[Int32]]) {
        self.source = source
        self.target = target
    }

    /// Two features interned together, so that their ids compare.
    static func pair<Value: Hashable>(_ first: KeyPath<SentenceFeatures, [Value]>, _ second: KeyPath<SentenceFeatures, [Value]>,
                                      source: [SentenceFeatures], target: [SentenceFeatures]) -> (InternedFeature, InternedFeature) {
        var interner = Interner<Value>()
        let one = InternedFeature(source: source.map { interner.intern($0[keyPath: first]) },
                                  target: target.map { interner.intern($0[keyPath: first]) })
        let two = InternedFeature(source: source.map { interner.intern($0[keyPath: second]) },
                                  target: target.map { interner.intern($0[keyPath: second]) })
        return (one, two)
    }
}

/// Comparisons of per-sentence sorted id arrays.
enum SortedIDs {
    /// Binary search in a sorted array.
    @inline(__always)
    static func contains(_ sorted: [Int32], _ value: Int32) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) >> 1
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == value
    }

    /// Values shared by the two sides of a bead, and values on one side only.
    @inline(__always)
    static func overlap(_ lhs: [[Int32]], _ lhsRange: Range<Int>,
                        _ rhs: [[Int32]], _ rhsRange: Range<Int>) -> (shared: Int, unmatched: Int) {
        var shared = 0, unmatched = 0
        for i in lhsRange {
            for value in lhs[i] {
                if rhsRange.contains(where: { contains(rhs[$0], value) }) { shared += 1 } else { unmatched += 1 }
            }
        }
        for j in rhsRange {
            for value in rhs[j] where !lhsRange.contains(where: { contains(lhs[$0], value) }) { unmatched += 1 }
        }
        return (shared, unmatched)
    }

    /// How many values of the `sentences` of `values` some sentence of
    /// `others` in `otherRange` holds too.
    @inline(__always)
    static func found(_ values: [[Int32]], _ sentences: Range<Int>, in others: [[Int32]], _ otherRange: Range<Int>) -> Int {
        var found = 0
        for index in sentences {
            for value in values[index] where otherRange.contains(where: { contains(others[$0], value) }) {
                found += 1
            }
        }
        return found
    }
}
