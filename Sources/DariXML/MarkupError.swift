import DariModel

/// Why a document could not be read at all. Recoverable problems are reported
/// as `Diagnostic` warnings instead.
public enum MarkupError: DariError, Equatable, Sendable {
    /// The bytes are not valid in the page's encoding.
    case undecodable(file: String, line: Int, encoding: String)
    /// The page declares a charset libxml2 cannot convert.
    case unsupportedEncoding(file: String, encoding: String)
    /// XML that is not well-formed (HTML is always recovered best-effort).
    case malformed(file: String, line: Int, column: Int, message: String)
    /// libxml2 returned no document and said nothing more.
    case unparsable(file: String)

    public var description: String {
        switch self {
        case let .undecodable(file, line, encoding):
            return "\(file):\(line): error: the bytes here are not valid \(encoding); "
                + "save the file as UTF-8 or declare its real charset in <meta charset=…>"
        case let .unsupportedEncoding(file, encoding):
            return "\(file): error: charset '\(encoding)' is not supported; convert the file to UTF-8"
        case let .malformed(file, line, column, message):
            let place = column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
            return "\(place): error: \(message); fix the markup and run again"
        case let .unparsable(file):
            return "\(file): error: libxml2 could not parse this file; check that it is HTML or XML"
        }
    }

    /// 65 (EX_DATAERR): the bytes were read but are not a usable document.
    public var exitStatus: Int32 { ExitStatus.dataError }
}
