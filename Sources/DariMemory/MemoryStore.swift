import DariModel

/// Where a site's memory is kept between runs: read before a run, replaced
/// after it. The XLIFF 2.1 file next to the site today (`XLIFFMemoryFile`);
/// an indexed store would be a second conformer, listed in `MemoryStores`
/// (DariPipeline), so it may live in a module of its own.
public protocol MemoryStore: Sendable {
    /// Opens (without reading) the store at `path`.
    init(path: String)
    /// Whether a store of this kind is the one at `path` (by its name).
    static func claims(_ path: String) -> Bool
    /// The store as the user named it, for messages.
    var location: String { get }
    /// Reads the stored memory.
    /// - Throws: a `DariError` naming the store and what to do.
    func read() throws -> TranslationMemory
    /// Replaces the stored memory with `memory`, all or nothing.
    /// - Throws: a `DariError` naming the store and what to do.
    func write(_ memory: TranslationMemory) throws
    /// Throws when `write` would refuse, so a run can stop before its work.
    func checkWritable() throws
}

extension MemoryStore {
    public func checkWritable() throws {}
}

/// A memory kept as one XLIFF file: read in any version `MemoryReader`
/// detects, written as XLIFF 2.1.
public struct XLIFFMemoryFile: MemoryStore {
    public var path: String

    public init(path: String) {
        self.path = path
    }

    /// Any path: XLIFF is dari's memory format.
    public static func claims(_ path: String) -> Bool { true }

    public var location: String { path }

    public func read() throws -> TranslationMemory {
        try MemoryReader.read(fileAt: path)
    }

    /// Writes the memory as XLIFF 2.1, atomically: a crash or a full disk
    /// leaves the previous file as it was.
    ///
    /// - Throws: `MemoryWriteError.wouldReplace` when a file that is not an
    ///   XLIFF 2 memory is at `path` already (a page, another tool's XLIFF
    ///   1.2 memory, a mistyped `-o`): dari replaces only what it would write.
    public func write(_ memory: TranslationMemory) throws {
        try refuseToReplaceAnythingElse()
        // Streamed: the document (often ten times the pages' size) is never in memory whole.
        try AtomicFile.write(to: path) { file in try XLIFF21Writer.write(memory) { try file.write($0) } }
    }

    public func checkWritable() throws {
        try refuseToReplaceAnythingElse()
    }

    /// Throws unless `path` is free or holds an XLIFF 2 memory.
    public func refuseToReplaceAnythingElse() throws(MemoryWriteError) {
        guard InputFile.exists(path) else { return }
        do {
            _ = try XLIFF21Reader.read(fileAt: path)
        } catch MemoryReadError.notFound {
            // Gone since we looked: nothing to keep.
        } catch MemoryReadError.wrongVersion(_, _, let version, _) {
            throw .wouldReplace(path: path, what: "an XLIFF \(version) file")
        } catch MemoryReadError.unreadable {
            throw .wouldReplace(path: path, what: "a file dari cannot read")
        } catch {
            throw .wouldReplace(path: path, what: "a file that is not an XLIFF 2 memory")
        }
    }
}

/// Why a memory was not written.
public enum MemoryWriteError: DariError, Equatable, Sendable {
    /// The memory's path holds something that is not a memory dari wrote.
    case wouldReplace(path: String, what: String)

    public var description: String {
        switch self {
        case let .wouldReplace(path, what):
            return "\(path): error: \(what) is there already and dari will not replace it; "
                + "move it away, or write the memory elsewhere with -o PATH"
        }
    }

    public var exitStatus: Int32 { ExitStatus.cantCreate }
}
