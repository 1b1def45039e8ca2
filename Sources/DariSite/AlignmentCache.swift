import DariMemory
import DariModel
import DariText
import Foundation

/// What an incremental run needs to skip the pages that did not change
/// since the memory was written: per page, the hash of its bytes, its
/// alternate links (for pairing) and its reading diagnostics. The units of
/// an unchanged page pair are taken from the memory itself.
///
/// It lives in `.dari-cache/` next to the memory (`SITE/.dari-cache/memory.xlf.json`),
/// which holds a `.gitignore` of `*`, so it stays out of the site's
/// repository. It is only a shortcut: it names the memory it describes by
/// the hash of the memory's bytes and the alignment settings, and a cache
/// that does not match (a memory edited since, other settings, another
/// version of dari) is ignored, and the run is a full one. Deleting it is
/// always safe.
public struct AlignmentCache: Sendable, Codable, Equatable {
    public struct PageEntry: Sendable, Codable, Equatable {
        /// FNV-1a 64 of the page's bytes and their count.
        public var hash: String
        public var alternates: [AlternateLink]
        public var diagnostics: [Diagnostic]
        /// The page's `translationKey` (Markdown front matter), which pairs pages.
        public var translationKey: String?
    }

    /// Bumped when what is cached changes meaning.
    static let format = 2
    public var format: Int
    /// The dari version and the alignment settings (`SiteAligner`'s key).
    public var settings: String
    /// FNV-1a 64 of the memory file's bytes the cache describes.
    public var memory: String
    /// Site-relative page path (`ko/about.html`) → what is kept of it.
    public var pages: [String: PageEntry]

    public init(settings: String, memoryBytes: [UInt8], pages: [String: PageEntry]) {
        self.init(settings: settings, memoryHash: Self.hash(memoryBytes), pages: pages)
    }

    /// The cache of a memory whose bytes' `hash` is `memoryHash`.
    public init(settings: String, memoryHash: String, pages: [String: PageEntry]) {
        format = Self.format
        self.settings = settings
        memory = memoryHash
        self.pages = pages
    }

    /// The cache file of the memory at `memoryPath`.
    public static func path(forMemory memoryPath: String) -> String {
        let url = URL(fileURLWithPath: memoryPath)
        return url.deletingLastPathComponent().appendingPathComponent(".dari-cache")
            .appendingPathComponent(url.lastPathComponent + ".json").path
    }

    /// The cache of the memory at `memoryPath` whose bytes are `memoryBytes`,
    /// nil when there is none or it describes another memory or settings.
    public static func load(forMemory memoryPath: String, memoryBytes: [UInt8], settings: String) -> AlignmentCache? {
        load(forMemory: memoryPath, memoryHash: hash(memoryBytes), settings: settings)
    }

    /// `load` for a memory whose bytes' `hash` the caller has already
    /// taken (hashing a large memory twice costs more than the rest of an
    /// incremental run's reading).
    public static func load(forMemory memoryPath: String, memoryHash: String, settings: String) -> AlignmentCache? {
        guard let bytes = try? InputFile.bytes(at: path(forMemory: memoryPath)),
              let cache = try? JSONDecoder().decode(AlignmentCache.self, from: Data(bytes)),
              cache.format == format, cache.settings == settings, cache.memory == memoryHash
        else { return nil }
        return cache
    }

    /// Writes the cache next to the memory at `memoryPath` (atomically), with
    /// the folder's `.gitignore`. A cache that cannot be written is no error:
    /// the next run is a full one.
    public func write(forMemory memoryPath: String) {
        let file = Self.path(forMemory: memoryPath)
        let folder = (file as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let ignore = folder + "/.gitignore"
        if !InputFile.exists(ignore) {
            try? AtomicFile.write(Array("# dari's rebuildable cache (docs/translation-state.md)\n*\n".utf8), to: ignore)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(self) else { return }
        try? AtomicFile.write(Array(data), to: file)
    }

    /// `hash` of the file at `path`, read a piece at a time (a memory just
    /// written is not read back whole); nil when it cannot be read.
    public static func hash(fileAt path: String) -> String? {
        var hash = FNV1a(), count = 0
        do {
            try InputFile.forEachChunk(at: path) { chunk in
                hash.combine(buffer: chunk)
                count += chunk.count
            }
        } catch {
            return nil
        }
        return hash.hex + "-" + String(count)
    }

    /// FNV-1a 64 of `bytes` and their count: the key of a page, a memory or settings.
    public static func hash(_ bytes: [UInt8]) -> String {
        FNV1a.hash(bytes).hex + "-" + String(bytes.count)
    }
}
