import DariChecks
import DariModel

/// SARIF 2.1.0 (OASIS), the format GitHub code scanning uploads: one run,
/// one rule per check that ran, one result per finding with its page line,
/// a `partialFingerprints` entry (the baseline fingerprint) so code scanning
/// tracks a finding across line shifts, and related locations for groups.
public enum SARIFReport {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    public static func render(_ findings: [Finding], context: ReportContext) -> String {
        var ruleIndex: [String: Int] = [:]
        for (index, check) in context.checks.enumerated() { ruleIndex[check.id] = index }
        var json = "{\n  \"$schema\": \"\(schemaURI)\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n"
        json += "      \"tool\": {\n        \"driver\": {\n          \"name\": \"dari\",\n"
        json += "          \"informationUri\": \"https://github.com/dari-tm/dari\",\n"
        json += "          \"version\": "
        JSONText.appendString(context.toolVersion, to: &json)
        json += ",\n          \"rules\": ["
        for (index, check) in context.checks.enumerated() {
            json += index == 0 ? "\n" : ",\n"
            json += "            {\"id\": "
            JSONText.appendString(check.id, to: &json)
            json += ", \"name\": "
            JSONText.appendString(ruleName(check.id), to: &json)
            json += ", \"shortDescription\": {\"text\": "
            JSONText.appendString(check.summary, to: &json)
            json += "}, \"defaultConfiguration\": {\"level\": \"\(level(check.defaultSeverity))\"}}"
        }
        json += context.checks.isEmpty ? "]\n" : "\n          ]\n"
        json += "        }\n      },\n"
        json += "      \"columnKind\": \"unicodeCodePoints\",\n"
        json += "      \"results\": ["
        for (index, finding) in findings.enumerated() {
            json += index == 0 ? "\n        " : ",\n        "
            json += "{\"ruleId\": "
            JSONText.appendString(finding.checkID, to: &json)
            if let rule = ruleIndex[finding.checkID] { json += ", \"ruleIndex\": \(rule)" }
            json += ", \"level\": \"\(level(finding.severity))\", \"message\": {\"text\": "
            JSONText.appendString(finding.message, to: &json)
            json += "}, \"locations\": ["
            appendLocation(finding.location, id: nil, message: nil, to: &json)
            json += "]"
            if !finding.relatedLocations.isEmpty {
                json += ", \"relatedLocations\": ["
                for (position, related) in finding.relatedLocations.enumerated() {
                    if position > 0 { json += ", " }
                    appendLocation(related.location, id: position + 1, message: related.text, to: &json)
                }
                json += "]"
            }
            json += ", \"partialFingerprints\": {\"dariFingerprint/v1\": "
            JSONText.appendString(finding.fingerprint, to: &json)
            json += "}"
            if finding.unitID != nil || finding.source != nil || finding.target != nil {
                json += ", \"properties\": {"
                var fields: [String] = []
                for (key, value) in [("unit", finding.unitID), ("source", finding.source), ("target", finding.target)] {
                    guard let value else { continue }
                    var field = "\"\(key)\": "
                    JSONText.appendString(value, to: &field)
                    fields.append(field)
                }
                json += fields.joined(separator: ", ") + "}"
            }
            json += "}"
        }
        json += findings.isEmpty ? "]\n" : "\n      ]\n"
        json += "    }\n  ]\n}\n"
        return json
    }

    private static func appendLocation(_ location: SourceLocation, id: Int?, message: String?,
                                       to json: inout String) {
        json += "{"
        if let id { json += "\"id\": \(id), " }
        if let message {
            json += "\"message\": {\"text\": "
            JSONText.appendString(message, to: &json)
            json += "}, "
        }
        json += "\"physicalLocation\": {\"artifactLocation\": {\"uri\": "
        JSONText.appendString(uri(location.file), to: &json)
        json += "}"
        if location.line > 0 {
            json += ", \"region\": {\"startLine\": \(location.line)"
            if location.column > 0 { json += ", \"startColumn\": \(location.column)" }
            json += "}"
        }
        json += "}}"
    }

    /// SARIF levels: error, warning, note.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// "number-mismatch" → "NumberMismatch" (SARIF's rule `name`).
    static func ruleName(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A relative URI reference for a path: unreserved characters and '/'
    /// kept, everything else (spaces, Hangul) percent-encoded as UTF-8.
    static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
