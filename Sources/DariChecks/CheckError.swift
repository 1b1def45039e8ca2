/// Why a check run could not start: a configuration or baseline file that
/// cannot be read or says something dari does not understand. Every case
/// names the file and, where known, the 1-based line; `description` ends
/// with what to do next.
public enum CheckError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    /// Not JSON, or JSON of the wrong shape.
    case malformed(file: String, line: Int, message: String)
    /// A check id dari does not know, with the closest known one.
    case unknownCheck(file: String, line: Int, id: String, suggestion: String?)

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
            return "\(file):\(line): error: unknown check '\(id)'; \(hint)"
        }
    }

    /// True when the file could not be read at all (exit 74); false when its
    /// content is wrong (exit 65).
    public var isInputOutput: Bool {
        switch self {
        case .notFound, .unreadable: return true
        case .malformed, .unknownCheck: return false
        }
    }
}
