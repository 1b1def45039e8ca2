#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation

/// What a program printed and how it ended.
public struct CommandResult: Sendable {
    /// The exit status, or the signal's number when `killedBySignal`.
    public var status: Int32
    public var stdout: String
    public var stderr: String
    /// Whether a signal ended the program (then `status` is its number).
    public var killedBySignal = false
}

/// Where a program's standard output goes.
public enum StandardOutputTarget: Sendable {
    /// A file the result's `stdout` is read from.
    case captured
    /// A file or device opened for writing (`/dev/full`).
    case file(String)
    /// A pipe whose reading end is closed before the program starts: its
    /// first write fails with `EPIPE` (`dari … | head -1` once head is gone).
    case closedPipe
}

/// Why a program could not be run to the end.
public enum CommandError: Error, CustomStringConvertible {
    /// No `dari` in the folder the tests were built into.
    case executableMissing(folder: String)
    /// The program ran longer than its time limit and was killed.
    case timedOut(command: String, seconds: Int)

    public var description: String {
        switch self {
        case let .executableMissing(folder):
            return "no dari executable in \(folder), where the tests were built; "
                + "build it with `swift build` in the same configuration as the tests (`swift test` builds both)"
        case let .timedOut(command, seconds):
            return "`\(command)` did not finish within \(seconds) s and was killed: it hangs, "
                + "or the machine is much slower than usual (then pass a longer timeout)"
        }
    }
}

/// Runs the built `dari` binary, as a user would, and captures what it prints.
public enum CommandRunner {
    /// How long a command may run before it is killed and the test fails.
    /// Generous: the suite runs its tests in parallel on machines that may
    /// be busy, and a command that hangs is stopped either way.
    public static let defaultTimeout: Duration = .seconds(180)

    /// The folder holding the running test binary, which is also where
    /// SwiftPM put every other product of the same build
    /// (`.build/<triple>/debug` or `.../release`): the `dari` there is the
    /// one built from the sources under test, never one left over from an
    /// earlier build in another configuration.
    public static let productsFolder: String = {
        var url = testBinary.resolvingSymlinksInPath()
        // On macOS the binary is inside dariPackageTests.xctest/Contents/MacOS.
        if let bundle = url.pathComponents.lastIndex(where: { $0.hasSuffix(".xctest") }) {
            url = URL(fileURLWithPath: NSString.path(withComponents: Array(url.pathComponents[...bundle])))
        }
        return url.deletingLastPathComponent().path
    }()

    /// The file holding this very code: the test executable on Linux, where
    /// DariTestSupport is linked into it; on macOS the `.xctest` bundle's
    /// binary, loaded by a test host whose path would lead elsewhere.
    private static var testBinary: URL {
        #if canImport(Darwin)
        var info = Dl_info()
        if dladdr(#dsohandle, &info) != 0, let name = info.dli_fname {
            return URL(fileURLWithPath: String(cString: name))
        }
        #endif
        return URL(fileURLWithPath: "/proc/self/exe")
    }

    /// The `dari` executable built with the running tests.
    /// - Throws: `CommandError.executableMissing` when there is none.
    public static func dariExecutable() throws -> String {
        let candidate = productsFolder + "/dari"
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw CommandError.executableMissing(folder: productsFolder)
        }
        return candidate
    }

    /// Runs dari with `arguments`, feeding `stdin`, in `directory` (default:
    /// the repository root).
    /// - Throws: `CommandError` when dari is not built or runs past `timeout`.
    public static func run(_ arguments: [String], stdin: String = "", directory: String? = nil,
                           standardOutput: StandardOutputTarget = .captured,
                           timeout: Duration = defaultTimeout,
                           filePath: String = #filePath) throws -> CommandResult {
        try runProcess(dariExecutable(), arguments, stdin: stdin,
                       directory: directory ?? RepositoryPaths.root(from: filePath),
                       standardOutput: standardOutput, timeout: timeout)
    }

    /// The program `name` in a folder of PATH, or nil where it is not installed.
    public static func onPath(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs any program (an independent oracle such as python3) the same way.
    ///
    /// A program still running after `timeout` is killed (SIGKILL) and the
    /// call throws, so a hang fails one test instead of stalling the suite.
    /// - Throws: `CommandError.timedOut`, or the error that kept the program
    ///   from starting.
    public static func runProcess(_ executable: String, _ arguments: [String], stdin: String = "",
                                  directory: String? = nil, standardOutput: StandardOutputTarget = .captured,
                                  timeout: Duration = defaultTimeout) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        // All three streams go through files, not pipes: a child that fills a
        // pipe nobody reads would wait forever, and files need no reader
        // thread while we wait for the time limit.
        let scratch = try ScratchFolder("dari-process")
        let inputPath = try scratch.write("stdin", stdin)
        let outputPath = try scratch.write("stdout", "")
        let errorPath = try scratch.write("stderr", "")
        let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: inputPath))
        let output: FileHandle
        switch standardOutput {
        case .captured: output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        case let .file(path): output = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        case .closedPipe:
            let pipe = Pipe()
            try pipe.fileHandleForReading.close()
            output = pipe.fileHandleForWriting
        }
        let error = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        defer { try? input.close(); try? output.close(); try? error.close() }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        if exited.wait(timeout: .now() + timeout.timeInterval) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            exited.wait()
            let command = ([URL(fileURLWithPath: executable).lastPathComponent] + arguments).joined(separator: " ")
            throw CommandError.timedOut(command: command, seconds: Int(timeout.components.seconds))
        }
        return CommandResult(status: process.terminationStatus,
                             stdout: String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self),
                             stderr: String(decoding: FileManager.default.contents(atPath: errorPath) ?? Data(), as: UTF8.self),
                             killedBySignal: process.terminationReason == .uncaughtSignal)
    }
}

extension Duration {
    fileprivate var timeInterval: DispatchTimeInterval {
        let (seconds, attoseconds) = components
        return .nanoseconds(Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000))
    }
}

/// python3, which runs the Python oracles and dari's own data scripts
/// (through `Oracle`).
enum Python {
    /// python3 on PATH, or nil where it is not installed.
    static let executable = CommandRunner.onPath("python3")

    /// Whether python3 can import `module` (a short probe, run once per oracle).
    static func canImport(_ module: String) -> Bool {
        guard let executable,
              let result = try? CommandRunner.runProcess(executable, ["-c", "import " + module], timeout: .seconds(60))
        else { return false }
        return result.status == 0
    }
}
