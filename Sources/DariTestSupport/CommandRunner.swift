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

    /// The program `name` in a folder of PATH, or nil where it is not installed.
    public static func onPath(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs any program (an independent oracle such as python3) the same way.
    public static func runProcess(_ executable: String, _ arguments: [String], stdin: String = "",
                                  directory: String? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        // stdin and stderr go through files and only stdout through a pipe:
        // with two pipes, a child that fills the one not being read (or
        // writes before it has read all its input) would wait forever.
        let scratch = try ScratchFolder("dari-process")
        let inputPath = try scratch.write("stdin", stdin)
        let errorPath = try scratch.write("stderr", "")
        let output = Pipe()
        let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: inputPath))
        let error = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        defer { try? input.close(); try? error.close() }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errData = FileManager.default.contents(atPath: errorPath) ?? Data()
        return CommandResult(status: process.terminationStatus,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// python3, which runs the independent oracles (Translate Toolkit, jsonschema)
/// and dari's own data scripts.
public enum Python {
    /// python3 on PATH, or nil where it is not installed.
    public static let executable = CommandRunner.onPath("python3")

    /// Runs python3 with `arguments`, feeding `stdin`.
    public static func run(_ arguments: [String], stdin: String = "", directory: String? = nil) throws -> CommandResult {
        guard let executable else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "python3 is not installed; install it (apt-get install python3)"])
        }
        return try CommandRunner.runProcess(executable, arguments, stdin: stdin, directory: directory)
    }
}
