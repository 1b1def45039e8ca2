import DariChecks
import DariModel

/// The report for people: one `file:line:col: severity: [check-id] message`
/// line per finding (the shape compilers print, so editors jump to it), then
/// the source and target text indented, the other places of a group (each
/// with its text) under `also:`, then a summary line. When the memory is
/// known the report opens with the work summary (`SummaryReport`), or ends
/// with it on a terminal.
public enum TextReport {
    /// The most page pairs the text report's work summary lists; `--format summary` lists all.
    public static let summaryLimit = 20

    public static func render(_ findings: [Finding], context: ReportContext) -> String {
        let workSummary = context.tally.map {
            SummaryReport.render(WorkSummary(tally: $0, findings: findings), limit: summaryLimit)
        }
        var out = ""
        if let workSummary, !context.summaryAtEnd, !findings.isEmpty { out += workSummary + "\n" }
        for finding in findings {
            let severity = context.colour ? colour(finding.severity) : finding.severity.rawValue
            let check = context.colour ? "\u{1B}[1m[\(finding.checkID)]\u{1B}[0m" : "[\(finding.checkID)]"
            out += "\(finding.location): \(severity): \(check) \(finding.message)\n"
            if let source = finding.source, !source.isEmpty { out += "    source: \(indented(source))\n" }
            if let target = finding.target, !target.isEmpty { out += "    target: \(indented(target))\n" }
            if !finding.relatedLocations.isEmpty {
                out += "    also:\n"
                for related in finding.relatedLocations {
                    out += "      \(related.location)"
                    if let text = related.text, !text.isEmpty { out += ": \(text)" }
                    out += "\n"
                }
            }
        }
        // With nothing listed the summary is all there is; once, at the end.
        if let workSummary, context.summaryAtEnd || findings.isEmpty {
            out += (findings.isEmpty ? "" : "\n") + workSummary
        }
        out += summary(findings, baselined: context.baselined) + "\n"
        return out
    }

    /// `text` with its later lines (a section's blocks, a code block's
    /// lines) indented under the first, so they read as part of the finding.
    static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n            ")
    }

    /// "2 errors, 1 warning, 0 info" (and how many the baseline accepted).
    public static func summary(_ findings: [Finding], baselined: Int = 0) -> String {
        let errors = findings.count { $0.severity == .error }
        let warnings = findings.count { $0.severity == .warning }
        let infos = findings.count { $0.severity == .info }
        var line = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), \(infos) info"
        if baselined > 0 { line += " (\(baselined) more in the baseline)" }
        return line
    }

    private static func colour(_ severity: Severity) -> String {
        switch severity {
        case .error: return "\u{1B}[1;31merror\u{1B}[0m"
        case .warning: return "\u{1B}[1;33mwarning\u{1B}[0m"
        case .info: return "\u{1B}[1;36minfo\u{1B}[0m"
        }
    }
}
