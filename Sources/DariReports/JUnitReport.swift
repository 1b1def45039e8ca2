import DariChecks
import DariModel
import DariXML

/// JUnit XML as Jenkins, GitLab and most CI dashboards read it: one
/// `<testsuite>` per check that ran, one failing `<testcase>` per finding
/// (or one passing case when the check found nothing).
public enum JUnitReport {
    public static func render(_ findings: [Finding], context: ReportContext) -> String {
        do {
            return String(decoding: try document(findings, context: context), as: UTF8.self)
        } catch {
            // With balanced calls libxml2's writer fails only when memory runs
            // out, where Swift's own allocations stop the program too.
            preconditionFailure("JUnit report: \(error)")
        }
    }

    private static func document(_ findings: [Finding], context: ReportContext) throws -> [UInt8] {
        var byCheck: [String: [Finding]] = [:]
        for finding in findings { byCheck[finding.checkID, default: []].append(finding) }
        var ids = context.checks.map { $0.id }
        for id in byCheck.keys.sorted() where !ids.contains(id) { ids.append(id) }
        let totalTests = ids.reduce(0) { $0 + max(1, byCheck[$1]?.count ?? 0) }

        let xml = try MarkupWriter()
        try xml.startDocument()
        try xml.startElement("testsuites")
        for (name, value) in [("name", "dari check"), ("tests", "\(totalTests)"), ("failures", "\(findings.count)"),
                              ("errors", "0")] {
            try xml.attribute(name, value)
        }
        for id in ids {
            let found = byCheck[id] ?? []
            try xml.startElement("testsuite")
            for (name, value) in [("name", id), ("tests", "\(max(1, found.count))"), ("failures", "\(found.count)"),
                                  ("errors", "0"), ("skipped", "0")] {
                try xml.attribute(name, value)
            }
            if found.isEmpty {
                try xml.element("testcase", attributes: [("name", "no findings"), ("classname", "dari." + id)])
            }
            for finding in found {
                try xml.startElement("testcase")
                try xml.attribute("name", finding.location.description + (finding.unitID.map { " " + $0 } ?? ""))
                try xml.attribute("classname", "dari." + id)
                try xml.attribute("file", finding.location.file)
                if finding.location.line > 0 { try xml.attribute("line", "\(finding.location.line)") }
                try xml.startElement("failure")
                try xml.attribute("type", finding.severity.rawValue)
                try xml.attribute("message", finding.message)
                var body = "\(finding.location): \(finding.severity.rawValue): [\(finding.checkID)] \(finding.message)"
                if let source = finding.source, !source.isEmpty { body += "\nsource: " + source }
                if let target = finding.target, !target.isEmpty { body += "\ntarget: " + target }
                try xml.text(body, breaksAsReferences: true)
                try xml.endElement()
                try xml.endElement()
            }
            try xml.endElement()
        }
        return try xml.finish()
    }
}
