import DariModel
import DariTestSupport
import Foundation
import Testing
@testable import DariXML

/// Charset errors point at the bad byte's line, in any encoding (issue 18: an
/// EUC-KR page with invalid bytes on line 30 said line 1).
@Suite struct CharsetPositionTests {
    /// 29 good lines of Korean in `charset`, then `bad` on line 30.
    private static func page(charset: String, encoding: String.Encoding, bad: [UInt8]) -> [UInt8] {
        var lines = ["<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"\(charset)\"><title>t</title></head><body>"]
        for number in 2...29 { lines.append("<p>문장 \(number)입니다.</p>") }
        var bytes: [UInt8] = []
        for line in lines { bytes += Array(line.data(using: encoding)!) + [0x0A] }
        return bytes + Array("<p>가나 ".data(using: encoding)!) + bad + Array(" 끝</p>\n</body></html>\n".utf8)
    }

    @Test(arguments: [("EUC-KR", String.Encoding(rawValue: 0x80000940)), ("UTF-8", .utf8)])
    func aBadByteOnLine30IsOnLine30(charset: String, encoding: String.Encoding) throws {
        let bytes = Self.page(charset: charset, encoding: encoding, bad: [0xFF, 0xFE])
        let position = try #require(CharsetPosition.firstInvalid(in: bytes, charset: charset))
        #expect(position.line == 30)
        #expect(position.column == 7, "after '<p>가나 '")
        #expect(throws: MarkupError.undecodable(file: "p.html", line: 30, encoding: charset.uppercased())) {
            try MarkupParser.parseHTML(bytes: bytes, path: "p.html") { _ in }
        }
    }

    @Test func linesAreCountedInTheDecodedTextSoUTF16Works() throws {
        // "a\nb\n" then a lone low surrogate: invalid UTF-16.
        let bytes: [UInt8] = [0x61, 0x00, 0x0A, 0x00, 0x62, 0x00, 0x0A, 0x00, 0x63, 0x00, 0x00, 0xDC, 0x64, 0x00]
        let position = try #require(CharsetPosition.firstInvalid(in: bytes, charset: "UTF-16LE"))
        #expect(position.line == 3 && position.column == 2)
    }

    @Test func validBytesAndUnknownCharsetsHaveNoPosition() {
        #expect(CharsetPosition.firstInvalid(in: Array("가\n나".utf8), charset: "UTF-8") == nil)
        #expect(CharsetPosition.firstInvalid(in: [0xB0, 0xA1], charset: "EUC-KR") == nil)
        #expect(CharsetPosition.firstInvalid(in: [0xFF], charset: "NO-SUCH-CHARSET") == nil)
    }

    @Test func anXMLMemoryWithBadBytesOnLine4SaysLine4() throws {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"EUC-KR\"?>\n<r>\n<a>ok</a>\n<b>".utf8) + [0xFF, 0xFF]
            + Array("</b>\n</r>\n".utf8)
        let reader = try MarkupReader(bytes: bytes, path: "m.xlf")
        #expect(throws: MarkupError.undecodable(file: "m.xlf", line: 4, encoding: "EUC-KR")) {
            while try reader.next() != nil {}
        }
    }
}
