import Foundation

/// The text of `docs/checks.md`, written from `CheckRegistry.all` so that the
/// documentation cannot drift from the checks: each check's id, default
/// severity, summary, details and example come from the check type itself.
///
/// `CheckDocumentationTests` fails when the committed file differs; run
/// `DARI_UPDATE_DOCS=1 swift test --filter CheckDocumentation` to rewrite it.
public enum CheckDocumentation {
    /// The command that rewrites `docs/checks.md` (shown in the file and in the test's failure).
    public static let updateCommand = "DARI_UPDATE_DOCS=1 swift test --filter CheckDocumentation"

    /// The whole of `docs/checks.md`.
    public static func markdown(checks: [any Check.Type] = CheckRegistry.all) -> String {
        var text = """
            # Checks

            <!-- Generated from CheckRegistry.all by CheckDocumentation.markdown(); do not edit.
                 Regenerate with: \(updateCommand) -->

            `dari check` runs every check below on a translation memory, or on a site
            folder after aligning it as `dari align` does. Each check has a stable id,
            the same in the text report, `dari.json`, JSON Lines (`type`), SARIF
            (`ruleId`) and JUnit; `dari check --list-checks` prints the ids with their
            default severities and summaries. Checks that need one language only
            (`hangul-in-target`, `latin-in-korean`, `deprecated-term`) also run on
            pages that have no counterpart. Turning checks off, changing their
            severity, ignoring findings and baselines are described in
            [configuration.md](configuration.md).

            | id | default | finds |
            | --- | --- | --- |

            """
        for check in checks {
            text += "| [`\(check.id)`](#\(check.id)) | \(check.defaultSeverity) | \(tableCell(check.summary)) |\n"
        }
        for check in checks {
            text += "\n## \(check.id)\n\n"
            text += "Default severity: **\(check.defaultSeverity)**. \(check.summary)\n"
            if !check.details.isEmpty {
                text += "\n\(check.details)\n"
            }
            text += "\nExample:\n\n```text\n\(check.example)\n```\n"
        }
        text += """

            ## Severities


            """
        for severity in Severity.allCases.reversed() {
            text += "- `\(severity)`: \(severityMeaning(severity))\n"
        }
        text += """

            `--fail-on error|warning|info` (default `error`) picks the lowest severity
            that makes `dari check` exit 1.

            Grouping checks (`inconsistent-*`) group segments by a normalised key in
            one pass; nothing compares all pairs.

            """
        return text
    }

    private static func severityMeaning(_ severity: Severity) -> String {
        switch severity {
        case .error: return "wrong: the published page misleads or leaves readers without text."
        case .warning: return "probably wrong; fails a build with `--fail-on warning`."
        case .info: return "worth a look; fails a build only with `--fail-on info`."
        }
    }

    /// `text` safe inside a Markdown table cell: a `|` would end the cell.
    private static func tableCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
