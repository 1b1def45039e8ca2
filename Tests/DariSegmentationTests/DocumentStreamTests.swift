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

    /// Four-byte UTF-8 (surrogate pairs in UTF-16) and Latin accents survive both transcodings.
    @Test func keepsEveryScalar() throws {
        let input = "Café 🇰🇷 naïve 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 한글 ㅋㅋ"
        #expect(try run(input, .english) == input + "\n")
    }
}

import DariModel
