import ArgumentParser
import DariModel
import DariPipeline
import Foundation

struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split Korean or English text into sentences.",
        discussion: """
            Reads FILE (standard input when FILE is '-' or absent) as UTF-8 and \
            normalises it to NFC. Documents are separated by blank lines and each line \
            is a block: a line break is always a sentence boundary. Prints each \
            document's sentences one per line, with a blank line between documents.
            """
    )

    @Option(name: .long, help: "The text's language.")
    var lang: Language

    @Argument(help: "A UTF-8 text file, or '-' for standard input.")
    var file: String = "-"

    func run() throws {
        try Diagnostics.exitOnError {
            var output = StandardOutputStream()
            try SegmentRun.run(SegmentRequest(path: file, language: lang)) { chunk in output.write(bytes: chunk) }
            try output.finish()
        }
    }
}
