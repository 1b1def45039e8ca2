@testable import DariAlignment
import DariModel
import Testing

@Suite struct BlockFeaturesTests {
    /// An id repeated on a page (help pages embed one section several times,
    /// ids and all) names no one element: it is no evidence for a pair.
    @Test func anIDRepeatedOnAPageIsNoEvidence() {
        func block(_ text: String, id: String) -> Block {
            Block(kind: .heading(level: 2), content: [.text(text)], location: SourceLocation(file: "a.html", line: 1),
                  path: "html/body/h2[1]", elementID: id)
        }
        let features = BlockFeatures.of(source: [block("DDB 함수", id: "hd_1"), block("FV 함수", id: "hd_1"),
                                                  block("IPMT 함수", id: "hd_2")],
                                         target: [block("DDB", id: "hd_1"), block("IPMT", id: "hd_2")])
        #expect(features.source.map { $0.elementID != nil } == [false, false, true])
        #expect(features.source[2].elementID == features.target[1].elementID)
    }

    /// A copy (as an anchor or an id) is kept as a name that equals the
    /// other page's exactly when the texts do, whichever page is the longer.
    @Test func aCopyIsNamedAlikeOnBothPagesOnly() {
        func block(_ text: String) -> Block {
            Block(kind: .paragraph, content: [.text(text)], location: SourceLocation(file: "a.html", line: 1),
                  path: "html/body/p[1]")
        }
        let copied = "sudo apt-get install gimp"
        let shorter = [block("Only on the shorter page"), block(copied)]
        let longer = [block("make install DESTDIR=/opt"), block(copied), block("Note"), block("Also on the longer page")]
        for shorterIsSource in [true, false] {
            let features = shorterIsSource ? BlockFeatures.of(source: shorter, target: longer)
                : BlockFeatures.of(source: longer, target: shorter)
            let (short, long) = shorterIsSource ? (features.source, features.target) : (features.target, features.source)
            #expect(short.map { $0.copyText != nil } == [true, true])
            #expect(long.map { $0.copyText != nil } == [true, true, false, true])
            #expect(long.map { $0.copyText == short[1].copyText } == [false, true, false, false])
            #expect(!long.contains { $0.copyText == short[0].copyText })
        }
    }
}
