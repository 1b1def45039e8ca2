internal import CLibXML2
import DariModel

/// What a parse produced: problems that did not stop it, in document order.
public struct MarkupParseReport: Sendable, Equatable {
    /// Recoverable problems (malformed HTML repaired by libxml2), with lines.
    public var diagnostics: [Diagnostic]
    /// The encoding the bytes were decoded from, e.g. "UTF-8" or "EUC-KR".
    public var encoding: String
}

/// Parses HTML and XML with libxml2 and walks the result as `MarkupEvent`s.
///
/// Untrusted input is the normal case here (pages from any site, glossaries
/// from any CAT tool), so both parsers run with network access off and without
/// entity substitution or DTD loading: an external entity (XXE) stays an
/// unexpanded `.entityReference` and no file or URL is ever fetched.
public enum MarkupParser {
    /// Parses an HTML page best-effort and streams its events.
    ///
    /// - Parameters:
    ///   - bytes: the file's raw bytes.
    ///   - path: the file name used in diagnostics and errors.
    ///   - visit: called for every event in document order.
    /// - Returns: the recoverable problems (structure errors, never HTML5 tags
    ///   that libxml2's HTML4 parser does not know) and the encoding used.
    /// - Throws: `MarkupError.undecodable` when bytes are invalid in the
    ///   declared (or default UTF-8) charset, `.unsupportedEncoding` for a
    ///   charset libxml2 cannot convert.
    public static func parseHTML(
        bytes: [UInt8], path: String, visit: (MarkupEvent) throws -> Void
    ) throws -> MarkupParseReport {
        let declared = CharsetSniffer.declaredCharset(in: bytes)
        let encoding = declared ?? "UTF-8"
        if CharsetSniffer.isUTF8(encoding) {
            // libxml2 would silently fall back to Latin-1 on bad UTF-8; check
            // first so the user learns the exact line instead of reading mojibake.
            if let badLine = CharsetSniffer.firstInvalidUTF8Line(in: bytes) {
                throw MarkupError.undecodable(file: path, line: badLine, encoding: "UTF-8")
            }
        }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
            | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        let collector = ErrorCollector(path: path)
        // The events stream out of libxml2's SAX callbacks while it parses (see
        // HTMLStream for why no tree is built), so an encoding error found
        // half-way is only known afterwards; callers drop what they collected
        // when this throws.
        let parsed = try collector.capturing {
            try bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress, !buffer.isEmpty else { return false }
                return try HTMLStream.parse(base, count: buffer.count, encoding: encoding, options: options, visit: visit)
            }
        }
        if var failure = collector.encodingFailure(encoding: encoding) {
            // libxml2 names the line its parser had reached, not the bad byte's.
            if case .undecodable = failure, let place = CharsetPosition.firstInvalid(in: bytes, charset: encoding) {
                failure = .undecodable(file: path, line: place.line, encoding: encoding)
            }
            throw failure
        }
        guard parsed else { throw MarkupError.unparsable(file: path) }
        return MarkupParseReport(diagnostics: collector.htmlWarnings(), encoding: encoding)
    }

    /// Parses a well-formed XML document and walks it.
    ///
    /// - Throws: `MarkupError.malformed` at the first well-formedness error,
    ///   with its 1-based line and column.
    public static func parseXML(
        bytes: [UInt8], path: String, visit: (MarkupEvent) throws -> Void
    ) throws -> MarkupParseReport {
        // No XML_PARSE_NOENT, DTDLOAD or HUGE: entities stay references, no
        // external subset is read, and libxml2's size limits stay on.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        let collector = ErrorCollector(path: path)
        let document: xmlDocPtr? = collector.capturing {
            if bytes.isEmpty { return nil }
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                    xmlReadMemory(base, Int32(buffer.count), path, nil, options)
                }
            }
        }
        if let first = collector.errors.first(where: { $0.level >= XML_ERR_ERROR.rawValue }) {
            if let document { xmlFreeDoc(document) }
            throw MarkupError.malformed(file: path, line: first.line, column: first.column, message: first.message)
        }
        guard let document else {
            if bytes.isEmpty {
                throw MarkupError.malformed(file: path, line: 1, column: 1, message: "the file is empty")
            }
            throw MarkupError.unparsable(file: path)
        }
        defer { xmlFreeDoc(document) }
        try TreeWalker.walk(document, visit: visit)
        let encoding = document.pointee.encoding.map { String(cString: $0) } ?? "UTF-8"
        return MarkupParseReport(diagnostics: collector.warnings(), encoding: encoding)
    }
}

/// Walks a libxml2 tree depth-first without recursion (pages can nest deeply).
private enum TreeWalker {
    static func walk(_ document: xmlDocPtr, visit: (MarkupEvent) throws -> Void) throws {
        var node = document.pointee.children
        while let current = node {
            let type = current.pointee.type
            var descend = false
            switch type {
            case XML_ELEMENT_NODE:
                try visit(.start(name: qualifiedName(current), attributes: attributes(of: current),
                                 line: Int(xmlGetLineNo(current))))
                if current.pointee.children != nil {
                    descend = true
                } else {
                    try visit(.end(name: qualifiedName(current)))
                }
            case XML_TEXT_NODE:
                if let content = current.pointee.content {
                    try visit(.text(String(cString: content), line: Int(xmlGetLineNo(current))))
                }
            case XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    try visit(.cdata(String(cString: content), line: Int(xmlGetLineNo(current))))
                }
            case XML_COMMENT_NODE:
                if let content = current.pointee.content {
                    try visit(.comment(String(cString: content), line: Int(xmlGetLineNo(current))))
                }
            case XML_ENTITY_REF_NODE:
                let name = current.pointee.name.map { String(cString: $0) } ?? ""
                try visit(.entityReference(name: name, line: Int(xmlGetLineNo(current))))
            default:
                break  // DTD, processing instructions, XInclude markers: not content.
            }
            if descend {
                node = current.pointee.children
                continue
            }
            // Move to the next sibling, closing every element we climb out of.
            var climb: xmlNodePtr? = current
            node = nil
            while let here = climb {
                if let next = here.pointee.next {
                    node = next
                    break
                }
                let parent = here.pointee.parent
                guard let parent, parent.pointee.type == XML_ELEMENT_NODE else { break }
                try visit(.end(name: qualifiedName(parent)))
                climb = parent
            }
        }
    }

    static func qualifiedName(_ node: xmlNodePtr) -> String {
        let local = node.pointee.name.map { String(cString: $0) } ?? ""
        if let ns = node.pointee.ns, let prefix = ns.pointee.prefix {
            return String(cString: prefix) + ":" + local
        }
        return local
    }

    static func attributes(of node: xmlNodePtr) -> [MarkupAttribute] {
        var result: [MarkupAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            var name = current.pointee.name.map { String(cString: $0) } ?? ""
            if let ns = current.pointee.ns, let prefix = ns.pointee.prefix {
                name = String(cString: prefix) + ":" + name
            }
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            result.append(MarkupAttribute(name: name, value: value))
            attribute = current.pointee.next
        }
        return result
    }
}
