import DariExtraction
import DariModel
import Testing

/// What is not for translation stays out of translation (issue 17, noise
/// patterns 1 and 2): code is a block of its own kind, and content its page
/// marks as not translatable is site chrome, like `<nav>`.
@Suite struct NotForTranslationTests {
    private func blocks(_ body: String) throws -> [Block] {
        try Extractor().extract(bytes: Array("<html><body>\(body)</body></html>".utf8), path: "p.html").page.blocks
    }

    // MARK: Code

    @Test func aPreBlockIsOneCodeBlockWithItsWhiteSpace() throws {
        let blocks = try blocks("<pre>\nlet x = 1.5\n  print(x). Done.\n</pre>")
        #expect(blocks.map(\.kind) == [.code])
        #expect(blocks.first?.text == "let x = 1.5\n  print(x). Done.\n")
    }

    @Test(arguments: [
        "<p><code>make install</code></p>",
        "<p><kbd>Ctrl</kbd>+<kbd>C</kbd></p>",
        "<li><samp>Segmentation fault</samp></li>",
        "<td><var>width</var></td>",
        "<div><code>gimp --version</code></div>",
    ])
    func runningTextThatIsOnlyCodeIsACodeBlock(html: String) throws {
        #expect(try blocks(html).map(\.kind) == [.code])
    }

    @Test func inlineCodeInProseStaysAnInlineCodeOfAParagraph() throws {
        let block = try #require(try blocks("<p>Run <code>make 2</code> now.</p>").first)
        #expect(block.kind == .paragraph)
        #expect(block.text == "Run make 2 now.")
        #expect(InlineContent.proseText(block.content) == "Run \u{FFFC} now.")
    }

    @Test func aHeadingOfCodeStaysAHeading() throws {
        #expect(try blocks("<h2><code>gimp-image-new</code></h2>").map(\.kind) == [.heading(level: 2)])
    }

    // MARK: Not translatable

    @Test(arguments: [
        #"<div translate="no"><p>GIMP 2.10</p></div>"#,
        #"<div its:translate="no"><p>GIMP 2.10</p></div>"#,
        #"<p class="brand notranslate">GIMP 2.10</p>"#,
        #"<div role="navigation"><p>Home</p></div>"#,
        #"<div role="banner"><p>GIMP</p></div>"#,
        #"<div role="contentinfo"><p>© 2024</p></div>"#,
        #"<form role="search"><p>Search the manual</p></form>"#,
        #"<div translate="no"><img alt="logo" src="l.png"></div>"#,
    ])
    func markedContentIsChromeAndStaysOutOfTheMemory(html: String) throws {
        let blocks = try blocks(html)
        #expect(!blocks.isEmpty && blocks.allSatisfy(\.isBoilerplate))
    }

    @Test func translateYesInsideTranslateNoIsTranslatedAgain() throws {
        let blocks = try blocks(#"<div translate="no"><p>GIMP</p><p translate="yes">Welcome.</p></div>"#)
        #expect(blocks.map(\.isBoilerplate) == [true, false])
    }

    /// An exponent after a number is read as text writes it (2^53, not 253);
    /// a footnote mark after a word is left as it is.
    @Test func anExponentAfterANumberReadsWithACaret() throws {
        let power = try #require(try blocks("<p>The largest is 2<sup>53</sup> - 1.</p>").first)
        #expect(InlineContent.proseText(power.content) == "The largest is 2^53 - 1.")
        let negative = try #require(try blocks("<p>The smallest is 2<sup>-1074</sup>.</p>").first)
        #expect(InlineContent.proseText(negative.content) == "The smallest is 2^-1074.")
        let footnote = try #require(try blocks("<p>It was founded in 2000<sup>[1]</sup> by many<sup>2</sup>.</p>").first)
        #expect(InlineContent.proseText(footnote.content) == "It was founded in 2000[1] by many2.")
    }

    @Test func anInlineSpanMarkedNotForTranslationIsLeftOutOfTheProseChecks() throws {
        let block = try #require(try blocks(#"<p>Open <span translate="no">GIMP Help</span> first.</p>"#).first)
        #expect(!block.isBoilerplate)
        #expect(InlineContent.proseText(block.content) == "Open \u{FFFC} first.")
    }
}
