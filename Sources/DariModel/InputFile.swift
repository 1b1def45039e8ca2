#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an input file could not be read: the one list of what can go wrong
/// before a reader sees the bytes. Each reader's error type wraps it in its
/// own words (`ExtractionError(FileReadError)`, `CheckError(…)`…), so a page
/// that is a folder and a glossary that is a folder are told apart in the
/// advice but found the same way.
public enum FileReadError: DariError, Equatable, Sendable {
    /// Nothing exists at the path (or a folder on the way is missing).
    case notFound(path: String)
    /// The path names a folder.
    case isDirectory(path: String)
    /// The file exists but this user may not read it.
    case permissionDenied(path: String)
    /// Reading failed for another reason, e.g. an I/O error of the disk.
    case unreadable(path: String, reason: String)
    /// The bytes are not UTF-8; `line` is the 1-based line of the first bad byte.
    case notUTF8(path: String, line: Int)
    /// A FIFO, a device or a socket: reading it could block for ever or never end.
    case notRegularFile(path: String)

    public var path: String {
        switch self {
        case let .notFound(path), let .isDirectory(path), let .permissionDenied(path), let .unreadable(path, _),
             let .notRegularFile(path),
             let .notUTF8(path, _):
            return path
        }
    }

    /// A short reason for the reader's own message ("permission denied").
    public var reason: String {
        switch self {
        case .notFound: return "no such file or folder"
        case .isDirectory: return "is a folder, not a file"
        case .permissionDenied: return "permission denied"
        case let .unreadable(_, reason): return reason
        case .notUTF8: return "not UTF-8 text"
        case .notRegularFile: return "not a regular file"
        }
    }

    public var description: String {
        switch self {
        case let .notFound(path):
            return "\(path): error: no such file; check the path and run again"
        case let .isDirectory(path):
            return "\(path): error: is a folder, not a file; name a file inside it"
        case let .permissionDenied(path):
            return "\(path): error: cannot read the file (permission denied); check its permissions"
        case let .unreadable(path, reason):
            return "\(path): error: cannot read the file (\(reason)); check its permissions"
        case let .notUTF8(path, line):
            return "\(path):\(line): error: the text is not valid UTF-8; convert it with iconv -t UTF-8 and run again"
        case let .notRegularFile(path):
            return "\(path): error: is not a regular file (a pipe, a device or a socket); name a file, or save its "
                + "content to one first"
        }
    }

    /// 74 (EX_IOERR) for files that cannot be read, 65 (EX_DATAERR) for bad content.
    public var exitStatus: Int32 {
        switch self {
        case .notFound, .isDirectory, .permissionDenied, .unreadable, .notRegularFile: return ExitStatus.ioError
        case .notUTF8: return ExitStatus.dataError
        }
    }
}

/// Reads input files with POSIX calls (`open`, `fstat`, `read`, `close`): the
/// one file reader of every stage (pages, glossaries, lexicons, `dari.json`,
/// baselines, text input; memories are checked here and then streamed).
///
/// POSIX rather than Foundation because the error has to say what went wrong
/// (`ENOENT` and `EACCES` ask for different fixes) and a folder has to be told
/// apart from a file before reading: `open` on Linux succeeds for folders.
public enum InputFile {
    /// The path that means standard input on the command line.
    public static let standardInput = "-"

