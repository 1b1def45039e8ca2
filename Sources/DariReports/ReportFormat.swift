import DariChecks

/// The report formats `dari check --format` writes.
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

    public init(checks: [any Check.Type] = CheckRegistry.all, toolVersion: String = "0.1.0", colour: Bool = false,
                baselined: Int = 0) {
        self.checks = checks
        self.toolVersion = toolVersion
        self.colour = colour
        self.baselined = baselined
    }
}

/// Renders findings in every format; each renderer is deterministic for
/// sorted findings (see `Finding.sortedOrder`).
public enum ReportRenderer {
    public static func render(_ findings: [Finding], as format: ReportFormat, context: ReportContext = ReportContext())
        -> String
    {
        switch format {
        case .text: return TextReport.render(findings, context: context)
        case .jsonl: return JSONLinesReport.render(findings)
        case .sarif: return SARIFReport.render(findings, context: context)
        case .junit: return JUnitReport.render(findings, context: context)
        case .github: return GitHubAnnotations.render(findings)
        }
    }
}
