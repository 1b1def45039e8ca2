import DariTestSupport
import Foundation
import Testing

@Suite struct SegmentCommandTests {
    @Test func segmentsStandardInputByDocument() throws {
        let result = try CommandRunner.run(["segment", "--lang", "ko"],
                                           stdin: "첫 문장입니다. 둘째 문장이에요 셋째\n\n다음 문서입니다.\n")
        #expect(result.status == 0)
        #expect(result.stdout == "첫 문장입니다.\n둘째 문장이에요\n셋째\n\n다음 문서입니다.\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func normalisesInputToNFC() throws {
        let result = try CommandRunner.run(["segment", "--lang", "ko", "-"], stdin: "\u{1112}\u{1161}\u{11AB}다.\n")
        #expect(result.stdout == "한다.\n")
    }

    @Test func aMissingFileIsAnIOError() throws {
        let result = try CommandRunner.run(["segment", "--lang", "en", "no-such-file.txt"])
        #expect(result.status == 74)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no-such-file.txt: error: no such file"))
    }

    @Test func invalidUTF8IsADataErrorWithItsLine() throws {
        let scratch = try ScratchFolder("dari-segment")
        let path = try scratch.write("bad.txt", [0x6F, 0x6B, 0x0A, 0xFF, 0xFE, 0x0A])
        let result = try CommandRunner.run(["segment", "--lang", "en", path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(":2: error: the text is not valid UTF-8"))
    }

    @Test func anUnknownLanguageIsAUsageError() throws {
        let result = try CommandRunner.run(["segment", "--lang", "fr"])
        #expect(result.status == 64)
    }
}
