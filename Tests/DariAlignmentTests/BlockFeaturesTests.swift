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
        let features = BlockFeatures.of([block("DDB 함수", id: "hd_1"), block("FV 함수", id: "hd_1"),
                                          block("IPMT 함수", id: "hd_2")], language: .korean)
        #expect(features.map(\.elementID) == [nil, nil, "hd_2"])
    }
}
