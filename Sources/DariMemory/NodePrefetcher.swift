import DariXML
import Foundation

/// A `MarkupReader` read ahead on a thread of its own: libxml2's parsing
/// and the nodes' strings are made there while the caller builds units from
/// the nodes already read, so reading a large memory uses two cores.
///
/// The caller sees the same nodes in the same order, and the reader's error
/// where it would have met it: the error is queued after the last node read
/// before it. Nodes are handed over in batches, and at most `maximumBatches`
/// wait, so memory stays bounded as when streaming. When the caller stops
/// early (an error of its own, or the root closed), dropping the prefetcher
/// stops the thread.
final class NodePrefetcher {
    private let channel: Channel
    private var batch: [MarkupNode] = []
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
            var nodes: [MarkupNode] = []
            nodes.reserveCapacity(batchSize)
            while true {
                let node: MarkupNode?
                do {
                    node = try reader.next()
                } catch {
                    channel.put(nodes, end: .failure(error))
                    return
                }
                guard let node else {
                    channel.put(nodes, end: .success(()))
                    return
                }
                nodes.append(node)
                if nodes.count == batchSize {
                    guard channel.put(nodes, end: nil) else { return }  // the caller is gone
                    nodes.removeAll(keepingCapacity: true)
                }
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
            position = 0
        }
        defer { position += 1 }
        return batch[position]
    }

    private final class Owned: @unchecked Sendable {
        let reader: MarkupReader
        init(_ reader: MarkupReader) { self.reader = reader }
    }

    /// The batches between the thread and the caller.
    private final class Channel: @unchecked Sendable {
        private let condition = NSCondition()
        // Guarded by `condition`.
        private var queue: [(nodes: [MarkupNode], end: Result<Void, any Error>?)] = []
        private var head = 0
        private var cancelled = false
        private let maximumBatches: Int

        init(maximumBatches: Int) { self.maximumBatches = max(1, maximumBatches) }

        /// Queues a batch, waiting while the queue is full; false when the caller is gone.
        @discardableResult
        func put(_ nodes: [MarkupNode], end: Result<Void, any Error>?) -> Bool {
            condition.lock()
            defer { condition.unlock() }
            while queue.count - head >= maximumBatches && !cancelled { condition.wait() }
            if cancelled { return false }
            queue.append((nodes, end))
            condition.broadcast()
            return true
        }

        /// The next batch, waiting for it.
        func take() -> ([MarkupNode], Result<Void, any Error>?) {
            condition.lock()
            defer { condition.unlock() }
            while queue.count == head { condition.wait() }
            let taken = queue[head]
            queue[head] = ([], nil)
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
