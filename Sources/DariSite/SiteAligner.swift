import DariAlignment
import DariExtraction
import DariMemory
import DariModel
import DariSegmentation
import Foundation

/// Builds the translation memory of a site: extraction → page pairing →
/// block alignment → segmentation → sentence alignment → memory.
///
/// Paths in the memory (`original`) are relative to the site folder
/// (`ko/about.html`), so a memory written into the site folder stays valid
/// wherever the site is checked out; page locations keep the path as the
/// user named it (`Corpus/ko/about.html:40`), for messages.
public struct SiteAligner: Sendable {
    public var sentenceAligner: any SentenceAligning
    public var blockAligner: BlockAligner
    /// How many pages are read and page pairs aligned at once: every core
    /// by default. The memory does not depend on it.
    public var threads: Int

    public init(sentenceAligner: any SentenceAligning, blockAligner: BlockAligner = BlockAligner(),
                threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.sentenceAligner = sentenceAligner
        self.blockAligner = blockAligner
        self.threads = threads
    }

    /// What aligning a site produced.
    public struct Result: Sendable {
        public var memory: TranslationMemory
        public var pairs: [PagePair]
        /// Warnings from extraction (malformed markup libxml2 repaired).
        public var diagnostics: [Diagnostic]
        /// Every page's cache entry, when the run was asked to keep them
        /// (`reusing`): what the next run's `AlignmentCache` holds.
        public var cachePages: [String: AlignmentCache.PageEntry] = [:]
        /// Per page pair (in `memory.files` order): true when both its pages
        /// were unchanged since the cache and its units came from it (or
        /// were left out, `Reuse.leavesUnchangedEmpty`).
        public var unchanged: [Bool] = []
    }

    /// What an incremental run starts from: the cache and the memory it describes.
    public struct Reuse: Sendable {
        public var cache: AlignmentCache
        public var memory: TranslationMemory
        /// True: a page pair whose pages are unchanged gets no units at all
        /// (the caller keeps what it needs of them), and `memory` need only
        /// hold the files of the pairs that changed.
        public var leavesUnchangedEmpty: Bool

        public init(cache: AlignmentCache, memory: TranslationMemory, leavesUnchangedEmpty: Bool = false) {
            self.cache = cache
            self.memory = memory
            self.leavesUnchangedEmpty = leavesUnchangedEmpty
        }
    }

    /// How far an alignment has come, for a progress bar.
    public struct Progress: Sendable, Equatable {
        public enum Stage: String, Sendable {
            /// Pages read and extracted (both languages).
            case reading = "reading pages"
            /// Page pairs aligned into memory units.
            case aligning = "aligning page pairs"
        }

        public var stage: Stage
        public var done: Int
        public var total: Int

        public init(stage: Stage, done: Int, total: Int) {
            self.stage = stage
            self.done = done
            self.total = total
        }
    }

