import DariModel

// The sentence aligner reads Korean as its source (its lexicon and signals
// are directional), so a site written in English is aligned Korean → English
// and its memory turned round afterwards: what was target becomes source,
// everywhere a side is named.

extension TranslationMemory {
    /// The same memory with source and target exchanged: languages, pages,
    /// locations, paths, sentence lines and shapes. A sentence that was on
    /// the target side only becomes a source sentence with no target.
    public func swapped() -> TranslationMemory {
        TranslationMemory(sourceLanguage: targetLanguage, targetLanguage: sourceLanguage,
                          files: files.map { $0.swapped() })
    }

    /// This memory with `language` as its source: itself, or `swapped()`.
    public func withSource(_ language: Language) -> TranslationMemory {
        sourceLanguage == language || targetLanguage != language ? self : swapped()
    }
}

extension MemoryFile {
    /// The file with source and target pages exchanged (see `TranslationMemory.swapped()`).
    public func swapped() -> MemoryFile {
        // `original` names the source page, or the target page when there is
        // no source page; `targetOriginal` is nil when there is no target page.
        let sourcePage: String? = sourceOriginalExists ? original : nil
        let targetPage = targetOriginal
        return MemoryFile(id: id, original: targetPage ?? original, targetOriginal: sourcePage,
                          sourceOriginalExists: targetPage != nil, units: units.map { $0.swapped() })
    }
}

extension MemoryUnit {
    /// The unit with source and target blocks exchanged (see `TranslationMemory.swapped()`).
    public func swapped() -> MemoryUnit {
        var unit = MemoryUnit(id: id, kind: kind, sourceLocation: targetLocation, targetLocation: sourceLocation,
                              sourcePath: targetPath, targetPath: sourcePath, segments: segments.map { $0.swapped() },
                              suppressedChecks: suppressedChecks)
        unit.memoryLine = memoryLine
        return unit
    }
}

extension MemorySegment {
    /// The segment with source and target sentences exchanged: a sentence
    /// with no target becomes an empty source with a target (a 1-0 bead is
    /// a 0-1 bead), and the reverse.
    public func swapped() -> MemorySegment {
        var segment = MemorySegment(id: id, source: target ?? [], target: source.isEmpty ? nil : source, state: state,
                                    score: score, shape: (shape.target, shape.source), sourceLine: targetLine,
                                    targetLine: sourceLine)
        (segment.sourceLineMarks, segment.targetLineMarks) = (targetLineMarks, sourceLineMarks)
        return segment
    }
}
