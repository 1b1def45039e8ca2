#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files atomically: the bytes go to a temporary file in the same
/// folder, which is flushed to disk and then renamed over the target. A crash
/// or a full disk never leaves a half-written memory or report behind, and
/// the previous file stays intact until the new one is complete.
///
/// The temporary file is named `.NAME.dari-PID.XXXXXX` (NAME the target's,
/// PID the writer's process id). A run killed while writing (`kill -9`, a
/// power cut) cannot remove its own; the next write of the same target does,
/// once it is stale (`TemporaryFiles.isStale`).
public enum AtomicFile {
    public struct WriteError: Error, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }

        public var description: String {
            if path == OutputWriter.standardOutputName {
                return "\(path): error: cannot write standard output (\(reason)); "
                    + "check where it goes (a full disk, a closed descriptor), or write to a file with --output"
            }
            return "\(path): error: cannot write the file (\(reason)); check the folder exists, is writable and has space"
        }
    }

    public static func write(_ bytes: [UInt8], to path: String) throws {
        try write(to: path) { try $0.write(bytes) }
    }

    /// Writes what `produce` hands to its `ByteSink`, chunk by chunk, with
    /// the same guarantees as `write(_:to:)`: a writer that renders a large
    /// document (a memory of many megabytes) never holds all of it at once.
    /// When `produce` throws, the target is left as it was and the error is
    /// rethrown.
    public static func write(to path: String, _ produce: (ByteSink) throws -> Void) throws {
        // A device, FIFO or socket (`-o /dev/null`, `/dev/stdout`, a pipe) is
        // written in place: renaming a temporary file over it would replace
        // the device node with a regular file (as root, for every process).
        var info = stat()
        if stat(path, &info) == 0 {
            let type = info.st_mode & S_IFMT
            if type != S_IFREG && type != S_IFDIR {
                return try writeInPlace(to: path, produce)
            }
        }
        let (directory, name) = TemporaryFiles.split(path)
        TemporaryFiles.removeStale(of: name, in: directory)
        var template = Array(TemporaryFiles.template(for: name, in: directory).utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw WriteError(path: path, reason: OutputWriter.describe(errno)) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var removeTemporary = true
        defer {
            if removeTemporary { unlink(temporary) }
        }
        do {
            let sink = ByteSink(descriptor: descriptor, path: path)
            try produce(sink)
            try sink.flush()
        } catch {
            close(descriptor)
            throw error
        }
        // New files get the usual permissions (mkstemp creates them 0600).
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        guard fsync(descriptor) == 0, close(descriptor) == 0 else {
            throw WriteError(path: path, reason: OutputWriter.describe(errno))
        }
        guard rename(temporary, path) == 0 else {
            throw WriteError(path: path, reason: OutputWriter.describe(errno))
        }
        removeTemporary = false
    }

    private static func writeInPlace(to path: String, _ produce: (ByteSink) throws -> Void) throws {
        let descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: OutputWriter.describe(errno)) }
        defer { close(descriptor) }
        let sink = ByteSink(descriptor: descriptor, path: path)
        try produce(sink)
        try sink.flush()
    }
}

/// Where a streaming writer's bytes go (`AtomicFile.write(to:_:)`, standard
/// output): gathered into 64 KiB writes, so a writer that hands over a few
/// kilobytes at a time (libxml2's output buffer) makes few system calls.
public final class ByteSink {
    private let descriptor: Int32
    /// The destination in messages (`OutputWriter.standardOutputName` for standard output).
    private let path: String
    private let isStandardOutput: Bool
    private var buffer: [UInt8] = []
    private static let chunk = 1 << 16

    init(descriptor: Int32, path: String, isStandardOutput: Bool = false) {
        self.descriptor = descriptor
        self.path = path
        self.isStandardOutput = isStandardOutput
        buffer.reserveCapacity(Self.chunk)
    }

    /// Standard output, with `OutputWriter`'s policy: a reader gone away
    /// ends the process quietly by SIGPIPE, any other failure is an error.
    public static func standardOutput() -> ByteSink {
        ByteSink(descriptor: STDOUT_FILENO, path: OutputWriter.standardOutputName, isStandardOutput: true)
    }

    /// Takes `bytes`; they reach the destination by the next `flush` at the latest.
    /// - Throws: `AtomicFile.WriteError` when the destination cannot take them.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > Self.chunk {
            try flush()
            // A piece larger than the buffer goes straight through.
            if bytes.count >= Self.chunk { return try send(bytes) }
        }
        buffer.append(contentsOf: bytes)
    }

    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// Writes what is buffered.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try send($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func send(_ bytes: UnsafeRawBufferPointer) throws {
        let failure = OutputWriter.writeAll(bytes, to: descriptor)
        if failure == 0 { return }
        // The reader gone is no error (`OutputWriter`'s policy): end as `cat` would.
        if failure == EPIPE, isStandardOutput { OutputWriter.endQuietlyByBrokenPipe() }
        throw AtomicFile.WriteError(path: path, reason: OutputWriter.describe(failure))
    }
}

/// The temporary files `AtomicFile` makes, and which of them a killed run left.
public enum TemporaryFiles {
    /// How long a leftover must have been untouched before it is removed,
    /// in seconds: a writer on another machine sharing the folder (NFS), whose
    /// process id means nothing here, keeps its file as long as it writes.
    public static let quietSeconds: Int = 60

    /// `.NAME.dari-PID.XXXXXX`, for `mkstemp`.
    static func template(for name: String, in directory: String) -> String {
        "\(directory)/.\(name).dari-\(getpid()).XXXXXX"
    }

    /// The folder (`.` for a bare name, `/` for the root) and the file name of `path`.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    /// The process id in a temporary file name of `name`, or nil when
    /// `entry` is not one (a user's own `.memory.xlf.bak` stays untouched).
    static func writer(of entry: String, for name: String) -> pid_t? {
        let prefix = ".\(name).dari-"
        guard entry.hasPrefix(prefix) else { return nil }
        let rest = entry.dropFirst(prefix.count)
        guard let dot = rest.firstIndex(of: "."), rest.distance(from: dot, to: rest.endIndex) == 7,
              let pid = pid_t(rest[..<dot]), pid > 0 else { return nil }
        return pid
    }

    /// Whether a temporary file is a killed run's: its writer is no running
    /// process here and it has not been written for `quietSeconds`. A live
    /// writer's file (this very process's included) is never stale.
    static func isStale(writer: pid_t, lastModified: time_t, now: time_t) -> Bool {
        if writer == getpid() { return false }
        let alive = kill(writer, 0) == 0 || errno == EPERM
        return !alive && now - lastModified >= time_t(quietSeconds)
    }

    /// Removes the stale temporary files of `name` in `directory`; returns
    /// their paths. Anything it cannot read or remove is left alone.
    @discardableResult
    public static func removeStale(of name: String, in directory: String) -> [String] {
        guard let folder = opendir(directory) else { return [] }
        defer { closedir(folder) }
        var removed: [String] = []
        let now = time(nil)
        while let entry = readdir(folder) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            guard let writer = writer(of: entryName, for: name) else { continue }
            let path = "\(directory)/\(entryName)"
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
                  isStale(writer: writer, lastModified: modified(info), now: now) else { continue }
            if unlink(path) == 0 { removed.append(path) }
        }
        return removed.sorted()
    }

    private static func modified(_ info: stat) -> time_t {
        #if canImport(Darwin)
        return info.st_mtimespec.tv_sec
        #else
        return info.st_mtim.tv_sec
        #endif
    }
}
