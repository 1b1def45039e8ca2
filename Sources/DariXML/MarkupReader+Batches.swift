internal import CLibXML2

/// Nodes read ahead by `MarkupReader.nextBatch`, their text and attribute
/// values still UTF-8 bytes: one thread reads (libxml2), another makes the
/// strings (`node(at:)`), so reading a large memory splits its copying
/// between the two instead of doing all of it on the reading thread, which
/// bounded the whole read (libxml2 and the strings on one core, the units
/// built from them on the other, idle half the time).
public struct MarkupNodeBatch: Sendable {
    private enum Kind: UInt8 {
        case start, end, text, entityReference
    }

    private struct Entry: Sendable {
        var kind: Kind
        /// `.start` and `.end`: the element's names, as numbers (`MarkupNames`).
        var localName: Int32 = 0
        var namespaceURI: Int32 = 0
        var line = 0
        /// `.text`: the text; `.entityReference`: the name.
        var bytes = 0..<0
        /// `.start`: its attributes in `attributes`.
        var attributes = 0..<0
    }

    private struct Attribute: Sendable {
        var localName: Int32
        var namespaceURI: Int32
        var value: Range<Int>
    }

    private var entries: [Entry] = []
    private var attributes: [Attribute] = []
    private var bytes: [UInt8] = []
    /// The names first met in this batch, numbered after those of the batches before.
    fileprivate var newNames: [String] = []

    /// An empty batch with room for `capacity` nodes.
    public init(capacity: Int) {
        entries.reserveCapacity(capacity)
    }

    /// How many nodes the batch holds.
    public var count: Int { entries.count }

    /// The node at `index` (0 ..< `count`), as `MarkupReader.next()` gives
    /// it; `names` has taken in this batch and every one before it.
    public func node(at index: Int, names: MarkupNames) -> MarkupNode {
        let entry = entries[index]
        switch entry.kind {
        case .start:
            let attributes = self.attributes[entry.attributes].map { attribute in
                MarkupReaderAttribute(localName: names[attribute.localName], namespaceURI: names[attribute.namespaceURI],
                                      value: string(attribute.value))
            }
            return .start(MarkupElement(localName: names[entry.localName], namespaceURI: names[entry.namespaceURI],
                                        attributes: attributes, line: entry.line))
        case .end:
            return .end(localName: names[entry.localName], namespaceURI: names[entry.namespaceURI])
        case .text:
            return .text(string(entry.bytes), line: entry.line)
        case .entityReference:
            return .entityReference(name: string(entry.bytes), line: entry.line)
        }
    }

    /// The bytes at `range` as `String(cString:)` reads them (ill-formed
    /// UTF-8 repaired the same way, with U+FFFD).
    private func string(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    fileprivate mutating func append(_ node: MarkupReader.RawNode, of reader: MarkupReader) {
        switch node {
        case let .start(localName, namespaceURI, line):
            let first = attributes.count
            reader.forEachAttribute { localName, namespaceURI, value in
                let range = copy(value)
                attributes.append(Attribute(localName: localName, namespaceURI: namespaceURI, value: range))
            }
            entries.append(Entry(kind: .start, localName: localName, namespaceURI: namespaceURI, line: line,
                                 attributes: first..<attributes.count))
        case let .end(localName, namespaceURI):
            entries.append(Entry(kind: .end, localName: localName, namespaceURI: namespaceURI))
        case let .text(value, line):
            entries.append(Entry(kind: .text, line: line, bytes: copy(value)))
        case let .entityReference(name, line):
            entries.append(Entry(kind: .entityReference, line: line, bytes: copy(name)))
        }
    }

    /// Appends the NUL-terminated bytes at `pointer` (none for nil) to `bytes`.
    private mutating func copy(_ pointer: UnsafePointer<xmlChar>?) -> Range<Int> {
        let start = bytes.count
        if let pointer {
            bytes.append(contentsOf: UnsafeBufferPointer(start: pointer, count: Int(xmlStrlen(pointer))))
        }
        return start..<bytes.count
    }
}

/// The element and attribute names of a reader's batches, by number: the
/// reading thread numbers each distinct name once (a number per node costs
/// no retain there, where a string did), and the thread taking the batches
/// looks the numbers up here. Take in every batch, in order, before reading
/// its nodes.
public struct MarkupNames: Sendable {
    private var strings: [String] = [""]

    public init() {}

    /// Takes in the names `batch` numbered.
    public mutating func takeIn(_ batch: MarkupNodeBatch) {
        strings.append(contentsOf: batch.newNames)
    }

    subscript(number: Int32) -> String { strings[Int(number)] }
}

extension MarkupReader {
    /// The next `maximum` nodes (fewer at the end of the document or at an
    /// error), as `next()` would give them one by one, and what follows
    /// them: nil when there may be more, success at the end of the
    /// document, the error `next()` would throw after the last of them.
    public func nextBatch(maximum: Int) -> (batch: MarkupNodeBatch, end: Result<Void, any Error>?) {
        var batch = MarkupNodeBatch(capacity: maximum)
        return capturingErrors {
            while batch.count < maximum {
                let node: RawNode?
                do {
                    node = try step()
                } catch {
                    batch.newNames = takeNewNames()
                    return (batch, .failure(error))
                }
                guard let node else {
                    batch.newNames = takeNewNames()
                    return (batch, .success(()))
                }
                batch.append(node, of: self)
            }
            batch.newNames = takeNewNames()
            return (batch, nil)
        }
    }
}
