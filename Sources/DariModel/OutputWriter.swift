#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way dari's bytes leave the process: standard output, standard
/// error and every file (`AtomicFile`) are written through `writeAll`, so a
/// write error is an error everywhere, never a trap.
///
/// Policy (the README's "Exit status" section):
/// - A file or standard output that cannot take the bytes (a full disk,
///   `ENOSPC`; a closed descriptor, `EBADF`; an I/O error) is
///   `AtomicFile.WriteError`: one line on standard error and exit 74.
/// - Standard output whose reader went away (`EPIPE`: `dari check site |
///   head -1`) is no error: the reader has what it wanted. dari then ends
///   the way `cat` or `grep` end there, killed by SIGPIPE, quietly (the
///   shell shows status 141). SIGPIPE itself is ignored
///   (`prepareStandardStreams`), so that a pipe given as `-o FILE` is an
///   error that names it, and a closed standard error never ends a run.
/// - Standard error is written best effort: there is nowhere left to report
///   its own failure.
public enum OutputWriter {
    /// Called once, first thing in `main`: ignores SIGPIPE and puts a
    /// descriptor on each of 0, 1, 2 that the caller closed (`dari … >&-`).
    ///
    /// Without the second step the first file dari opens would take the
    /// number 1, and the report meant for standard output would go into it.
    /// /dev/null opened read-only takes the place instead, so writing
    /// "standard output" fails with `EBADF`, as it would have.
    public static func prepareStandardStreams() {
        signal(SIGPIPE, SIG_IGN)
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            let placeholder = open("/dev/null", O_RDONLY)
            if placeholder >= 0, placeholder != descriptor {
                dup2(placeholder, descriptor)
                close(placeholder)
            }
        }
    }

    /// Writes all of `bytes` to standard output.
    ///
    /// When the reader has gone (`EPIPE`) the process ends quietly by
    /// SIGPIPE, as the type's policy says, and this does not return.
    /// - Throws: `AtomicFile.WriteError` naming standard output for any
    ///   other failure (`ENOSPC`, `EBADF`, `EIO`).
    public static func writeStandardOutput(_ bytes: some Collection<UInt8>) throws {
        let failure = writeAll(bytes, to: STDOUT_FILENO)
        if failure == 0 { return }
        if failure == EPIPE { endQuietlyByBrokenPipe() }
        throw AtomicFile.WriteError(path: standardOutputName, reason: describe(failure))
    }

    /// `writeStandardOutput` for text.
    public static func writeStandardOutput(_ text: String) throws {
        var text = text
        try text.withUTF8 { try writeStandardOutput($0) }
    }

    /// Writes `text` to standard error; a failure is ignored (there is
    /// nowhere left to report it).
    public static func writeStandardError(_ text: String) {
        var text = text
        text.withUTF8 { _ = writeAll($0, to: STDERR_FILENO) }
    }

    /// How messages name standard output.
    public static let standardOutputName = "<stdout>"

    /// Writes every byte to `descriptor`, again after a signal interrupts
    /// (`EINTR`) or a short write.
    /// - Returns: 0, or the `errno` of the write that failed.
    static func writeAll(_ bytes: some Collection<UInt8>, to descriptor: Int32) -> Int32 {
        let result = bytes.withContiguousStorageIfAvailable { writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
        return result ?? Array(bytes).withUnsafeBytes { writeAll($0, to: descriptor) }
    }

    static func writeAll(_ raw: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
        var written = 0
        while written < raw.count {
            let result = write(descriptor, raw.baseAddress! + written, raw.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += result
        }
        return 0
    }

    /// `strerror`'s text for an `errno`.
    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// Ends the process as SIGPIPE's default action would have.
    static func endQuietlyByBrokenPipe() -> Never {
        signal(SIGPIPE, SIG_DFL)
        raise(SIGPIPE)
        // Not reached unless SIGPIPE is blocked: the shell's status for it.
        _exit(128 + SIGPIPE)
    }
}

/// Standard output as a `TextOutputStream`, in 64 KiB chunks: a long
/// listing never sits in memory twice, and the kernel sees few large writes.
///
/// `TextOutputStream.write` cannot throw, so the first failure is kept,
/// later text is dropped, and `finish()` throws it.
public struct StandardOutputStream: TextOutputStream {
    private var buffer: [UInt8] = []
    private var failure: AtomicFile.WriteError?

    public init() {}

    public mutating func write(_ string: String) {
        guard failure == nil else { return }
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Appends UTF-8 bytes, for writers that already hold them.
    public mutating func write(bytes: UnsafeBufferPointer<UInt8>) {
        guard failure == nil else { return }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes what is buffered.
    /// - Throws: the first `AtomicFile.WriteError` of any write so far.
    public mutating func finish() throws {
        flush()
        if let failure { throw failure }
    }

    private mutating func flush() {
        guard failure == nil, !buffer.isEmpty else { return }
        do {
            try OutputWriter.writeStandardOutput(buffer)
        } catch let error as AtomicFile.WriteError {
            failure = error
        } catch {
            failure = AtomicFile.WriteError(path: OutputWriter.standardOutputName, reason: "\(error)")
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
