import Testing
@testable import DariText

@Suite struct WordDiffTests {
    typealias Piece = WordDiff.Piece

    @Test func aChangedWordIsRemovedThenAdded() {
        #expect(WordDiff.pieces(from: "We dug 45 wells this year.", to: "We dug 52 wells this year.") == [
            Piece(.same, "We dug"), Piece(.removed, " 45"), Piece(.added, " 52"), Piece(.same, " wells this year."),
        ])
    }

    @Test func addedAndRemovedWordsAtTheEnds() {
        #expect(WordDiff.pieces(from: "올해 우물을 팠습니다.", to: "지난해와 올해 우물을 팠습니다.") == [
            Piece(.added, "지난해와"), Piece(.same, " 올해 우물을 팠습니다."),
        ])
        #expect(WordDiff.pieces(from: "a b c", to: "a b") == [Piece(.same, "a b"), Piece(.removed, " c")])
    }

    @Test func equalTextsAreOneSharedPiece() {
        #expect(WordDiff.pieces(from: "same  text", to: "same  text") == [Piece(.same, "same  text")])
        #expect(WordDiff.pieces(from: "", to: "") == [])
    }

    @Test(arguments: [("a b c d", "a x c y d"), ("  lead and trail  ", "lead, trail"), ("", "new text"), ("old", "")])
    func sharedAndAddedPiecesGiveTheNewText(old: String, new: String) {
        let pieces = WordDiff.pieces(from: old, to: new)
        #expect(pieces.filter { $0.change != .removed }.map(\.text).joined() == new)
        // Shared words are the longest common run: never a removal and re-adding of the same word.
        let removed = pieces.filter { $0.change == .removed }.flatMap { $0.text.split(separator: " ") }
        let added = pieces.filter { $0.change == .added }.flatMap { $0.text.split(separator: " ") }
        #expect(Set(removed).isDisjoint(with: Set(added)))
    }

    @Test func longTextsAreComparedWhole() {
        let old = Array(repeating: "w", count: 30).joined(separator: " "), new = old + " x"
        #expect(WordDiff.pieces(from: old, to: new, maximumWords: 10) == [Piece(.removed, old), Piece(.added, new)])
    }
}

/// The one-line form `outdated` messages show.
@Suite struct WordDiffRenderTests {
    @Test func aChangedWordInItsContext() {
        #expect(WordDiff.render(from: "선교회는 2000년에 두만강에서 시작되었습니다.", to: "선교회는 2001년에 두만강에서 시작되었습니다.")
            == "선교회는 [-2000년에-] {+2001년에+} 두만강에서 시작되었습니다.")
    }

    @Test func longUnchangedRunsAreCut() {
        #expect(WordDiff.render(from: "a b c d e f g h", to: "a b c d X f g h", context: 1)
            == "… d [-e-] {+X+} f …")
    }

    @Test func noChangeIsTheTextItself() {
        #expect(WordDiff.render(from: "같은 문장", to: "같은 문장") == "같은 문장")
    }
}
