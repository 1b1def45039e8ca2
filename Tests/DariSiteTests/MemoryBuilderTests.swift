@testable import DariSite
import DariModel
import Testing

@Suite struct MemoryBuilderTests {
    // "One. <b>Two.</b> Three." — sentences at 0..<4, 5..<9, 10..<16.
    let content: [InlineContent] = [
        .text("One. "),
        .start(id: 1, element: "b", original: "<b>"),
        .text("Two."),
        .end(id: 1, element: "b", original: "</b>"),
        .text(" Three."),
    ]
    let ranges = [0..<4, 5..<9, 10..<16]

    /// Each sentence's anchors are those of the codes `cut` gives it.
    @Test func eachSentenceGetsTheAnchorsOfItsOwnCodes() {
        // "See [one](/a). Two <X />. Three." — sentences at 0..<8, 9..<13, 14..<20.
        let linked: [InlineContent] = [
            .text("See "), .start(id: 1, element: "a", original: "["), .text("one"),
            .end(id: 1, element: "a", original: "](/a)"), .text(". Two "),
            .standalone(id: 2, element: "X", original: "<X />"), .text(". Three."),
        ]
        let ranges = [0..<8, 9..<13, 14..<20]
        let anchors = MemoryBuilder.anchors(of: linked, at: ranges)
        #expect(anchors == [["link /a"], ["component x"], []])
        #expect(anchors == MemoryBuilder.cut(linked, at: ranges, into: [0..<1, 1..<2, 2..<3]).map(VisibleCodes.anchors))
        #expect(MemoryBuilder.anchors(of: content, at: self.ranges) == [[], [], []])
    }

    @Test func eachBeadGetsItsSentencesWithTheirCodes() {
        let pieces = MemoryBuilder.cut(content, at: ranges, into: [0..<1, 1..<2, 2..<3])
        #expect(pieces == [
            [.text("One.")],
            [.start(id: 1, element: "b", original: "<b>"), .text("Two."), .end(id: 1, element: "b", original: "</b>")],
            [.text("Three.")],
        ])
    }

    @Test func aManySentenceBeadKeepsTheSpaceBetweenItsSentences() {
        let pieces = MemoryBuilder.cut(content, at: ranges, into: [0..<2, 2..<3])
        #expect(InlineContent.plainText(pieces[0]) == "One. Two.")
        #expect(InlineContent.plainText(pieces[1]) == "Three.")
    }

    @Test func aBeadWithNoSentenceOnThisSideIsEmpty() {
        let pieces = MemoryBuilder.cut(content, at: ranges, into: [0..<1, 1..<1, 1..<3])
        #expect(pieces[1].isEmpty)
        #expect(InlineContent.plainText(pieces[2]) == "Two. Three.")
    }

    @Test func codesOnABoundaryWithoutSpaceCloseTheEarlierSentenceAndOpenTheLaterOne() {
        let tight: [InlineContent] = [
            .start(id: 1, element: "b", original: "<b>"), .text("하나."),
            .end(id: 1, element: "b", original: "</b>"),
            .standalone(id: 2, element: "br", original: "<br>"),
            .start(id: 3, element: "i", original: "<i>"), .text("둘."),
            .end(id: 3, element: "i", original: "</i>"),
        ]
        // The plain text is "하나. 둘.": the line break reads as a space.
        let pieces = MemoryBuilder.cut(tight, at: [0..<3, 4..<6], into: [0..<1, 1..<2])
        #expect(pieces[0].count == 4)
        #expect(pieces[1] == [.start(id: 3, element: "i", original: "<i>"), .text("둘."), .end(id: 3, element: "i", original: "</i>")])
    }

    @Test func everyCodeAndCharacterSurvivesTheCut() {
        let pieces = MemoryBuilder.cut(content, at: ranges, into: [0..<1, 1..<3])
        let codes = pieces.joined().filter { if case .text = $0 { return false }; return true }
        #expect(codes.count == 2)
        #expect(pieces.map(InlineContent.plainText).joined(separator: " ") == "One. Two. Three.")
    }

    /// Unit IDs must not change between runs or machines, so the fingerprint
    /// is FNV-1a (64-bit) over UTF-8, never Swift's per-process seeded
    /// `Hasher`: the values are the published test vectors ("" and "a"),
    /// and one computed apart, in Python, for a key with Hangul.
    @Test func fingerprintsAreFNV1aSoStableAcrossRunsAndIDsAreNMTokens() {
        #expect(MemoryBuilder.fingerprint("") == "cbf29ce48422")
        #expect(MemoryBuilder.fingerprint("a") == "af63dc4c8601")
        #expect(MemoryBuilder.fingerprint("p\u{1}하나\u{1}one") == "a2d295f8b209")
        #expect(MemoryBuilder.token("ko/news/a b.html") == "ko_news_a_b.html")
    }
}
