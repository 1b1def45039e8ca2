import Foundation
import Testing

/// A program outside dari that a test needs: an independent oracle that
/// judges dari's output (xmllint, Translate Toolkit, jsonschema) or python3
/// for dari's own data scripts.
///
/// One policy for all of them, applied with the `.requires(_:)` trait:
/// `.ci/run` installs every oracle, so under CI (`CI=true`) a missing one
/// fails the test; anywhere else the test is skipped with a comment that says
/// what to install, and `swift test` passes on a machine without them.
public struct Oracle: Sendable, CustomStringConvertible {
    /// What the program is called, as a person would look for it.
    public let name: String
    /// The command that installs it.
    public let installation: String
    /// The program to run: the oracle itself, or python3 for a Python module.
    public let executable: String?
    /// Whether it can be run here (probed once, when first asked).
    public let isInstalled: Bool

    public var description: String { name }

    public static let python3 = Oracle(
        name: "python3", installation: "apt-get install python3",
        executable: Python.executable, isInstalled: Python.executable != nil)
    public static let xmllint = Oracle(
        name: "xmllint", installation: "apt-get install libxml2-utils",
        executable: CommandRunner.onPath("xmllint"), isInstalled: CommandRunner.onPath("xmllint") != nil)
    /// Translate Toolkit, an independent reader of TMX and XLIFF 1.2.
    public static let translateToolkit = Oracle(
        name: "Translate Toolkit (Python)", installation: "python3 -m pip install translate-toolkit",
        executable: Python.executable, isInstalled: Python.canImport("translate"))
    /// Python's jsonschema, which validates the SARIF dari writes.
    public static let jsonschema = Oracle(
        name: "jsonschema (Python)", installation: "python3 -m pip install jsonschema",
        executable: Python.executable, isInstalled: Python.canImport("jsonschema"))

    /// Headless Chromium, the real browser the review page is opened in
    /// (`chromium`, or `chromium-browser` on some systems).
    public static let chromium: Oracle = {
        let path = CommandRunner.onPath("chromium") ?? CommandRunner.onPath("chromium-browser")
        return Oracle(name: "Chromium", installation: "apt-get install chromium", executable: path, isInstalled: path != nil)
    }()

    /// True under CI (`CI=true`, as `.ci/run` is run and as CI services set
    /// it), where the oracles are installed and must not be skipped.
    public static let isCI: Bool = {
        let value = ProcessInfo.processInfo.environment["CI"]?.lowercased()
        return value == "true" || value == "1"
    }()

    /// Runs the oracle (python3, for a Python module) with `arguments`.
    /// - Throws: `OracleError.missing` when it is not installed (a test
    ///   that calls this needs `.requires(oracle)`), and what
    ///   `CommandRunner.runProcess` throws.
    public func run(_ arguments: [String], stdin: String = "", directory: String? = nil,
                    timeout: Duration = CommandRunner.defaultTimeout) throws -> CommandResult {
        guard isInstalled, let executable else { throw OracleError.missing(self) }
        return try CommandRunner.runProcess(executable, arguments, stdin: stdin, directory: directory, timeout: timeout)
    }

    /// True when every one of `oracles` is installed; otherwise false
    /// (skip) outside CI, and a thrown `OracleError` (a failure) under CI.
    static func check(_ oracles: [Oracle]) throws -> Bool {
        guard let missing = oracles.first(where: { !$0.isInstalled }) else { return true }
        if isCI { throw OracleError.missingUnderCI(missing) }
        return false
    }

    /// The comment of a skipped test: what it needs and how to get it.
    static func skipComment(_ oracles: [Oracle]) -> Comment {
        let needs = oracles.map(\.name).joined(separator: " and ")
        let install = oracles.map { "`\($0.installation)`" }.joined(separator: " and ")
        return Comment(rawValue: "needs \(needs), which is not installed; install it with \(install), or run .ci/run")
    }
}

/// A test's oracle is not installed.
public enum OracleError: Error, CustomStringConvertible {
    /// Asked for outside a `.requires` trait.
    case missing(Oracle)
    /// Under CI, where `.ci/run` should have installed it.
    case missingUnderCI(Oracle)

    public var description: String {
        switch self {
        case let .missing(oracle):
            return "\(oracle.name) is not installed; install it with `\(oracle.installation)` or run .ci/run"
        case let .missingUnderCI(oracle):
            return "\(oracle.name) is not installed, but CI=true and .ci/run installs it, so the test must not be skipped; "
                + "see why .ci/run did not install it (`\(oracle.installation)`)"
        }
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test or suite only where `oracles` are installed; see `Oracle`
    /// for the policy (skipped with what to install, a failure under CI).
    public static func requires(_ oracles: Oracle..., sourceLocation: SourceLocation = #_sourceLocation) -> Self {
        .enabled(Oracle.skipComment(oracles), sourceLocation: sourceLocation) { try Oracle.check(oracles) }
    }
}
