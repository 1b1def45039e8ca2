/// Substring search on UTF-8 bytes, for prefilters: `String.contains`
/// compares Characters (with Foundation imported, through its
/// Character-wise search), far slower than a byte scan when the answer is
/// almost always no.
///
/// A byte match is a match of the scalars: a UTF-8 sequence cannot start
/// inside another scalar's bytes. It does not treat canonically equivalent
/// spellings as equal, so use it where both texts are NFC (as the memory's
/// text is) or where a byte match is what the caller needs.
public enum ByteSearch {
    /// True when `needle`'s UTF-8 occurs in `text`'s; an empty needle always does.
    public static func contains(_ needle: String, in text: String) -> Bool {
        var needle = needle, text = text
        return needle.withUTF8 { needle in
            text.withUTF8 { haystack in contains(needle, in: haystack) }
        }
    }

    /// True when `needle` occurs in `haystack`.
    public static func contains(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
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
