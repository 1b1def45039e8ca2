import DariChecks
import DariModel
import Foundation

/// JSON Lines: one finding per line, keys in alphabetical order, so output
/// is byte-for-byte deterministic. `type` is the check id; `unit` the memory
/// unit's id (absent for page-level findings); `line` is 1-based, 0 when unknown;
/// a group's other places are in `related` (as `file:line:column`) and, with
/// this unit first, its members' ids in `units`.
public enum JSONLinesReport {
    public static func render(_ findings: [Finding]) -> String {
        // Each line depends on its finding alone, so a long report is rendered
        // in chunks on every core and joined in order: the same bytes. Small
        // chunks, so that no core is left rendering the last one alone (with
        // 4,096 findings a chunk, one core rendered two thirds of 36,000).
        let chunkSize = 1_024
        guard findings.count > chunkSize else { return render(findings[...]) }
        let chunks = (findings.count + chunkSize - 1) / chunkSize
        let parts = RenderedChunks(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = chunk * chunkSize
            parts.set(chunk, render(findings[start..<min(findings.count, start + chunkSize)]))
        }
        return parts.joined()
    }

    static func render(_ findings: ArraySlice<Finding>) -> String {
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

/// The rendered chunks of a report, one slot each, written once from concurrent tasks.
private final class RenderedChunks: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [String]

    init(count: Int) { parts = Array(repeating: "", count: count) }

    func set(_ index: Int, _ text: String) {
        lock.withLock { parts[index] = text }
    }

    func joined() -> String {
        lock.withLock {
            var out = ""
            out.reserveCapacity(parts.reduce(0) { $0 + $1.utf8.count })
            for part in parts { out += part }
            return out
        }
    }
}
