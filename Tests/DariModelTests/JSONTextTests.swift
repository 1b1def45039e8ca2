import DariModel
import Foundation
import Testing

/// The JSON Lines reports' strings: escaped per RFC 8259, everything else
/// written as it is, so a report is the same bytes on every run.
struct JSONTextTests {
    private func literal(_ value: String) -> String {
        var json = ""
        JSONText.appendString(value, to: &json)
        return json
    }

    @Test func quotesBackslashesAndControlCharactersAreEscaped() {
        #expect(literal(#"say "hi" \ now"#) == #""say \"hi\" \\ now""#)
        #expect(literal("a\nb\rc\td\u{1}e\u{1F}") == #""a\nb\rc\td\u0001e\u001f""#)
        #expect(literal("") == #""""#)
        #expect(literal("\"") == #""\"""#)
    }

    /// Text between escapes is copied as it is, whatever it holds: Hangul,
    /// a combining mark right after an escaped quote, an emoji.
    @Test(arguments: ["서울 \"시청\"", "\"\u{301}é\"", "😀\"\n😀", "plain 한국어 — “curly”"])
    func textBetweenEscapesIsKeptByteForByte(_ value: String) throws {
        let json = literal(value)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed) as? String
        #expect(decoded.map { Array($0.utf8) } == Array(value.utf8))
        // Every byte ≥ 0x20 but a quote or backslash is written as it is.
        let expected = value.utf8.flatMap { byte -> [UInt8] in
            switch byte {
            case UInt8(ascii: "\""): return Array(#"\""#.utf8)
            case UInt8(ascii: "\\"): return Array(#"\\"#.utf8)
            case UInt8(ascii: "\n"): return Array(#"\n"#.utf8)
            default: return [byte]
            }
        }
        #expect(Array(json.utf8) == [0x22] + expected + [0x22])
    }
}
