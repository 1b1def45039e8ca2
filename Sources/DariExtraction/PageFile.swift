#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a page's bytes with POSIX calls (`open`, `fstat`, `read`, `close`).
///
/// POSIX rather than Foundation because the error has to say what went wrong
/// (`ENOENT` and `EACCES` ask for different fixes) and a folder has to be told
/// apart from a file before reading: `open` on Linux succeeds for folders.
enum PageFile {
    /// The whole file at `path`.
    /// - Throws: `ExtractionError.fileNotFound`, `.isDirectory`,
    ///   `.permissionDenied` or `.unreadable`.
    static func readAll(_ path: String) throws(ExtractionError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw error(errno, path: path) }
        defer { close(descriptor) }

        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw error(errno, path: path) }
        if info.st_mode & 0o170000 == 0o040000 {  // S_IFMT, S_IFDIR
            throw .isDirectory(file: path)
        }

        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size) + 1)
        let chunkSize = 1 << 20
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let count = read(descriptor, chunk.baseAddress, chunkSize)
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw error(errno, path: path)
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
        }
        return bytes
    }

    private static func error(_ code: Int32, path: String) -> ExtractionError {
        switch code {
        case ENOENT, ENOTDIR: return .fileNotFound(file: path)
        case EISDIR: return .isDirectory(file: path)
        case EACCES, EPERM: return .permissionDenied(file: path)
        default: return .unreadable(file: path, reason: String(cString: strerror(code)))
        }
    }
}
