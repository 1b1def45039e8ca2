import ArgumentParser
import DariPipeline
import Foundation

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export an XLIFF 2.1 memory as TMX 1.4b or XLIFF 1.2 for other CAT tools.",
        discussion: """
            Reads MEMORY (what 'dari align' wrote) and writes MEMORY.tmx or MEMORY.xlf12.xlf \
            next to it, or -o PATH ('-' for standard output). The file is written atomically. \
            TMX has no place for untranslated sentences: they are left out and counted on standard error.
            """
    )

    @Argument(help: "The XLIFF 2.1 memory, e.g. Corpus/memory.xlf.")
    var memory: String

    @Flag(help: "Write TMX 1.4b.")
    var tmx = false

    @Flag(help: "Write XLIFF 1.2.")
    var xliff12 = false

    @Option(name: .shortAndLong, help: "Where to write ('-' for standard output).")
    var output: String?

    func validate() throws {
        guard tmx != xliff12 else { throw ValidationError("Choose one format: --tmx or --xliff12.") }
    }

    func run() throws {
        try Diagnostics.exitOnError {
            let translationMemory = try XLIFF21Reader.read(fileAt: memory)
            let stem = memory.hasSuffix(".xlf") ? String(memory.dropLast(4)) : memory
            let bytes: [UInt8]
            let destination: String
            if tmx {
                let rendered = try TMXWriter.render(translationMemory)
                bytes = rendered.bytes
                destination = output ?? stem + ".tmx"
                Diagnostics.printError("\(rendered.units) translation units; \(rendered.skipped) untranslated segment(s) left out")
            } else {
                bytes = try XLIFF12Writer.render(translationMemory)
                destination = output ?? stem + ".xlf12.xlf"
            }
            if destination == "-" {
                FileHandle.standardOutput.write(Data(bytes))
            } else {
                try AtomicFile.write(bytes, to: destination)
                Diagnostics.printError("wrote \(destination)")
            }
        }
    }
}
