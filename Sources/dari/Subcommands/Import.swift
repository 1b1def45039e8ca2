import ArgumentParser
import DariModel
import DariPipeline

/// `dari import JOB.xlf [--memory PATH] [--force]`.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Put the translations of a work file into the memory.",
        discussion: """
            Reads JOB (a work file from dari todo, translated in a CAT tool) and puts \
            each translated segment into the memory as translated. A translation never \
            silently replaces a different one already in the memory: that is a conflict. \
            With conflicts nothing is written and each is listed (exit 1); --force \
            replaces the memory's translations with the work file's. A segment whose \
            original changed since the work file was written, or that is gone, is never \
            imported: run dari todo again. An outdated translation is replaced without \
            a conflict. The memory is written atomically.

            stderr then names the pages whose text must be put in place: the memory has \
            their new translation, the pages do not yet.

            Exit status: 0 success; 1 conflicts (nothing written); 64 bad command line; \
            65 malformed input; 73 the memory path holds something else; 74 I/O error.
            """
    )

    @Argument(help: ArgumentHelp("The translated work file.", valueName: "job"))
    var job: String

    @Option(help: ArgumentHelp("The memory to update.", valueName: "path"))
    var memory: String = "memory.xlf"

    @Flag(help: "Replace different translations in the memory with the work file's.")
    var force = false

    func run() throws {
        try Diagnostics.exitOnError {
            let outcome = try ImportRun.run(ImportRequest(jobPath: job, memoryPath: memory, force: force))
            for conflict in outcome.conflicts { Diagnostics.printError(conflict.description) }
            Diagnostics.printError("\(memory): " + outcome.summary)
        }
    }
}
