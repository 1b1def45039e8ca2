import ArgumentParser
import DariModel
import DariPipeline
import Foundation

/// `dari report SITE | MEMORY.xlf -o report.html`: the review page.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a review page: the two languages side by side, with what needs work marked.",
        discussion: """
            Runs the checks of 'dari check' on a site folder or a memory and writes one \
            self-contained HTML file (no network, no scripts or fonts from elsewhere; it opens \
            from disk): an overview of every page pair, most work first, and each page pair's \
            segments side by side with their findings. With -o DIR/ (a name ending in /, or a \
            folder) it writes DIR/index.html and one file per page pair, for large sites. \
            Links to the live pages come from dari.json's "urls". The same memory gives the same bytes.

            Exit status: 0 report written (findings do not change it); 64 bad command line; \
            65 a malformed memory, glossary or configuration; 74 a file that cannot be read or written.
            """
    )

    @Argument(help: ArgumentHelp("An XLIFF memory (.xlf) or a site folder.", valueName: "memory-or-site"))
    var path: String

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "The HTML file to write, or a folder (ending in /) for one file per page pair.", valueName: "file-or-dir"))
    var output = "report.html"

    @Option(help: "A glossary: TBX or CSV file, or a folder of them (default: Glossary/ next to the input).")
    var glossary: String?

    @Option(help: "The configuration file (default: dari.json next to the input).")
    var config: String?

    @Option(help: "Show only findings that this baseline file does not list.")
    var baseline: String?

    @Option(help: ArgumentHelp("Turn checks off (a comma-separated list, repeatable).", valueName: "check-ids"))
    var disable: [String] = []

    @OptionGroup var roots: SiteRootOptions

    func validate() throws {
        if let input = [path, glossary, config, baseline].compactMap({ $0 }).first(where: { InputFile.isSameFile($0, output) }) {
            throw ValidationError("-o \(output) is the input \(input); write the report to another file.")
        }
    }

    func run() throws {
        let disabled = disable.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty }
        try Diagnostics.exitOnError {
            var check = CheckRequest(path: path, glossaryPath: glossary, configPath: config, baselinePath: baseline,
                                     disabled: disabled, roots: roots.roots)
            check.showsProgress = true
            let outcome = try ReportRun.run(ReportRequest(check: check, output: output))
            for diagnostic in outcome.diagnostics { Diagnostics.print(diagnostic) }
            Diagnostics.printError("dari: wrote \(outcome.files[0])"
                + (outcome.files.count > 1 ? " and \(outcome.files.count - 1) page files" : "")
                + ": \(outcome.pages) page pairs, \(outcome.segments) segments, \(outcome.findings) findings")
        }
    }
}
