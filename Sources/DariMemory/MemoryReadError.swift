import DariModel
import DariXML

/// Why a memory file (XLIFF 2.x or 1.2) could not be read. Every case names
/// the file, the 1-based line where it applies, and what to do next.
public enum MemoryReadError: DariError, Equatable, Sendable {
    /// No file at `path`.
    case notFound(path: String)
    /// A folder, no permission, or libxml2 could not open it.
    case unreadable(path: String, reason: String)
    /// Not well-formed XML (or not decodable).
    case malformed(file: String, line: Int, column: Int, message: String)
    /// Well-formed, but the root is not an XLIFF `<xliff>` element;
    /// `found` is the root as `{namespace}name`, or `name`.
    case notXLIFF(file: String, line: Int, found: String)
    /// An XLIFF version this reader does not handle. `reader` names the one
    /// to use instead ("XLIFF12Reader").
    case wrongVersion(file: String, line: Int, version: String, useInstead: String)
    /// A language dari does not pair (it handles ko and en).
    case unsupportedLanguage(file: String, line: Int, tag: String)
    /// An entity reference the reader does not expand (dari never expands
    /// DTD entities: see `MarkupReader`).
    case unexpandedEntity(file: String, line: Int, name: String)
    /// Structure the reader cannot use, e.g. a `<segment>` without `<source>`.
    case invalid(file: String, line: Int, message: String)

    public var description: String {
        switch self {
        case let .notFound(path):
            return "\(path): error: no such file; check the path and run again"
        case let .unreadable(path, reason):
            return "\(path): error: cannot read the file (\(reason)); check the path and its permissions"
        case let .malformed(file, line, column, message):
            let place = column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
            return "\(place): error: not well-formed XML (\(message)); fix the file or export it again from the tool that made it"
        case let .notXLIFF(file, line, found):
            return "\(file):\(line): error: the root element is \(found), not an XLIFF <xliff>; "
                + "give dari an XLIFF 2.x or 1.2 file"
        case let .wrongVersion(file, line, version, useInstead):
            return "\(file):\(line): error: this is XLIFF \(version); read it with \(useInstead), "
                + "or with MemoryReader, which detects the version"
        case let .unsupportedLanguage(file, line, tag):
            return "\(file):\(line): error: language '\(tag)' is not one dari pairs; use a Korean/English (ko, en) file"
        case let .unexpandedEntity(file, line, name):
            return "\(file):\(line): error: entity reference &\(name); is not expanded (dari reads no DTD entities); "
                + "replace it with the text it stands for"
        case let .invalid(file, line, message):
            return "\(file):\(line): error: \(message)"
        }
    }

    /// True when the file could not be read at all (EX_IOERR); false when it
    /// was read and its content is wrong (EX_DATAERR).
    public var isInputOutput: Bool {
        switch self {
        case .notFound, .unreadable: return true
        default: return false
        }
    }

    /// 74 (EX_IOERR) when the file cannot be read, 65 (EX_DATAERR) when its content is wrong.
    public var exitStatus: Int32 { isInputOutput ? ExitStatus.ioError : ExitStatus.dataError }

    /// A memory the shared file reader found missing or unreadable.
    init(_ error: FileReadError) {
        switch error {
        case let .notFound(path): self = .notFound(path: path)
        case let .isDirectory(path): self = .unreadable(path: path, reason: "it is a folder; name a file inside it")
        default: self = .unreadable(path: error.path, reason: error.reason)
        }
    }

    init(_ error: MarkupError) {
        switch error {
        case let .malformed(file, line, column, message):
            self = .malformed(file: file, line: line, column: column, message: message)
        case let .undecodable(file, line, encoding):
            self = .malformed(file: file, line: line, column: 0, message: "bytes not valid in \(encoding)")
        case let .unsupportedEncoding(file, encoding):
            self = .malformed(file: file, line: 1, column: 0, message: "unsupported encoding \(encoding)")
        case let .unparsable(file):
            self = .unreadable(path: file, reason: "libxml2 could not open it")
        }
    }
}

/// Opening memory files: the checks every reader makes before libxml2 sees the path.
enum MemoryInput {
    /// Opens `path` for streaming.
    /// - Throws: `MemoryReadError.notFound` or `.unreadable` (a folder, no permission).
    static func open(_ path: String) throws -> MarkupReader {
        do {
            try InputFile.requireReadableFile(at: path)
        } catch {
            throw MemoryReadError(error)
        }
        do {
            return try MarkupReader(fileAt: path)
        } catch let error as MarkupError {
            throw MemoryReadError(error)
        }
    }

    /// A cursor over the memory at `path`, prefetching when the file is large.
    static func cursor(_ path: String) throws -> MemoryCursor {
        let reader = try open(path)
        return MemoryCursor(reader: reader, path: path,
                            prefetching: (InputFile.size(of: path) ?? 0) >= MemoryCursor.prefetchingSize)
    }

    /// A cursor over `bytes`, prefetching when they are many.
    static func cursor(bytes: [UInt8], path: String) throws -> MemoryCursor {
        MemoryCursor(reader: try open(bytes: bytes, path: path), path: path,
                     prefetching: bytes.count >= MemoryCursor.prefetchingSize)
    }

    static func open(bytes: [UInt8], path: String) throws -> MarkupReader {
        do {
            return try MarkupReader(bytes: bytes, path: path)
        } catch let error as MarkupError {
            throw MemoryReadError(error)
        }
    }

    /// `reader.next()` with libxml2's errors as `MemoryReadError`.
    static func next(_ reader: MarkupReader) throws -> MarkupNode? {
        do {
            return try reader.next()
        } catch let error as MarkupError {
            throw MemoryReadError(error)
        }
    }
}
