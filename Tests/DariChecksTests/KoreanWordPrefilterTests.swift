@testable import DariChecks
import DariText
import Testing

/// `WrongLanguage.keepsKoreanWord` decides on the bytes that a sentence
/// keeps Hangul after `withoutKoreanReferences`, so is no English prose;
/// it must never say so of a sentence whose Hangul would all be dropped.
struct KoreanWordPrefilterTests {
    @Test(arguments: [
        "레이어에 임계값을 적용합니다 and then some English words follow here.",
        "The layer is moved 맨위로이동 to the top of the stack.",
        "English words first and a long Korean word 마지막으로 at the end",
    ])
    func aKoreanWordLongerThanALeadIsKept(sentence: String) {
        #expect(WrongLanguage.keepsKoreanWord(Substring(sentence)))
        #expect(WrongLanguage.withoutKoreanReferences(Substring(sentence)).unicodeScalars.contains(where: Script.isHangul))
    }

    @Test(arguments: [
        "그러나 but somehow depend on a package that is not freely distributable.",
        "These options are described in 2절.",
        "See the chapter “공통 특징들의 목록” for the details of the options.",
        "See the chapter 「공통 특징들의 목록」 for the details.",
        "See the chapter \u{2329}공통특징들의목록\u{232A} for the details.",
        "Only English words in this sentence, none of them Korean at all.",
    ])
    func whatTheRemovalMayDropIsLeftToIt(sentence: String) {
        #expect(!WrongLanguage.keepsKoreanWord(Substring(sentence)))
    }

    /// Every scalar that is alone a Character `withoutKoreanReferences`
    /// opens a quote at is one the byte scan stops at.
    @Test func theQuoteOpenersAreEveryScalarThatEqualsAnOpeningQuote() {
        var missed: [String] = [], extra: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let opens = WrongLanguage.quotes[Character(scalar)] != nil
            if opens && !WrongLanguage.isQuoteOpener(value) { missed.append(String(value, radix: 16)) }
            if !opens && WrongLanguage.isQuoteOpener(value) { extra.append(String(value, radix: 16)) }
        }
        #expect(missed.isEmpty)
        #expect(extra.isEmpty)
    }
}
