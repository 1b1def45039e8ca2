import Foundation

/// A per-segment computation that several checks read, done once per run
/// and shared out in chunks among whichever checks ask for it.
///
/// Checks run one task per check on every core (`Checker`). When two
/// checks need the same pass over the memory (the consistency keys both
/// `inconsistent-*` checks group by), the first to ask starts it; a second
/// that asks meanwhile takes the chunks not yet started instead of waiting
/// idle, so the pass is done once and on as many cores as are asking. The
/// result does not depend on who computed which chunk: each chunk's values
/// go to their own indices.
final class SharedWork<Value: Sendable>: @unchecked Sendable {
    private let count: Int
    private let chunkSize: Int
    private let compute: @Sendable (Range<Int>) -> [Value]
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var chunks: [[Value]?]
    private var nextChunk = 0
    private var finishedChunks = 0
    private var values: [Value]?

    /// - Parameters:
    ///   - count: how many values (one per segment).
    ///   - chunkSize: values per chunk: small enough that the last chunk
    ///     leaves little waiting, large enough that taking one costs nothing.
    ///   - compute: the values for a range of indices, in order.
    init(count: Int, chunkSize: Int = 2_048, compute: @escaping @Sendable (Range<Int>) -> [Value]) {
        self.count = count
        self.chunkSize = max(1, chunkSize)
        self.compute = compute
        chunks = Array(repeating: nil, count: (count + self.chunkSize - 1) / self.chunkSize)
    }

    /// Every value, in index order; the caller helps compute the chunks not
    /// yet started, then waits for those others are computing.
    var result: [Value] {
        while let chunk = takeChunk() {
            let start = chunk * chunkSize
            let computed = compute(start..<min(count, start + chunkSize))
            condition.lock()
            chunks[chunk] = computed
            finishedChunks += 1
            if finishedChunks == chunks.count { condition.broadcast() }
            condition.unlock()
        }
        condition.lock()
        defer { condition.unlock() }
        while finishedChunks < chunks.count { condition.wait() }
        if let values { return values }
        let all = chunks.flatMap { $0 ?? [] }
        values = all
        chunks = []
        return all
    }

    private func takeChunk() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard nextChunk < chunks.count else { return nil }
        nextChunk += 1
        return nextChunk - 1
    }
}
