import Foundation

/// Three jobs that need nothing of each other, run at once.
///
/// An incremental `dari check` spends much of its time loading what a full
/// run left (docs/benchmarks/incremental.md): aligning the changed pages
/// against the alignment cache, decoding the kept units. Neither needs the
/// other's result, so on two or more cores the wall time is the longer
/// job's rather than their sum. The results are the jobs' own, whatever
/// the order they finish in.
enum Concurrently {
    static func run<A: Sendable, B: Sendable, C: Sendable>(
        _ first: @Sendable () -> A, _ second: @Sendable () -> B, _ third: @Sendable () -> C
    ) -> (A, B, C) {
        let results = Results<A, B, C>()
        DispatchQueue.concurrentPerform(iterations: 3) { job in
            switch job {
            // Each job runs outside the lock; only storing its result takes it.
            case 0: let value = first(); results.set { $0.first = value }
            case 1: let value = second(); results.set { $0.second = value }
            default: let value = third(); results.set { $0.third = value }
            }
        }
        // concurrentPerform returns once every job has: each slot is set.
        return results.values()
    }

    /// Two jobs at once (the three-job `run` with nothing to do as the third).
    static func run<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let (a, b, _) = run(first, second, {})
        return (a, b)
    }
}

/// The jobs' results, each written once by its own job, under a lock.
private final class Results<A, B, C>: @unchecked Sendable {
    struct Slots { var first: A?, second: B?, third: C? }
    private let lock = NSLock()
    private var slots = Slots()

    func set(_ body: (inout Slots) -> Void) {
        lock.withLock { body(&slots) }
    }

    func values() -> (A, B, C) {
        lock.withLock { (slots.first!, slots.second!, slots.third!) }
    }
}
