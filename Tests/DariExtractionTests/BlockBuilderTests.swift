@testable import DariExtraction
import DariModel
import Testing

@Suite struct BlockBuilderTests {
    private func builder() -> BlockBuilder {
        BlockBuilder(preservesWhitespace: false, dropsLeadingLineFeed: false)
    }

    @Test func trailingSpaceIsTrimmedPastClosingCodes() throws {
        var run = builder()
        run.appendText("  foo ")
        run.open(element: "em", original: "<em>", depth: 3)
        run.appendText(" bar  ")
        run.close(depth: 3)
        #expect(try run.finish()?.content == [
            .text("foo "), .start(id: 1, element: "em", original: "<em>"), .text("bar"),
            .end(id: 1, element: "em", original: "</em>"),
        ])
    }

    @Test func lineBreakDropsWhiteSpaceAroundIt() throws {
        var run = builder()
        run.appendText("one ")
        run.appendStandalone(element: "br", original: "<br>")
        run.appendText("  two")
        #expect(try run.finish()?.content == [.text("one"), .standalone(id: 1, element: "br", original: "<br>"), .text("two")])
    }

    @Test func codeCutByANestedBlockIsClosed() throws {
        var run = builder()
        run.open(element: "a", original: #"<a href="/">"#, depth: 2)
        run.appendText("Card")
        #expect(try run.finish()?.content == [
            .start(id: 1, element: "a", original: #"<a href="/">"#), .text("Card"),
            .end(id: 1, element: "a", original: "</a>"),
        ])
    }

    @Test func endTagOfACodeFromAnEarlierRunAddsNothing() throws {
        var run = builder()
        run.appendText("tail")
        run.close(depth: 2)
        #expect(try run.finish()?.content == [.text("tail")])
    }

    @Test func runWithoutVisibleTextGivesNoBlock() throws {
        var run = builder()
        run.open(element: "span", original: "<span>", depth: 2)
        run.appendText(" \u{A0} ")
        run.close(depth: 2)
        run.appendStandalone(element: "img", original: "<img>")
        #expect(try run.finish()?.content == nil)
    }

    @Test func textIsNormalisedToNFC() throws {
        var run = builder()
        run.appendText("\u{1112}\u{1161}\u{11AB}")  // 한 as conjoining jamo
        #expect(try run.finish()?.content == [.text("\u{D55C}")])
    }

    @Test func preformattedRunDropsOnlyTheLineFeedAfterTheStartTag() throws {
        var run = BlockBuilder(preservesWhitespace: true, dropsLeadingLineFeed: true)
        run.appendText("\n\n  code  ")
        #expect(try run.finish()?.content == [.text("\n  code  ")])
    }
}
