import DariChecks
import DariMemory
import DariModel
import DariReports
import DariSite
import DariText
import Foundation

/// What lets `dari check SITE` re-check only the page pairs that changed
/// since its last full run (issue 21): per page pair, the bytes' hashes of
/// its pages, the findings of the page-local checks (`CheckScope`), its
/// tally, where its `<file>` is in the previous memory, and the keys the
/// site-wide checks group by that no other unit shared. Beside it, a small
/// memory of the units whose keys another unit shares
/// (`memory.xlf.check-units`, already parsed): the site-wide checks' input.
///
/// Like `AlignmentCache` it lives in `.dari-cache/`, is only a shortcut and
/// is never trusted blindly: it names everything its findings depend on
/// (`key`: dari's version, the alignment settings, the check configuration,
/// the site folder as named, the previous memory's bytes), and a cache that
/// does not match, cannot be read or does not fit the site's pages is
/// ignored: the run is a full one and writes it again.
struct CheckCache: Sendable {
    /// 2: dari's own compact bytes (`CheckCache+Bytes.swift`), not JSON.
    static let format = 2

    struct Location: Sendable {
        var file: String, line: Int, column: Int

        init(_ location: SourceLocation) { (file, line, column) = (location.file, location.line, location.column) }
        var value: SourceLocation { SourceLocation(file: file, line: line, column: column) }
    }

    struct Related: Sendable {
        var location: Location, unitID: String?, text: String?
    }

    /// A finding as the checks reported it (before the baseline, the ignore
    /// rules, sorting and folding).
    struct StoredFinding: Sendable {
        var checkID: String, severity: String, location: Location, unitID: String?, fileID: String?
        var message: String, source: String?, target: String?, related: [Related]

        init(_ finding: Finding) {
            checkID = finding.checkID
            severity = finding.severity.rawValue
            location = Location(finding.location)
            (unitID, fileID, message, source, target) = (finding.unitID, finding.fileID, finding.message,
                                                         finding.source, finding.target)
            related = finding.relatedLocations.map { Related(location: Location($0.location), unitID: $0.unitID,
                                                             text: $0.text) }
        }

        var value: Finding? {
            guard let severity = Severity(rawValue: severity) else { return nil }
            var finding = Finding(checkID: checkID, severity: severity, location: location.value, unitID: unitID,
                                  fileID: fileID, message: message, source: source, target: target,
                                  relatedLocations: related.map {
                                      RelatedLocation(location: $0.location.value, unitID: $0.unitID, text: $0.text)
                                  })
            finding.siteRelativeFile = nil
            return finding
        }
    }

    struct Pair: Sendable {
        /// The memory file's `original` and `targetOriginal` (site-relative).
        var original: String, targetOriginal: String?, sourceOriginalExists: Bool
        /// `AlignmentCache.hash` of each page of the pair that exists, source page first.
        var hashes: [String]
        /// Per enabled check (registry order): its findings on this pair; empty for a site-wide check.
        var findings: [[StoredFinding]]
        var blocks: Int
        var translatedUnitIDs: [String]
        var unitCount: Int
        /// FNV-1a 64 of the grouping keys of this pair no other unit had.
        var singletonKeys: [UInt64]
        /// The byte range of this pair's `<file>` in the previous memory, when it has one.
        var memoryRange: [Int]?
    }

    var format: Int
    /// Everything the findings depend on but the pages (see the type's comment).
    var key: String
    var pairs: [Pair]
    /// The previous memory's bytes before its first `<file>` and after its last.
    var memoryHead: Int, memoryTail: Int
    /// `AlignmentCache.hash` of the previous memory's bytes, and the stamp
    /// of the file they were read from (nil when it was not settled,
    /// `FileStamp.isSettled`): while the memory keeps that stamp, a run
    /// takes this hash rather than read and hash the whole memory again.
    var memoryHash: String, memoryStamp: FileStamp?
    /// The checksum of the kept units' file written with this cache (`write`).
    var unitsChecksum: UInt64 = 0

