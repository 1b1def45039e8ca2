import ArgumentParser
import DariModel

@main
struct Dari: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dari",
        abstract: "Keep a Korean and an English website in step: extract, segment, align, check.",
        version: DariVersion.current,
        subcommands: [Extract.self, Segment.self, Align.self, Export.self, CheckCommand.self]
    )
}
