import DariChecks
import DariModel

/// Renders findings as one report format; deterministic for sorted
/// findings (see `Finding.sortedOrder`).
///
/// A new format is one type that conforms and one case in `ReportFormat`.
public protocol Report {
    static func render(_ findings: [Finding], context: ReportContext) -> String
}

extension TextReport: Report {}
extension SARIFReport: Report {}
extension JUnitReport: Report {}
extension SummaryReport: Report {}
extension SummaryJSONReport: Report {}

extension JSONLinesReport: Report {
    public static func render(_ findings: [Finding], context: ReportContext) -> String { render(findings) }
}

extension GitHubAnnotations: Report {
    public static func render(_ findings: [Finding], context: ReportContext) -> String { render(findings) }
}

/// The report formats `dari check --format` writes, each with its renderer.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// `file:line:col: severity: [check-id] message`, with the text below, for people.
    case text
    /// JSON Lines: one finding per line.
    case jsonl
    /// SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers.
    case sarif
    /// JUnit XML, for CI dashboards: one test suite per check.
    case junit
    /// GitHub Actions workflow commands (`::error file=…,line=…::…`).
    case github
    /// The work per page pair, most first, with the site's totals: the table
    /// the text report opens with, listing every page that needs work.
    case summary
    /// The same work summary as one JSON object (pages and totals), for dashboards.
    case summaryJSON = "summary-json"

    /// Whether the report shows the work summary (`ReportContext.tally`).
    public var showsWorkSummary: Bool {
        switch self {
        case .text, .summary, .summaryJSON: return true
        case .jsonl, .sarif, .junit, .github: return false
        }
    }

    public var report: any Report.Type {
        switch self {
        case .text: return TextReport.self
        case .jsonl: return JSONLinesReport.self
        case .sarif: return SARIFReport.self
        case .junit: return JUnitReport.self
        case .github: return GitHubAnnotations.self
        case .summary: return SummaryReport.self
        case .summaryJSON: return SummaryJSONReport.self
        }
    }
}

/// What a report needs besides the findings.
public struct ReportContext: Sendable {
    /// The checks that ran (SARIF rules, JUnit suites), in registry order.
    public var checks: [any Check.Type]
    /// dari's version, for SARIF's tool.driver.version.
    public var toolVersion: String
    /// ANSI colour in the text report (only when writing to a terminal).
    public var colour: Bool
    /// How many findings a baseline accepted (the text summary mentions them).
    public var baselined: Int
    /// The checked memory's pages and translated blocks, for the work
    /// summary; nil when unknown (the text report then has no summary).
    public var tally: MemoryTally?
    /// The text report ends with the work summary instead of opening with
    /// it: on a terminal, what stays on screen is the summary.
    public var summaryAtEnd: Bool

    public init(checks: [any Check.Type] = CheckRegistry.all, toolVersion: String = DariVersion.current, colour: Bool = false,
                baselined: Int = 0, tally: MemoryTally? = nil, summaryAtEnd: Bool = false) {
        self.checks = checks
        self.toolVersion = toolVersion
        self.colour = colour
        self.baselined = baselined
        self.tally = tally
        self.summaryAtEnd = summaryAtEnd
    }
}

/// Renders findings in any format.
public enum ReportRenderer {
    public static func render(_ findings: [Finding], as format: ReportFormat, context: ReportContext = ReportContext())
        -> String
    {
        format.report.render(findings, context: context)
    }
}
