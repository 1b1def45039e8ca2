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
