internal import CLibXML2
import DariModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One node of an XML document as `MarkupReader` streams it.
///
/// Unlike `MarkupEvent` (which `MarkupParser` produces from a whole tree),
/// names here are split into local name and namespace URI, so a reader can
/// tell XLIFF 1.2 from XLIFF 2.x by namespace instead of by prefix.
public enum MarkupNode: Sendable, Equatable {
    /// An element opens. Every `.start` is followed, eventually, by its
    /// `.end`, also for empty elements such as `<ph/>`.
    case start(MarkupElement)
    /// The element opened by the matching `.start` closes.
    case end(localName: String, namespaceURI: String)
    /// Character data: text, CDATA and whitespace, entities decoded.
    /// `line` is 1-based, the line where libxml2 stored the text node
    /// (the line of its end for text spanning lines).
    case text(String, line: Int)
    /// An entity reference left unexpanded (an external entity in
    /// untrusted input, which dari never fetches, or one declared in an
    /// internal subset).
    case entityReference(name: String, line: Int)
}

/// A start tag: names, attributes in document order (namespace
/// declarations left out) and its 1-based line.
public struct MarkupElement: Sendable, Equatable {
    public var localName: String
    /// Empty for an element in no namespace.
    public var namespaceURI: String
    public var attributes: [MarkupReaderAttribute]
    /// 1-based line of the start tag.
    public var line: Int

    public init(localName: String, namespaceURI: String, attributes: [MarkupReaderAttribute], line: Int) {
        self.localName = localName
        self.namespaceURI = namespaceURI
        self.attributes = attributes
        self.line = line
    }

    /// The value of the attribute `localName` in no namespace (`id`, `version`…).
    public func attribute(_ localName: String) -> String? {
        for attribute in attributes where attribute.localName == localName && attribute.namespaceURI.isEmpty {
            return attribute.value
        }
        return nil
    }

    /// The value of the attribute `localName` in `namespaceURI` (`xml:lang`
    /// is `attribute("lang", in: MarkupElement.xmlNamespace)`).
    public func attribute(_ localName: String, in namespaceURI: String) -> String? {
        for attribute in attributes where attribute.localName == localName && attribute.namespaceURI == namespaceURI {
            return attribute.value
        }
        return nil
    }

    /// The namespace of `xml:lang` and `xml:space`.
    public static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
}

public struct MarkupReaderAttribute: Sendable, Equatable, Hashable {
    public var localName: String
    /// Empty for an attribute in no namespace (most attributes).
    public var namespaceURI: String
    public var value: String

    public init(localName: String, namespaceURI: String = "", value: String) {
        self.localName = localName
        self.namespaceURI = namespaceURI
        self.value = value
    }
}

/// Streams an XML document node by node through libxml2's `xmlTextReader`,
/// without building a tree: memory stays bounded by the largest element
/// the reader is inside, not by the file (a 90 MB memory is read in a few
/// megabytes).
///
/// Untrusted input is the normal case, so the reader runs with
/// `XML_PARSE_NONET` and without `NOENT` or `DTDLOAD`: an external entity
/// (XXE) comes out as an unexpanded `.entityReference` and nothing is
/// fetched. Errors go to a handler owned by this reader
/// (`xmlTextReaderSetStructuredErrorHandler`), not to stderr and not to
/// libxml2's thread-local handler, so a reader may be used across calls.
///
/// Well-formedness is checked as the document streams: nodes before the
/// error have already been returned when `next()` throws, so callers drop
/// what they built.
///
/// > Warning: not thread-safe; use one reader from one task.
public final class MarkupReader {
    /// The file name used in errors (as the user gave it).
    public let path: String
    private let reader: xmlTextReaderPtr
    /// The bytes libxml2 reads from, for `init(bytes:path:)`: xmlReaderForMemory
    /// does not copy them, so this class owns a stable copy until `deinit`.
    private let buffer: UnsafeMutableBufferPointer<CChar>?
    private let collector: ErrorCollector
    /// An empty element's `.end`, returned by the next call to `next()`.
    private var pendingEnd: RawNode?
    private var finished = false
    /// The line where the last text node ended (see `currentLine()`).
    private var lastTextLine = 1
    /// Element and attribute names and namespace URIs met so far, numbered
    /// (`name(_:)`). Unchecked exclusivity: the reader is used from one
    /// thread, and the run-time checks of this property were a twentieth of
    /// the reading thread's time on a large memory.
    @exclusivity(unchecked) private var names = NameTable()
    /// True inside `capturingErrors`: the collector is already installed, so
    /// `step()` reads without installing it again.
    private var capturesErrors = false

