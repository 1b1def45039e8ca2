import DariModel
import Foundation

/// Where a run writes what it made: standard output or a file, replaced
/// atomically (`AtomicFile`).
public enum Destination: Sendable, Equatable {
    case standardOutput
    case file(String)

    /// `-` means standard output, as on the command line.
    public init(_ argument: String) {
        self = argument == "-" ? .standardOutput : .file(argument)
    }

    /// The file's path, nil for standard output.
    public var filePath: String? {
        if case let .file(path) = self { return path }
        return nil
    }

    /// The destination in messages.
    public var name: String {
        switch self {
        case .standardOutput: return "<stdout>"
        case let .file(path): return path
        }
    }

    /// Writes `bytes` there.
    /// - Throws: `AtomicFile.WriteError` when the file or standard output
    ///   cannot be written (`OutputWriter`).
    public func write(_ bytes: [UInt8]) throws {
        switch self {
        case .standardOutput: try OutputWriter.writeStandardOutput(bytes)
        case let .file(path): try AtomicFile.write(bytes, to: path)
        }
    }
}

/// The line standard error shows for an error a run threw.
public enum ErrorMessage {
    /// A `DariError`'s own line (it names its file and what to do); any
    /// other error, which would be a bug, with an "error:" prefix.
    public static func line(for error: any Error) -> String {
        if let error = error as? any DariError { return error.description }
        return "error: \(error)"
    }
}
