import DariModel

/// Renders a memory in one interchange format, without writing it anywhere.
///
/// A new format is one type that conforms and one case in `MemoryFormat`.
public protocol MemoryWriter {
    /// The document and what it had to leave out.
    /// - Throws: `MarkupWriter.WriteError` when libxml2 cannot build the document.
    static func export(_ memory: TranslationMemory) throws -> ExportResult
}

extension XLIFF21Writer: MemoryWriter {
    /// XLIFF 2.1 keeps every segment, so nothing is skipped.
    public static func export(_ memory: TranslationMemory) throws -> ExportResult {
        let segments = memory.files.reduce(0) { $0 + $1.units.reduce(0) { $0 + $1.segments.count } }
        return ExportResult(bytes: try render(memory), written: segments, skippedUntranslated: 0, skippedTargetOnly: 0)
    }
}

extension TMXWriter: MemoryWriter {
    public static func export(_ memory: TranslationMemory) throws -> ExportResult { try render(memory) }
}

extension XLIFF12Writer: MemoryWriter {
    public static func export(_ memory: TranslationMemory) throws -> ExportResult { try render(memory) }
}

/// The formats dari writes memories in: each listed once, with its writer,
/// its file name and what its entries are called.
public enum MemoryFormat: String, Sendable, CaseIterable {
    /// XLIFF 2.1, dari's own memory (`dari align`).
    case xliff21
    /// TMX 1.4b, for translation-memory tools (`dari export --tmx`).
    case tmx
    /// XLIFF 1.2, for older CAT tools (`dari export --xliff12`).
    case xliff12

    public var writer: any MemoryWriter.Type {
        switch self {
        case .xliff21: return XLIFF21Writer.self
        case .tmx: return TMXWriter.self
        case .xliff12: return XLIFF12Writer.self
        }
    }

    /// What replaces a memory's `.xlf`/`.xliff` extension in the default output name.
    public var fileExtension: String {
        switch self {
        case .xliff21: return ".xlf"
        case .tmx: return ".tmx"
        case .xliff12: return ".xlf12.xlf"
        }
    }

    /// What one written entry is called, for the summary line.
    public var entryNoun: String {
        switch self {
        case .xliff21: return "segments"
        case .tmx: return "translation units"
        case .xliff12: return "trans-units"
        }
    }
}
