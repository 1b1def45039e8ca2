internal import CLibXML2

/// Writes XML through libxml2's `xmlTextWriter`, into memory or, chunk by
/// chunk, into a sink (`init(indent:sink:)`).
///
/// libxml2 escapes text and attribute values and keeps elements balanced, so
/// dari never assembles XML by string concatenation. Output is UTF-8 with an
/// XML declaration, indented by two spaces, byte-for-byte deterministic for
/// the same calls, and the same bytes whichever way it goes.
public final class MarkupWriter {
    /// The document so far; nil when the bytes go to a sink.
    private let buffer: xmlBufferPtr?
    private let writer: xmlTextWriterPtr
    /// The sink's state; nil when writing into memory.
    private let output: Output?
    private var finished = false

    /// Why writing failed (libxml2 returned -1: out of memory or a call out of order).
    public struct WriteError: Error, Equatable, CustomStringConvertible {
        public var call: String
        public var description: String { "libxml2 \(call) failed while writing XML" }
    }

    /// Where a streaming writer's bytes go, and the first error the sink
    /// threw (libxml2 only sees -1; the caller gets the sink's own error).
    private final class Output {
        var sink: ((UnsafeRawBufferPointer) throws -> Void)?
        var failure: (any Error)?

        init(sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
            self.sink = sink
        }
    }

    /// - Parameter indent: indent nested elements (false for mixed content
    ///   such as XLIFF `<source>` with inline codes, where whitespace matters).
    public init(indent: Bool = true) throws {
        guard let buffer = xmlBufferCreate() else { throw WriteError(call: "xmlBufferCreate") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw WriteError(call: "xmlNewTextWriterMemory")
        }
        self.buffer = buffer
        self.writer = writer
        output = nil
        configure(indent: indent)
    }

    /// A writer that hands its bytes to `sink` a few kilobytes at a time
    /// (libxml2's output buffer), so a large document is never in memory
    /// whole. `end()` writes the rest; the bytes are those `finish()` returns
    /// for the same calls.
    /// - Parameter sink: takes each chunk; what it throws stops the writer
    ///   and is rethrown by the call that was writing.
    public init(indent: Bool = true, sink: @escaping (UnsafeRawBufferPointer) throws -> Void) throws {
        let output = Output(sink: sink)
        // A sink that fails makes libxml2 print "I/O error : write error" on
        // standard error besides returning -1; the caller reports the sink's
        // own error, once (the handler is per thread, as for the parsers).
        dari_xml_silence_generic_errors()
        let write: xmlOutputWriteCallback = { context, bytes, count in
            let output = Unmanaged<Output>.fromOpaque(context!).takeUnretainedValue()
            // After `end()` or a failure, libxml2's closing flush has nowhere to go.
            guard let sink = output.sink else { return output.failure == nil ? count : -1 }
            do {
                try sink(UnsafeRawBufferPointer(start: bytes, count: Int(count)))
                return count
            } catch {
                output.failure = error
                output.sink = nil
                return -1
            }
        }
        // The writer owns the output buffer (freed with it); `self` keeps `output` alive as long.
        guard let out = xmlOutputBufferCreateIO(write, nil, Unmanaged.passUnretained(output).toOpaque(), nil) else {
            throw WriteError(call: "xmlOutputBufferCreateIO")
        }
        guard let writer = xmlNewTextWriter(out) else {
            xmlOutputBufferClose(out)
            throw WriteError(call: "xmlNewTextWriter")
        }
        buffer = nil
        self.writer = writer
        self.output = output
        configure(indent: indent)
    }

    private func configure(indent: Bool) {
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
    }

    deinit {
        // A writer dropped before `end()` (an error on the way) sends nothing
        // more: its sink's destination may be gone.
        output?.sink = nil
        xmlFreeTextWriter(writer)
        if let buffer { xmlBufferFree(buffer) }
    }

