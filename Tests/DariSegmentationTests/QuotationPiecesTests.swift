import DariSegmentation
import Testing

/// Another tool's splitter may cut a Korean quotation from its reporting
/// clause; the piece that opens with a quotative particle belongs to the
/// line before it.
@Suite struct QuotationPiecesTests {
    @Test func aLineOpeningWithAQuotativeParticleJoinsTheLineBefore() {
        let lines = ["“좋습니다.", "고 말했다.", "“왜요?", "라고 이 원장은 물었다.", "“그렇다.", "이라고 밝혔다.",
                     "이란 법원은 성명에서 밝혔다.", "고양시는 밝혔다.", "다고 덧붙였다."]
        #expect(QuotationPieces.sentences(of: lines) == [0..<2, 2..<4, 4..<6, 6..<7, 7..<9])
    }

    @Test func aFirstLineHasNothingToJoin() {
        #expect(QuotationPieces.sentences(of: ["고 말했다.", "좋다."]) == [0..<1, 1..<2])
        #expect(QuotationPieces.sentences(of: []).isEmpty)
    }

    /// Only a particle that is the whole first word opens a piece; a word it
    /// merely begins (고양시는, 라고스) or a longer word is a sentence's own.
    @Test(arguments: ["고양시는 밝혔다.", "라고스에서 왔다.", "  라며는 없다.", "며칠 뒤 돌아왔다."])
    func aWordThatOnlyBeginsWithAParticleOpensASentence(line: String) {
        #expect(QuotationPieces.sentences(of: ["“좋습니다.", line]).count == 2)
    }

    @Test func spacesBeforeTheParticleDoNotHideIt() {
        #expect(QuotationPieces.sentences(of: ["“좋습니다.", "\u{3000} 며 웃었다."]) == [0..<2])
    }
}