    /// Aligns every page of `site`.
    ///
    /// Pages are read, and page pairs aligned, on all cores; the memory is
    /// the one a page-by-page loop gives (same order, same ids), and the
    /// error, when a page cannot be read, is the first such page's.
    ///
    /// - Parameter progress: told after each page and each page pair, from
    ///   any thread.
    /// - Parameter reuse: the cache of the previous run and its memory: a
    ///   page whose bytes are unchanged is not read again, and a page pair
    ///   whose pages are both unchanged keeps the memory's units (the
    ///   memory is the one a full run gives).
    /// - Parameter keepingCache: hash every page for the next run's cache
    ///   (`Result.cachePages`).
    /// - Throws: `SiteError` for a missing root or no pages, the page
    ///   reader's error (`ExtractionError`) for a page that cannot be read or decoded.
    public func align(_ site: Site, progress: (@Sendable (Progress) -> Void)? = nil,
                      reusing reuse: Reuse? = nil, keepingCache: Bool = false) throws -> Result {
        let sitePages = try site.pages()
        let (sourcePages, targetPages) = (sitePages.korean, sitePages.english)
        let paths = (sourcePages + targetPages).map { site.path(of: $0.path) }
        // The cache knows a page by its site-relative path.
        let keys = (sourcePages + targetPages).map(\.path)
        let readers = site.readers
        @Sendable func read(_ path: String) throws -> (Page, [Diagnostic]) {
            try PageReaders.reader(forNamedPage: path, among: readers).readPage(fileAt: path)
        }
        // With a cache, a page whose bytes did not change is not read again.
        let hashes: [String]? = reuse == nil && !keepingCache ? nil
            : try Parallel.map(paths, threads: threads, state: {}) { _, path in
                AlignmentCache.hash(try InputFile.bytes(at: path))
            }
        func cached(_ index: Int) -> AlignmentCache.PageEntry? {
            guard let reuse, let hashes, let entry = reuse.cache.pages[keys[index]], entry.hash == hashes[index] else {
                return nil
            }
            return entry
        }
        var pages = [Page?](repeating: nil, count: paths.count)
        var entries = [AlignmentCache.PageEntry?](repeating: nil, count: paths.count)
        var doneReading = 0
        /// Reads the pages at `indices` (in parallel) into `pages` and `entries`.
        func readPages(_ indices: [Int]) throws {
            guard !indices.isEmpty else { return }
            // libxml2 2.9 sets up its globals on the first parse without a lock,
            // so one page is read before the others run in parallel.
            let first = try read(paths[indices[0]])
            let total = paths.count, done = doneReading
            progress?(Progress(stage: .reading, done: done + 1, total: total))
            let rest = try Parallel.map(Array(indices.dropFirst()), threads: threads, state: {}, progress: { count, _ in
                progress?(Progress(stage: .reading, done: done + count + 1, total: total))
            }) { _, index in try read(paths[index]) }
            for (index, (page, diagnostics)) in zip(indices, [first] + rest) {
                pages[index] = page
                entries[index] = AlignmentCache.PageEntry(hash: hashes?[index] ?? "", alternates: page.alternates,
                                                          diagnostics: diagnostics, translationKey: page.translationKey)
            }
            doneReading += indices.count
        }
        for index in paths.indices { entries[index] = cached(index) }
        try readPages(paths.indices.filter { entries[$0] == nil })
        let diagnostics = sitePages.skipped.map { $0.warning(file: site.path(of: $0.path)) } + entries.flatMap { $0!.diagnostics }
        let indexByKey = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })

        // Pages by key; a pair names its pages by key, the memory by site path.
        var sourceSitePath: [String: String] = [:], targetSitePath: [String: String] = [:]
        for page in sourcePages { sourceSitePath[page.key] = page.path }
        for page in targetPages { targetSitePath[page.key] = page.path }
        func record(_ page: SitePage, index: Int) -> PageRecord {
            PageRecord(path: page.key, sitePath: page.path, alternates: entries[index]!.alternates.map { ($0.language, $0.href) },
                       translationKey: entries[index]!.translationKey)
        }
        let pairer = PagePairer(mapping: site.pageMapping, sourceLanguageTag: site.sourceLanguage.tag,
                                targetLanguageTag: site.targetLanguage.tag)
        let pairs = pairer.pair(
            source: sourcePages.enumerated().map { record($1, index: $0) },
            target: targetPages.enumerated().map { record($1, index: sourcePages.count + $0) })
        let sitePaths = pairs.map { pair in
            (pair.source.map { sourceSitePath[$0]! }, pair.target.map { targetSitePath[$0]! })
        }
        // A pair whose pages are unchanged keeps the units the memory has for it.
        var reused = [[MemoryUnit]?](repeating: nil, count: pairs.count)
        if let reuse, hashes != nil {
            let previous = reuse.memory.withSource(site.sourceLanguage)
            let files = Dictionary(previous.files.map { file -> (String, MemoryFile) in
                let source: String? = file.sourceOriginalExists ? file.original : nil
                return ("\(source ?? "")\u{1}\(file.targetOriginal ?? "")", file)
            }, uniquingKeysWith: { first, _ in first })
            for (number, (source, target)) in sitePaths.enumerated() {
                let unchanged = [source, target].compactMap { $0 }.allSatisfy { cached(indexByKey[$0]!) != nil }
                if unchanged, reuse.leavesUnchangedEmpty {
                    reused[number] = []
                    continue
                }
                guard unchanged, let file = files["\(source ?? "")\u{1}\(target ?? "")"] else { continue }
                reused[number] = file.units.map { unit in
                    Self.located(unit, source: source.map { site.path(of: $0) }, target: target.map { site.path(of: $0) })
                }
            }
        }
        // The pages of the pairs aligned again, not read yet (the unchanged side of a changed pair).
        try readPages(Array(Set(sitePaths.indices.filter { reused[$0] == nil }.flatMap { number in
            [sitePaths[number].0, sitePaths[number].1].compactMap { $0 }.map { indexByKey[$0]! }
        })).filter { pages[$0] == nil }.sorted())
        // Each page is on the shelf for as many pairs as will align it (one,
        // as pairs are made today), and nowhere else.
        var uses: [String: Int] = [:]
        for (number, pair) in pairs.enumerated() where reused[number] == nil {
            if let source = pair.source { uses[PageShelf.key(source: source), default: 0] += 1 }
            if let target = pair.target { uses[PageShelf.key(target: target), default: 0] += 1 }
        }
        let shelf = PageShelf()
        for (number, page) in sourcePages.enumerated() {
            let key = PageShelf.key(source: page.key)
            shelf.put(pages[number], key: key, uses: uses[key] ?? 0)
        }
        for (number, page) in targetPages.enumerated() {
            let key = PageShelf.key(target: page.key)
            shelf.put(pages[sourcePages.count + number], key: key, uses: uses[key] ?? 0)
        }
        pages = []
        let reusedUnits = reused

        let (sourceLanguage, targetLanguage) = (site.sourceLanguage, site.targetLanguage)
        let (blockAligner, sentenceAligner) = (self.blockAligner, self.sentenceAligner)
        // A segmenter wraps ICU break iterators, which one thread at a time
        // may use: each worker has its own builder.
        let unitsByPair = try Parallel.map(Array(pairs.enumerated()), threads: threads, state: {
            try MemoryBuilder(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        }, progress: { done, total in
            progress?(Progress(stage: .aligning, done: done, total: total))
        }) { builder, numbered in
            let (number, pair) = numbered
            if let units = reusedUnits[number] { return units }
            // The pair's pages are taken off the shelf, so that their blocks
            // are held here alone and can be released as units are made.
            var sourceBlocks = pair.source.flatMap { shelf.take(source: $0) }.map(Self.translatableBlocks) ?? []
            var targetBlocks = pair.target.flatMap { shelf.take(target: $0) }.map(Self.translatableBlocks) ?? []
            let links = blockAligner.align(source: sourceBlocks, target: targetBlocks)
            return try builder.units(links: links, taking: &sourceBlocks, &targetBlocks,
                                     sentenceAligner: sentenceAligner)
        }

        // File ids are made in page-pair order, after the parallel part, so
        // the "-2" of a clashing id goes where the sequential run put it.
        var files: [MemoryFile] = []
        var fileIDs = UniqueIDs()
        for (pair, units) in zip(pairs, unitsByPair) {
            let original = pair.source.map { sourceSitePath[$0]! } ?? targetSitePath[pair.target!]!
            var file = MemoryFile(
                id: fileIDs.make(from: "f-" + MemoryBuilder.token(original)),
                original: original,
                targetOriginal: pair.target.map { targetSitePath[$0]! },
                sourceOriginalExists: pair.source != nil,
                units: units
            )
            file.format = PageReaders.formatTag(of: original)
            files.append(file)
        }
        let memory = TranslationMemory(sourceLanguage: site.sourceLanguage, targetLanguage: site.targetLanguage,
                                       files: files)
        var cachePages: [String: AlignmentCache.PageEntry] = [:]
        if hashes != nil { for (index, key) in keys.enumerated() { cachePages[key] = entries[index] } }
        return Result(memory: memory, pairs: pairs, diagnostics: diagnostics, cachePages: cachePages,
                      unchanged: reused.map { $0 != nil })
    }

    /// A unit read from a memory, with its pages' locations named as this run names them.
    public static func located(_ unit: MemoryUnit, source: String?, target: String?) -> MemoryUnit {
        var unit = unit
        unit.memoryLine = 0
        if let source { unit.sourceLocation?.file = source }
        if let target { unit.targetLocation?.file = target }
        unit.segments = unit.segments.map { segment in
            var segment = segment
            if segment.change == .notOnPage {
                // Only the memory has this (imported) translation: the page had none.
                segment.target = nil
                segment.state = .initial
                segment.shape = (segment.shape.source, 0)
                segment.targetLine = nil
            }
            segment.change = nil
            segment.previousSource = nil
            return segment
        }
        return unit
    }

    /// Navigation, header and footer repeat on every page: they are not the
    /// page's content, and aligning them page after page would only add noise.
    /// Nor are links back to the top repeated after each section of a page
    /// (`Block.repeatedInPageLinks`).
    static func translatableBlocks(_ page: Page) -> [Block] {
        let navigation = Block.repeatedInPageLinks(in: page.blocks)
        // A page with no chrome shares its blocks instead of copying them
        // (the copy was 2 MB of a 16,000-block page, alive through the alignment).
        guard !navigation.isEmpty || page.blocks.contains(where: \.isBoilerplate) else { return page.blocks }
        return page.blocks.indices.filter { !page.blocks[$0].isBoilerplate && !navigation.contains($0) }
            .map { page.blocks[$0] }
    }
}

