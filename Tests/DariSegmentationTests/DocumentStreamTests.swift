import Testing
@testable import DariSegmentation

@Suite struct DocumentStreamTests {
    private func run(_ input: String, _ language: DariModel.Language = .korean) throws -> String {
        var output = ""
        try DocumentStream(segmenter: Segmenter(language: language)).run(input) { output += $0 }
        return output
    }

    /// Blank lines (also CRLF and whitespace-only ones) separate documents;
    /// each line is a block; the output keeps every character, emoji included.
    @Test func writesSentencesPerLineAndABlankLineBetweenDocuments() throws {
        let input = "첫 문장입니다. 둘째 문장😊입니다.\r\n셋째 줄.\r\n \r\n\r\nGo home. Now.\n"
        #expect(try run(input) == "첫 문장입니다.\n둘째 문장😊입니다.\n셋째 줄.\n\nGo home.\nNow.\n")
    }

    @Test func emptyAndBlankInputWriteNothing() throws {
        #expect(try run("") == "")
        #expect(try run("\n \n\t\n") == "")
    }

    /// An input over 1 MB is segmented in two halves on two threads; the
    /// output is what segmenting each line in order gives.
    @Test func aLargeInputSplitInHalvesGivesTheSameOutput() throws {
        let documents = (0..<10000).map { index in
            "문서 \(index)의 첫 문장입니다. 둘째 문장도 있어요ㅎㅎ 셋째는 \"인용\"이다.\nA line. Another one."
        }
        let input = documents.joined(separator: "\n\n") + "\n"
        #expect(input.utf8.count > 1 << 20)
        let segmenter = try Segmenter(language: .korean)
        var expected = ""
        for (index, document) in documents.enumerated() {
            if index > 0 { expected += "\n" }
            for line in document.split(separator: "\n") {
                for sentence in try segmenter.sentences(in: String(line)) { expected += sentence + "\n" }
            }
        }
        #expect(try run(input) == expected)
    }

    /// The input is checked line by line as it is segmented; bytes that are
    /// not UTF-8 stop the run with their line, counted over the whole input
    /// also when they are in the second half, and nothing is written.
    @Test(arguments: [0, 20000])
    func bytesThatAreNotUTF8AreReportedWithTheirLine(documentsBefore: Int) throws {
        let before = (0..<documentsBefore).map { "문서 \($0)의 첫 문장입니다. 둘째 문장이에요ㅎㅎ\n\n" }.joined()
        let input = Array(before.utf8) + Array("좋아요.\n둘째 줄 ".utf8) + [0xED, 0xA0, 0x80] + Array("\n".utf8)
        #expect(documentsBefore == 0 || input.count > 1 << 20)
        var written = 0
        let stream = DocumentStream(segmenter: try Segmenter(language: .korean))
        #expect(throws: DocumentStream.InvalidUTF8(line: 2 * documentsBefore + 2)) {
            try input.withUnsafeBufferPointer { try stream.run(utf8: $0) { written += $0.count } }
        }
        #expect(written == 0)
    }

    /// The line decoder accepts exactly what Swift's own UTF-8 check accepts.
    @Test(arguments: [
        [0x41], [0xC3, 0xA9], [0xEA, 0xB0, 0x80], [0xF0, 0x9F, 0x98, 0x8A], [0xF4, 0x8F, 0xBF, 0xBF],
        [0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
        [0xED, 0x9F, 0xBF], [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
        [0xFF], [0xEA, 0xB0], [0xF0, 0x9F, 0x98], [0xC3], [0xEA, 0x41, 0x80], [0xF0, 0x9F, 0x41, 0x8A],
        [0x41, 0xC3, 0xA9, 0xEA, 0xB0, 0x80, 0x42],
    ] as [[UInt8]])
    func decodesWhatSwiftValidates(bytes: [UInt8]) {
        let line = bytes.withUnsafeBufferPointer { UTF16Transcoding.decode($0, 0..<bytes.count) }
        let text = String(validating: bytes, as: UTF8.self)
        #expect(line?.units == text.map { Array($0.utf16) })
    }

    /// Each line is normalised to NFC where it is decoded (a Hangul syllable
    /// typed as jamo, an accent typed after its letter).
    @Test func normalisesEachLineToNFC() throws {
        #expect(try run("\u{1112}\u{1161}\u{11AB}다. 좋아요\ncafe\u{301} 가요.\n") == "한다.\n좋아요\ncafé 가요.\n")
    }

    /// A sentence is written by copying its input bytes, found by walking the
    /// line; a bound inside a surrogate pair cannot be copied (it is encoded).
    @Test func theCursorFindsEachRangesBytesOrDeclines() {
        let bytes = Array("a😊한 b".utf8)  // UTF-16: a, high, low, 한, space, b
        bytes.withUnsafeBufferPointer { input in
            var cursor = UTF8Cursor(byte: 0)
            #expect(cursor.bytes(of: 0..<4, in: input).map(Array.init) == Array("a😊한".utf8))
            #expect(cursor.bytes(of: 5..<6, in: input).map(Array.init) == Array("b".utf8))
            var split = UTF8Cursor(byte: 0)
            #expect(split.bytes(of: 0..<2, in: input) == nil)
        }
    }

    /// Four-byte UTF-8 (surrogate pairs in UTF-16) and Latin accents survive both transcodings.
    @Test func keepsEveryScalar() throws {
        let input = "Café 🇰🇷 naïve 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 한글 ㅋㅋ"
        #expect(try run(input, .english) == input + "\n")
    }
}

import DariModel
