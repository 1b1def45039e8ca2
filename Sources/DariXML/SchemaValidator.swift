internal import CLibXML2
import DariModel

/// Validates XML files against the official schemas with libxml2's own
/// validators (`xmlSchemaValidateFile`, `xmlRelaxNGValidateDoc`,
/// `xmlValidateDtd`) — the same engine as `xmllint --schema`, without a subprocess.
///
/// Used by tests as an independent oracle for what dari writes (XLIFF 2.1
/// against the OASIS core and module schemas, XLIFF 1.2 strict, TMX 1.4b DTD,
/// TBX core RNG). Network access stays off: schemas must import local files.
public enum SchemaValidator {
    public enum Schema: Sendable, Equatable {
        /// W3C XML Schema (XLIFF).
        case xsd(path: String)
        /// RELAX NG (TBX core structure).
        case relaxNG(path: String)
        /// A DTD (TMX 1.4b).
        case dtd(path: String)
    }

    /// Why a schema could not be used at all.
    public struct SchemaError: Error, Equatable, CustomStringConvertible {
        public var schema: String
        public var message: String
        public var description: String { "\(schema): error: cannot load the schema (\(message)); check the path" }
    }

    /// The validity errors of `file` (empty when it is valid).
    /// - Throws: `SchemaError` when the schema cannot be loaded, and
    ///   `MarkupError` when the file is not well-formed XML.
    public static func validate(fileAt file: String, against schema: Schema) throws -> [Diagnostic] {
        xmlInitParser()
        let collector = ErrorCollector(path: file)
        switch schema {
        case let .xsd(path):
            let loaded: xmlSchemaPtr? = collector.capturing {
                guard let parser = xmlSchemaNewParserCtxt(path) else { return nil }
                defer { xmlSchemaFreeParserCtxt(parser) }
                return xmlSchemaParse(parser)
            }
            guard let loaded else { throw SchemaError(schema: path, message: collector.errors.first?.message ?? "unreadable") }
            defer { xmlSchemaFree(loaded) }
            let validation = ErrorCollector(path: file)
            let status: Int32 = validation.capturing {
                guard let context = xmlSchemaNewValidCtxt(loaded) else { return -1 }
                defer { xmlSchemaFreeValidCtxt(context) }
                return xmlSchemaValidateFile(context, file, 0)
            }
            return try report(validation, status: status, file: file)
        case let .relaxNG(path):
            let loaded: xmlRelaxNGPtr? = collector.capturing {
                guard let parser = xmlRelaxNGNewParserCtxt(path) else { return nil }
                defer { xmlRelaxNGFreeParserCtxt(parser) }
                return xmlRelaxNGParse(parser)
            }
            guard let loaded else { throw SchemaError(schema: path, message: collector.errors.first?.message ?? "unreadable") }
            defer { xmlRelaxNGFree(loaded) }
            return try withDocument(file) { document, validation in
                validation.capturing {
                    guard let context = xmlRelaxNGNewValidCtxt(loaded) else { return -1 }
                    defer { xmlRelaxNGFreeValidCtxt(context) }
                    return xmlRelaxNGValidateDoc(context, document)
                }
            }
        case let .dtd(path):
            guard let dtd = xmlParseDTD(nil, path) else { throw SchemaError(schema: path, message: "unreadable DTD") }
            defer { xmlFreeDtd(dtd) }
            return try withDocument(file) { document, validation in
                validation.capturing {
                    guard let context = xmlNewValidCtxt() else { return -1 }
                    defer { xmlFreeValidCtxt(context) }
                    return xmlValidateDtd(context, document, dtd) == 1 ? 0 : 1
                }
            }
        }
    }

    private static func withDocument(
        _ file: String, _ body: (xmlDocPtr, ErrorCollector) -> Int32
    ) throws -> [Diagnostic] {
        let parsing = ErrorCollector(path: file)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = parsing.capturing { xmlReadFile(file, nil, options) }
        guard let document else {
            let first = parsing.errors.first
            throw MarkupError.malformed(file: file, line: first?.line ?? 0, column: first?.column ?? 0,
                                        message: first?.message ?? "not well-formed")
        }
        defer { xmlFreeDoc(document) }
        let validation = ErrorCollector(path: file)
        let status = body(document, validation)
        return try report(validation, status: status, file: file)
    }

    private static func report(_ collector: ErrorCollector, status: Int32, file: String) throws -> [Diagnostic] {
        var diagnostics = collector.errors.map { entry in
            Diagnostic(severity: .error, location: SourceLocation(file: file, line: entry.line, column: entry.column),
                       message: entry.message)
        }
        if status != 0 && diagnostics.isEmpty {
            diagnostics.append(Diagnostic(severity: .error, location: SourceLocation(file: file, line: 0),
                                          message: "not valid (libxml2 status \(status))"))
        }
        return diagnostics
    }
}
