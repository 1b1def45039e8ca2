import Testing
@testable import DariMatches

/// The shortcuts MatchText takes give what the Unicode properties give.
@Suite struct MatchTextTests {
    @Test func whitespaceIsUnicodeWhitespaceForEveryScalar() {
        let disagreeing = (0...0x10FFFF).compactMap(Unicode.Scalar.init(_:))
            .filter { MatchText.isWhitespace($0) != $0.properties.isWhitespace }
        #expect(disagreeing.isEmpty)
    }

    @Test func noBreakAndIdeographicSpacesSeparateLatinWords() {
        #expect(MatchText("see\u{00A0}more\u{3000}here").spaced == MatchText("see more here").spaced)
    }
}
