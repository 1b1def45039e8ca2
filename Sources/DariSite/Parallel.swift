import Foundation

/// Work spread over every core with the results in input order, so that a
/// parallel run gives exactly what a loop over the items would.
enum Parallel {
    /// `transform` of each of `items`, in the items' order.
    ///
    /// Workers take the next item as they finish one: pages differ in size
    /// by orders of magnitude, and a fixed split would leave a core idle.
    /// Each worker has its own `state`, made by `makeState`, for what must
    /// not be shared between threads (an ICU break iterator).
    ///
    /// - Parameter threads: how many workers at most.
    /// - Parameter progress: called after each item with how many are done
    ///   and how many there are; from any worker, so calls may overlap.
    /// - Throws: `makeState`'s error, else the error of the first item (in
    ///   item order) whose transform threw, as the loop would have.
    static func map<Item: Sendable, State, Output: Sendable>(
        _ items: [Item], threads: Int, state makeState: @Sendable () throws -> State,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
        _ transform: @Sendable (inout State, Item) throws -> Output
    ) throws -> [Output] {
        let workers = min(items.count, threads)
        guard workers > 1 else {
            var state = try makeState()
            return try items.indices.map { index in
                defer { progress?(index + 1, items.count) }
                return try transform(&state, items[index])
            }
        }
        let slots = Slots<Output>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var state: State
            do { state = try makeState() } catch { return slots.failToStart(error) }
            while let index = slots.claim() {
                let done = slots.set(index, Result { try transform(&state, items[index]) })
                progress?(done, items.count)
            }
        }
        return try slots.outputs()
    }
}

/// The results of `Parallel.map`, filled from its workers under a lock.
private final class Slots<Output: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<Output, any Error>?]
    private var next = 0, done = 0
    private var setupError: (any Error)?
    /// The lowest index whose transform threw: items after it need not run.
    private var firstFailure: Int?

    init(count: Int) { results = Array(repeating: nil, count: count) }

    /// The next item to transform, nil when there are none left or one failed
    /// (items are claimed in order, so every item before it is already claimed).
    func claim() -> Int? {
        lock.withLock {
            guard next < results.count, firstFailure == nil, setupError == nil else { return nil }
            defer { next += 1 }
            return next
        }
    }

    /// Stores item `index`'s result; returns how many items are done.
    func set(_ index: Int, _ result: Result<Output, any Error>) -> Int {
        lock.withLock {
            results[index] = result
            if case .failure = result { firstFailure = min(firstFailure ?? index, index) }
            done += 1
            return done
        }
    }

    func failToStart(_ error: any Error) {
        lock.withLock { if setupError == nil { setupError = error } }
    }

    func outputs() throws -> [Output] {
        try lock.withLock {
            if let setupError { throw setupError }
            if let firstFailure, case let .failure(error) = results[firstFailure] { throw error }
            return try results.map { try $0!.get() }
        }
    }
}
