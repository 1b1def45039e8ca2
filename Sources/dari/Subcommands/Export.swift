import ArgumentParser
import DariPipeline

/// `dari export MEMORY.xlf (--tmx | --xliff12) [-o OUT]`.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export a translation memory as TMX 1.4b or XLIFF 1.2.",
        discussion: """
            Reads MEMORY (XLIFF 2.x as dari writes it, or XLIFF 1.2; the version is \
            detected) and writes it for other tools. --tmx writes one translation unit \
            per segment with text on both sides: untranslated segments are skipped, as \
            TMX has no place for them. --xliff12 writes one trans-unit per segment, \
            untranslated ones included for translation, grouped by block. Segments \
            without source text are skipped by both; stderr says how many.

            The output goes to MEMORY with its .xlf extension replaced by .tmx or \
            .xlf12.xlf, to -o FILE, or to standard output with -o -. Files are written \
            atomically: on any error nothing is written.

            Exit status: 0 success; 64 bad command line; 65 MEMORY is not well-formed \
            or not XLIFF; 74 MEMORY cannot be read or the output cannot be written.
            """
    )

    /// The formats `export` offers, as flags; each is a `MemoryFormat`.
    enum Format: String, EnumerableFlag {
        case tmx, xliff12

        var memoryFormat: MemoryFormat {
            switch self {
            case .tmx: return .tmx
            case .xliff12: return .xliff12
            }
        }

        static func help(for value: Format) -> ArgumentHelp? {
            switch value {
            case .tmx: return "Write TMX 1.4b (translation memory exchange)."
            case .xliff12: return "Write XLIFF 1.2 (for CAT tools)."
            }
        }
    }

    @Flag(exclusivity: .exclusive)
    var format: Format

    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("The memory to export (XLIFF 2.1 from dari, or XLIFF 1.2).", valueName: "memory"))
    var memory: String

    func validate() throws {
        if output.output == memory {
            throw ValidationError("The output would overwrite the memory; name another file with -o.")
        }
    }

    func run() throws {
        try Diagnostics.exitOnError {
            let outcome = try ExportRun.run(ExportRequest(memoryPath: memory, format: format.memoryFormat,
                                                          output: output.output))
            Diagnostics.printError(outcome.summary)
        }
    }
}
