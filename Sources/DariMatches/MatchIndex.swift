import DariMemory
import DariModel
import Foundation
import GRDB

/// One translated sentence the index can offer.
public struct MatchEntry: Sendable, Hashable {
    /// The language `text` is in (the side looked up).
    public var language: Language
    public var text: String
    public var translation: String
    /// Where it comes from: `page#unit/segment`.
    public var origin: String

    public init(language: Language, text: String, translation: String, origin: String) {
        self.language = language
        self.text = text
        self.translation = translation
        self.origin = origin
    }
}

/// A fuzzy match for a query.
public struct Match: Sendable, Hashable {
    public var entry: MatchEntry
    /// 0…1; 1 only when the text is equal, numbers included.
    public var similarity: Double
    /// The translation with the numbers, URLs and codes of the query put in
    /// place of the entry's, when the entry differs from the query only in those.
    public var substituted: String?

    /// Similarity as a whole percentage, rounded down (99.8 % shows as 99).
    public var percent: Int { Int((similarity * 100).rounded(.down)) }
}

/// The thresholds of issue 21: matches are shown from 50 % and offered for
/// pre-translation from 75 %.
public enum MatchThreshold {
    public static let shown = 0.5
    public static let preTranslation = 0.75
}

/// An index of a memory's translated sentences for fuzzy lookup, in SQLite
/// (through GRDB). It is a cache: built from the memory, rebuilt when the
/// memory changes, never read as the record.
///
/// Layout: `entry` (one row per sentence and direction) and `posting`
/// (key, length bucket → entry ids as little-endian UInt32s). A lookup reads
/// the postings of the query's keys in the length window, counts shared
/// keys, and scores the best-sharing candidates by edit distance.
public final class MatchIndex: @unchecked Sendable {
    let queue: DatabaseQueue
    public let path: String
    /// The shared-key counts of a lookup, kept for the next one.
    let sharedKeys: SharedKeyCountsPool

    /// Candidates scored per lookup (the best by shared keys).
    static let candidateLimit = 80
    /// A key whose postings in the window exceed this is too common to count
    /// (…니다, the) unless the query has no rarer key.
    static let commonPostings = 40_000
    /// Postings counted per lookup at most (beyond the three rarest keys).
    static let postingBudget = 80_000
    /// Keys counted per lookup at most: what a shared-key count holds
    /// (`SharedKeyCounts`, one byte per entry); a sentence has far fewer.
    static let countedKeys = 255
    /// 3: entries numbered language by language, so a lookup's counts fall in
    /// one dense range (2 interleaved the directions), and 64 KiB pages.
    static let schemaVersion = "3"
    /// How much of the index file SQLite maps (it maps no more than the file).
    static let mappedBytes = 1 << 40