    /// The whole file at `path`.
    /// - Throws: `FileReadError.notFound`, `.isDirectory`, `.permissionDenied`
    ///   or `.unreadable`.
    public static func bytes(at path: String) throws(FileReadError) -> [UInt8] {
        try requireRegularFile(at: path)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw error(errno, path: path) }
        defer { close(descriptor) }

        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw error(errno, path: path) }
        if info.st_mode & S_IFMT == S_IFDIR {
            throw .isDirectory(path: path)
        }
        return try readAll(descriptor, sizeHint: Int(info.st_size), path: path)
    }

    /// The bytes of `path`, or of standard input when `path` is "-".
    public static func bytes(atPathOrStandardInput path: String) throws(FileReadError) -> [UInt8] {
        path == standardInput ? try readAll(STDIN_FILENO, sizeHint: 0, path: "<stdin>") : try bytes(at: path)
    }

    /// Hands the bytes of `path` to `body` 64 KiB at a time, for a digest
    /// of a file too large to hold in memory beside what made it.
    /// - Throws: what `bytes(at:)` throws.
    public static func forEachChunk(at path: String, _ body: (UnsafeRawBufferPointer) -> Void) throws(FileReadError) {
        try requireRegularFile(at: path)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw error(errno, path: path) }
        defer { close(descriptor) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        defer { buffer.deallocate() }
        while true {
            let result = read(descriptor, buffer.baseAddress, buffer.count)
            if result == 0 { return }
            if result < 0 {
                if errno == EINTR { continue }
                throw error(errno, path: path)
            }
            body(UnsafeRawBufferPointer(rebasing: buffer[..<result]))
        }
    }

    /// The text of `path` ("-" = standard input) as UTF-8, without a
    /// byte-order mark (`ByteOrderMark`).
    /// - Throws: what `bytes(at:)` throws, and `FileReadError.notUTF8` with
    ///   the line of the first byte that is not UTF-8.
    public static func utf8Text(at path: String) throws(FileReadError) -> String {
        let bytes = Array(ByteOrderMark.dropped(from: try bytes(atPathOrStandardInput: path)))
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .notUTF8(path: path == standardInput ? "<stdin>" : path, line: firstInvalidLine(bytes))
        }
        return text
    }

    /// Checks that `path` is a file this process may read, without reading
    /// it: for readers that stream the file themselves (memories, in libxml2).
    /// - Throws: `FileReadError.notFound`, `.isDirectory`, `.permissionDenied`
    ///   or `.unreadable`.
    public static func requireReadableFile(at path: String) throws(FileReadError) {
        try requireRegularFile(at: path)
        guard access(path, R_OK) == 0 else { throw error(errno, path: path) }
    }

    /// Checks, before anything opens it, that `path` (links followed) is a
    /// regular file: opening a FIFO blocks until a writer comes, and a
    /// device such as `/dev/zero` never ends.
    static func requireRegularFile(at path: String) throws(FileReadError) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw error(errno, path: path) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw .isDirectory(path: path)
        default: throw .notRegularFile(path: path)
        }
    }

    /// Whether `a` and `b` name the same existing file, however they are
    /// spelled (`m.xlf`, `./m.xlf`, a link): same device and inode.
    public static func isSameFile(_ a: String, _ b: String) -> Bool {
        var first = stat(), second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    /// Whether `path` (links followed) is a regular file.
    public static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// The size in bytes of the file at `path` (links followed), nil when nothing is there.
    public static func size(of path: String) -> Int? {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : nil
    }

    /// Whether something (a file or a folder) exists at `path`.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// Whether `path` is a folder (following symbolic links).
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Reads `descriptor` to its end.
    ///
    /// `read` writes straight into the array's storage, sized by `sizeHint`
    /// (a file's size) and doubled when more comes: going through a 1 MiB
    /// buffer copied every byte once more, a measurable part of
    /// `dari segment`'s time on a 19 MB input (issue 19).
    private static func readAll(_ descriptor: Int32, sizeHint: Int, path: String) throws(FileReadError) -> [UInt8] {
        var bytes: [UInt8] = []
        var capacity = max(sizeHint + 1, 1 << 16)  // + 1: EOF is seen without growing
        var failure: Int32 = 0
        while true {
            var ended = false
            let previous = bytes
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                guard let base = buffer.baseAddress else {
                    failure = ENOMEM
                    return
                }
                // Keep what was read before growing.
                count = previous.withUnsafeBufferPointer { old in
                    if let source = old.baseAddress { base.update(from: source, count: old.count) }
                    return old.count
                }
                while count < capacity {
                    let result = read(descriptor, base + count, capacity - count)
                    if result == 0 {
                        ended = true
                        return
                    }
                    if result < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    count += result
                }
            }
            if failure != 0 { throw error(failure, path: path) }
            if ended { return bytes }
            capacity *= 2
        }
    }

    private static func error(_ code: Int32, path: String) -> FileReadError {
        switch code {
        case ENOENT, ENOTDIR: return .notFound(path: path)
        case EISDIR: return .isDirectory(path: path)
        case EACCES, EPERM: return .permissionDenied(path: path)
        default: return .unreadable(path: path, reason: String(cString: strerror(code)))
        }
    }

    /// The 1-based line of the first invalid UTF-8 sequence.
    private static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
