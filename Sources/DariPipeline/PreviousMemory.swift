import DariAlignment
import DariMemory
import DariModel
import DariSite

/// The site's previous memory, which a run on the site compares with to
/// give each segment its state since then (`TranslationHistory`).
enum PreviousMemory {
    /// The memory file to compare with: `explicit` (`--memory`, which must
    /// exist), else `fallback` (`SITE/memory.xlf`, the align run's output)
    /// when there is one.
    /// - Throws: `FileReadError.notFound` for an `explicit` file that does not exist.
    static func path(explicit: String?, fallback: String?) throws -> String? {
        if let explicit {
            guard InputFile.exists(explicit) else { throw FileReadError.notFound(path: explicit) }
            return explicit
        }
        return fallback.flatMap { InputFile.isRegularFile($0) ? $0 : nil }
    }

    /// `memory` with its states against the memory at `path` (unchanged when
    /// `path` is nil), and what was removed since, located on `site`'s pages.
    /// - Throws: `MemoryReadError` when the previous memory cannot be read.
    static func compare(_ memory: TranslationMemory, withMemoryAt path: String?, site: Site,
                        aligner: any SentenceAligning) throws -> (TranslationMemory, [RemovedText]) {
        guard let path else { return (memory, []) }
        let previous = try MemoryStores.store(at: path).read().withSource(memory.sourceLanguage)
        let (compared, found) = TranslationHistory(aligner: aligner, original: memory.sourceLanguage)
            .compare(memory, with: previous)
        // The previous memory names pages relative to the site; findings name them as the user named the site.
        let removed = found.map { removed in
            var removed = removed
            removed.location.file = Site.join(site.folder, removed.location.file)
            return removed
        }
        return (compared, removed)
    }
}
