import Dispatch
import Foundation
import Testing

@testable import DariChecks

/// `SharedWork`: a pass over the segments that several checks read, done
/// once whoever asks, its values in index order.
@Suite struct SharedWorkTests {
    @Test(arguments: [1, 3, 7, 20, 2_048])
    func valuesComeInIndexOrderWhateverTheChunkSize(chunkSize: Int) {
        let work = SharedWork(count: 20, chunkSize: chunkSize) { range in range.map { $0 * $0 } }
        #expect(work.result == (0..<20).map { $0 * $0 })
    }

    @Test func checksThatAskAtOnceShareOnePassAndReadTheSameValues() {
        let computed = Tally()
        let work = SharedWork(count: 1_000, chunkSize: 10) { range in
            computed.add(range.count)
            return range.map { $0 + 1 }
        }
        let answers = Answers(count: 4)
        DispatchQueue.concurrentPerform(iterations: 4) { asker in answers.set(asker, work.result) }
        #expect(answers.all.allSatisfy { $0 == (1...1_000).map { $0 } })
        // Every value was computed exactly once, whoever computed it.
        #expect(computed.total == 1_000)
    }

    @Test func askingAgainComputesNothing() {
        let computed = Tally()
        let work = SharedWork(count: 5, chunkSize: 2) { range in
            computed.add(range.count)
            return Array(range)
        }
        #expect(work.result == [0, 1, 2, 3, 4])
        #expect(work.result == [0, 1, 2, 3, 4])
        #expect(computed.total == 5)
    }

    @Test func noSegmentsNoValues() {
        #expect(SharedWork<Int>(count: 0) { range in Array(range) }.result.isEmpty)
    }
}

/// How many values the pass computed, added to from several threads.
private final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add(_ values: Int) { lock.withLock { count += values } }
    var total: Int { lock.withLock { count } }
}

/// What each asker read.
private final class Answers: @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [[Int]]

    init(count: Int) { answers = Array(repeating: [], count: count) }

    func set(_ asker: Int, _ values: [Int]) { lock.withLock { answers[asker] = values } }
    var all: [[Int]] { lock.withLock { answers } }
}
