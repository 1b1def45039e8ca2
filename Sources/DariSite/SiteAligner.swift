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

    public init(sentenceAligner: any SentenceAligning, blockAligner: BlockAligner = BlockAligner()) {
        self.sentenceAligner = sentenceAligner
        self.blockAligner = blockAligner
    }

    /// What aligning a site produced.
    public struct Result: Sendable {
        public var memory: TranslationMemory
        public var pairs: [PagePair]
        /// Warnings from extraction (malformed markup libxml2 repaired).
        public var diagnostics: [Diagnostic]
    }

    /// Aligns every page of `site`.
    ///
    /// - Throws: `SiteError` for a missing root or no pages, the page
    ///   reader's error (`ExtractionError`) for a page that cannot be read or decoded.
    public func align(_ site: Site) throws -> Result {
        let sourcePages = try site.pages(inRoot: site.sourceRoot)
        let targetPages = try site.pages(inRoot: site.targetRoot)
        var diagnostics: [Diagnostic] = []
        func extract(_ root: String, _ relative: String) throws -> Page {
            let path = site.path(root: root, page: relative)
            let (page, warnings) = try PageReaders.reader(forNamedPage: path).readPage(fileAt: path)
            diagnostics += warnings
            return page
        }
        var sourceByPath: [String: Page] = [:], targetByPath: [String: Page] = [:]
        for path in sourcePages { sourceByPath[path] = try extract(site.sourceRoot, path) }
        for path in targetPages { targetByPath[path] = try extract(site.targetRoot, path) }

        func record(_ path: String, root: String, page: Page) -> PageRecord {
            PageRecord(path: path, sitePath: Site.join(root, path),
                       alternates: page.alternates.map { ($0.language, $0.href) })
        }
        let pairer = PagePairer(mapping: site.pageMapping, sourceLanguageTag: site.sourceLanguage.tag,
                                targetLanguageTag: site.targetLanguage.tag,
                                sourceRoot: site.sourceRoot, targetRoot: site.targetRoot)
        let pairs = pairer.pair(source: sourcePages.map { record($0, root: site.sourceRoot, page: sourceByPath[$0]!) },
                                target: targetPages.map { record($0, root: site.targetRoot, page: targetByPath[$0]!) })

        let builder = try MemoryBuilder(sourceLanguage: site.sourceLanguage, targetLanguage: site.targetLanguage)
        var files: [MemoryFile] = []
        var fileIDs = UniqueIDs()
        for pair in pairs {
            let sourcePage = pair.source.flatMap { sourceByPath[$0] }
            let targetPage = pair.target.flatMap { targetByPath[$0] }
            let sourceBlocks = sourcePage.map(Self.translatableBlocks) ?? []
            let targetBlocks = targetPage.map(Self.translatableBlocks) ?? []
            let links = blockAligner.align(source: sourceBlocks, target: targetBlocks)
            let original = pair.source.map { Site.join(site.sourceRoot, $0) } ?? Site.join(site.targetRoot, pair.target!)
            let units = try builder.units(links: links, source: sourceBlocks, target: targetBlocks,
                                          sentenceAligner: sentenceAligner)
            files.append(MemoryFile(
                id: fileIDs.make(from: "f-" + MemoryBuilder.token(original)),
                original: original,
                targetOriginal: pair.target.map { Site.join(site.targetRoot, $0) },
                sourceOriginalExists: pair.source != nil,
                units: units
            ))
        }
        let memory = TranslationMemory(sourceLanguage: site.sourceLanguage, targetLanguage: site.targetLanguage,
                                       files: files)
        return Result(memory: memory, pairs: pairs, diagnostics: diagnostics)
    }

    /// Navigation, header and footer repeat on every page: they are not the
    /// page's content, and aligning them page after page would only add noise.
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
