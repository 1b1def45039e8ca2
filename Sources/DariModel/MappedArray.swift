#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fixed-size array in memory mapped for it alone (`mmap`) rather than
/// taken from malloc's heap, given back to the system as soon as its last
/// copy is gone.
///
/// glibc keeps freed heap memory resident, and after a large block is freed
/// it serves blocks up to that size from its heap: a stage's big temporary
/// arrays (the block aligner's features of a 16,000-block page, the page's
/// blocks while its units are made), once freed, still counted in the peak
/// of the stage after (issue 18, `page-ratio`). Elements are copied in once,
/// when the array is made.
public struct MappedArray<Element>: RandomAccessCollection {
    private let storage: Storage

    /// A copy of `elements`.
    public init(_ elements: UnsafeBufferPointer<Element>) {
        storage = Storage(capacity: elements.count)
        if let base = elements.baseAddress { storage.start.initialize(from: base, count: elements.count) }
        storage.count = elements.count
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.count }

    public subscript(index: Int) -> Element {
        precondition(index >= 0 && index < storage.count, "MappedArray index out of range")
        return storage.start[index]
    }

    private final class Storage {
        let start: UnsafeMutablePointer<Element>
        /// Elements initialised so far.
        var count = 0
        private let byteCount: Int
        private let isMapped: Bool

        init(capacity: Int) {
            byteCount = Swift.max(1, capacity * MemoryLayout<Element>.stride)
            let address = mmap(nil, byteCount, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
            if let address, address != MAP_FAILED {
                start = address.bindMemory(to: Element.self, capacity: capacity)
                isMapped = true
            } else {
                // No mapping to be had: the heap, as an array would.
                start = .allocate(capacity: Swift.max(1, capacity))
                isMapped = false
            }
        }

        deinit {
            start.deinitialize(count: count)
            if isMapped {
                munmap(UnsafeMutableRawPointer(start), byteCount)
            } else {
                start.deallocate()
            }
        }
    }
}

// Immutable once made: its elements are read only.
extension MappedArray: @unchecked Sendable where Element: Sendable {}
