/// Minimal JSON writing for the JSON Lines outputs: strings escaped per
/// RFC 8259, UTF-8 left as is, so output is byte-for-byte deterministic and
/// fast on large pages (no Foundation encoder, no dictionary ordering).
public enum JSONText {
    /// Appends `value` as a JSON string literal (with quotes) to `json`.
    public static func appendString(_ value: String, to json: inout String) {
        json += "\""
        let needsEscaping = value.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        if !needsEscaping {
            json += value
        } else {
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": json += "\\\""
                case "\\": json += "\\\\"
                case "\n": json += "\\n"
                case "\r": json += "\\r"
                case "\t": json += "\\t"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    json += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default:
                    json.unicodeScalars.append(scalar)
                }
            }
        }
        json += "\""
    }

    /// Appends `, "key": "value"` (nothing when `value` is nil): a field
    /// after the first of an object written by hand.
    public static func appendField(_ key: String, _ value: String?, to json: inout String) {
        guard let value else { return }
        json += ", \"\(key)\": "
        appendString(value, to: &json)
    }

    /// Appends `, "key": ["a", "b"]` (nothing when `values` is empty).
    public static func appendField(_ key: String, _ values: [String], to json: inout String) {
        guard !values.isEmpty else { return }
        json += ", \"\(key)\": ["
        for (index, value) in values.enumerated() {
            if index > 0 { json += ", " }
            appendString(value, to: &json)
        }
        json += "]"
    }
}
