/// Finds the charset an HTML page declares, and validates UTF-8 with a line.
enum CharsetSniffer {
    /// The charset named by a BOM or by `<meta charset=…>` /
    /// `<meta http-equiv content="…; charset=…">` in the first 4 KiB, the
    /// window the HTML standard's prescan looks at (it uses 1024 bytes; pages
    /// with long head comments exist, so dari looks a little further).
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        let window = bytes.prefix(4096).map { byte -> UInt8 in
            (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte  // ASCII lower-case
        }
        let needle = Array("charset".utf8)
        var index = 0
        while index + needle.count < window.count {
            guard window[index..<(index + needle.count)].elementsEqual(needle) else {
                index += 1
                continue
            }
            var cursor = index + needle.count
            while cursor < window.count, window[cursor] == 0x20 { cursor += 1 }
            guard cursor < window.count, window[cursor] == UInt8(ascii: "=") else {
                index += 1
                continue
            }
            cursor += 1
            while cursor < window.count, window[cursor] == 0x20 || window[cursor] == 0x22 || window[cursor] == 0x27 {
                cursor += 1
            }
            var name: [UInt8] = []
            while cursor < window.count {
                let byte = window[cursor]
                let isNameByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
                guard isNameByte else { break }
                name.append(byte)
                cursor += 1
            }
            if !name.isEmpty { return String(decoding: name, as: UTF8.self).uppercased() }
            index += 1
        }
        return nil
    }

    static func isUTF8(_ name: String) -> Bool {
        let normalized = name.uppercased().replacingOccurrences(of: "_", with: "-")
        return normalized == "UTF-8" || normalized == "UTF8"
    }

    /// The 1-based line of the first byte sequence that is not UTF-8, or nil.
    static func firstInvalidUTF8Line(in bytes: [UInt8]) -> Int? {
        CharsetPosition.firstInvalidUTF8(in: bytes)?.line
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
