import DariModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says of a file's identity and last change: its device and
/// inode, size, modification time and status-change time (nanoseconds).
///
/// A cache keyed by a file's stamp need not read and hash the file (issue
/// 21: hashing the 108 MB previous memory was a tenth of an incremental
/// `dari check`). It is a weaker key than the bytes' hash, so it is only
/// ever used beside one: a cache records the hash it took together with the
/// stamp of the file it hashed, and trusts the hash again only while the
/// stamp is the same. Any write changes the status-change time (`ctime`),
/// which no user tool can set back (`touch -d` sets `mtime` alone), and a
/// file replaced by a rename has another inode.
struct FileStamp: Sendable, Hashable {
    var device: UInt64, inode: UInt64, size: Int64
    var modified: Int64, modifiedNanoseconds: Int64
    var changed: Int64, changedNanoseconds: Int64

    init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, modifiedNanoseconds: Int64,
                changed: Int64, changedNanoseconds: Int64) {
        (self.device, self.inode, self.size) = (device, inode, size)
        (self.modified, self.modifiedNanoseconds) = (modified, modifiedNanoseconds)
        (self.changed, self.changedNanoseconds) = (changed, changedNanoseconds)
    }

    /// The stamp of the file at `path` (links followed), nil when it cannot be stat'ed.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    init(_ info: stat) {
        #if canImport(Darwin)
        let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
        #else
        let (modified, changed) = (info.st_mtim, info.st_ctim)
        #endif
        self.init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                  modified: Int64(modified.tv_sec), modifiedNanoseconds: Int64(modified.tv_nsec),
                  changed: Int64(changed.tv_sec), changedNanoseconds: Int64(changed.tv_nsec))
    }

    /// Whether the file last changed at least `seconds` before now. A file
    /// written in the same clock tick as a cache could be written again
    /// within that tick and keep its stamp (git's "racy" index entries):
    /// a cache records only a settled stamp.
    func isSettled(seconds: Int64 = 2) -> Bool {
        var now = timespec()
        guard clock_gettime(CLOCK_REALTIME, &now) == 0 else { return false }
        return Int64(now.tv_sec) - changed >= seconds
    }

    /// The stamp as numbers, in a fixed order (for a cache file).
    var numbers: [Int64] {
        [Int64(bitPattern: device), Int64(bitPattern: inode), size, modified, modifiedNanoseconds, changed,
         changedNanoseconds]
    }

    /// The stamp `numbers` gave; nil for another count.
    init?(numbers: [Int64]) {
        guard numbers.count == 7 else { return nil }
        self.init(device: UInt64(bitPattern: numbers[0]), inode: UInt64(bitPattern: numbers[1]), size: numbers[2],
                  modified: numbers[3], modifiedNanoseconds: numbers[4], changed: numbers[5],
                  changedNanoseconds: numbers[6])
    }
}

extension InputFile {
    /// The bytes of `ranges` (in file offsets, each inside the file) of the
    /// file at `path`, read from one open descriptor whose stamp is
    /// `stamp`; nil when the file is not there, has another stamp or a
    /// range cannot be read whole. The check and the reads see the same
    /// file: one replaced by a rename meanwhile is not the one open.
    static func bytes(at path: String, ranges: [Range<Int>], stamped stamp: FileStamp) -> [[UInt8]]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, FileStamp(info) == stamp else { return nil }
        var pieces: [[UInt8]] = []
        for range in ranges {
            guard range.lowerBound >= 0, range.upperBound <= Int(stamp.size) else { return nil }
            var failed = false
            let piece = [UInt8](unsafeUninitializedCapacity: range.count) { buffer, count in
                count = 0
                while count < range.count, let base = buffer.baseAddress {
                    let result = pread(descriptor, base + count, range.count - count, off_t(range.lowerBound + count))
                    if result < 0, errno == EINTR { continue }
                    guard result > 0 else { failed = true; return }
                    count += result
                }
            }
            guard !failed else { return nil }
            pieces.append(piece)
        }
        return pieces
    }
}
