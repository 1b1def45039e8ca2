@testable import DariAlignment
import DariModel
import Testing

@Suite struct BlockFeaturesTests {
    /// A Markdown link says where it goes in its closing code (`](url)`):
    /// two list entries of a list of tools link to the same page, in
    /// either language, or are different entries. A link to a place on the
    /// same page names no page.
    @Test func aMarkdownLinksTargetIsEvidenceForAPair() {
        func entry(_ name: String, _ url: String, _ text: String) -> Block {
            Block(kind: .listItem, content: [.start(id: 1, element: "a", original: "["), .text(name),
                                             .end(id: 1, element: "a", original: "](\(url))"), .text(text)],
                  location: SourceLocation(file: "a.md", line: 1), path: "ul[1]/li[1]")
        }
        let features = BlockFeatures.of(
            source: [entry("helm-git", "https://github.com/aslafy-z/helm-git", " - 차트를 설치하는 플러그인"),
                     entry("목차", "#contents", " - 이 페이지의 목차")],
            target: [entry("helm-git", "https://github.com/aslafy-z/helm-git", " - Plugin that installs charts"),
                     entry("helm-monitor", "https://github.com/ContainerSolutions/helm-monitor", " - Monitors releases")])
        #expect(features.source[0].links == features.target[0].links)
        #expect(!features.source[0].links.isEmpty)
        #expect(features.source[0].links.isDisjoint(with: features.target[1].links))
        #expect(features.source[1].links.isEmpty)
    }

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
