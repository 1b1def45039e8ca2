import Testing
@testable import DariICU

@Suite struct BreakIteratorTests {
    @Test func sentenceBoundariesAreUTF16Offsets() throws {
        let breaker = try BreakIterator(.sentence, locale: "en")
        let text = Array("One. Two! Three?".utf16)
        #expect(try breaker.boundaries(in: text) == [5, 10, 16])
    }

    @Test func emptyTextHasNoBoundaries() throws {
        let breaker = try BreakIterator(.sentence, locale: "ko")
        #expect(try breaker.boundaries(in: []) == [])
    }

    @Test func bufferGrowsForLongTexts() throws {
        let breaker = try BreakIterator(.sentence, locale: "en")
        let text = Array(String(repeating: "Go. ", count: 1000).utf16)
        #expect(try breaker.boundaries(in: text).count == 1000)
    }

    @Test func wordSegmentsCarryRuleStatus() throws {
        let breaker = try BreakIterator(.word, locale: "ko")
        let text = Array("구출팀 2000".utf16)
        let segments = try breaker.segments(in: text)
        #expect(segments.map(\.range) == [0..<3, 3..<4, 4..<8])
        #expect(segments[0].status >= 200)  // letters
        #expect(segments[1].status == 0)  // space
        #expect((100..<200).contains(segments[2].status))  // number
    }
}

@Suite struct NormalizerTests {
    @Test func composesConjoiningJamo() throws {
        let decomposed = "\u{1112}\u{1161}\u{11AB}"  // ᄒ+ᅡ+ᆫ
        let nfc = try Normalizer.nfc(decomposed)
        #expect(Array(nfc.unicodeScalars) == ["\u{D55C}"])  // 한
    }

    @Test func leavesNormalizedTextAlone() throws {
        #expect(try Normalizer.nfc("탈북민 defector") == "탈북민 defector")
        #expect(try Normalizer.nfc("") == "")
    }

    /// The in-place scan only skips ICU for characters NFC never changes: next to
    /// them, anything that composes or reorders still goes through ICU.
    @Test func theInPlaceScanLeavesEveryChangeToICU() throws {
        #expect(Normalizer.isInertlyNFC("탈북민 “defector” — café ㅋㅋ 😀 ①"))
        #expect(try Normalizer.nfc("가\u{11A8}") == "각")  // syllable + trailing jamo
        #expect(try Normalizer.nfc("cafe\u{301}") == "café")
        #expect(try Normalizer.nfc("\u{2329}x\u{232A}") == "\u{3008}x\u{3009}")  // singletons
        #expect(try Normalizer.nfc("\u{212B}") == "\u{00C5}")  // ANGSTROM SIGN
        for text in ["가\u{11A8}", "e\u{301}", "\u{2329}", "\u{212B}", "\u{1161}", "\u{F900}", "\u{302A}"] {
            #expect(!Normalizer.isInertlyNFC(text))
        }
    }
}

@Suite struct TransliteratorTests {
    @Test func romanizesHangul() throws {
        let latin = try Transliterator("Hangul-Latin; Latin-ASCII")
        #expect(try latin.transliterate("김성은") == "gimseong-eun")
    }
}