    /// Opens an index written by `build`.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.readonly = true
        configuration.prepareDatabase { db in
            // Pages read in place from the mapped file, not copied by `pread`
            // into SQLite's cache: that copying was 15 % of a lookup at 1 M units.
            try db.execute(sql: "PRAGMA mmap_size = \(MatchIndex.mappedBytes)")
        }
        queue = try DatabaseQueue(path: path, configuration: configuration)
        let highestID = try queue.read { db in try Int.fetchOne(db, sql: "SELECT max(id) FROM entry") } ?? 0
        sharedKeys = SharedKeyCountsPool(capacity: highestID)
    }

    /// The cache beside `memoryPath`: `memory.xlf` → `memory.matches.sqlite`.
    public static func cachePath(forMemory memoryPath: String) -> String {
        let url = URL(fileURLWithPath: memoryPath)
        return url.deletingPathExtension().path + ".matches.sqlite"
    }

    /// The memory's size and modification time, which the index records so a
    /// changed memory rebuilds it.
    static func stamp(ofMemory memoryPath: String) -> String {
        let attributes = try? FileManager.default.attributesOfItem(atPath: memoryPath)
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(schemaVersion) \(size) \(Int64(modified * 1000))"
    }

    /// Whether the index at `indexPath` was built from the memory as it is now.
    public static func isCurrent(indexPath: String, memoryPath: String) -> Bool {
        guard FileManager.default.fileExists(atPath: indexPath),
              let index = try? MatchIndex(path: indexPath),
              let stamp = try? index.queue.read({ db in
                  try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'memory'")
              })
        else { return false }
        return stamp == MatchIndex.stamp(ofMemory: memoryPath)
    }

    /// The entries of `memory`: every segment with text on both sides, in both directions.
    public static func entries(of memory: TranslationMemory) -> [MatchEntry] {
        var entries: [MatchEntry] = []
        for file in memory.files {
            for unit in file.units {
                for segment in unit.segments {
                    guard let target = segment.target else { continue }
                    let source = InlineContent.plainText(segment.source)
                    let translation = InlineContent.plainText(target)
                    guard !source.isEmpty, !translation.isEmpty, !segment.isOutdated else { continue }
                    let origin = "\(file.original)#\(unit.id)/\(segment.id)"
                    entries.append(MatchEntry(language: memory.sourceLanguage, text: source,
                                              translation: translation, origin: origin))
                    entries.append(MatchEntry(language: memory.targetLanguage, text: translation,
                                              translation: source, origin: origin))
                }
            }
        }
        return entries
    }

    /// Writes the index of `entries` to `path` (replacing it whole: written
    /// beside it, then renamed), stamped with the memory it was built from.
    @discardableResult
    public static func build(_ entries: [MatchEntry], at path: String, memoryStamp: String) throws -> MatchIndex {
        let temporary = path + ".building"
        try? FileManager.default.removeItem(atPath: temporary)
        do {
            let queue = try DatabaseQueue(path: temporary)
            // Postings gathered in memory, keyed by interned key and bucket.
            var keyIDs: [String: Int] = [:]
            var keyNames: [String] = []
            var postings: [Int: [UInt32]] = [:]
            // 64 KiB pages (SQLite's largest): a common key's postings are a
            // blob of up to 160 KiB, read through a chain of overflow pages,
            // and 4 KiB pages made that chain 16 times longer. Set outside the
            // write's transaction, where SQLite would ignore it.
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA page_size = 65536; PRAGMA journal_mode = OFF")
            }
            try queue.write { db in
                try db.execute(sql: """
                    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE entry (id INTEGER PRIMARY KEY, language TEXT NOT NULL, text TEXT NOT NULL,
                                        translation TEXT NOT NULL, origin TEXT NOT NULL);
                    CREATE TABLE posting (key TEXT NOT NULL, bucket INTEGER NOT NULL, ids BLOB NOT NULL,
                                          PRIMARY KEY (key, bucket)) WITHOUT ROWID;
                    """)
                try db.execute(sql: "INSERT INTO meta VALUES ('memory', ?)", arguments: [memoryStamp])
                let insert = try db.makeStatement(
                    sql: "INSERT INTO entry (id, language, text, translation, origin) VALUES (?, ?, ?, ?, ?)")
                // Language by language, each in the memory's order: a lookup
                // counts the entries of one language only, and those then lie
                // in one range of the counts, not every other byte of it.
                let languages = entries.reduce(into: [Language]()) { if !$0.contains($1.language) { $0.append($1.language) } }
                let order = languages.flatMap { language in entries.indices.filter { entries[$0].language == language } }
                for (offset, position) in order.enumerated() {
                    let entry = entries[position]
                    guard offset + 1 < 1 << 24 else { throw MatchIndexError.tooLarge(entries: entries.count) }
                    let id = UInt32(offset + 1)
                    try insert.execute(arguments: [Int(id), entry.language.tag, entry.text, entry.translation,
                                                   entry.origin])
                    let text = MatchText(entry.text)
                    let bucket = lengthBucket(text.length)
                    let keys = text.keys
                    // The id with the entry's key count in its low byte, for the Dice ranking.
                    let packed = id << 8 | UInt32(min(keys.count, 255))
                    for key in keys {
                        let name = entry.language.tag + ":" + key
                        let keyID: Int
                        if let known = keyIDs[name] {
                            keyID = known
                        } else {
                            keyID = keyNames.count
                            keyIDs[name] = keyID
                            keyNames.append(name)
                        }
                        postings[keyID &* 64 &+ bucket, default: []].append(packed)
                    }
                }
                let insertPosting = try db.makeStatement(sql: "INSERT INTO posting (key, bucket, ids) VALUES (?, ?, ?)")
                for (combined, ids) in postings.sorted(by: { $0.key < $1.key }) {
                    let data = ids.withUnsafeBufferPointer { Data(buffer: $0) }
                    try insertPosting.execute(arguments: [keyNames[combined / 64], combined % 64, data])
                }
            }
            try queue.close()
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: temporary, toPath: path)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw MatchIndexError.unwritable(path: path, reason: String(describing: error))
        }
        return try MatchIndex(path: path)
    }

    /// Lengths in buckets of 20 % growth: a length window is a bucket range.
    static func lengthBucket(_ length: Int) -> Int {
        guard length > 1 else { return 0 }
        return min(63, Int((log(Double(length)) / log(1.2)).rounded(.down)))
    }

    /// The matches for `text` in `language` at or above `threshold`, best first
    /// (ties: the shorter origin, then the origin, so the order is stable).
    public func lookup(_ text: String, language: Language, threshold: Double = MatchThreshold.shown,
                       limit: Int = 5) throws -> [Match] {
        let query = MatchText(text)
        guard query.length > 0 else { return [] }
        // Under 50 % the lengths differ by more than half.
        let low = MatchIndex.lengthBucket(Int((Double(query.length) * threshold).rounded(.down)))
        let high = MatchIndex.lengthBucket(Int((Double(query.length) / max(threshold, 0.01)).rounded(.up)))
        return try queue.read { db in
            // Each key's posting count in the window first, from the blobs'
            // lengths (SQLite reads a blob's length without its content), so
            // the postings of the common keys that are not counted are never read.
            let sizes = try db.cachedStatement(
                sql: "SELECT length(ids) FROM posting WHERE key = ? AND bucket BETWEEN ? AND ?")
            var keyed: [(key: String, count: Int)] = []
            let keys = query.keys
            for key in keys {
                let name = language.tag + ":" + key
                let count = try Int.fetchAll(sizes, arguments: [name, low, high]).reduce(0, +) / 4
                if count > 0 { keyed.append((name, count)) }
            }
            keyed.sort { $0.count != $1.count ? $0.count < $1.count : $0.key < $1.key }
            // Rarest keys first, until the budget is spent: the rare keys
            // tell sentences apart, the common ones only cost time.
            var counted = 0
            var chosen: [String] = []
            for (position, entry) in keyed.enumerated() {
                guard position < MatchIndex.countedKeys else { break }
                guard position < 3 || (entry.count <= MatchIndex.commonPostings
                                       && counted + entry.count <= MatchIndex.postingBudget) else { break }
                counted += entry.count
                chosen.append(entry.key)
            }
            // Shared keys per candidate (packed: id and its key count).
            let select = try db.cachedStatement(
                sql: "SELECT ids FROM posting WHERE key = ? AND bucket BETWEEN ? AND ?")
            // Ranked by Dice overlap of the key sets, so a sentence with words
            // added does not outrank the one that matches; the best
            // `candidateLimit` kept as they come (the order of a full sort).
            let queryKeys = Double(keys.count)
            let candidates = try sharedKeys.withCounts { shared in
                for name in chosen {
                    let cursor = try Row.fetchCursor(select, arguments: [name, low, high])
                    while let row = try cursor.next() {
                        // The blob's bytes as SQLite holds them (not copied), maybe unaligned.
                        try row.withUnsafeData(atIndex: 0) { data in
                            data?.withUnsafeBytes { raw in shared.add(postings: raw) }
                        }
                    }
                }
                var candidates = TopCandidates(limit: MatchIndex.candidateLimit)
                for packed in shared.touched {
                    candidates.offer(id: packed >> 8,
                                     dice: 2 * Double(shared.count(packed: packed)) / (queryKeys + Double(packed & 0xFF)))
                }
                return candidates
            }
            let fetch = try db.cachedStatement(sql: "SELECT text, translation, origin FROM entry WHERE id = ?")
            var matches: [Match] = []
            // The `limit` best similarities so far, best first: a candidate
            // that cannot reach the last of them is not scored to the end.
            var best: [Double] = []
            for (id, _) in candidates.best {
                guard let row = try Row.fetchOne(fetch, arguments: [Int(id)]) else { continue }
                let entry = MatchEntry(language: language, text: row[0], translation: row[1], origin: row[2])
                let candidate = MatchText(entry.text)
                let bar = limit > 0 && best.count == limit ? max(threshold, best[limit - 1]) : threshold
                guard let similarity = Similarity.score(query, candidate, reaching: bar), similarity >= threshold
                else { continue }
                best.insert(similarity, at: best.firstIndex(where: { $0 < similarity }) ?? best.count)
                if best.count > limit { best.removeLast() }
                var match = Match(entry: entry, similarity: similarity)
                if query.scalars == candidate.scalars, query.placeholders != candidate.placeholders {
                    match.substituted = MatchIndex.substitute(candidate.placeholders, with: query.placeholders,
                                                              in: entry.translation)
                }
                matches.append(match)
            }
            matches.sort {
                if $0.similarity != $1.similarity { return $0.similarity > $1.similarity }
                if $0.entry.origin.count != $1.entry.origin.count { return $0.entry.origin.count < $1.entry.origin.count }
                return $0.entry.origin < $1.entry.origin
            }
            return Array(matches.prefix(limit))
        }
    }

    /// The translation with each of `old` that it contains replaced by the
    /// `new` at the same position; nil when one of them is not in it.
    static func substitute(_ old: [String], with new: [String], in translation: String) -> String? {
        guard old.count == new.count else { return nil }
        var result = translation
        for (from, to) in zip(old, new) where from != to {
            guard let range = result.range(of: from) else { return nil }
            result.replaceSubrange(range, with: to)
        }
        return result
    }
}

