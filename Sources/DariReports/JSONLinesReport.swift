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
        JSONText.appendField("file_id", finding.fileID, to: &json)
        JSONText.appendField("fingerprint", finding.fingerprint, to: &json)
        json += ", \"line\": \(finding.location.line)"
        JSONText.appendField("message", finding.message, to: &json)
        JSONText.appendField("related", finding.relatedLocations.map(\.location.description), to: &json)
        JSONText.appendField("severity", finding.severity.rawValue, to: &json)
        JSONText.appendField("source", finding.source, to: &json)
        JSONText.appendField("target", finding.target, to: &json)
        JSONText.appendField("type", finding.checkID, to: &json)
        JSONText.appendField("unit", finding.unitID, to: &json)
        // A group is one finding; `units` names every member, so a reader
        // that counts units (qa_bench.py) still sees each of them.
        let others = finding.relatedLocations.compactMap(\.unitID)
        if let unit = finding.unitID, !others.isEmpty {
            JSONText.appendField("units", [unit] + others, to: &json)
        }
        json += "}\n"
    }
}
