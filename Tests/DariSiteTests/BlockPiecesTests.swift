@testable import DariSite
import DariAlignment
import DariModel
import Testing

/// A page's blocks given up to the memory builder are released in pieces as
/// its units are made (issue 18); the units are those of borrowed blocks.
@Suite struct BlockPiecesTests {
    static func paragraph(_ text: String, line: Int) -> Block {
        Block(kind: .paragraph, content: [.text(text)], location: SourceLocation(file: "p.html", line: line),
              path: "html/body/p[\(line)]")
    }

    /// More blocks than three pieces hold, so that pieces are released while units are still made.
    let source = (1...2_500).map { paragraph("문단 \($0)번입니다. 둘째 문장입니다.", line: $0) }
    let target = (1...3).map { paragraph("Paragraph \($0). Its second sentence.", line: $0) }

    @Test func unitsOfTakenBlocksAreTheUnitsOfBorrowedBlocksAndTheBlocksAreGone() throws {
        // Block 3 (first piece) is paired out of page order, after blocks of
        // the second piece, as a moved block is: its piece must outlive them.
        var links = (0..<2_500).filter { $0 != 3 }.map { BlockLink(source: $0, target: nil, score: 0) }
        links.insert(BlockLink(source: 3, target: 0, score: 1), at: 1_200)
        links += [1, 2].map { BlockLink(source: nil, target: $0, score: 0) }
        let builder = try MemoryBuilder(sourceLanguage: .korean, targetLanguage: .english)
        let borrowed = try builder.units(links: links, source: source, target: target, sentenceAligner: SentenceAligner())
        var (givenSource, givenTarget) = (source, target)
        let taken = try builder.units(links: links, taking: &givenSource, &givenTarget, sentenceAligner: SentenceAligner())
        #expect(taken == borrowed)
        #expect(taken.count == 2_502)
        #expect(givenSource.isEmpty && givenTarget.isEmpty)
    }

    @Test func aPieceHoldsItsBlocksInPageOrder() {
        var blocks = source
        let pieces = BlockPieces(taking: &blocks)
        #expect(blocks.isEmpty)
        #expect(pieces.pieceCount == 3)
        #expect([0, 1_023, 1_024, 2_499].map { pieces[$0] } == [0, 1_023, 1_024, 2_499].map { source[$0] })
        #expect(BlockPieces.piece(of: 2_048) == 2)
    }

    @Test func aPageOfOnePieceIsKeptWhole() {
        var blocks = target
        var pieces = BlockPieces(taking: &blocks)
        #expect(blocks.isEmpty)
        #expect(pieces.pieceCount == 1)
        #expect((0..<3).map { pieces[$0] } == target)
        pieces.release(piece: 0)
    }
}
