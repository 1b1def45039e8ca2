import DariModel
import DariXML

/// Collects a source or target as `InlineContent`, merging adjacent text.
struct InlineContentBuilder {
    private var content: [InlineContent] = []
    private var pendingText = ""

    mutating func text(_ value: String) {
        pendingText += value
    }

    mutating func code(_ piece: InlineContent) {
        flush()
        content.append(piece)
    }

    mutating func finish() -> [InlineContent] {
        flush()
        return content
    }

    private mutating func flush() {
        if !pendingText.isEmpty {
            content.append(.text(pendingText))
            pendingText = ""
        }
    }
}

/// Gives the inline codes of one unit dari's integer ids.
///
/// dari's own files name codes `s3`, `t3`, `s3p`, `s3s`… (side, number,
/// kind), which give back the number; plain numbers ("2", as most tools
/// write) are kept; any other name gets a fresh number above 1000, the same
/// one each time it appears in the unit, so an `<ec startRef>` finds its
/// `<sc>` and source and target codes with the same name stay paired.
struct CodeNumbering {
    private var numbers: [String: Int] = [:]
    private var highest = 0

    mutating func number(for name: String) -> Int {
        if let known = numbers[name] { return known }
        let number = Self.parse(name) ?? (max(highest, 1000) + 1)
        numbers[name] = number
        highest = max(highest, number)
        return number
    }

    private static func parse(_ name: String) -> Int? {
        var utf8 = Substring(name).utf8[...]
        if let first = utf8.first, first == UInt8(ascii: "s") || first == UInt8(ascii: "t") {
            utf8 = utf8.dropFirst()
            if let last = utf8.last, last == UInt8(ascii: "p") || last == UInt8(ascii: "s") || last == UInt8(ascii: "e") {
                utf8 = utf8.dropLast()
            }
        }
        guard !utf8.isEmpty, utf8.count <= 9, utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { return nil }
        return Int(Substring(utf8))
    }
}

extension InlineContent {
    /// The element name of a tag's markup: `<a href="…">` → "a", `</em>` → "em",
    /// `<br/>` → "br"; nil when `markup` is not a tag.
    static func elementName(ofMarkup markup: String) -> String? {
        var scalars = Substring(markup).unicodeScalars.drop(while: { $0.properties.isWhitespace })
        guard scalars.first == "<" else { return nil }
        scalars = scalars.dropFirst()
        if scalars.first == "/" { scalars = scalars.dropFirst() }
        var name = ""
        for scalar in scalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == ":" || scalar == "_" {
                name.unicodeScalars.append(scalar)
            } else {
                break
            }
        }
        return name.isEmpty ? nil : name.lowercased()
    }
}

/// Walking an XML document with a `MarkupReader`, errors as `MemoryReadError`.
struct MemoryCursor {
    private let reader: MarkupReader?
    /// For a large memory: the reader read ahead on another thread, which then owns it.
    private let prefetcher: NodePrefetcher?
    let path: String

    /// - Parameters:
    ///   - prefetching: read `reader` ahead on a thread of its own
    ///     (`NodePrefetcher`); worth it for a large memory only.
    ///   - batchSize: nodes handed over at a time when prefetching.
    init(reader: MarkupReader, path: String, prefetching: Bool = false, batchSize: Int = 1_024) {
        self.reader = prefetching ? nil : reader
        prefetcher = prefetching ? NodePrefetcher(reader, batchSize: batchSize) : nil
        self.path = path
    }

    /// A memory at least this large is read with a prefetching cursor: a
    /// thread costs nothing next to parsing a megabyte.
    static let prefetchingSize = 1 << 20

    func next() throws -> MarkupNode? {
        guard let prefetcher else { return try MemoryInput.next(reader!) }
        do {
            return try prefetcher.next()
        } catch let error as MarkupError {
            throw MemoryReadError(error)
        }
    }

    /// Skips the rest of the element whose start was just read.
    func skip() throws {
        guard let reader else {
            // As `MarkupReader.skipElement`, over the prefetched nodes.
            try MarkupNode.skipElement(next: next)
            return
        }
        do {
            try reader.skipElement()
        } catch let error as MarkupError {
            throw MemoryReadError(error)
        }
    }

    /// Calls `body` for each child element of the element whose start was
    /// just read, until that element ends. `body` must read its child
    /// through the child's end (by reading it or calling `skip()`). Text
    /// between children is ignored.
    func forEachChild(_ body: (MarkupElement) throws -> Void) throws {
        while let node = try next() {
            switch node {
            case let .start(element): try body(element)
            case .end: return
            case .text: continue
            case let .entityReference(name, line):
                throw MemoryReadError.unexpandedEntity(file: path, line: line, name: name)
            }
        }
    }

    /// The text content of the element whose start was just read (child
    /// elements' text included), through its end.
    func text() throws -> String {
        var result = ""
        var depth = 1
        while depth > 0, let node = try next() {
            switch node {
            case .start: depth += 1
            case .end: depth -= 1
            case let .text(value, _): result += value
            case let .entityReference(name, line):
                throw MemoryReadError.unexpandedEntity(file: path, line: line, name: name)
            }
        }
        return result
    }

    /// The first element of the document.
    func root() throws -> MarkupElement {
        while let node = try next() {
            switch node {
            case let .start(element): return element
            case let .entityReference(name, line):
                throw MemoryReadError.unexpandedEntity(file: path, line: line, name: name)
            default: continue
            }
        }
        throw MemoryReadError.malformed(file: path, line: 1, column: 0, message: "no root element")
    }
}
