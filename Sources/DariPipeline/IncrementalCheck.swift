import DariAlignment
import DariChecks
import DariGlossary
import DariMemory
import DariModel
import DariReports
import DariSite
import Foundation

/// `dari check SITE` on the page pairs that changed since its last full run
/// (issue 21: one changed page in a 2,561-pair site in about a second).
///
/// A full run that had a previous memory records a `CheckCache`. A later
/// run re-reads and re-aligns only the page pairs whose pages' bytes
/// differ, compares them with their `<file>`s of the previous memory alone
/// (cut out of its bytes, not the whole memory parsed), runs the page-local
/// checks on them, and the site-wide checks on them plus the cached units
/// that share a grouping key with another. Everything else comes from the
/// cache. The findings are the full run's (`IncrementalCheckTests`); when
/// the cache cannot show that (other pages or pairing, a new text equal to
/// one the cache kept no unit for), `run` returns nil and the run is a full one.
struct IncrementalCheck {
    let site: Site
    let memoryPath: String
    let alignmentSettings: String
    /// The cache's `key` for a previous memory whose bytes hash to the
    /// argument (`key(alignmentSettings:…)`).
    let key: @Sendable (_ memoryHash: String) -> String
    let checker: Checker
    let glossary: Glossary?
    let aligner: SentenceAligner

    /// What the findings depend on besides the pages and the previous memory's units.
    static func key(alignmentSettings: String, configuration: ConfigurationFile?, disabled: [String],
                    request: CheckRequest, original: Language, memoryHash: String) -> String {
        // The original as decided (it may come from the generator's configuration, not the request).
        var key = "check \(CheckCache.format)\n\(alignmentSettings)\n\(request.path)\n\(request.roots)\n\(original.tag)\n"
        key += disabled.sorted().joined(separator: " ") + "\n"
        if let configuration {
            key += configuration.path + " "
                + AlignmentCache.hash((try? InputFile.bytes(at: configuration.path)) ?? []) + "\n"
        }
        key += memoryHash
        return AlignmentCache.hash(Array(key.utf8))
    }

    struct Outcome {
        /// Per enabled check, its findings (as `Checker.findings` gives them).
        var findings: [[Finding]]
        var tally: MemoryTally
        var unitCount: Int
        var pages: PageFolders
    }