    /// Reads from `bytes` (copied once).
    ///
    /// - Parameters:
    ///   - bytes: the document.
    ///   - path: the file name used in errors and diagnostics.
    /// - Throws: `MarkupError.malformed` for an empty document.
    public convenience init(bytes: [UInt8], path: String) throws {
        guard !bytes.isEmpty else {
            throw MarkupError.malformed(file: path, line: 1, column: 1, message: "the file is empty")
        }
        let copy = UnsafeMutableBufferPointer<CChar>.allocate(capacity: bytes.count)
        bytes.withUnsafeBufferPointer { source in
            source.withMemoryRebound(to: CChar.self) { _ = copy.initialize(from: $0) }
        }
        let collector = ErrorCollector(path: path)
        guard let reader = xmlReaderForMemory(copy.baseAddress, Int32(clamping: copy.count), path, nil,
                                              MarkupReader.options) else {
            copy.deallocate()
            throw MarkupError.unparsable(file: path)
        }
        self.init(path: path, reader: reader, buffer: copy, collector: collector)
    }

    /// Reads the file at `path` as libxml2 streams it from disk (the file is
    /// never held whole in memory). Check that the file exists first: a
    /// missing file gives `MarkupError.unparsable`.
    public convenience init(fileAt path: String) throws {
        let collector = ErrorCollector(path: path)
        // Opening reports through the thread-local handler (no reader yet).
        let opened = collector.capturing { xmlReaderForFile(path, nil, MarkupReader.options) }
        guard let reader = opened else {
            throw MarkupError.unparsable(file: path)
        }
        self.init(path: path, reader: reader, buffer: nil, collector: collector)
    }

