import ArgumentParser
import DariModel
import Foundation

@main
struct Dari: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dari",
        abstract: "Keep a Korean and an English website in step: extract, segment, align, check.",
        version: DariVersion.current,
        subcommands: [Extract.self, Segment.self, Align.self, Export.self, CheckCommand.self, ReportCommand.self,
                      Todo.self, Import.self, Lookup.self]
    )

    static func main() {
        OutputWriter.prepareStandardStreams()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, let suggestion = SubcommandSuggestion.suggestion(for: first) {
            OutputWriter.writeStandardError(
                "dari: '\(first)' is not a command; did you mean 'dari \(suggestion)'? (dari --help lists them)\n")
            Foundation.exit(ExitStatus.usage)
        }
        main(nil)
    }
}

/// "Did you mean": a first argument that is no subcommand but one or two
/// edits away from one (`chek`, `algin`).
enum SubcommandSuggestion {
    static var names: [String] { Dari.configuration.subcommands.map { $0._commandName } }

    static func suggestion(for argument: String) -> String? {
        guard !argument.hasPrefix("-"), !names.contains(argument) else { return nil }
        let lowered = argument.lowercased()
        let ranked = names.map { ($0, editDistance(lowered, $0)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }
        return ranked?.0
    }

    /// Levenshtein distance, with a swap of two neighbours counted as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
