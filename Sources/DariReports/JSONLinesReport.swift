import DariChecks
import DariModel

/// JSON Lines: one finding per line, keys in alphabetical order, so output
/// is byte-for-byte deterministic. `type` is the check id; `unit` the memory
/// unit's id (absent for page-level findings); `line` is 1-based, 0 when unknown.
public enum JSONLinesReport {
    public static func render(_ findings: [Finding]) -> String {
        var out = ""
        out.reserveCapacity(findings.count * 300)
        for finding in findings { append(finding, to: &out) }
        return out
    }

    static func append(_ finding: Finding, to json: inout String) {
        json += "{\"column\": \(finding.location.column), \"file\": "
        JSONText.appendString(finding.location.file, to: &json)
        if let fileID = finding.fileID {
            json += ", \"file_id\": "
            JSONText.appendString(fileID, to: &json)
        }
        json += ", \"fingerprint\": "
        JSONText.appendString(finding.fingerprint, to: &json)
        json += ", \"line\": \(finding.location.line), \"message\": "
        JSONText.appendString(finding.message, to: &json)
        if !finding.related.isEmpty {
            json += ", \"related\": ["
            for (index, location) in finding.related.enumerated() {
                if index > 0 { json += ", " }
                JSONText.appendString(location.description, to: &json)
            }
            json += "]"
        }
        json += ", \"severity\": "
        JSONText.appendString(finding.severity.rawValue, to: &json)
        if let source = finding.source {
            json += ", \"source\": "
            JSONText.appendString(source, to: &json)
        }
        if let target = finding.target {
            json += ", \"target\": "
            JSONText.appendString(target, to: &json)
        }
        json += ", \"type\": "
        JSONText.appendString(finding.checkID, to: &json)
        if let unit = finding.unitID {
            json += ", \"unit\": "
            JSONText.appendString(unit, to: &json)
        }
        json += "}\n"
    }
}
