import DariModel

/// Why a check run could not start: a configuration or baseline file that
/// cannot be read or says something dari does not understand. Every case
/// names the file and, where known, the 1-based line; `description` ends
/// with what to do next.
public enum CheckError: DariError, Equatable, Sendable {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    /// Not JSON, or JSON of the wrong shape.
    case malformed(file: String, line: Int, message: String)
    /// A check id dari does not know, with the closest known one.
    case unknownCheck(file: String, line: Int, id: String, suggestion: String?)
    /// A memory whose source language is not the one `--source` or
    /// `dari.json` (`said`) names as the site's original.
    case sourceMismatch(memory: String, source: Language, expected: Language, said: String)

    public var description: String {
        switch self {
        case let .notFound(path):
            return "\(path): error: no such file; check the path and run again"
        case let .unreadable(path, reason):
            return "\(path): error: cannot read the file (\(reason)); check its permissions"
        case let .malformed(file, line, message):
            return "\(file):\(line): error: \(message)"
        case let .unknownCheck(file, line, id, suggestion):
            let hint = suggestion.map { "did you mean '\($0)'?" } ?? "run 'dari check --list-checks' for the ids"
            // An id from the command line has no line to point at.
            let place = line > 0 ? "\(file):\(line)" : file
            return "\(place): error: unknown check '\(id)'; \(hint)"
        case let .sourceMismatch(memory, source, expected, said):
            return "\(memory): error: the memory's source is \(source.name) (srcLang=\"\(source.tag)\") but \(said) "
                + "says the site was written in \(expected.name); align the site again (dari align SITE) or correct \(said)"
        }
    }

    /// True when the file could not be read at all (exit 74); false when its
    /// content is wrong (exit 65).
    public var isInputOutput: Bool {
        switch self {
        case .notFound, .unreadable: return true
        case .malformed, .unknownCheck, .sourceMismatch: return false
        }
    }

    /// 74 when the file could not be read, 64 for an unknown id given on the
    /// command line (`--disable`), 65 for content that is wrong.
    public var exitStatus: Int32 {
        if case .unknownCheck(file: CheckError.commandLine, _, _, _) = self { return ExitStatus.usage }
        return isInputOutput ? ExitStatus.ioError : ExitStatus.dataError
    }

    /// The "file" of an error in an option (`--disable`) rather than in a file.
    public static let commandLine = "--disable"

    /// `dari.json` that is not JSON of the right shape.
    init(_ error: ConfigurationError) {
        switch error {
        case let .unreadable(error): self.init(error)
        case let .malformed(file, line, message): self = .malformed(file: file, line: line, message: message)
        }
    }

    /// A configuration or baseline the shared file reader could not read.
    init(_ error: FileReadError) {
        switch error {
        case let .notFound(path): self = .notFound(path: path)
        default: self = .unreadable(path: error.path, reason: error.reason)
        }
    }
}
