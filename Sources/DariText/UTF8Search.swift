/// Substring tests on UTF-8 bytes.
///
/// Foundation's `String.contains(_:)` compares Characters with canonical
/// equivalence through CoreFoundation; on a large memory a prefilter such as
/// "does this sentence have a slash" took a quarter of `number-mismatch`'s
/// time. On NFC text (dari normalises at the input) a needle's bytes are in
/// the text wherever the needle is, so a byte test can stand in front of, or
/// instead of, Foundation's.
public enum UTF8Search {
    /// Whether `text` has the bytes of `needle` in it.
    public static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text, needle = needle
        return text.withUTF8 { haystack in needle.withUTF8 { contains(haystack, $0) } }
    }

    /// Whether `haystack` has `needle` in it, byte for byte.
    public static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first {
                var matched = 1
                while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
