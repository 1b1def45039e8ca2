import DariChecks
import DariModel

/// JSON Lines: one finding per line, keys in alphabetical order, so output
/// is byte-for-byte deterministic. `type` is the check id; `unit` the memory
/// unit's id (absent for page-level findings); `line` is 1-based, 0 when unknown;
/// a group's other places are in `related` (as `file:line:column`) and, with
/// this unit first, its members' ids in `units`.
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
        if !finding.relatedLocations.isEmpty {
            json += ", \"related\": ["
            for (index, related) in finding.relatedLocations.enumerated() {
                if index > 0 { json += ", " }
                JSONText.appendString(related.location.description, to: &json)
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
            // A group is one finding; `units` names every member, so a reader
            // that counts units (qa_bench.py) still sees each of them.
            let others = finding.relatedLocations.compactMap(\.unitID)
            if !others.isEmpty {
                json += ", \"units\": ["
                for (index, id) in ([unit] + others).enumerated() {
                    if index > 0 { json += ", " }
                    JSONText.appendString(id, to: &json)
                }
                json += "]"
            }
        }
        json += "}\n"
    }
}
