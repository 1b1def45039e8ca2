import DariChecks
import DariModel

/// JUnit XML as Jenkins, GitLab and most CI dashboards read it: one
/// `<testsuite>` per check that ran, one failing `<testcase>` per finding
/// (or one passing case when the check found nothing).
public enum JUnitReport {
    public static func render(_ findings: [Finding], context: ReportContext) -> String {
        var byCheck: [String: [Finding]] = [:]
        for finding in findings { byCheck[finding.checkID, default: []].append(finding) }
        var ids = context.checks.map { $0.id }
        for id in byCheck.keys.sorted() where !ids.contains(id) { ids.append(id) }
        let totalTests = ids.reduce(0) { $0 + max(1, byCheck[$1]?.count ?? 0) }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"dari check\" tests=\"\(totalTests)\" failures=\"\(findings.count)\" errors=\"0\">\n"
        for id in ids {
            let found = byCheck[id] ?? []
            xml += "  <testsuite name=\"\(escape(id))\" tests=\"\(max(1, found.count))\" failures=\"\(found.count)\" "
                + "errors=\"0\" skipped=\"0\">\n"
            if found.isEmpty {
                xml += "    <testcase name=\"no findings\" classname=\"dari.\(escape(id))\"/>\n"
            }
            for finding in found {
                let name = finding.location.description + (finding.unitID.map { " " + $0 } ?? "")
                xml += "    <testcase name=\"\(escape(name))\" classname=\"dari.\(escape(id))\" "
                    + "file=\"\(escape(finding.location.file))\""
                if finding.location.line > 0 { xml += " line=\"\(finding.location.line)\"" }
                xml += ">\n"
                xml += "      <failure type=\"\(finding.severity.rawValue)\" message=\"\(escape(finding.message))\">"
                var body = "\(finding.location): \(finding.severity.rawValue): [\(finding.checkID)] \(finding.message)"
                if let source = finding.source, !source.isEmpty { body += "\nsource: " + source }
                if let target = finding.target, !target.isEmpty { body += "\ntarget: " + target }
                xml += escape(body) + "</failure>\n"
                xml += "    </testcase>\n"
            }
            xml += "  </testsuite>\n"
        }
        xml += "</testsuites>\n"
        return xml
    }

    /// XML character escaping for text and attribute values; characters XML
    /// 1.0 forbids (most C0 controls) are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
