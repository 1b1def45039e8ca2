import DariICU
import DariModel
import DariXML

/// Why a page could not be extracted. Recoverable problems (malformed HTML that
/// libxml2 repaired) are not errors: they come back as warnings in
/// `ExtractionResult.diagnostics`.
///
/// Each description is a whole `file[:line]: error: …` line that ends with what
/// to do next, ready for stderr.
public enum ExtractionError: DariError, Equatable, Sendable {
    // File I/O: the bytes could not be read (exit 74, EX_IOERR).

    /// Nothing exists at the path (or a folder on the way is missing).
    case fileNotFound(file: String)
    /// The path names a folder.
    case isDirectory(file: String)
    /// The file exists but this user may not read it.
    case permissionDenied(file: String)
    /// Reading failed for another reason, e.g. an I/O error of the disk.
    case unreadable(file: String, reason: String)

    // Malformed input: the bytes were read but are not a usable page (exit 65, EX_DATAERR).

    /// Bytes on this 1-based line are not valid in the page's charset.
    case undecodable(file: String, line: Int, encoding: String)
    /// The page declares a charset libxml2 cannot convert.
    case unsupportedEncoding(file: String, encoding: String)
    /// libxml2 produced no document at all.
    case unparsable(file: String)

    // The environment: ICU failed, which no input should cause (exit 70, EX_SOFTWARE).

    /// NFC normalisation failed; `reason` is ICU's error.
    case normalizationFailed(file: String, reason: String)

    /// The file the error is about, as the user named it.
    public var file: String {
        switch self {
        case let .fileNotFound(file), let .isDirectory(file), let .permissionDenied(file),
             let .unreadable(file, _), let .undecodable(file, _, _), let .unsupportedEncoding(file, _),
             let .unparsable(file), let .normalizationFailed(file, _):
            return file
        }
    }

    /// True when the file could not be read, false when its content is the problem.
    public var isInputOutputError: Bool {
        switch self {
        case .fileNotFound, .isDirectory, .permissionDenied, .unreadable: return true
        case .undecodable, .unsupportedEncoding, .unparsable, .normalizationFailed: return false
        }
    }

    /// The sysexits.h status for this error: 74 (EX_IOERR) when the file could
    /// not be read, 65 (EX_DATAERR) for bad content, 70 (EX_SOFTWARE) for ICU.
    public var exitStatus: Int32 {
        switch self {
        case .fileNotFound, .isDirectory, .permissionDenied, .unreadable: return ExitStatus.ioError
        case .undecodable, .unsupportedEncoding, .unparsable: return ExitStatus.dataError
        case .normalizationFailed: return ExitStatus.software
        }
    }

    public var description: String {
        switch self {
        case let .fileNotFound(file):
            return "\(file): error: no such file; check the path (relative paths start at the current folder) and run again"
        case let .isDirectory(file):
            return "\(file): error: this is a folder, not an HTML page; name the pages inside it, e.g. \(file)/*.html"
        case let .permissionDenied(file):
            return "\(file): error: permission denied; make the file readable (chmod +r) and run again"
        case let .unreadable(file, reason):
            return "\(file): error: cannot read the file (\(reason)); check the disk and run again"
        case let .undecodable(file, line, encoding):
            return "\(file):\(line): error: the bytes on this line are not valid \(encoding); "
                + "save the page as UTF-8, or declare its real charset in <meta charset=…>"
        case let .unsupportedEncoding(file, encoding):
            return "\(file): error: the page declares charset '\(encoding)', which dari cannot decode; "
                + "convert it to UTF-8 (iconv -f \(encoding) -t UTF-8) and update <meta charset>"
        case let .unparsable(file):
            return "\(file): error: libxml2 could not read this file as HTML; check that it is an HTML page"
        case let .normalizationFailed(file, reason):
            return "\(file): error: Unicode normalisation failed: \(reason)"
        }
    }
}

extension ExtractionError {
    /// A page the shared file reader could not read, in extraction's words.
    public init(_ error: FileReadError) {
        switch error {
        case let .notFound(path): self = .fileNotFound(file: path)
        case let .isDirectory(path): self = .isDirectory(file: path)
        case let .permissionDenied(path): self = .permissionDenied(file: path)
        case let .unreadable(path, reason): self = .unreadable(file: path, reason: reason)
        case let .notUTF8(path, line): self = .undecodable(file: path, line: line, encoding: "UTF-8")
        case let .notRegularFile(path): self = .unreadable(file: path, reason: "not a regular file: a pipe, a device or a socket")
        }
    }

    /// The one place DariXML's and DariICU's errors become extraction errors.
    init(_ error: MarkupError) {
        switch error {
        case let .undecodable(file, line, encoding):
            self = .undecodable(file: file, line: line, encoding: encoding)
        case let .unsupportedEncoding(file, encoding):
            self = .unsupportedEncoding(file: file, encoding: encoding)
        case let .unparsable(file), let .malformed(file, _, _, _):
            // HTML parsing always recovers, so `.malformed` (an XML error) cannot
            // happen here; if it ever does, it still means the page is unusable.
            self = .unparsable(file: file)
        }
    }

    init(_ error: ICUError, file: String) {
        self = .normalizationFailed(file: file, reason: error.description)
    }
}
