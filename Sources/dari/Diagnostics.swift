import ArgumentParser
import DariPipeline
import Foundation

/// Prints errors and warnings to standard error and maps errors to exit codes.
enum Diagnostics {
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func print(_ diagnostic: Diagnostic) {
        printError(diagnostic.description)
    }

    /// Runs `body`; on a known error prints it and exits with its status.
    static func exitOnError(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as CustomStringConvertible & Error {
            // dari's own errors name their file and line; anything else gets a prefix.
            guard let status = ExitStatus.code(for: error) else {
                printError("error: \(error.description)")
                throw ExitCode(ExitStatus.dataError)
            }
            printError(error.description)
            throw ExitCode(status)
        }
    }
}
