/// A problem found while reading input that did not stop the run: malformed
/// HTML recovered best-effort, an unknown glossary status, and the like.
/// Errors that stop the run are thrown instead; findings about translations
/// belong to the checks stage.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case note, warning, error

        private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    public var location: SourceLocation
    /// What happened and, where possible, what to do about it.
    public var message: String

    public init(severity: Severity, location: SourceLocation, message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `file:line:col: warning: message`, the shape editors and CI logs parse.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
