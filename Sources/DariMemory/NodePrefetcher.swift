import DariXML
import Foundation

/// A `MarkupReader` read ahead on a thread of its own: libxml2 parses there
/// (`MarkupReader.nextBatch`, text kept as bytes) while the caller makes the
/// nodes' strings and builds units from the nodes already read, so reading
/// a large memory uses two cores.
///
/// The caller sees the same nodes in the same order, and the reader's error
/// where it would have met it: the error is queued after the last node read
/// before it. Nodes are handed over in batches, and at most `maximumBatches`
/// wait, so memory stays bounded as when streaming. When the caller stops
/// early (an error of its own, or the root closed), dropping the prefetcher
/// stops the thread.
final class NodePrefetcher {
    private let channel: Channel
    private var batch = MarkupNodeBatch(capacity: 0)
    private var names = MarkupNames()
    private var position = 0
    /// What follows `batch`: the end of the document or the reader's error.
    private var end: Result<Void, any Error>?
    private var finished = false

    init(_ reader: MarkupReader, batchSize: Int = 1_024, maximumBatches: Int = 16) {
        let channel = Channel(maximumBatches: maximumBatches)
        self.channel = channel
        // The reader moves to the thread: nothing else touches it from here on.
        let owned = Owned(reader)
        Thread.detachNewThread {
            let reader = owned.reader
            while true {
                let (batch, end) = reader.nextBatch(maximum: batchSize)
                // False when the caller is gone.
                guard channel.put(batch, end: end), end == nil else { return }
            }
        }
    }

    deinit { channel.cancel() }

    /// The next node, nil at the end of the document (and after an error, as
    /// `MarkupReader.next()`); throws the reader's error.
    func next() throws -> MarkupNode? {
        while position == batch.count {
            if let end {
                self.end = nil
                finished = true
                try end.get()
                return nil
            }
            if finished { return nil }
            (batch, end) = channel.take()
            names.takeIn(batch)
            position = 0
        }
        defer { position += 1 }
        return batch.node(at: position, names: names)
    }

    private final class Owned: @unchecked Sendable {
        let reader: MarkupReader
        init(_ reader: MarkupReader) { self.reader = reader }
    }

    /// The batches between the thread and the caller.
    private final class Channel: @unchecked Sendable {
        private let condition = NSCondition()
        // Guarded by `condition`.
        private var queue: [(nodes: MarkupNodeBatch, end: Result<Void, any Error>?)] = []
        private var head = 0
        private var cancelled = false
        private let maximumBatches: Int

        init(maximumBatches: Int) { self.maximumBatches = max(1, maximumBatches) }

        /// Queues a batch, waiting while the queue is full; false when the caller is gone.
        @discardableResult
        func put(_ nodes: MarkupNodeBatch, end: Result<Void, any Error>?) -> Bool {
            condition.lock()
            defer { condition.unlock() }
            while queue.count - head >= maximumBatches && !cancelled { condition.wait() }
            if cancelled { return false }
            queue.append((nodes, end))
            condition.broadcast()
            return true
        }

        /// The next batch, waiting for it.
        func take() -> (MarkupNodeBatch, Result<Void, any Error>?) {
            condition.lock()
            defer { condition.unlock() }
            while queue.count == head { condition.wait() }
            let taken = queue[head]
            queue[head] = (MarkupNodeBatch(capacity: 0), nil)
            head += 1
            if head == queue.count {
                queue.removeAll(keepingCapacity: true)
                head = 0
            }
            condition.broadcast()
            return taken
        }

        func cancel() {
            condition.lock()
            cancelled = true
            condition.broadcast()
            condition.unlock()
        }
    }
}
