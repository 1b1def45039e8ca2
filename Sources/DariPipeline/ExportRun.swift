import DariMemory
import DariModel

/// What `dari export` was asked to do.
public struct ExportRequest: Sendable {
    /// The memory to export (any XLIFF version `MemoryReader` detects).
    public var memoryPath: String
    public var format: MemoryFormat
    /// `-o`: a file, or "-" for standard output; nil = next to the memory
    /// (`ExportRun.defaultOutputPath`).
    public var output: String?

    public init(memoryPath: String, format: MemoryFormat, output: String? = nil) {
        self.memoryPath = memoryPath
        self.format = format
        self.output = output
    }

    /// Where the export goes.
    public var destination: Destination {
        Destination(output ?? ExportRun.defaultOutputPath(for: memoryPath, format: format))
    }
}

/// What an export wrote.
public struct ExportOutcome: Sendable {
    public var result: ExportResult
    public var destination: Destination
    /// One line for stderr: how many entries went out and what was left out.
    public var summary: String
}

/// `dari export`: read a memory, render it in another format, write it.
public enum ExportRun {
    /// Reads, renders and writes; on any error nothing is written.
    /// - Throws: `MemoryReadError`, a writer error, `AtomicFile.WriteError`.
    public static func run(_ request: ExportRequest) throws -> ExportOutcome {
        let memory = try MemoryStores.store(at: request.memoryPath).read()
        let result = try request.format.writer.export(memory)
        try request.destination.write(result.bytes)
        return ExportOutcome(result: result, destination: request.destination,
                             summary: summary(result, format: request.format, output: request.destination.name))
    }

    /// The default output: the memory's path with its `.xlf` or `.xliff`
    /// extension replaced (`site.xlf` → `site.tmx`, `site.xlf12.xlf`),
    /// or the extension added when it has another.
    public static func defaultOutputPath(for memoryPath: String, format: MemoryFormat) -> String {
        for suffix in [".xlf", ".xliff", ".XLF", ".XLIFF"] where memoryPath.hasSuffix(suffix) {
            return String(memoryPath.dropLast(suffix.count)) + format.fileExtension
        }
        return memoryPath + format.fileExtension
    }

    /// One line for stderr: how many entries went out and what was left out.
    static func summary(_ result: ExportResult, format: MemoryFormat, output: String) -> String {
        var skipped: [String] = []
        if result.skippedUntranslated > 0 {
            skipped.append("\(result.skippedUntranslated) untranslated (TMX has no place for them)")
        }
        if result.skippedTargetOnly > 0 {
            skipped.append("\(result.skippedTargetOnly) without source text")
        }
        let tail = skipped.isEmpty ? "" : "; skipped " + skipped.joined(separator: ", ")
        return "\(output): wrote \(result.written) \(format.entryNoun)\(tail)"
    }
}
