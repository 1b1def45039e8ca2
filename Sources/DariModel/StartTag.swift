/// Attributes read from the original text of an HTML start tag, as inline
/// codes keep it (`<a href="/ko/about.html" class=x>`). One reader for the
/// aligner, the checks, the Markdown reader and the translation state, so a
/// link means the same thing to each of them.
public enum StartTag {
    /// Where the element of `tag` points: its `href`, else its `src`.
    public static func address(in tag: some StringProtocol) -> String? {
        attribute("href", in: tag) ?? attribute("src", in: tag)
    }

    /// The value of the attribute `name` in `tag`, or nil when it has none.
    ///
    /// As in HTML: names match whatever their case; a value is double-quoted,
    /// single-quoted or bare, and a bare value runs to white space or `>`
    /// (`href=/en/a.html` is `/en/a.html`); an attribute written without a
    /// value (`<td nowrap>`) is "". Character references are left as written.
    /// `tag` may be the whole tag or only its attribute list.
    public static func attribute(_ name: String, in tag: some StringProtocol) -> String? {
        let bytes = Array(tag.utf8)
        let wanted = Array(name.lowercased().utf8)
        var index = 0
        if bytes.first == UInt8(ascii: "<") {
            index = 1  // the tag name
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
        }
        while index < bytes.count {
            while index < bytes.count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
            guard index < bytes.count, bytes[index] != UInt8(ascii: ">") else { return nil }
            let nameStart = index
            index += 1  // a name may start with `=` (HTML's error recovery); it never ends there
            while index < bytes.count, !isSpace(bytes[index]), !isNameEnd(bytes[index]) { index += 1 }
            let isWanted = lowercased(bytes[nameStart..<index]) == wanted
            var cursor = index
            while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "=") else {
                if isWanted { return "" }
                continue
            }
            cursor += 1
            while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
            let valueStart: Int, valueEnd: Int
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") {
                let quote = bytes[cursor]
                valueStart = cursor + 1
                valueEnd = bytes[valueStart...].firstIndex(of: quote) ?? bytes.count
                index = min(valueEnd + 1, bytes.count)
            } else {
                valueStart = cursor
                valueEnd = bytes[cursor...].firstIndex { isSpace($0) || $0 == UInt8(ascii: ">") } ?? bytes.count
                index = valueEnd
            }
            if isWanted { return String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self) }
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func isNameEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    private static func lowercased(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    }
}