    /// The run on the changed page pairs, nil when the cache cannot give the full run's findings.
    func run() throws -> Outcome? {
        guard let cache = CheckCache.load(forMemory: memoryPath) else { return nil }
        // The previous memory: while it keeps the stamp the cache recorded,
        // the hash recorded with it, and only the bytes this run needs
        // (`FileStamp`); otherwise all of it, hashed again.
        let pieces: MemoryPieces
        if let stamp = cache.memoryStamp, let read = MemoryPieces(path: memoryPath, stamp: stamp, cache: cache) {
            pieces = read
        } else {
            guard let bytes = try? InputFile.bytes(at: memoryPath) else { return nil }
            pieces = MemoryPieces(bytes: bytes, hash: AlignmentCache.hash(bytes))
        }
        guard cache.key == key(pieces.hash) else { return nil }

        // Two loads that need nothing of each other, at once (`Concurrently`).
        let (site, path, settings, aligner, memoryHash) = (site, memoryPath, alignmentSettings, aligner, pieces.hash)
        let (aligned, parsed) = Concurrently.run({ () -> Result<SiteAligner.Result?, any Error> in
            guard let alignmentCache = AlignmentCache.load(forMemory: path, memoryHash: memoryHash,
                                                           settings: settings) else { return .success(nil) }
            let empty = TranslationMemory(sourceLanguage: site.sourceLanguage, targetLanguage: site.targetLanguage,
                                          files: [])
            return Result {
                try SiteAligner(sentenceAligner: aligner)
                    .align(site, reusing: SiteAligner.Reuse(cache: alignmentCache, memory: empty,
                                                            leavesUnchangedEmpty: true))
                    .oriented(for: site)
            }
        }, {
            cache.units(forMemory: path)
        })
        guard let kept = parsed, kept.files.count == cache.pairs.count, let result = try aligned.get()
        else { return nil }
        let checks = checker.enabledChecks
        guard cache.pairs.allSatisfy({ $0.findings.count == checks.count }) else { return nil }

        var memory = result.memory
        // The same pages, paired the same way, unchanged where the cache says so.
        guard memory.files.count == cache.pairs.count, result.unchanged.count == cache.pairs.count else { return nil }
        for (file, pair) in zip(memory.files, cache.pairs) {
            guard file.original == pair.original, file.targetOriginal == pair.targetOriginal,
                  file.sourceOriginalExists == pair.sourceOriginalExists else { return nil }
        }
        for (index, pair) in cache.pairs.enumerated() where result.unchanged[index] {
            let file = memory.files[index]
            let pages = [file.sourceOriginalExists ? file.original : nil, file.targetOriginal].compactMap { $0 }
            guard pages.map({ result.cachePages[$0]?.hash }) == pair.hashes else { return nil }
        }
        let changed = memory.files.indices.filter { !result.unchanged[$0] }

        // The changed pairs' states, against their files of the previous memory alone.
        var ranges: [Range<Int>] = []
        for index in changed {
            // A pair the previous memory did not have (or paired otherwise).
            guard let range = cache.pairs[index].memoryRange, range.count == 2, range[0] >= cache.memoryHead,
                  range[0] < range[1], range[1] <= cache.memoryTail else { return nil }
            ranges.append(range[0]..<range[1])
        }
        guard let partial = pieces.partial(cache: cache, files: ranges) else { return nil }
        guard let previous = try? MemoryReader.read(bytes: partial, path: memoryPath),
              previous.files.count == changed.count else { return nil }
        // Only compared with (no alignment cache is looked up by its hash).
        let (compared, removed) = PreviousMemory(path: memoryPath, hash: "", memory: previous)
            .compare(memory, site: site, aligner: aligner)
        memory = compared

        // The page-local checks on the changed pairs.
        var changedOnly = memory
        changedOnly.files = changed.map { memory.files[$0] }
        let changedInput = CheckInput(memory: changedOnly, glossary: glossary, removed: removed)
        let local = checker.findings(of: changedInput, including: CheckScope.isPageLocal)

        // A new text whose key only one cached unit had: that unit is not in the kept units.
        let singletons = Set(cache.pairs.indices.filter { result.unchanged[$0] }.flatMap { cache.pairs[$0].singletonKeys })
        if changedInput.groupingKeys().contains(where: { singletons.contains(CheckCache.keyHash($0.key)) }) { return nil }

        // The site-wide checks on the changed pairs and the kept units of the others.
        var siteWide = memory
        for index in siteWide.files.indices where result.unchanged[index] {
            let file = siteWide.files[index]
            let (source, target) = (file.sourceOriginalExists ? site.path(of: file.original) : nil,
                                    file.targetOriginal.map { site.path(of: $0) })
            siteWide.files[index].units = kept.files[index].units.map {
                SiteAligner.located($0, source: source, target: target)
            }
        }
        let across = checker.findings(of: CheckInput(memory: siteWide, glossary: glossary, removed: removed),
                                      including: { !CheckScope.isPageLocal($0) })

        var findings: [[Finding]] = []
        let position = Dictionary(uniqueKeysWithValues: changed.enumerated().map { ($1, $0) })
        let fileIndex = Dictionary(memory.files.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (number, check) in checks.enumerated() {
            guard CheckScope.isPageLocal(check.id) else {
                findings.append(across[number])
                continue
            }
            var byPair = [[Finding]](repeating: [], count: changed.count)
            for finding in local[number] {
                guard let id = finding.fileID, let index = fileIndex[id], let slot = position[index] else { return nil }
                byPair[slot].append(finding)
            }
            var all: [Finding] = []
            for index in memory.files.indices {
                if let slot = position[index] {
                    all += byPair[slot]
                } else {
                    for stored in cache.pairs[index].findings[number] {
                        guard let finding = stored.value else { return nil }
                        all.append(finding)
                    }
                }
            }
            findings.append(all)
        }
        let pages = memory.files.indices.map { index -> PageTally in
            if position[index] != nil { return PageTally(memory.files[index]) }
            let pair = cache.pairs[index], file = memory.files[index]
            return PageTally(fileID: file.id, sourcePage: file.sourceOriginalExists ? file.original : nil,
                             targetPage: file.targetOriginal ?? (file.sourceOriginalExists ? nil : file.original),
                             blocks: pair.blocks, translatedUnitIDs: Set(pair.translatedUnitIDs))
        }
        let unitCount = memory.files.indices.reduce(0) { total, index in
            total + (position[index] != nil ? memory.files[index].units.count : cache.pairs[index].unitCount)
        }
        return Outcome(findings: findings,
                       tally: MemoryTally(sourceLanguage: memory.sourceLanguage, targetLanguage: memory.targetLanguage,
                                          pages: pages),
                       unitCount: unitCount, pages: PageFolders(memory.files))
    }

    /// Records what a full run found (`findings` per enabled check, on
    /// `input`, whose memory was compared with `previous`), for the next
    /// run. Nothing is written when a page-local finding cannot be put on
    /// its page pair.
    func record(_ input: CheckInput, findings: [[Finding]], previous: TranslationMemory, memoryBytes: [UInt8],
                memoryHash: String, memoryStamp: FileStamp?, pagesHashes: [String: String]) {
        let memory = input.memory
        let checks = checker.enabledChecks
        let fileIndex = Dictionary(memory.files.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var stored = [[[CheckCache.StoredFinding]]](repeating: Array(repeating: [], count: checks.count),
                                                   count: memory.files.count)
        for (number, check) in checks.enumerated() where CheckScope.isPageLocal(check.id) {
            for finding in findings[number] {
                guard let id = finding.fileID, let index = fileIndex[id] else { return }
                stored[index][number].append(CheckCache.StoredFinding(finding))
            }
        }
        // Where each previous file is in the memory's bytes.
        let ranges = CheckCache.fileRanges(in: memoryBytes)
        let oriented = previous.withSource(memory.sourceLanguage)
        guard ranges.count == oriented.files.count, let head = ranges.first?.lowerBound,
              let tail = ranges.last?.upperBound else { return }
        var rangeOf: [String: Range<Int>] = [:]
        for (file, range) in zip(oriented.files, ranges) { rangeOf["\(file.original)\u{1}\(file.targetOriginal ?? "")"] = range }

        // The grouping keys: units sharing one with another unit are kept.
        let keys = input.groupingKeys()
        var counts: [UInt64: Int] = [:]
        for entry in keys { counts[CheckCache.keyHash(entry.key), default: 0] += 1 }
        var keptUnits = Set<[Int]>()
        var singletons = [[UInt64]](repeating: [], count: memory.files.count)
        for entry in keys {
            let hash = CheckCache.keyHash(entry.key)
            if counts[hash, default: 0] > 1 {
                keptUnits.insert([entry.fileIndex, entry.unitIndex])
            } else {
                singletons[entry.fileIndex].append(hash)
            }
        }
        var kept = memory
        var pairs: [CheckCache.Pair] = []
        for (index, file) in memory.files.enumerated() {
            kept.files[index].units = file.units.indices.filter { keptUnits.contains([index, $0]) }.map { file.units[$0] }
            let pages = [file.sourceOriginalExists ? file.original : nil, file.targetOriginal].compactMap { $0 }
            let hashes = pages.compactMap { pagesHashes[$0] }
            guard hashes.count == pages.count else { return }
            let tally = PageTally(file)
            let range = rangeOf["\(file.original)\u{1}\(file.targetOriginal ?? "")"]
            pairs.append(CheckCache.Pair(
                original: file.original, targetOriginal: file.targetOriginal,
                sourceOriginalExists: file.sourceOriginalExists, hashes: hashes, findings: stored[index],
                blocks: tally.blocks, translatedUnitIDs: tally.translatedUnitIDs.sorted(), unitCount: file.units.count,
                singletonKeys: singletons[index], memoryRange: range.map { [$0.lowerBound, $0.upperBound] }))
        }
        CheckCache(format: CheckCache.format, key: key(memoryHash), pairs: pairs, memoryHead: head, memoryTail: tail,
                   memoryHash: memoryHash, memoryStamp: memoryStamp.flatMap { $0.isSettled() ? $0 : nil })
            .write(forMemory: memoryPath, units: kept)
    }
}

/// The previous memory's bytes an incremental run reads: all of them, or,
/// while the memory keeps the stamp the cache recorded, only its head, its
/// tail and the changed pairs' `<file>`s.
private struct MemoryPieces {
    /// `AlignmentCache.hash` of the whole memory.
    let hash: String
    private let bytes: [UInt8]?
    private let path: String, stamp: FileStamp?

    init(bytes: [UInt8], hash: String) {
        (self.bytes, self.hash, path, stamp) = (bytes, hash, "", nil)
    }

    /// Nothing is read yet: only the stamp is compared (the hash is the cache's).
    init?(path: String, stamp: FileStamp, cache: CheckCache) {
        guard FileStamp(path: path) == stamp, cache.memoryTail <= Int(stamp.size) else { return nil }
        (bytes, hash, self.path, self.stamp) = (nil, cache.memoryHash, path, stamp)
    }

    /// The memory with only the `<file>`s at `files` (byte ranges between
    /// the cache's head and tail), nil when they cannot be read.
    func partial(cache: CheckCache, files: [Range<Int>]) -> [UInt8]? {
        guard 0 <= cache.memoryHead, cache.memoryHead <= cache.memoryTail else { return nil }
        if let bytes {
            guard cache.memoryTail <= bytes.count else { return nil }
            var partial = Array(bytes[..<cache.memoryHead])
            for range in files { partial += bytes[range] }
            return partial + bytes[cache.memoryTail...]
        }
        guard let stamp, let read = InputFile.bytes(at: path, ranges: [0..<cache.memoryHead] + files
                                                        + [cache.memoryTail..<Int(stamp.size)], stamped: stamp)
        else { return nil }
        // The stamp is the file the cache describes; each range still opens a `<file>` (a cheap check).
        let open = Array("<file ".utf8)
        guard read.dropFirst().dropLast().allSatisfy({ $0.starts(with: open) }) else { return nil }
        return Array(read.joined())
    }
}
