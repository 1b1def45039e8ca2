/// How much a finding matters. `--fail-on` picks the lowest severity that
/// makes `dari check` exit 1.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable, CustomStringConvertible {
    /// Worth a look; never fails a build unless `--fail-on info`.
    case info
    /// Probably wrong; fails a build with `--fail-on warning`.
    case warning
    /// Wrong: the published page misleads or leaves readers without text.
    case error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    public var description: String { rawValue }
}