/// The pages read for a run, each handed to the page pairs that align it:
/// the last pair to take a page holds it alone, so its blocks are freed as
/// soon as that pair's units are made rather than at the end of the run.
private final class PageShelf: @unchecked Sendable {
    private let lock = NSLock()
    private var pages: [String: (page: Page, uses: Int)] = [:]

    /// Keeps `page` (if read) for `uses` pairs; a page no pair aligns is not kept.
    func put(_ page: Page?, key: String, uses: Int) {
        guard let page, uses > 0 else { return }
        pages[key] = (page, uses)
    }

    /// The shelf's key of a source or target page: the two languages' pages may share a path.
    static func key(source path: String) -> String { "s\u{1}" + path }
    static func key(target path: String) -> String { "t\u{1}" + path }

    func take(source path: String) -> Page? { take(Self.key(source: path)) }
    func take(target path: String) -> Page? { take(Self.key(target: path)) }

    private func take(_ key: String) -> Page? {
        lock.withLock {
            guard let entry = pages[key] else { return nil }
            if entry.uses > 1 {
                pages[key]!.uses -= 1
            } else {
                pages[key] = nil
            }
            return entry.page
        }
    }
}

/// Ids that stay unique: the second "u1a2b" becomes "u1a2b-2".
struct UniqueIDs {
    private var used: [String: Int] = [:]

