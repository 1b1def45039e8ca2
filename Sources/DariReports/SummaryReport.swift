import DariChecks
import DariModel

/// The work summary as a table for people: one line per page pair that
/// needs work, most first, then the site's totals. `dari check --format
/// summary` prints every such page; the text report opens (or, on a
/// terminal, ends) with the first `TextReport.summaryLimit` of them.
public enum SummaryReport {
    public static func render(_ findings: [Finding], context: ReportContext) -> String {
        render(WorkSummary(tally: context.tally, findings: findings), limit: nil)
    }

    /// The table of `summary`, at most `limit` pages (nil: all).
    public static func render(_ summary: WorkSummary, limit: Int?) -> String {
        let source = summary.sourceLanguage.tag, target = summary.targetLanguage.tag
        let needing = summary.pagesNeedingWork
        let shown = limit.map { Array(needing.prefix($0)) } ?? needing
        var out = ""
        if !shown.isEmpty {
            let header = ["page pairs that need work", "blocks", "translated", "missing \(target)", "missing \(source)",
                          "wrong language", "errors", "warnings"]
            let rows = shown.map { page in
                [name(of: page, source: source, target: target), "\(page.blocks)", "\(page.translated)",
                 "\(page.missingInTarget)", "\(page.missingInSource)", "\(page.wrongLanguage)", "\(page.errors)",
                 "\(page.warnings)"]
            }
            let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
            for row in [header] + rows {
                // The page name is left-aligned, the counts right-aligned under their headings.
                var line = row[0].padding(toLength: widths[0], withPad: " ", startingAt: 0)
                for column in row.indices.dropFirst() {
                    line += "  " + String(repeating: " ", count: widths[column] - row[column].count) + row[column]
                }
                out += line + "\n"
            }
            if needing.count > shown.count {
                let more = needing.count - shown.count
                out += "… and \(more) more page pair\(more == 1 ? "" : "s") that need\(more == 1 ? "s" : "") work "
                    + "(dari check --format summary lists them all)\n"
            }
        }
        out += totals(summary) + "\n"
        return out
    }

    /// "17 page pairs, 9 need work: 1234 of 2000 blocks translated, …".
    static func totals(_ summary: WorkSummary) -> String {
        let totals = summary.totals
        let source = summary.sourceLanguage.tag, target = summary.targetLanguage.tag
        let pages = "\(totals.pages) page pair\(totals.pages == 1 ? "" : "s")"
        guard totals.pagesNeedingWork > 0 else {
            return "\(pages): \(totals.translated) of \(totals.blocks) blocks translated, no errors or warnings"
        }
        return "\(pages), \(totals.pagesNeedingWork) need\(totals.pagesNeedingWork == 1 ? "s" : "") work: "
            + "\(totals.translated) of \(totals.blocks) blocks translated, \(totals.missingInTarget) missing \(target), "
            + "\(totals.missingInSource) missing \(source), \(totals.wrongLanguage) in the wrong language, "
            + "\(totals.errors) other error\(totals.errors == 1 ? "" : "s"), "
            + "\(totals.warnings) warning\(totals.warnings == 1 ? "" : "s")"
    }

    /// The pair's page, with the language it lacks when it has no counterpart.
    private static func name(of page: PageWork, source: String, target: String) -> String {
        if page.isPaired || page.blocks == 0 { return page.name }
        return page.sourcePage == nil ? "\(page.name) (no \(source) page)" : "\(page.name) (no \(target) page)"
    }
}

/// The work summary as one JSON object, for dashboards: the languages, every
/// page pair (most work first, with its counts and `work`, their sum) and
/// the totals. Keys in alphabetical order, so output is deterministic.
public enum SummaryJSONReport {
    public static func render(_ findings: [Finding], context: ReportContext) -> String {
        render(WorkSummary(tally: context.tally, findings: findings))
    }

    public static func render(_ summary: WorkSummary) -> String {
        var json = "{\n  \"pages\": ["
        for (index, page) in summary.pages.enumerated() {
            json += index == 0 ? "\n    {" : ",\n    {"
            json += "\"blocks\": \(page.blocks), \"errors\": \(page.errors), \"findingsByCheck\": "
            appendCounts(page.findingsByCheck, to: &json)
            json += ", \"missingInSource\": \(page.missingInSource), \"missingInTarget\": \(page.missingInTarget), \"name\": "
            JSONText.appendString(page.name, to: &json)
            json += ", \"sourcePage\": "
            appendOptional(page.sourcePage, to: &json)
            json += ", \"targetPage\": "
            appendOptional(page.targetPage, to: &json)
            json += ", \"translated\": \(page.translated), \"warnings\": \(page.warnings), "
            json += "\"work\": \(page.work), \"wrongLanguage\": \(page.wrongLanguage)}"
        }
        json += summary.pages.isEmpty ? "],\n" : "\n  ],\n"
        json += "  \"sourceLanguage\": \"\(summary.sourceLanguage.tag)\",\n"
        json += "  \"targetLanguage\": \"\(summary.targetLanguage.tag)\",\n"
        let totals = summary.totals
        json += "  \"totals\": {\"blocks\": \(totals.blocks), \"errors\": \(totals.errors), \"findingsByCheck\": "
        appendCounts(totals.findingsByCheck, to: &json)
        json += ", "
        json += "\"missingInSource\": \(totals.missingInSource), \"missingInTarget\": \(totals.missingInTarget), "
        json += "\"pages\": \(totals.pages), \"pagesNeedingWork\": \(totals.pagesNeedingWork), "
        json += "\"translated\": \(totals.translated), \"warnings\": \(totals.warnings), "
        json += "\"wrongLanguage\": \(totals.wrongLanguage)}\n}\n"
        return json
    }

    /// `{"check-id": 2, …}` in key order.
    private static func appendCounts(_ counts: [String: Int], to json: inout String) {
        json += "{"
        for (index, (key, count)) in counts.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { json += ", " }
            JSONText.appendString(key, to: &json)
            json += ": \(count)"
        }
        json += "}"
    }

    private static func appendOptional(_ value: String?, to json: inout String) {
        if let value { JSONText.appendString(value, to: &json) } else { json += "null" }
    }
}
