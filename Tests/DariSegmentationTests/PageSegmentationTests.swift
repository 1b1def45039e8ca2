import DariModel
import Testing
@testable import DariSegmentation

@Suite struct PageSegmentationTests {
    private func block(_ text: String, line: Int) -> Block {
        Block(kind: .paragraph, content: [.text(text)], location: SourceLocation(file: "p.html", line: line),
              path: "html/body/p[\(line)]")
    }

    @Test func aBlockBoundaryIsAlwaysASentenceBoundary() throws {
        // Neither block ends with punctuation; ICU alone would join them if they were one text.
        let page = Page(path: "p.html", language: .english,
                        blocks: [block("Our story", line: 1), block("It began in 2000. Then it grew", line: 2)],
                        alternates: [])
        let sentences = try Segmenter(language: .english).sentences(of: page)
        #expect(sentences.map(\.text) == ["Our story", "It began in 2000.", "Then it grew"])
        #expect(sentences.map(\.blockIndex) == [0, 1, 1])
        #expect(sentences[2].range == 18..<30)
    }
}
