import ArgumentParser
import DariModel
import DariPipeline
import Foundation

/// `dari check MEMORY.xlf | SITE | PAGE_A PAGE_B`: the checks, as a report and an exit status.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a translation memory (or a site) for untranslated text, numbers, terms and consistency.",
        discussion: """
            Reads an XLIFF 2.x or 1.2 memory (or a site folder, or two pages that translate each other: \
            their languages come from their lang, else their script), the glossary \
            (--glossary, else Glossary/ next to it) and dari.json (enable/disable checks, \
            severities, ignore rules), runs every check and prints one finding per problem as \
            FILE:LINE: SEVERITY: [CHECK-ID] MESSAGE. Lines are 1-based. The text report opens \
            (on a terminal: ends) with the page pairs that need the most work. With GITHUB_ACTIONS=true \
            the text report also prints GitHub annotations.

            Exit status: 0 nothing at or above --fail-on; 1 findings at or above --fail-on; \
            64 bad command line; 65 a malformed memory, glossary, configuration or baseline \
            (with its file and line); 74 a file that cannot be read.
            """
    )

    @Argument(help: ArgumentHelp("An XLIFF memory (.xlf) or a site folder.", valueName: "memory-or-site"))
    var path: String?

    @Argument(help: ArgumentHelp("With a page as the first argument: its translation (or original), checked as one page pair.",
                                 valueName: "page"))
    var pairedPage: String?

    @Option(help: "A glossary: TBX or CSV file, or a folder of them (default: Glossary/ next to the input).")
    var glossary: String?

    @Option(help: "The configuration file (default: dari.json next to the input).")
    var config: String?

    @Option(help: "Report format: summary and summary-json give only the work per page pair, most first.")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Write the report to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding has this severity or higher.")
    var failOn: Severity = .error

    @Option(help: "Report only findings that this baseline file does not list.")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Record every finding in this baseline file and exit 0.")
    var writeBaseline: String?

    @Option(help: ArgumentHelp("Turn checks off (a comma-separated list, repeatable), e.g. --disable doubled-space,latin-in-korean.",
                               valueName: "check-ids"))
    var disable: [String] = []

    @Option(help: ArgumentHelp(
        "For a site: the previous memory, whose segments give each its state since then (default: SITE/memory.xlf when there is one).",
        valueName: "file"))
    var memory: String?

    @OptionGroup var roots: SiteRootOptions

    @Flag(name: .customLong("list-checks"), help: "List every check id with its default severity and exit.")
    var listChecks = false

    func validate() throws {
        if path == nil && !listChecks {
            throw ValidationError("Name a memory or a site folder, e.g. 'dari check memory.xlf'.")
        }
        var isFolder: ObjCBool = false
        if pairedPage != nil, !roots.isEmpty {
            throw ValidationError("--source-root and --target-root name folders inside a site; drop them for a page pair.")
        }
        if let path, !roots.isEmpty, FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
           !isFolder.boolValue {
            throw ValidationError("--source-root and --target-root name folders inside a site; drop them for a memory file.")
        }
        if let path, memory != nil, FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
           !isFolder.boolValue {
            throw ValidationError("--memory names the previous memory of a site; a memory file carries its states, drop it.")
        }
        if let baseline, let writeBaseline, baseline == writeBaseline || InputFile.isSameFile(baseline, writeBaseline) {
            throw ValidationError("--baseline and --write-baseline name the same file; write the new baseline elsewhere.")
        }
        // No output may replace an input, however its path is spelled; refused before any work.
        let inputs = [path, pairedPage, glossary, config, baseline].compactMap { $0 }
        for (option, output) in [("--output", output), ("--write-baseline", writeBaseline)] {
            guard let output, output != "-" else { continue }
            if let input = inputs.first(where: { InputFile.isSameFile($0, output) }) {
                throw ValidationError("\(option) \(output) is the input \(input); write the report to another file.")
            }
        }
    }

    func run() throws {
        if listChecks {
            let list = CheckRegistry.all.map { "\($0.id)\t\($0.defaultSeverity)\t\($0.summary)\n" }.joined()
            try Diagnostics.exitOnError { try OutputWriter.writeStandardOutput(list) }
            return
        }
        guard let path else { return }
        let disabled = disable.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty }
        let outcome: CheckOutcome
        do {
            var request = CheckRequest(path: path, glossaryPath: glossary, configPath: config,
                                       baselinePath: baseline, disabled: disabled, roots: roots.roots,
                                       pairedPage: pairedPage)
            request.previousMemory = memory
            request.showsProgress = true
            request.countsWork = format.showsWorkSummary
            outcome = try CheckRun.run(request)
        } catch {
            Diagnostics.printError(ErrorMessage.line(for: error))
            throw ExitCode(ExitStatus.of(error))
        }
        for diagnostic in outcome.diagnostics { Diagnostics.print(diagnostic) }

        if let writeBaseline {
            try write(CheckRun.baseline(outcome), to: writeBaseline)
            Diagnostics.printError("dari: wrote \(outcome.allFindings.count) finding(s) to \(writeBaseline); "
                                   + "check with --baseline \(writeBaseline) to see only new ones")
            return
        }

        let toTerminal = output == nil && isatty(STDOUT_FILENO) == 1
        let colour = toTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && format == .text
        let inGitHubActions = ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true"
        let report = CheckRun.report(outcome, as: format, colour: colour, inGitHubActions: inGitHubActions,
                                     summaryAtEnd: toTerminal)
        if let output {
            try write(report, to: output)
            if inGitHubActions && format != .github && format != .text {
                try write(CheckRun.annotations(outcome), to: "-")
            }
            Diagnostics.printError(CheckRun.summary(outcome))
        } else {
            try write(report, to: "-")
        }
        if outcome.findings.contains(where: { $0.severity >= failOn }) {
            throw ExitCode(ExitStatus.findings)
        }
    }

    private func write(_ text: String, to path: String) throws {
        try Diagnostics.exitOnError {
            try Destination(path).write(Array(text.utf8))
        }
    }
}