    mutating func make(from base: String) -> String {
        let count = (used[base] ?? 0) + 1
        used[base] = count
        return count == 1 ? base : "\(base)-\(count)"
    }
}

extension SiteAligner.Result {
    /// What a translator should know after aligning, one line each: pages in
    /// one language only, then blocks and sentences with no counterpart,
    /// with the page line to look at.
    public var summary: [String] {
        // Two passes, so that the lines are made into the one array
        // returned: a page of 16,000 lone blocks has as many lines, and a
        // copy of their array was alive beside every unit (issue 18).
        var units = 0, segments = 0, pageLines: [String] = []
        for file in memory.files {
            if !file.sourceOriginalExists {
                pageLines.append("\(file.original): page has no \(memory.sourceLanguage.tag) version")
            } else if file.targetOriginal == nil {
                pageLines.append("\(file.original): page has no \(memory.targetLanguage.tag) version")
            }
            units += file.units.count
            for unit in file.units { segments += unit.segments.count }
        }
        let paired = memory.files.filter(\.isPaired).count
        var lines = ["aligned \(paired) page pair(s): \(units) units, \(segments) segments"] + pageLines
        for file in memory.files where file.isPaired {
            for unit in file.units {
                let untranslated = unit.segments.filter { $0.target == nil || $0.source.isEmpty }.count
                guard untranslated > 0 else { continue }
                if unit.sourceLocation == nil, let location = unit.targetLocation, let page = file.targetOriginal {
                    lines.append("\(page):\(location.line): \(unit.kind) only in \(memory.targetLanguage.tag)")
                } else if unit.targetLocation == nil, let location = unit.sourceLocation {
                    lines.append("\(file.original):\(location.line): \(unit.kind) only in \(memory.sourceLanguage.tag)")
                } else if let location = unit.sourceLocation {
                    lines.append("\(file.original):\(location.line): \(untranslated) sentence(s) of a \(unit.kind) "
                        + "have no counterpart")
                }
            }
        }
        return lines
    }
}
