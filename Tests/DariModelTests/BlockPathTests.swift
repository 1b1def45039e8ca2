import DariModel
import Foundation
import Testing

/// A block's path may be a range of its page's paths, one text for every
/// block; it reads, compares and encodes as the string it stands for.
@Suite struct BlockPathTests {
    @Test func aRangeOfAPagesPathsIsThatPath() {
        let paths = "html/body/p[1]html/body/h2[1]{#설치}"
        let first = BlockPath(in: paths, utf8Range: 0..<14)
        let second = BlockPath(in: paths, utf8Range: 14..<paths.utf8.count)
        #expect(first.string == "html/body/p[1]")
        #expect(second.string == "html/body/h2[1]{#설치}")
        #expect(second == BlockPath("html/body/h2[1]{#설치}"))
        #expect(Set([second, BlockPath("html/body/h2[1]{#설치}")]).count == 1)
        #expect(first != second)
    }

    @Test func aPathMadeBeforeItsPagesTextIsBoundToIt() {
        let pending = BlockPath(in: "", utf8Range: 4..<9)
        #expect(pending.rebound(to: "abc/html/").string == "html/")
        #expect(BlockPath("p[1]").rebound(to: "other").string == "p[1]")
        #expect(BlockPath("").isEmpty && BlockPath(in: "p[1]", utf8Range: 2..<2).isEmpty)
    }

    @Test func aBlockEncodesItsPathAsAString() throws {
        let paths = "html/body/p[1]html/body/p[2]"
        let block = Block(kind: .paragraph, content: [.text("둘")], location: SourceLocation(file: "a.html", line: 3),
                          storedPath: BlockPath(in: paths, utf8Range: 14..<28))
        let alone = Block(kind: .paragraph, content: [.text("둘")], location: SourceLocation(file: "a.html", line: 3),
                          path: "html/body/p[2]")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(block) == encoder.encode(alone))
        #expect(try JSONDecoder().decode(Block.self, from: encoder.encode(block)) == alone)
        #expect(block.path == "html/body/p[2]")
    }
}
