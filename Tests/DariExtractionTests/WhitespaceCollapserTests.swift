@testable import DariExtraction
import Testing

@Suite struct WhitespaceCollapserTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("  leading and trailing  ", "leading and trailing"),
        ("tabs\tand\nnew\r\nlines", "tabs and new lines"),
        ("many     spaces", "many spaces"),
        ("\u{A0}no-break\u{A0}", "\u{A0}no-break\u{A0}"),
        ("한국어  문장\n 둘", "한국어 문장 둘"),
        ("   ", ""),
        ("\u{3000}", ""),
    ])
    func attributeValuesCollapse(input: String, expected: String) {
        #expect(WhitespaceCollapser.collapsed(input) == expected)
    }

    @Test func spaceStateCarriesAcrossPieces() throws {
        var collapser = WhitespaceCollapser(preservesWhitespace: false)
        collapser.append("foo ")
        let first = collapser.takePiece()
        collapser.append("  bar")
        let second = collapser.takePiece()
        #expect(first?.text == "foo ")
        #expect(second?.text == "bar", "the space after 'foo' already renders")
    }

    @Test func preformattedTextIsKeptWithLineFeedsNormalised() throws {
        var collapser = WhitespaceCollapser(preservesWhitespace: true)
        collapser.append("\n  a\r\n\tb\rc  ")
        collapser.dropLeadingLineFeed()
        let trimmed = collapser.trimTrailingSpace()
        let piece = collapser.takePiece()
        #expect(trimmed, "a non-empty piece answers for itself")
        #expect(piece?.text == "  a\n\tb\nc  ", "preformatted spaces are not trimmed")
    }

    @Test(arguments: [("   ", false), ("\u{A0}", false), ("a", true), ("한", true), (" \u{3000}x", true)])
    func visibility(input: String, isVisible: Bool) throws {
        var collapser = WhitespaceCollapser(preservesWhitespace: true)
        collapser.append(input)
        let taken = collapser.takePiece()
        let piece = try #require(taken)
        #expect(piece.isVisible == isVisible)
    }
}