    /// Turns indentation on or off from the next element on (off inside
    /// mixed content, where added whitespace would change the text).
    public func setIndent(_ on: Bool) {
        xmlTextWriterSetIndent(writer, on ? 1 : 0)
    }

    public func startDocument() throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "xmlTextWriterStartDocument")
    }

    /// `<!DOCTYPE name PUBLIC "publicID" "systemID">` (TMX needs one).
    public func doctype(_ name: String, publicID: String?, systemID: String?) throws {
        try check(xmlTextWriterWriteDTD(writer, name, publicID, systemID, nil), "xmlTextWriterWriteDTD")
    }

    public func startElement(_ name: String) throws {
        try check(xmlTextWriterStartElement(writer, name), "xmlTextWriterStartElement")
    }

    /// An attribute; characters XML 1.0 cannot carry are left out.
    public func attribute(_ name: String, _ value: String) throws {
        try check(xmlTextWriterWriteAttribute(writer, name, Self.carried(value)), "xmlTextWriterWriteAttribute")
    }

    /// Text; characters XML 1.0 cannot carry are left out (libxml2 would
    /// copy them and make the document unreadable).
    public func text(_ value: String) throws {
        try check(xmlTextWriterWriteString(writer, Self.carried(value)), "xmlTextWriterWriteString")
    }

    /// Text with each line feed and tab written as a character reference
    /// (`&#10;`, `&#9;`), so a multi-line message stays on one line of the
    /// file and a line-based diff or grep of the report sees one entry per line.
    public func text(_ value: String, breaksAsReferences: Bool) throws {
        guard breaksAsReferences else { return try text(value) }
        var run = Substring.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            guard scalar == "\n" || scalar == "\t" else {
                run.append(scalar)
                continue
            }
            if !run.isEmpty { try text(String(run)) }
            run = Substring.UnicodeScalarView()
            // A character reference is well-formed by construction, so writing it raw is safe.
            try check(xmlTextWriterWriteRaw(writer, scalar == "\n" ? "&#10;" : "&#9;"), "xmlTextWriterWriteRaw")
        }
        if !run.isEmpty { try text(String(run)) }
    }

    /// True for the characters XML 1.0 can carry (its `Char` production):
    /// tab, line feed, carriage return and everything from U+0020 except
    /// U+FFFE and U+FFFF.
    public static func canCarry(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    private static func carried(_ value: String) -> String {
        guard !value.unicodeScalars.allSatisfy(canCarry) else { return value }
        return String(String.UnicodeScalarView(value.unicodeScalars.filter(canCarry)))
    }

    /// A line break as element-content whitespace (`xmlTextWriterWriteRaw`):
    /// after mixed content written with indentation off, so that the
    /// parent's end tag still starts its own line.
    public func lineBreak() throws {
        try check(xmlTextWriterWriteRaw(writer, "\n"), "xmlTextWriterWriteRaw")
    }

    public func endElement() throws {
        try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
    }

    /// `<name attr="…">text</name>` in one call.
    public func element(_ name: String, attributes: [(String, String)] = [], text: String? = nil) throws {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        if let text { try self.text(text) }
        try endElement()
    }

    /// Closes open elements and returns the document's bytes (empty for a
    /// writer with a sink, which has had them all).
    public func finish() throws -> [UInt8] {
        try end()
        guard let buffer, let content = xmlBufferContent(buffer) else { return [] }
        let count = Int(xmlBufferLength(buffer))
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    /// Closes open elements and writes out what libxml2 still buffers.
    public func end() throws {
        guard !finished else { return }
        try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
        try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
        // A failure libxml2 did not pass on (a write whose result it ignores).
        if let failure = output?.failure { throw failure }
        finished = true
        output?.sink = nil
    }

    private func check(_ result: Int32, _ call: String) throws {
        if result < 0 {
            if let failure = output?.failure { throw failure }
            throw WriteError(call: call)
        }
    }
}
