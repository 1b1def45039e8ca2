@testable import DariPipeline
import Foundation
import Testing

/// `Concurrently.run` gives each job's own result, whichever finishes first.
@Suite struct ConcurrentlyTests {
    @Test func eachResultIsItsOwnJobsWhateverTheOrderTheyFinishIn() {
        let (first, second, third) = Concurrently.run({ () -> Int in
            Thread.sleep(forTimeInterval: 0.05)
            return 1
        }, { "two" }, { () -> [Int] in
            Thread.sleep(forTimeInterval: 0.02)
            return [3]
        })
        #expect(first == 1)
        #expect(second == "two")
        #expect(third == [3])
    }
}
