// The export stage as the `dari` executable sees it: read a memory, render
// it as TMX or XLIFF 1.2, name the output file.
@_exported import DariMemory

/// What `dari export` turns a memory into.
public enum ExportFormat: String, Sendable, CaseIterable {
    case tmx
    case xliff12

    /// What replaces the memory's `.xlf`/`.xliff` extension in the default output name.
    public var fileExtension: String {
        switch self {
        case .tmx: return ".tmx"
        case .xliff12: return ".xlf12.xlf"
        }
    }
}

/// Reads a memory (any XLIFF version `MemoryReader` detects) and renders an export.
public enum MemoryExport {
    /// Reads `memoryPath` and renders it as `format`; nothing is written.
    /// - Throws: `MemoryReadError` (see `exitCode`), or a writer error.
    public static func render(memoryAt memoryPath: String, as format: ExportFormat) throws -> ExportResult {
        let memory = try MemoryReader.read(fileAt: memoryPath)
        switch format {
        case .tmx: return try TMXWriter.render(memory)
        case .xliff12: return try XLIFF12Writer.render(memory)
        }
    }

    /// The default output: the memory's path with its `.xlf` or `.xliff`
    /// extension replaced (`site.xlf` → `site.tmx`, `site.xlf12.xlf`),
    /// or the extension added when it has another.
    public static func defaultOutputPath(for memoryPath: String, format: ExportFormat) -> String {
        for suffix in [".xlf", ".xliff", ".XLF", ".XLIFF"] where memoryPath.hasSuffix(suffix) {
            return String(memoryPath.dropLast(suffix.count)) + format.fileExtension
        }
        return memoryPath + format.fileExtension
    }

    /// One line for stderr: how many segments went out and what was left out.
    public static func summary(_ result: ExportResult, format: ExportFormat, output: String) -> String {
        var skipped: [String] = []
        if result.skippedUntranslated > 0 {
            skipped.append("\(result.skippedUntranslated) untranslated (TMX has no place for them)")
        }
        if result.skippedTargetOnly > 0 {
            skipped.append("\(result.skippedTargetOnly) without source text")
        }
        let noun = format == .tmx ? "translation units" : "trans-units"
        let tail = skipped.isEmpty ? "" : "; skipped " + skipped.joined(separator: ", ")
        return "\(output): wrote \(result.written) \(noun)\(tail)"
    }
}

extension MemoryReadError {
    /// 74 (EX_IOERR) when the file cannot be read, 65 (EX_DATAERR) when its content is wrong.
    public var exitCode: Int32 { isInputOutput ? ExitStatus.ioError : ExitStatus.dataError }
}
