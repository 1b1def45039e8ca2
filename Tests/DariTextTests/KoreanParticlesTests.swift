import DariText
import Testing

/// What may follow a noun in the same Korean word for it to stay that noun.
struct KoreanParticlesTests {
    @Test(arguments: ["", "은", "에서는", "들에게도", "이라는", "와의", "으로부터", "님께서", "입니다", "였던"])
    func particlesAndCopulaEndingsInAnyChain(_ rest: String) {
        #expect(KoreanParticles.isEnding(rest.unicodeScalars))
    }

    @Test(arguments: ["대", "대학교", "장은", "고", "전", "시청", "은대"])
    func anythingElseMakesAnotherWord(_ rest: String) {
        #expect(!KoreanParticles.isEnding(rest.unicodeScalars))
    }

    @Test func everyPieceIsHangul() {
        #expect(KoreanParticles.pieces.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy(Script.isHangulSyllable) })
    }
}