/// The best candidates by Dice overlap, highest first, ties by id: what
/// sorting all of them and taking the first `limit` gives, without sorting
/// the many that are not kept.
struct TopCandidates {
    let limit: Int
    private(set) var best: [(id: UInt32, dice: Double)] = []

    init(limit: Int) {
        self.limit = limit
        best.reserveCapacity(limit + 1)
    }

    static func precedes(_ a: (id: UInt32, dice: Double), _ b: (id: UInt32, dice: Double)) -> Bool {
        a.dice != b.dice ? a.dice > b.dice : a.id < b.id
    }

    mutating func offer(id: UInt32, dice: Double) {
        let candidate = (id: id, dice: dice)
        if best.count == limit, let last = best.last, !Self.precedes(candidate, last) { return }
        // Binary search for the first kept candidate it precedes.
        var low = 0, high = best.count
        while low < high {
            let middle = (low + high) / 2
            if Self.precedes(best[middle], candidate) { low = middle + 1 } else { high = middle }
        }
        best.insert(candidate, at: low)
        if best.count > limit { best.removeLast() }
    }
}

/// Why the index could not be written.
public enum MatchIndexError: DariError, Equatable {
    case unwritable(path: String, reason: String)
    case tooLarge(entries: Int)

    public var description: String {
        switch self {
        case .unwritable(let path, let reason):
            return "\(path): error: cannot write the fuzzy-match index (\(reason)); "
                + "check that the memory's folder is writable, or delete the file to rebuild it"
        case .tooLarge(let entries):
            return "error: \(entries) sentences are more than the fuzzy-match index holds (16 million); "
                + "split the memory"
        }
    }

