internal import CLibXML2

/// Writes XML through libxml2's `xmlTextWriter` into memory.
///
/// libxml2 escapes text and attribute values and keeps elements balanced, so
/// dari never assembles XML by string concatenation. Output is UTF-8 with an
/// XML declaration, indented by two spaces, byte-for-byte deterministic for
/// the same calls.
public final class MarkupWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var finished = false

    /// Why writing failed (libxml2 returned -1: out of memory or a call out of order).
    public struct WriteError: Error, Equatable, CustomStringConvertible {
        public var call: String
        public var description: String { "libxml2 \(call) failed while writing XML" }
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
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
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

    public func attribute(_ name: String, _ value: String) throws {
        try check(xmlTextWriterWriteAttribute(writer, name, value), "xmlTextWriterWriteAttribute")
    }

    public func text(_ value: String) throws {
        try check(xmlTextWriterWriteString(writer, value), "xmlTextWriterWriteString")
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

    /// Closes open elements and returns the document's bytes.
    public func finish() throws -> [UInt8] {
        if !finished {
            try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
            try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
            finished = true
        }
        guard let content = xmlBufferContent(buffer) else { return [] }
        let count = Int(xmlBufferLength(buffer))
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    private func check(_ result: Int32, _ call: String) throws {
        if result < 0 { throw WriteError(call: call) }
    }
}
