@testable import DariChecks
import DariMemory
import DariModel
import Testing

/// `moved-block` reads the order of the paired blocks from their lines.
@Suite struct MovedBlockTests {
    /// A page pair whose paired blocks stand at these (Korean, English) lines.
    private func findings(_ lines: [(Int, Int)]) -> [Finding] {
        let units = lines.enumerated().map { number, line in
            MemoryUnit(id: "u\(number)", kind: .paragraph, sourceLocation: SourceLocation(file: "ko/a.md", line: line.0),
                       targetLocation: SourceLocation(file: "en/a.md", line: line.1), sourcePath: nil, targetPath: nil,
                       segments: [MemorySegment(id: "s1", source: [.text("문단 \(number).")],
                                                target: [.text("Paragraph \(number).")], state: .translated, shape: (1, 1))])
        }
        let memory = TranslationMemory(files: [MemoryFile(id: "f1", original: "ko/a.md", targetOriginal: "en/a.md",
                                                          units: units)])
        return Checker(checks: [MovedBlock.self]).run(memory)
    }

    @Test func blocksInOneOrderGiveNothing() {
        #expect(findings([(1, 1), (3, 4), (5, 4), (7, 9)]).isEmpty)
    }

    @Test func aBlockMovedUpPastOthersIsOneNoteAtItsLine() {
        let found = findings([(1, 1), (3, 5), (5, 7), (7, 3), (9, 9)])
        #expect(found.map(\.location) == [SourceLocation(file: "en/a.md", line: 3)])
        #expect(found.first?.severity == .info)
        #expect(found.first?.message.hasPrefix("'Paragraph 3.' comes before 'Paragraph 1.' (line 5) here, but after it "
                                               + "on the Korean page") == true)
    }

    @Test func aBlockMovedDownPastOthersIsOneNoteToo() {
        let found = findings([(1, 9), (3, 3), (5, 5), (7, 7), (9, 11)])
        #expect(found.map(\.location.line) == [9])
        #expect(found.first?.message.hasPrefix("'Paragraph 0.' comes after 'Paragraph 3.' (line 7) here, but before it")
                == true)
    }

    /// Blocks that moved together, in their order, are a section that moved:
    /// one note at its first block, the others related.
    @Test func aSectionThatMovedIsOneNote() {
        let found = findings([(1, 21), (3, 23), (5, 25), (7, 3), (9, 5), (11, 7), (13, 27)])
        #expect(found.map(\.location.line) == [21])
        #expect(found.first?.message.hasPrefix("'Paragraph 0.' and the 2 blocks after it (to line 25) come after "
            + "'Paragraph 5.' (line 7) here, but before it") == true, "\(found.map(\.message))")
        #expect(found.first?.relatedLocations.map(\.location.line) == [23, 25])
        // Two blocks that moved apart, each past others, stay two notes.
        #expect(findings([(1, 9), (3, 3), (5, 5), (7, 1), (9, 11)]).count == 2)
    }

    @Test func theLongestRunInOrderIsKept() {
        #expect(MovedBlock.longestRun([1, 5, 7, 3, 9]) == [0, 1, 2, 4])
        #expect(MovedBlock.longestRun([]) == [])
        #expect(MovedBlock.longestRun([2, 2, 1]) == [0, 1])
    }
}
