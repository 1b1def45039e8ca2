import DariExtraction
import DariModel
import Testing

/// A block remembers where the page's lines begin in its text, so that a
/// finding on a later sentence of a long paragraph names that sentence's line.
@Suite struct LineMarkTests {
    private func block(_ html: String, containing text: String) throws -> Block {
        let page = try Extractor().extract(bytes: Array(html.utf8), path: "page.html").page
        return try #require(page.blocks.first { $0.text.contains(text) })
    }

    private func line(of needle: String, in block: Block) throws -> Int {
        let text = block.text
        let range = try #require(text.range(of: needle))
        return block.location(atTextOffset: text.utf16.distance(from: text.startIndex, to: range.lowerBound)).line
    }

    private static let page = """
        <!DOCTYPE html>
        <html lang="en"><body>
        <p>The first sentence starts here.
           The second one is on line four.
           <em>The third</em> is on line five,
           and it goes on to line six.</p>
        </body></html>
        """

    @Test func eachSentenceOfAWrappedParagraphHasItsOwnLine() throws {
        let block = try block(Self.page, containing: "first sentence")
        #expect(block.location.line == 3)
        #expect(try line(of: "The first", in: block) == 3)
        #expect(try line(of: "The second", in: block) == 4)
        #expect(try line(of: "The third", in: block) == 5)
        #expect(try line(of: "and it goes", in: block) == 6)
    }

    @Test func textAfterTheStartTagsLineStartsWhereTheTextIs() throws {
        let html = "<html lang=\"en\"><body>\n<p>\n\n   Opening words on line four.</p></body></html>"
        let block = try block(html, containing: "Opening")
        #expect(try line(of: "Opening", in: block) == 4)
    }

    @Test func preformattedTextCountsItsOwnLines() throws {
        let html = "<html lang=\"en\"><body>\n<pre>\nline three\nline four\n</pre></body></html>"
        let block = try block(html, containing: "line three")
        #expect(try line(of: "line four", in: block) == 4)
    }

    @Test func aBlockOnOneLineNeedsNoMarks() throws {
        // Its location says the line; a page of short paragraphs keeps no array per block for it.
        let html = "<html lang=\"en\"><body>\n<p>One line. Two sentences.</p></body></html>"
        let block = try block(html, containing: "One line")
        #expect(block.lineMarks.isEmpty)
        #expect(try line(of: "Two", in: block) == 2)
    }

    @Test func attributesHaveTheirOwnersLine() throws {
        let html = "<html lang=\"en\"><body>\n<p>Text.</p>\n<img src=\"a.png\"\n alt=\"A picture of the river\"></body></html>"
        let page = try Extractor().extract(bytes: Array(html.utf8), path: "page.html").page
        let alt = try #require(page.blocks.first { $0.text == "A picture of the river" })
        #expect(alt.location(atTextOffset: 5).line == alt.location.line)
    }
}
