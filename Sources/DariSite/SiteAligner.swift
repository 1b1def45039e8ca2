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
    /// - Throws: `SiteError` for a missing root or no pages, the page
    ///   reader's error (`ExtractionError`) for a page that cannot be read or decoded.
    public func align(_ site: Site, progress: (@Sendable (Progress) -> Void)? = nil) throws -> Result {
        let pages = try site.pages()
        let (sourcePages, targetPages) = (pages.korean, pages.english)
        let paths = (sourcePages + targetPages).map { site.path(of: $0.path) }
        let readers = site.readers
        let skipped = site.skippedFiles().map { site.path(of: $0) }
        @Sendable func read(_ path: String) throws -> (Page, [Diagnostic]) {
            try PageReaders.reader(forNamedPage: path, among: readers).readPage(fileAt: path)
        }
        // libxml2 2.9 sets up its globals on the first parse without a lock,
        // so one page is read before the others run in parallel.
        let first = try read(paths[0])
        progress?(Progress(stage: .reading, done: 1, total: paths.count))
        let read = try [first] + Parallel.map(Array(paths.dropFirst()), threads: threads, state: {}, progress: { done, _ in
            progress?(Progress(stage: .reading, done: done + 1, total: paths.count))
        }) { _, path in try read(path) }
        let diagnostics = skipped.map(Self.skippedWarning) + read.flatMap(\.1)
        // Pages by key; a pair names its pages by key, the memory by site path.
        var sourceByPath: [String: Page] = [:], targetByPath: [String: Page] = [:]
        var sourceSitePath: [String: String] = [:], targetSitePath: [String: String] = [:]
        for (page, (read, _)) in zip(sourcePages, read) { (sourceByPath[page.key], sourceSitePath[page.key]) = (read, page.path) }
        for (page, (read, _)) in zip(targetPages, read.dropFirst(sourcePages.count)) {
            (targetByPath[page.key], targetSitePath[page.key]) = (read, page.path)
        }

        func record(_ page: SitePage, read: Page) -> PageRecord {
            PageRecord(path: page.key, sitePath: page.path, alternates: read.alternates.map { ($0.language, $0.href) },
                       translationKey: read.translationKey)
        }
        let pairer = PagePairer(mapping: site.pageMapping, sourceLanguageTag: site.sourceLanguage.tag,
                                targetLanguageTag: site.targetLanguage.tag)
        let pairs = pairer.pair(source: sourcePages.map { record($0, read: sourceByPath[$0.key]!) },
                                target: targetPages.map { record($0, read: targetByPath[$0.key]!) })

        let (sourceLanguage, targetLanguage) = (site.sourceLanguage, site.targetLanguage)
        let (blockAligner, sentenceAligner) = (self.blockAligner, self.sentenceAligner)
        let (sourcePagesByPath, targetPagesByPath) = (sourceByPath, targetByPath)
        // A segmenter wraps ICU break iterators, which one thread at a time
        // may use: each worker has its own builder.
        let unitsByPair = try Parallel.map(pairs, threads: threads, state: {
            try MemoryBuilder(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        }, progress: { done, total in
            progress?(Progress(stage: .aligning, done: done, total: total))
        }) { builder, pair in
            let sourceBlocks = pair.source.flatMap { sourcePagesByPath[$0] }.map(Self.translatableBlocks) ?? []
            let targetBlocks = pair.target.flatMap { targetPagesByPath[$0] }.map(Self.translatableBlocks) ?? []
            let links = blockAligner.align(source: sourceBlocks, target: targetBlocks)
            return try builder.units(links: links, source: sourceBlocks, target: targetBlocks,
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
        return Result(memory: memory, pairs: pairs, diagnostics: diagnostics)
    }

    /// Navigation, header and footer repeat on every page: they are not the
    /// page's content, and aligning them page after page would only add noise.
    /// The warning for a file named like a page that is no regular file
    /// (`Site.PageListing.skipped`), once per file.
    static func skippedWarning(_ path: String) -> Diagnostic {
        Diagnostic(severity: .warning, location: SourceLocation(file: path, line: 0),
                   message: "skipped: not a regular file (a pipe, a device, a socket or a dangling link); "
                       + "replace it with the page itself, or remove it")
    }

    static func translatableBlocks(_ page: Page) -> [Block] {
        page.blocks.filter { !$0.isBoilerplate }
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
        var lines: [String] = []
        var units = 0, segments = 0, omissions: [String] = []
        for file in memory.files {
            if !file.sourceOriginalExists {
                lines.append("\(file.original): page has no \(memory.sourceLanguage.tag) version")
            } else if file.targetOriginal == nil {
                lines.append("\(file.original): page has no \(memory.targetLanguage.tag) version")
            }
            for unit in file.units {
                units += 1
                segments += unit.segments.count
                guard file.isPaired else { continue }
                let untranslated = unit.segments.filter { $0.target == nil || $0.source.isEmpty }.count
                guard untranslated > 0 else { continue }
                if unit.sourceLocation == nil, let location = unit.targetLocation, let page = file.targetOriginal {
                    omissions.append("\(page):\(location.line): \(unit.kind) only in \(memory.targetLanguage.tag)")
                } else if unit.targetLocation == nil, let location = unit.sourceLocation {
                    omissions.append("\(file.original):\(location.line): \(unit.kind) only in \(memory.sourceLanguage.tag)")
                } else if let location = unit.sourceLocation {
                    omissions.append("\(file.original):\(location.line): \(untranslated) sentence(s) of a \(unit.kind) "
                        + "have no counterpart")
                }
            }
        }
        let paired = memory.files.filter(\.isPaired).count
        return ["aligned \(paired) page pair(s): \(units) units, \(segments) segments"] + lines + omissions
    }
}