    /// `.dari-cache/<memory>.check` next to the memory at `memoryPath`.
    static func path(forMemory memoryPath: String) -> String {
        String(AlignmentCache.path(forMemory: memoryPath).dropLast(".json".count)) + ".check"
    }

    /// The units the site-wide checks read, next to the cache.
    static func unitsPath(forMemory memoryPath: String) -> String {
        String(AlignmentCache.path(forMemory: memoryPath).dropLast(".json".count)) + ".check-units"
    }

    /// The cache next to the memory at `memoryPath` when it is one of this
    /// format; the caller compares its `key`.
    static func load(forMemory memoryPath: String) -> CheckCache? {
        guard let bytes = try? InputFile.bytes(at: path(forMemory: memoryPath)),
              let cache = CheckCache(bytes: bytes), cache.format == format
        else { return nil }
        return cache
    }

    /// The kept units next to the memory at `memoryPath`, when they are
    /// the ones written with this cache (`unitsChecksum`).
    func units(forMemory memoryPath: String) -> TranslationMemory? {
        guard let bytes = try? InputFile.bytes(at: Self.unitsPath(forMemory: memoryPath)),
              var reader = CacheBytesReader(bytes, magic: Self.unitsMagic), reader.checksum == unitsChecksum,
              let units = try? TranslationMemory(&reader), reader.isAtEnd
        else { return nil }
        return units
    }

    static let unitsMagic = "dari check units\n"

    /// Writes the cache and its units (atomically). One that cannot be
    /// written is no error: the next run is a full one.
    ///
    /// The units are kept as XLIFF would keep them (written and read
    /// back, so without what a memory file does not hold, such as line
    /// marks): the site-wide checks then see in an incremental run what
    /// they see in a full run, which reads unchanged pages' units from the memory.
    func write(forMemory memoryPath: String, units: TranslationMemory) {
        // The alignment cache's folder, with its .gitignore.
        let unitsPath = Self.unitsPath(forMemory: memoryPath)
        guard InputFile.isFolder((Self.path(forMemory: memoryPath) as NSString).deletingLastPathComponent),
              let rendered = try? XLIFF21Writer.render(units),
              let kept = try? MemoryReader.read(bytes: rendered, path: unitsPath) else { return }
        var writer = CacheBytesWriter(magic: Self.unitsMagic)
        kept.write(to: &writer)
        let unitsBytes = writer.finished()
        var cache = self
        cache.unitsChecksum = CacheBytesReader(unitsBytes, magic: Self.unitsMagic)?.checksum ?? 0
        // The units first, then the cache that names them by their checksum:
        // units another run wrote are never read with this cache.
        try? AtomicFile.write(unitsBytes, to: unitsPath)
        try? AtomicFile.write(cache.bytes(), to: Self.path(forMemory: memoryPath))
    }

    /// The byte ranges of the `<file>` elements of a memory's XLIFF bytes,
    /// in order. Markup inside text is escaped, so `<file ` only opens a file.
    static func fileRanges(in bytes: [UInt8]) -> [Range<Int>] {
        let open = Array("<file ".utf8), close = Array("</file>".utf8)
        var ranges: [Range<Int>] = []
        var index = 0, start: Int?
        bytes.withUnsafeBufferPointer { buffer in
            while index < buffer.count {
                guard buffer[index] == UInt8(ascii: "<") else { index += 1; continue }
                if start == nil, Self.matches(buffer, at: index, open) {
                    start = index
                } else if let first = start, Self.matches(buffer, at: index, close) {
                    ranges.append(first..<(index + close.count))
                    start = nil
                }
                index += 1
            }
        }
        return ranges
    }

    private static func matches(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, _ pattern: [UInt8]) -> Bool {
        guard index + pattern.count <= buffer.count else { return false }
        for offset in pattern.indices where buffer[index + offset] != pattern[offset] { return false }
        return true
    }

    static func keyHash(_ key: [UInt8]) -> UInt64 { FNV1a.hash(key).value }
}
