import ArgumentParser
import DariModel
import DariPipeline
import Foundation

/// Prints errors and warnings to standard error and ends runs with the status an error decides.
enum Diagnostics {
    static func printError(_ message: String) {
        OutputWriter.writeStandardError(message + "\n")
    }

    static func print(_ diagnostic: Diagnostic) {
        printError(diagnostic.description)
    }

    /// Runs `body`; on an error prints its line and exits with its status (`DariError`).
    static func exitOnError(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch {
            printError(ErrorMessage.line(for: error))
            throw ExitCode(ExitStatus.of(error))
        }
    }
}
