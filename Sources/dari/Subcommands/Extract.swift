import ArgumentParser
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

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @Option(help: "Output format: text (one line per block) or jsonl (one JSON object per block).")
    var format: Format = .text

    @Flag(help: "List each block's sentences (ICU plus dari's rules) instead of whole blocks.")
    var sentences = false

    @Option(help: "With --sentences: the language of pages without <html lang> (ko or en).")
    var lang: LanguageArgument?

    @Argument(help: ArgumentHelp("The HTML pages to read, in order.", valueName: "page"))
    var pages: [String] = []

    func validate() throws {
        if pages.isEmpty {
            throw ValidationError("Name at least one HTML page, e.g. 'dari extract about.html'.")
        }
    }

    func run() throws {
        let extractor = Extractor()
        var results: [ExtractionResult] = []
        var firstFailure: ExtractionError?
        for page in pages {
            do {
                let result = try extractor.extract(fileAt: page)
                for diagnostic in result.diagnostics { Diagnostics.printError(diagnostic.description) }
                results.append(result)
            } catch {
                Diagnostics.printError(error.description)
                if firstFailure == nil { firstFailure = error }
            }
        }
        if let firstFailure { throw ExitCode(firstFailure.exitCode) }

        let dumpFormat: BlockDumpFormat = format == .jsonl ? .jsonl : .text
        var output = StandardOutput()
        if sentences {
            var listing = SentenceListing(fallbackLanguage: lang?.language)
            do {
                for result in results { try listing.write(result.page, format: dumpFormat, to: &output) }
            } catch let error as SentenceListing.UnknownLanguage {
                Diagnostics.printError(error.description)
                throw ExitCode(ExitStatus.usage)
            }
        } else {
            for result in results { result.page.write(dumpFormat, to: &output) }
        }
        output.flush()
    }
}

/// stdout, written in 64 KiB chunks: a 20 MB page's dump never sits in memory
/// twice, and the kernel sees few large writes.
private struct StandardOutput: TextOutputStream {
    private var buffer = ""

    mutating func write(_ string: String) {
        buffer += string
        if buffer.utf8.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer.utf8))
        buffer.removeAll(keepingCapacity: true)
    }
}
