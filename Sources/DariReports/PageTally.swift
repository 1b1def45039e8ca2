import DariMemory
import DariModel

/// What the work summary needs from a memory: per page pair, its pages and
/// which blocks the aligner found translated. Kept instead of the memory
/// itself, so a check outcome stays small.
public struct MemoryTally: Sendable, Hashable {
    public var sourceLanguage: Language
    public var targetLanguage: Language
    /// One per memory file, in memory order.
    public var pages: [PageTally]

    public init(sourceLanguage: Language = .korean, targetLanguage: Language = .english, pages: [PageTally]) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.pages = pages
    }

    public init(_ memory: TranslationMemory) {
        self.init(sourceLanguage: memory.sourceLanguage, targetLanguage: memory.targetLanguage,
                  pages: memory.files.map(PageTally.init))
    }
}

/// One page pair (or a page in one language only), counted in blocks.
public struct PageTally: Sendable, Hashable {
    /// The memory file's id, which findings carry as `fileID`.
    public var fileID: String
    /// The source-language page, nil when the page exists in the target language only.
    public var sourcePage: String?
    /// The target-language page, nil when the page exists in the source language only.
    public var targetPage: String?
    /// Blocks with text on either page.
    public var blocks: Int
    /// The units whose every sentence has a counterpart on the other page.
    public var translatedUnitIDs: Set<String>

    public init(fileID: String, sourcePage: String?, targetPage: String?, blocks: Int, translatedUnitIDs: Set<String>) {
        self.fileID = fileID
        self.sourcePage = sourcePage
        self.targetPage = targetPage
        self.blocks = blocks
        self.translatedUnitIDs = translatedUnitIDs
    }

    public init(_ file: MemoryFile) {
        var blocks = 0
        var translated = Set<String>()
        for unit in file.units {
            let sides = unit.segments.map { (source: Self.hasText($0.sourceText), target: Self.hasText($0.targetText ?? "")) }
            guard sides.contains(where: { $0.source || $0.target }) else { continue }
            blocks += 1
            if sides.allSatisfy({ $0.source == $0.target }) { translated.insert(unit.id) }
        }
        self.init(fileID: file.id, sourcePage: file.sourceOriginalExists ? file.original : nil,
                  targetPage: file.targetOriginal ?? (file.sourceOriginalExists ? nil : file.original),
                  blocks: blocks, translatedUnitIDs: translated)
    }

    /// The page a person knows the pair by: the source page, else the target page.
    public var name: String { sourcePage ?? targetPage ?? fileID }

    public var isPaired: Bool { sourcePage != nil && targetPage != nil }

    private static func hasText(_ text: String) -> Bool {
        text.unicodeScalars.contains { !$0.properties.isWhitespace }
    }
}
