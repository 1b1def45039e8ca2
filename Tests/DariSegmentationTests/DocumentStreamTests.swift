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

    /// Four-byte UTF-8 (surrogate pairs in UTF-16) and Latin accents survive both transcodings.
    @Test func keepsEveryScalar() throws {
        let input = "Café 🇰🇷 naïve 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 한글 ㅋㅋ"
        #expect(try run(input, .english) == input + "\n")
    }
}

import DariModel
