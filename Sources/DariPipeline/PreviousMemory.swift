import DariAlignment
import DariMemory
import DariModel
import DariSite
import Foundation

/// The site's previous memory, which a run on the site compares with to
/// give each segment its state since then (`TranslationHistory`), and whose
/// cache lets it skip the pages that did not change (`AlignmentCache`).
struct PreviousMemory {
    let path: String
    /// `AlignmentCache.hash` of the file's bytes, which are not kept: the
    /// run holds the memory it read, not its document too.
    let hash: String
    let memory: TranslationMemory

    /// The memory to compare with: `explicit` (`--memory`, which must exist),
    /// else `fallback` (`SITE/memory.xlf`, the align run's output) when there
    /// is one; nil when there is none.
    /// - Throws: `FileReadError` for an `explicit` file that cannot be read,
    ///   `MemoryReadError` for a memory that is not one.
    static func load(explicit: String?, fallback: String?) throws -> PreviousMemory? {
        guard let path = path(explicit: explicit, fallback: fallback) else { return nil }
        return try load(path: path, bytes: try InputFile.bytes(at: path))
    }

    /// The path `load` reads: `explicit`, else `fallback` when it is a file.
    static func path(explicit: String?, fallback: String?) -> String? {
        if let explicit { return explicit }
        if let fallback, InputFile.isRegularFile(fallback) { return fallback }
        return nil
    }

    /// The memory at `path`, whose bytes are `bytes` (and their `hash`, when the caller has taken it).
    /// - Throws: `MemoryReadError` for a memory that is not one.
    static func load(path: String, bytes: [UInt8], hash: String? = nil) throws -> PreviousMemory {
        PreviousMemory(path: path, hash: hash ?? AlignmentCache.hash(bytes),
                       memory: try MemoryReader.read(bytes: bytes, path: path))
    }

    /// What lets an aligning run skip unchanged pages: the cache of this
    /// memory, when it was made with `settings`.
    func reuse(settings: String) -> SiteAligner.Reuse? {
        AlignmentCache.load(forMemory: path, memoryHash: hash, settings: settings)
            .map { SiteAligner.Reuse(cache: $0, memory: memory) }
    }

    /// `current` with its states against this memory, and what was removed
    /// since, located on `site`'s pages.
    func compare(_ current: TranslationMemory, site: Site,
                 aligner: any SentenceAligning) -> (TranslationMemory, [RemovedText]) {
        let previous = memory.withSource(current.sourceLanguage)
        let (compared, found) = TranslationHistory(aligner: aligner, original: current.sourceLanguage)
            .compare(current, with: previous)
        // The previous memory names pages relative to the site; findings name them as the user named the site.
        let removed = found.map { removed in
            var removed = removed
            removed.location.file = Site.join(site.folder, removed.location.file)
            return removed
        }
        return (compared, removed)
    }

    /// The key a cache is valid for: dari's version and everything that
    /// decides a page pair's units (aligner signals, word lists, glossary, dari.json).
    static func settings(_ options: AlignerOptions, glossaryPath: String?,
                         configuration: ConfigurationFile?) throws -> String {
        var key = "dari \(DariVersion.current)\n\(options.configuration)\n\(options.useDictionary)\n"
        // The word pairs dari ships change between builds of one version.
        key += "bundled \(BilingualLexicon.bundledFingerprint)\n"
        // dari.json decides what is read (skip selectors, front-matter keys, pairing).
        if let configuration {
            key += "config " + AlignmentCache.hash((try? InputFile.bytes(at: configuration.path)) ?? []) + "\n"
        }
        if let lexicon = options.lexiconPath { key += AlignmentCache.hash(try InputFile.bytes(at: lexicon)) + "\n" }
        if let glossaryPath {
            var files = [glossaryPath]
            if InputFile.isFolder(glossaryPath) {
                files = ((try? FileManager.default.subpathsOfDirectory(atPath: glossaryPath)) ?? []).sorted()
                    .map { Site.join(glossaryPath, $0) }.filter(InputFile.isRegularFile)
            }
            for file in files { key += file + " " + AlignmentCache.hash((try? InputFile.bytes(at: file)) ?? []) + "\n" }
        }
        return AlignmentCache.hash(Array(key.utf8))
    }
}