    private init(path: String, reader: xmlTextReaderPtr, buffer: UnsafeMutableBufferPointer<CChar>?,
                 collector: ErrorCollector) {
        self.path = path
        self.reader = reader
        self.buffer = buffer
        self.collector = collector
        let context = Unmanaged.passUnretained(collector).toOpaque()
        // The collector lives as long as this reader (a stored property),
        // which is as long as libxml2 may call the handler.
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue().record(error)
        }, context)
    }

    deinit {
        xmlFreeTextReader(reader)
        buffer?.deallocate()
    }

    /// NONET: never fetch. NOCDATA: CDATA arrives as text. BIG_LINES: line
    /// numbers above 65535 stay exact (a 200,000-unit memory has a million
    /// lines). No NOENT, DTDLOAD or HUGE.
    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue
        | XML_PARSE_COMPACT.rawValue)

    /// Problems below error level seen so far (e.g. a relative namespace URI).
    public var warnings: [Diagnostic] { collector.warnings() }

    /// The next node, or nil at the end of the document.
    ///
    /// Calls `xmlTextReaderRead`; skips comments, processing instructions
    /// and the DOCTYPE.
    /// - Throws: `MarkupError.malformed` with the 1-based line and column of
    ///   the first well-formedness error.
    public func next() throws -> MarkupNode? {
        switch try step() {
        case nil:
            return nil
        case let .start(localName, namespaceURI, line):
            var attributes: [MarkupReaderAttribute] = []
            forEachAttribute { localName, namespaceURI, value in
                attributes.append(MarkupReaderAttribute(localName: names.string(localName),
                                                        namespaceURI: names.string(namespaceURI),
                                                        value: string(value)))
            }
            return .start(MarkupElement(localName: names.string(localName), namespaceURI: names.string(namespaceURI),
                                        attributes: attributes, line: line))
        case let .end(localName, namespaceURI):
            return .end(localName: names.string(localName), namespaceURI: names.string(namespaceURI))
        case let .text(value, line):
            return .text(string(value), line: line)
        case let .entityReference(name, line):
            return .entityReference(name: string(name), line: line)
        }
    }

    /// A node as `step()` reads it: names as their numbers in the reader's
    /// table (`name(_:)`), text and values still libxml2's, valid until the
    /// next read. `next()` copies them into a `MarkupNode`, `nextBatch` into
    /// a `MarkupNodeBatch`.
    enum RawNode {
        /// The element's attributes are read with `forEachAttribute` before the next step.
        case start(localName: Int32, namespaceURI: Int32, line: Int)
        case end(localName: Int32, namespaceURI: Int32)
        case text(UnsafePointer<xmlChar>?, line: Int)
        case entityReference(name: UnsafePointer<xmlChar>?, line: Int)
    }

    /// The next node, or nil at the end of the document.
    ///
    /// Calls `xmlTextReaderRead`; skips comments, processing instructions
    /// and the DOCTYPE. An empty element gives its `.start`, then its `.end`.
    /// - Throws: `MarkupError.malformed` with the 1-based line and column of
    ///   the first well-formedness error.
    func step() throws -> RawNode? {
        if let pending = pendingEnd {
            pendingEnd = nil
            return pending
        }
        while !finished {
            // Errors raised outside the parser context (I/O, encoding
            // conversion) go to the thread-local handler: hold it only
            // for this one synchronous call.
            let status = capturesErrors ? xmlTextReaderRead(reader) : collector.capturing { xmlTextReaderRead(reader) }
            if status == 0 {
                finished = true
                try throwIfFailed(status: 0)
                return nil
            }
            if status < 0 {
                finished = true
                try throwIfFailed(status: status)
                throw MarkupError.unparsable(file: path)
            }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let localName = name(xmlTextReaderConstLocalName(reader))
                let namespaceURI = namespaceURINumber()
                let line = currentLine()
                if xmlTextReaderIsEmptyElement(reader) == 1 {
                    pendingEnd = .end(localName: localName, namespaceURI: namespaceURI)
                }
                return .start(localName: localName, namespaceURI: namespaceURI, line: line)
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                return .end(localName: name(xmlTextReaderConstLocalName(reader)),
                            namespaceURI: namespaceURINumber())
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                return .text(xmlTextReaderConstValue(reader), line: currentLine())
            case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
                return .entityReference(name: xmlTextReaderConstName(reader), line: currentLine())
            default:
                continue  // comments, PIs, DOCTYPE, end of entity
            }
        }
        return nil
    }

    /// Runs `body`, a run of `step()` calls with nothing else calling
    /// libxml2 on this thread between them, with the error collector
    /// installed once for all of them: installing it for each read went
    /// through libxml2's thread-local globals four times a node, a sixth of
    /// the reading thread's time on a large memory. The same errors are
    /// recorded: the collector is installed during every read either way.
    func capturingErrors<T>(_ body: () throws -> T) rethrows -> T {
        if capturesErrors { return try body() }
        capturesErrors = true
        defer { capturesErrors = false }
        return try collector.capturing(body)
    }

    /// Calls `body` with each attribute of the element `step()` just
    /// returned, in document order, namespace declarations left out: its
    /// local name and namespace URI (numbers in the reader's table) and
    /// value (libxml2's, valid until the next read).
    func forEachAttribute(_ body: (Int32, Int32, UnsafePointer<xmlChar>?) -> Void) {
        guard xmlTextReaderHasAttributes(reader) == 1 else { return }
        var more = xmlTextReaderMoveToFirstAttribute(reader)
        while more == 1 {
            let namespace = namespaceURINumber()
            if namespace != names.namespaceDeclarations {
                body(name(xmlTextReaderConstLocalName(reader)), namespace, xmlTextReaderConstValue(reader))
            }
            more = xmlTextReaderMoveToNextAttribute(reader)
        }
        xmlTextReaderMoveToElement(reader)
    }

    /// Reads past the rest of the element whose `.start` was just returned
    /// (its content and its `.end`).
    public func skipElement() throws {
        try MarkupNode.skipElement(next: next)
    }

    private func throwIfFailed(status: Int32) throws {
        if let failure = undecodable() { throw failure }
        if let first = collector.errors.first(where: { $0.level >= XML_ERR_ERROR.rawValue }) {
            throw MarkupError.malformed(file: path, line: max(first.line, 1), column: first.column,
                                        message: first.message)
        }
    }

    /// A conversion error, at the line of the first bad byte: libxml2
    /// converts in blocks and names the line its parser had reached (line 1
    /// for a memory in EUC-KR whose bad bytes are on line 30). The bytes are read
    /// again for this, once, only when the document is already lost.
    private func undecodable() -> MarkupError? {
        let conversion: Set<Int32> = [Int32(XML_ERR_INVALID_ENCODING.rawValue), Int32(XML_I18N_CONV_FAILED.rawValue),
                                      Int32(XML_ERR_INVALID_CHAR.rawValue)]
        guard let first = collector.errors.first(where: { $0.level >= XML_ERR_ERROR.rawValue }),
              conversion.contains(first.code) else { return nil }
        let encoding = xmlTextReaderConstEncoding(reader).map { String(cString: $0) } ?? "UTF-8"
        // In UTF-8, libxml2 itself names the right line (a malformed-document error).
        guard !CharsetSniffer.isUTF8(encoding) else { return nil }
        let bytes: [UInt8]
        if let buffer {
            bytes = buffer.withMemoryRebound(to: UInt8.self) { Array($0) }
        } else if let read = try? InputFile.bytes(at: path) {
            bytes = read
        } else {
            return nil
        }
        guard let place = CharsetPosition.firstInvalid(in: bytes, charset: encoding) else { return nil }
        return .undecodable(file: path, line: place.line, encoding: encoding)
    }

    /// The current node's 1-based line from `xmlGetLineNo`.
    ///
    /// libxml2 2.9 stores node lines in 16 bits. XML_PARSE_BIG_LINES keeps
    /// text nodes exact past 65535 (in `psvi`), but not elements; an
    /// element there gets the line where the text before it ended, which
    /// is the line of its `<` whenever whitespace or text precedes the tag
    /// (always, in indented files such as XLIFF). Past 65535, an element
    /// that follows another tag directly reports the earlier tag's line.
    private func currentLine() -> Int {
        guard let node = xmlTextReaderCurrentNode(reader) else { return lastTextLine }
        let line = Int(xmlGetLineNo(node))
        if node.pointee.type == XML_ELEMENT_NODE {
            if line > 0 && line < 65535 { return line }
            return max(lastTextLine, line)
        }
        if line > 0 { lastTextLine = line }
        return line > 0 ? line : lastTextLine
    }

    /// Copies a string libxml2 owns (the reader's dictionary or node):
    /// the `Const` accessors return pointers that stay valid only until the
    /// next read, and are never freed by us.
    func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    /// The number of a name or namespace URI in the reader's table (0 for
    /// none): a document repeats a few of them on every element, and a URI
    /// is too long for a small string, so copying each anew cost an
    /// allocation per element and end tag (the reading thread's largest
    /// cost on a 200,000-unit memory), and a string per node still cost
    /// its retains and releases there.
    private func name(_ pointer: UnsafePointer<xmlChar>?) -> Int32 {
        guard let pointer else { return 0 }
        return names.number(at: pointer)
    }

    /// `name(xmlTextReaderConstNamespaceUri(reader))` without the dictionary
    /// lookup that call makes to intern the URI (hashing its bytes) for
    /// every element, end tag and attribute, on the reading thread that
    /// bounds the read of a large memory. The URI is read where the node
    /// keeps it (`ns->href`, as that call reads it); `name(_:)` checks the
    /// bytes at an address before reusing its number, so a URI freed with
    /// its node is never taken for another. Other nodes (a namespace
    /// declaration met among the attributes) still go through the call.
    private func namespaceURINumber() -> Int32 {
        guard let node = xmlTextReaderCurrentNode(reader) else { return name(xmlTextReaderConstNamespaceUri(reader)) }
        switch node.pointee.type {
        case XML_ELEMENT_NODE, XML_ATTRIBUTE_NODE:
            // An attribute (`xmlAttr`) keeps `ns` at the same place as an element (`xmlNode`).
            guard let namespace = node.pointee.ns else { return 0 }
            return name(namespace.pointee.href)
        default:
            return name(xmlTextReaderConstNamespaceUri(reader))
        }
    }

    /// The names numbered since the last call, in number order: what a
    /// batch brings to the reader of batches (`MarkupNames`).
    func takeNewNames() -> [String] { names.takeNew() }
}

