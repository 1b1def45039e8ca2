import DariModel
import Testing

/// A link back to the top or the contents, repeated after every section of
/// a page, is its navigation: one page of a pair often has it and the other
/// not, and it is no content to translate.
@Suite struct InPageNavigationTests {
    private func block(_ content: [InlineContent]) -> Block {
        Block(kind: .paragraph, content: content, location: SourceLocation(file: "ko/a.md", line: 1), path: "p")
    }

    private func htmlTop(_ words: String = "↥ 위로") -> Block {
        block([.start(id: 1, element: "b", original: "<b>"),
               .start(id: 2, element: "a", original: "<a href=\"#table-of-contents\">"), .text(words),
               .end(id: 2, element: "a", original: "</a>"), .end(id: 1, element: "b", original: "</b>")])
    }

    private func markdownTop() -> Block {
        block([.start(id: 1, element: "strong", original: "**"), .start(id: 2, element: "a", original: "["),
               .text("⬆ back to top"), .end(id: 2, element: "a", original: "](#table-of-contents)"),
               .end(id: 1, element: "strong", original: "**")])
    }

    @Test func aLinkToTheTopRepeatedThreeTimesIsNavigation() {
        let prose = block([.text("네임스페이스는 코드를 구성합니다.")])
        #expect(Block.repeatedInPageLinks(in: [prose, htmlTop(), prose, htmlTop(), prose, htmlTop()]) == [1, 3, 5])
        #expect(Block.repeatedInPageLinks(in: [markdownTop(), prose, markdownTop(), markdownTop()]) == [0, 2, 3])
    }

    /// Twice is not yet a pattern; a table of contents links each heading
    /// once; a sentence with a link in it is content.
    @Test func contentsEntriesAndSentencesWithLinksAreContent() {
        #expect(Block.repeatedInPageLinks(in: [htmlTop(), htmlTop()]).isEmpty)
        let entries = ["설치", "설정", "실행"].map { htmlTop($0) }
        #expect(Block.repeatedInPageLinks(in: entries).isEmpty)
        let sentence = block([.text("자세한 내용은 "), .start(id: 1, element: "a", original: "<a href=\"#setup\">"),
                              .text("설정"), .end(id: 1, element: "a", original: "</a>"), .text("을 보세요.")])
        #expect(Block.repeatedInPageLinks(in: [sentence, sentence, sentence]).isEmpty)
    }
}
