import DariMemory
import DariModel

/// A memory of one page pair (`ko/page.html`, `en/page.html`) holding one
/// translated unit of one sentence: what a check reads of a single pair.
func onePairMemory(_ kind: BlockKind = .paragraph, korean: String, english: String) -> TranslationMemory {
    let unit = MemoryUnit(id: "u1", kind: kind, sourceLocation: SourceLocation(file: "ko/page.html", line: 3),
                          targetLocation: SourceLocation(file: "en/page.html", line: 3), sourcePath: nil,
                          targetPath: nil,
                          segments: [MemorySegment(id: "s1", source: [.text(korean)], target: [.text(english)],
                                                   state: .translated, shape: (1, 1))])
    return TranslationMemory(files: [MemoryFile(id: "f1", original: "ko/page.html", targetOriginal: "en/page.html",
                                                units: [unit])])
}
