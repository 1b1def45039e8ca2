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
        } catch let error as InputError {
            printError(error.description)
            throw ExitCode(error.exitCode)
        } catch let error as MemoryReadError {
            printError(error.description)
            throw ExitCode(error.exitCode)
        } catch let error as SiteError {
            printError(error.description)
            throw ExitCode(error.exitCode)
        } catch let error as ExtractionError {
            printError(error.description)
            throw ExitCode(error.exitCode)
        } catch let error as ExitCode {
            throw error
        } catch let error as CustomStringConvertible & Error {
            printError("error: \(error.description)")
            throw ExitCode(ExitStatus.dataError)
        }
    }
}
