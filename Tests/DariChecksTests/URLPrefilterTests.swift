@testable import DariChecks
import Testing

/// `url-mismatch` tokenises a text only when `mayHaveAddress` finds '@',
/// "://" or "www." in it; the search by `memchr` must say what a walk over
/// every byte says.
struct URLPrefilterTests {
    /// The walk the search replaced: the three bytes before each byte.
    private func walk(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "@") { return true }
            if byte == UInt8(ascii: "/"), index >= 2, bytes[index - 1] == UInt8(ascii: "/"),
               bytes[index - 2] == UInt8(ascii: ":") { return true }
            if byte == UInt8(ascii: "."), index >= 3, bytes[index - 1] == bytes[index - 2],
               bytes[index - 2] == bytes[index - 3], bytes[index - 1] | 0x20 == UInt8(ascii: "w") { return true }
        }
        return false
    }

    @Test(arguments: [
        "", "@", "a@b", "http://x", "://", ":/", "x:/ /", "www.", "WWW.x", "wWw.", "ww.", ".www", "w.w.w.",
        "see www.example.com.", "서울시청 (http://seoul.go.kr)", "No address here. None at all.", "a/b/c",
        "ends with ww", "mail me: kim＠example.com", "1:// and @", "www", "www..",
    ])
    func findsWhatAWalkOverEveryByteFinds(_ text: String) {
        #expect(URLMismatch.mayHaveAddress(text) == walk(text))
    }
}
