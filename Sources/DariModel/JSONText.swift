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
            // The text between escapes appended as one piece, not scalar by
            // scalar (most of the JSON Lines' time): every escaped character is
            // one ASCII byte, so it never falls inside a multi-byte scalar.
            let bytes = value.utf8
            var runStart = bytes.startIndex
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                json += value[runStart..<index]
                switch byte {
                case UInt8(ascii: "\""): json += "\\\""
                case UInt8(ascii: "\\"): json += "\\\\"
                case UInt8(ascii: "\n"): json += "\\n"
                case UInt8(ascii: "\r"): json += "\\r"
                case UInt8(ascii: "\t"): json += "\\t"
                default:
                    let hex = String(byte, radix: 16)
                    json += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
                runStart = bytes.index(after: index)
            }
            json += value[runStart...]
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
