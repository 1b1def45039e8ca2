import DariModel
import Testing

@Suite struct MappedArrayTests {
    final class Counted {
        nonisolated(unsafe) static var alive = 0
        let value: Int
        init(_ value: Int) { self.value = value; Self.alive += 1 }
        deinit { Self.alive -= 1 }
    }

    @Test func holdsWhatItWasMadeWithInOrder() {
        let squares = (0..<5).map { $0 * $0 }.withUnsafeBufferPointer { MappedArray($0) }
        #expect(Array(squares) == [0, 1, 4, 9, 16])
        let copied = [3, 1, 2].withUnsafeBufferPointer { MappedArray($0) }
        #expect(Array(copied) == [3, 1, 2])
        #expect([Int]().withUnsafeBufferPointer { MappedArray($0) }.isEmpty)
    }

    /// Its elements are released with the last copy of the array, as an array's are.
    @Test func releasesItsElementsWithItsLastCopy() {
        do {
            let first = (0..<3).map(Counted.init).withUnsafeBufferPointer { MappedArray($0) }
            do {
                let second = first
                #expect(second.map(\.value) == [0, 1, 2])
            }
            #expect(Counted.alive == 3)
        }
        #expect(Counted.alive == 0)
    }
}
