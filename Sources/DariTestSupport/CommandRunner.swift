import Foundation

/// Runs the built `dari` binary, as a user would, and captures what it prints.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

public enum CommandRunner {
    /// The `dari` executable next to the test bundle (`.build/<config>/dari`).
    public static func dariExecutable(from filePath: String = #filePath) -> URL? {
        let root = RepositoryPaths.root(from: filePath)
        for configuration in ["debug", "release"] {
            let candidate = URL(fileURLWithPath: root + "/.build/" + configuration + "/dari")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Runs dari with `arguments`, feeding `stdin`, in `directory` (default: repository root).
    public static func run(_ arguments: [String], stdin: String = "", directory: String? = nil,
                           filePath: String = #filePath) throws -> CommandResult {
        guard let executable = dariExecutable(from: filePath) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "build dari first: swift build"])
        }
        return try runProcess(executable.path, arguments, stdin: stdin,
                              directory: directory ?? RepositoryPaths.root(from: filePath))
    }

    /// Runs any program (an independent oracle such as python3) the same way.
    public static func runProcess(_ executable: String, _ arguments: [String], stdin: String = "",
                                  directory: String? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }
}