    public var exitStatus: Int32 { ExitStatus.ioError }
}

extension MatchIndex {
    /// The index of the memory at `memoryPath`, from its cache beside it when
    /// that was built from the memory as it is now, rebuilt otherwise (from
    /// `memory` when the caller has read it already). A new cache file is
    /// added to the folder's `.gitignore`: it is derived, never committed.
    public static func forMemory(at memoryPath: String, memory: TranslationMemory? = nil) throws -> MatchIndex {
        let cache = cachePath(forMemory: memoryPath)
        if isCurrent(indexPath: cache, memoryPath: memoryPath) { return try MatchIndex(path: cache) }
        let stamp = MatchIndex.stamp(ofMemory: memoryPath)
        let memory = try memory ?? MemoryReader.read(fileAt: memoryPath)
        let index = try build(entries(of: memory), at: cache, memoryStamp: stamp)
        ignoreInGit(cache)
        return index
    }

    /// Adds the cache's name to `.gitignore` in its folder unless a line names it.
    static func ignoreInGit(_ cache: String) {
        let url = URL(fileURLWithPath: cache)
        let ignore = url.deletingLastPathComponent().appendingPathComponent(".gitignore")
        let pattern = "*.matches.sqlite"
        let existing = (try? String(contentsOf: ignore, encoding: .utf8)) ?? ""
        let lines = existing.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !lines.contains(pattern), !lines.contains(url.lastPathComponent) else { return }
        let text = existing + (existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n")
            + "# dari's fuzzy-match index: rebuilt from the memory when needed\n\(pattern)\n"
        try? AtomicFile.write(Array(text.utf8), to: ignore.path)
    }
}
