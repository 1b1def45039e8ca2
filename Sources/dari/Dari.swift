import ArgumentParser

@main
struct Dari: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dari",
        abstract: "Keep a Korean and an English website in step: extract, segment, align, check.",
        subcommands: [Extract.self, Segment.self, Align.self, Export.self, CheckCommand.self]
    )
}
