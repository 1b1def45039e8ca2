import ArgumentParser
import DariModel
import DariPipeline

/// `dari todo SITE|MEMORY [-o job.xlf] [--xliff12 | --format md]`.
struct Todo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a work file of the segments a translator needs to translate.",
        discussion: """
            Reads SITE's memory (SITE/memory.xlf or --memory; without one, the site is \
            aligned now) or a memory file, and writes only the segments that need work: \
            untranslated (no translation), target-only (a translation with no original) \
            and outdated (the original changed since it was translated; run dari align \
            on the site first so the memory knows). Each unit carries notes (page, URL \
            from dari.json's "urls", heading path, the sentences before and after, the \
            previous original of an outdated segment), the glossary terms found in it \
            (XLIFF 2 glossary module) and the best matches from the memory (matches \
            module, with similarity and origin).

            --format xliff (default) writes XLIFF 2.1 to job.xlf or -o; --xliff12 writes \
            XLIFF 1.2 for older CAT tools (segments only); --format md prints a \
            checklist per page for an issue. Translate the file, then dari import it.

            Exit status: 0 success; 64 bad command line; 65 malformed input; 74 I/O error.
            """
    )

    @Argument(help: ArgumentHelp("A site folder or a memory file.", valueName: "site-or-memory"))
    var path: String

    @Option(help: "xliff (XLIFF 2.1) or md (a Markdown checklist).")
    var format: Format = .xliff

    @Flag(help: "Write XLIFF 1.2 instead of 2.1, for older CAT tools.")
    var xliff12 = false

    @Option(help: ArgumentHelp("A site's memory (default: SITE/memory.xlf).", valueName: "path"))
    var memory: String?

    @Option(help: ArgumentHelp("A TBX or CSV glossary, or a folder of them (default: Glossary/).", valueName: "path"))
    var glossary: String?

    @Option(help: ArgumentHelp("The configuration file (default: dari.json).", valueName: "file"))
    var config: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var roots: SiteRootOptions

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case xliff, md
    }

    func validate() throws {
        if xliff12 && format == .md { throw ValidationError("--xliff12 and --format md exclude each other.") }
    }

    func run() throws {
        try Diagnostics.exitOnError {
            let todoFormat: TodoFormat = format == .md ? .markdown : (xliff12 ? .xliff12 : .xliff)
            let outcome = try TodoRun.run(TodoRequest(path: path, memoryPath: memory, glossaryPath: glossary,
                                                      configPath: config, format: todoFormat, output: output.output,
                                                      roots: roots.roots))
            if outcome.destination != .standardOutput { Diagnostics.printError(outcome.summary) }
        }
    }
}
