import ArgumentParser
import DariModel
import DariPipeline

/// `dari lookup "text" [--lang ko|en] [--memory PATH]`.
struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find fuzzy matches for a sentence in a translation memory.",
        discussion: """
            Prints the memory's translated sentences most like TEXT, best first, one \
            per line: the similarity, the sentence, its translation and where it comes \
            from (page#unit/segment). Matches from 50 % are shown; those from 75 % are \
            marked * (good enough to pre-translate with); 100 % only when the text is \
            equal, numbers included. Spacing does not count, and a sentence that differs \
            only in numbers, URLs or codes is a 99 % match whose translation gets the \
            query's numbers.

            The index is a cache beside the memory (memory.matches.sqlite, added to \
            .gitignore), rebuilt when the memory changed.

            Exit status: 0 success (also with no match); 64 bad command line; 65 the \
            memory is not XLIFF; 74 the memory cannot be read or the index written.
            """
    )

    @Argument(help: "The sentence to look up.")
    var text: String?

    @Option(help: ArgumentHelp("Look up every line of FILE (its first tab-separated field) instead: prints query, percent and best match per line, and the latency on stderr.", valueName: "file"))
    var queries: String?

    @Option(help: "The language of TEXT (default: ko when it has Hangul, else en).")
    var lang: Language?

    @Option(help: ArgumentHelp("The memory to search.", valueName: "path"))
    var memory: String = "memory.xlf"

    @Option(help: "How many matches to show at most.")
    var limit: Int = 5

    func validate() throws {
        if (text == nil) == (queries == nil) { throw ValidationError("Give the sentence to look up, or --queries FILE.") }
    }

    func run() throws {
        try Diagnostics.exitOnError {
            if let queries {
                let batch = try LookupRun.batch(queriesAt: queries, language: lang, memoryPath: memory)
                for line in batch.lines { print(line) }
                Diagnostics.printError(batch.summary)
                return
            }
            let matches = try LookupRun.run(LookupRequest(text: text ?? "", language: lang, memoryPath: memory,
                                                          limit: limit))
            for match in matches { print(match.line) }
            if matches.isEmpty { Diagnostics.printError("no match of 50 % or more") }
        }
    }
}
