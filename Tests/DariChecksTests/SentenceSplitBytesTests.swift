@testable import DariChecks
import Testing

/// `WrongLanguage.sentencesByScalar` against the Character walk it stands in
/// for (`sentencesByCharacter`): the same pieces, or nil.
@Suite struct SentenceSplitBytesTests {
    /// Every scalar `singleScalarKind` answers for.
    static let scalarsWithAKind: [Unicode.Scalar] = (0...0x10FFFF).compactMap { value in
        guard let scalar = Unicode.Scalar(UInt32(value)), WrongLanguage.singleScalarKind(UInt32(value)) != nil
        else { return nil }
        return scalar
    }

    @Test func eachScalarIsTestedAsItsCharacterIs() {
        for scalar in Self.scalarsWithAKind {
            let character = Character(scalar)
            let kind = WrongLanguage.singleScalarKind(scalar.value)
            #expect(character.isNewline == (kind == .newline), "U+\(String(scalar.value, radix: 16))")
            #expect(character.isWhitespace == (kind == .newline || kind == .whitespace), "U+\(String(scalar.value, radix: 16))")
            #expect(["." as Character, "!", "?", "。", "！", "？"].contains(character) == (kind == .sentenceEnd),
                    "U+\(String(scalar.value, radix: 16))")
        }
    }

    /// Each scalar is a Character of its own before and after any other of
    /// the set: the set's scalars but the syllables and ideographs against
    /// each other and against syllables with and without a final (가, 각,
    /// 힣) and ideographs, and every scalar of the set against 가, 각 and a.
    @Test func noTwoScalarsMakeOneCharacter() {
        let others = Self.scalarsWithAKind.filter { !(0xAC00...0xD7A3).contains($0.value) && !(0x4E00...0x9FFF).contains($0.value) }
        let probes = others + [0xAC00, 0xAC01, 0xAC1B, 0xB098, 0xD7A3, 0x4E00, 0x9FFF].compactMap(Unicode.Scalar.init)
        func expectApart(_ first: Unicode.Scalar, _ second: Unicode.Scalar) {
            var text = String(first)
            text.unicodeScalars.append(second)
            #expect(text.count == 2, "U+\(String(first.value, radix: 16)) U+\(String(second.value, radix: 16))")
        }
        for first in probes {
            for second in probes { expectApart(first, second) }
        }
        for first: Unicode.Scalar in ["가", "각", "a"] {
            for second in Self.scalarsWithAKind {
                expectApart(first, second)
                expectApart(second, first)
            }
        }
    }

    @Test(arguments: [
        "", " ", "\n", "한국어 문장입니다. There will be a new plan.\nNext line!  Two spaces? 끝",
        "…것입니다. There will be… 그리고。다음！그래？ ok", "a.\tb. \u{FFFC} c.\n\n\nd", "  trailing.   ",
        "“quoted.” (paren.) 「인용.」 『책.』 《제목.》 （괄호.） 漢字. 한자。", "a\u{0B}b\u{0C}c",
    ])
    func theSamePiecesAsTheCharacterWalk(text: String) {
        #expect(WrongLanguage.sentencesByScalar(of: text) == WrongLanguage.sentencesByCharacter(of: text))
        #expect(WrongLanguage.sentences(of: text) == WrongLanguage.sentencesByCharacter(of: text))
    }

    @Test(arguments: [
        "a\r\nb. c", "e\u{301}. x", "한\u{11A8}. x", "\u{1100}\u{1161}. x", "a\u{00A0}b. c", "a\u{3000}b. c",
        "x\u{2028}y", "x\u{0085}y", "🇰🇷. x", "a\u{200D}b",
    ])
    func anyOtherScalarFallsBackToTheCharacterWalk(text: String) {
        #expect(WrongLanguage.sentencesByScalar(of: text) == nil)
        #expect(WrongLanguage.sentences(of: text) == WrongLanguage.sentencesByCharacter(of: text))
    }

    /// Random texts of the set's scalars, with spaces, line breaks and full stops often.
    @Test func randomTextsGiveTheSamePieces() {
        var generator = SystemRandomNumberGenerator()
        let common: [Unicode.Scalar] = [" ", " ", ".", "\n", "!", "?", "\t", "。", "a", "Z", "가", "힣", "\u{FFFC}"]
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                let scalar = Bool.random(using: &generator) ? common.randomElement(using: &generator)!
                    : Self.scalarsWithAKind.randomElement(using: &generator)!
                text.unicodeScalars.append(scalar)
            }
            #expect(WrongLanguage.sentencesByScalar(of: text) == WrongLanguage.sentencesByCharacter(of: text), "\(text.debugDescription)")
        }
    }
}