/// The names `MarkupReader` has met, each numbered once, in the order met
/// (0 is the empty name). libxml2 keeps names in its dictionary, at one
/// address per name, so an address seen before is looked up in a small
/// table of addresses; its number is reused while the bytes there are the
/// name's (a name libxml2 did not intern may be freed and its address
/// reused), else the name is found by its bytes or numbered anew.
private struct NameTable {
    private(set) var strings: [String] = [""]
    private var bytes: [[UInt8]] = [[]]
    /// Numbers by bytes, for an address not in the table of addresses.
    private var numbers: [[UInt8]: Int32] = [[]: 0]
    private var addresses = [UnsafePointer<xmlChar>?](repeating: nil, count: 256)
    private var addressNumbers = [Int32](repeating: 0, count: 256)
    /// The number of the namespace of namespace declarations, once met.
    private(set) var namespaceDeclarations: Int32 = -1
    /// How many of `strings` `takeNew` has given out.
    private var taken = 1

    func string(_ number: Int32) -> String { strings[Int(number)] }

    mutating func number(at pointer: UnsafePointer<xmlChar>) -> Int32 {
        let slot = Int(truncatingIfNeeded: UInt(bitPattern: pointer) >> 3) & (addresses.count - 1)
        if addresses[slot] == pointer, matches(addressNumbers[slot], pointer) { return addressNumbers[slot] }
        let name = Array(UnsafeBufferPointer(start: pointer, count: strlen(UnsafeRawPointer(pointer)
            .assumingMemoryBound(to: CChar.self))))
        let number: Int32
        if let known = numbers[name] {
            number = known
        } else {
            number = Int32(strings.count)
            numbers[name] = number
            bytes.append(name)
            // As `String(cString:)` would read them (ill-formed UTF-8 repaired).
            strings.append(String(decoding: name, as: UTF8.self))
            if strings[Int(number)] == "http://www.w3.org/2000/xmlns/" { namespaceDeclarations = number }
        }
        addresses[slot] = pointer
        addressNumbers[slot] = number
        return number
    }

    /// The names numbered since the last call.
    mutating func takeNew() -> [String] {
        defer { taken = strings.count }
        return taken == strings.count ? [] : Array(strings[taken...])
    }

    /// Whether the NUL-terminated bytes at `pointer` are those of name `number`.
    private func matches(_ number: Int32, _ pointer: UnsafePointer<xmlChar>) -> Bool {
        bytes[Int(number)].withUnsafeBufferPointer { name in
            // strncmp stops at the C string's NUL, so never reads past its end.
            guard let base = name.baseAddress else { return pointer[0] == 0 }
            return strncmp(UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                           UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self), name.count) == 0
                && pointer[name.count] == 0
        }
    }
}

extension MarkupNode {
    /// Reads past the rest of an element whose `.start` was just read, its
    /// content and its `.end`, from whatever gives the nodes (`next`).
    public static func skipElement(next: () throws -> MarkupNode?) throws {
        var depth = 1
        while depth > 0, let node = try next() {
            switch node {
            case .start: depth += 1
            case .end: depth -= 1
            default: break
            }
        }
    }
}
