import ArgumentParser
import DariModel
import DariPipeline
import Foundation

/// `dari extract PAGE.html...`: lists the translatable blocks of pages.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the translatable blocks of HTML pages.",
        discussion: """
            Prints every block (title, meta description, heading, paragraph, list item, \
            table cell, caption, alt/title text…) in document order, one per line, as \
            FILE:LINE  KIND  PATH  TEXT, after a '# FILE  lang=…' line per page. Inline \
            markup shows as {1}…{/1} (paired) and {2/} (standalone); site chrome (nav, \
            header, footer) is marked [boilerplate]. Lines are 1-based.

            Warnings about malformed markup go to stderr. Nothing is printed to stdout \
            unless every page could be read.

            Exit status: 0 success; 64 bad command line; 65 a page is not valid in its \
            charset; 74 a page cannot be read (missing, a folder, no permission).
            """
    )

    @Option(help: "Output format: text (one line per block) or jsonl (one JSON object per block).")
    var format: BlockDumpFormat = .text

    @Flag(help: "List each block's sentences (ICU plus dari's rules) instead of whole blocks.")
    var sentences = false

    @Option(help: "With --sentences: the language of pages without <html lang>.")
    var lang: Language?

    @Argument(help: ArgumentHelp("The HTML pages to read, in order.", valueName: "page"))
    var pages: [String] = []

    func validate() throws {
        if pages.isEmpty {
            throw ValidationError("Name at least one HTML page, e.g. 'dari extract about.html'.")
        }
    }

    func run() throws {
        let request = ExtractRequest(pages: pages, format: format, sentences: sentences, fallbackLanguage: lang)
        let outcome = ExtractRun.read(request)
        for message in outcome.messages { Diagnostics.printError(message) }
        if let failure = outcome.failure { throw ExitCode(ExitStatus.of(failure)) }
        var output = StandardOutputStream()
        try Diagnostics.exitOnError {
            try ExtractRun.write(outcome.pages, for: request, to: &output)
            try output.finish()
        }
    }
}
