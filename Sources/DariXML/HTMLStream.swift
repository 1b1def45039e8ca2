internal import CLibXML2

/// Parses HTML with libxml2's SAX callbacks and hands each callback on as a
/// `MarkupEvent`, without building a tree.
///
/// Why not walk a tree as `parseXML` does: libxml2 2.9's HTML tree takes about
/// 13 times the page's size in memory (268 MB for a 20 MB page, measured with
/// `htmlReadMemory` alone), and extraction must stay under 10 times. The HTML
/// parser repairs structure (implied `<html>`/`<body>`, auto-closed `<p>`)
/// with its own element stack and reports the repairs as SAX calls, so the
/// events are the ones the tree walk produced, in the same order:
///
/// - adjacent `characters` calls are joined into one `.text`, as the tree
///   builder joins them into one text node; its line is the line libxml2 had
///   reached at the first call, which is what the tree node recorded;
/// - `ignorableWhitespace` (white space directly in `<html>`/`<head>`) is
///   dropped, as the tree builder drops it;
/// - the raw content of `<script>` and `<style>` arrives as `.cdata`.
///
/// Lines come from the parser's input, an `int`, so they are not capped at
/// 65,535 the way tree nodes' 16-bit lines are.
final class HTMLStream {
    private let visit: (MarkupEvent) throws -> Void
    private let context: htmlParserCtxtPtr
    private var pendingText: [UInt8] = []
    private var pendingTextLine = 0
    /// What `visit` threw; the parse is stopped and the error rethrown after.
    private(set) var failure: (any Error)?

    private init(context: htmlParserCtxtPtr, visit: @escaping (MarkupEvent) throws -> Void) {
        self.context = context
        self.visit = visit
    }

    /// Parses `count` bytes at `base` in `encoding` and calls `visit` for each
    /// event.
    ///
    /// libxml2 pulls the bytes through `PageReader` a chunk at a time and drops
    /// what it has parsed, instead of copying the whole page into its own
    /// buffer first (as `htmlCreateMemoryParserCtxt` does: 33 MB for a 20 MB
    /// page). `htmlCtxtReadIO` otherwise does what `htmlReadMemory` does:
    /// apply the options, switch to `encoding` and name it on the input (so a
    /// later `<meta charset>` cannot switch again), and run `htmlParseDocument`,
    /// here with our callbacks.
    ///
    /// - Returns: false when libxml2 could not start (no bytes).
    /// - Throws: whatever `visit` throws; the parse stops at that event.
    static func parse(
        _ base: UnsafePointer<UInt8>, count: Int, encoding: String, options: Int32,
        visit: (MarkupEvent) throws -> Void
    ) throws -> Bool {
        xmlInitParser()
        guard count > 0, let context = htmlNewParserCtxt() else { return false }
        defer { htmlFreeParserCtxt(context) }
        let reader = PageReader(base: base, count: count)
        return try withoutActuallyEscaping(visit) { visit in
            let stream = HTMLStream(context: context, visit: visit)
            stream.install()
            // `_private` is libxml2's slot for the caller (htmlCtxtReset leaves
            // it alone); the callbacks find the stream there.
            context.pointee._private = Unmanaged.passUnretained(stream).toOpaque()
            defer { context.pointee._private = nil }
            let document = withExtendedLifetime((stream, reader)) {
                htmlCtxtReadIO(context, { reader, buffer, length in
                    guard let reader, let buffer else { return -1 }
                    return Unmanaged<PageReader>.fromOpaque(reader).takeUnretainedValue().read(into: buffer, length)
                }, nil, Unmanaged.passUnretained(reader).toOpaque(), nil, encoding, options)
            }
            // Our callbacks build no tree; free one should libxml2 have begun it.
            if let document { xmlFreeDoc(document) }
            stream.flushText()
            if let failure = stream.failure { throw failure }
            return true
        }
    }

    /// Replaces the tree-building callbacks with ours. The SAX block belongs to
    /// the context (htmlFreeParserCtxt frees it), so changing it is local.
    private func install() {
        guard let sax = context.pointee.sax else { return }
        sax.pointee.startDocument = nil
        sax.pointee.endDocument = nil
        sax.pointee.internalSubset = nil
        sax.pointee.externalSubset = nil
        sax.pointee.processingInstruction = nil
        sax.pointee.reference = nil
        sax.pointee.ignorableWhitespace = nil
        sax.pointee.startElement = { context, name, attributes in
            guard let stream = HTMLStream.from(context), let name else { return }
            stream.startElement(name, attributes)
        }
        sax.pointee.endElement = { context, name in
            guard let stream = HTMLStream.from(context), let name else { return }
            stream.flushText()
            stream.emit(.end(name: String(cString: name)))
        }
        sax.pointee.characters = { context, characters, length in
            guard let stream = HTMLStream.from(context), let characters, length > 0 else { return }
            stream.appendText(characters, length: Int(length))
        }
        sax.pointee.cdataBlock = { context, value, length in
            guard let stream = HTMLStream.from(context), let value else { return }
            stream.flushText()
            let text = String(decoding: UnsafeBufferPointer(start: value, count: Int(length)), as: UTF8.self)
            stream.emit(.cdata(text, line: stream.line))
        }
        sax.pointee.comment = { context, value in
            guard let stream = HTMLStream.from(context), let value else { return }
            stream.flushText()
            stream.emit(.comment(String(cString: value), line: stream.line))
        }
    }

    private static func from(_ context: UnsafeMutableRawPointer?) -> HTMLStream? {
        guard let context else { return nil }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let stream = parser.pointee._private else { return nil }
        return Unmanaged<HTMLStream>.fromOpaque(stream).takeUnretainedValue()
    }

    /// The 1-based line libxml2 has read up to.
    private var line: Int {
        guard let input = context.pointee.input else { return 0 }
        return Int(input.pointee.line)
    }

    private func startElement(_ name: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        flushText()
        var list: [MarkupAttribute] = []
        if let attributes {
            var index = 0
            while let attributeName = attributes[index] {
                let value = attributes[index + 1].map { String(cString: $0) } ?? ""
                list.append(MarkupAttribute(name: String(cString: attributeName), value: value))
                index += 2
            }
        }
        emit(.start(name: String(cString: name), attributes: list, line: line))
    }

    private func appendText(_ characters: UnsafePointer<xmlChar>, length: Int) {
        if pendingText.isEmpty { pendingTextLine = line }
        pendingText.append(contentsOf: UnsafeBufferPointer(start: characters, count: length))
    }

    private func flushText() {
        guard !pendingText.isEmpty else { return }
        let text = String(decoding: pendingText, as: UTF8.self)
        pendingText.removeAll(keepingCapacity: true)
        emit(.text(text, line: pendingTextLine))
    }

    private func emit(_ event: MarkupEvent) {
        guard failure == nil else { return }
        do {
            try visit(event)
        } catch {
            failure = error
            xmlStopParser(context)
        }
    }
}

/// Hands libxml2 the page's bytes a chunk at a time (`xmlInputReadCallback`).
private final class PageReader {
    private let base: UnsafePointer<UInt8>
    private let count: Int
    private var offset = 0

    init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    /// Copies up to `length` bytes into `buffer`; 0 at the end.
    func read(into buffer: UnsafeMutablePointer<CChar>, _ length: Int32) -> Int32 {
        let size = min(Int(length), count - offset)
        guard size > 0 else { return 0 }
        UnsafeMutableRawPointer(buffer).copyMemory(from: base + offset, byteCount: size)
        offset += size
        return Int32(size)
    }
}
