import DariModel
import Testing
@testable import DariGlossary

/// Where a glossary term counts as used: what `glossary-violation`,
/// `deprecated-term` and `latin-in-korean` see.
@Suite struct GlossaryTermsTests {
    private let terms: GlossaryTerms = {
        let at = SourceLocation(file: "g.csv", line: 2)
        func concept(_ id: String, _ korean: String, _ english: String) -> Concept {
            Concept(id: id, terms: [.korean: [Term(text: korean, language: .korean, location: at)],
                                    .english: [Term(text: english, language: .english, location: at)]],
                    location: at)
        }
        return GlossaryTerms(Glossary(source: "g.csv", concepts: [
            concept("busan", "부산", "Busan"), concept("team", "구출팀", "rescue team"),
            concept("mission", "선교", "mission"), concept("society", "선교회", "mission society"),
            concept("pastor", "김 목사", "Pastor Kim"), concept("country", "아프리카", "country"),
            concept("africa", "아프리카연합", "African Union"),
        ]))
    }()

    private func found(_ text: String, _ language: Language) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return terms.matches(in: text, language: language).map {
            String(String.UnicodeScalarView(scalars[$0.offset..<($0.offset + $0.length)]))
        }
    }

    @Test(arguments: [
        ("부산", ["부산"]), ("부산은", ["부산"]), ("부산에서는", ["부산"]), ("부산까지의", ["부산"]),
        ("부산이라는", ["부산"]), ("부산입니다.", ["부산"]), ("구출팀들에게도", ["구출팀"]), ("김 목사님께서", ["김 목사"]),
        ("(부산)", ["부산"]), ("부산·서울", ["부산"]), ("부산Expo", ["부산"]),
    ])
    func aKoreanTermCountsWithParticlesAndTheCopula(_ text: String, _ expected: [String]) {
        #expect(found(text, .korean) == expected)
    }

    @Test(arguments: ["부산대", "부산대학교에서", "구출팀장은", "남부산", "서울부산", "부산고"])
    func aKoreanTermInsideALongerWordDoesNotCount(_ text: String) {
        #expect(found(text, .korean).isEmpty)
    }

    @Test func theLongestTermWinsAndMatchesDoNotOverlap() {
        #expect(found("선교회는 선교를", .korean) == ["선교회", "선교"])
        #expect(found("아프리카연합과 아프리카", .korean) == ["아프리카연합", "아프리카"])
    }

    @Test(arguments: [
        ("Busan", ["Busan"]), ("BUSAN's port", ["BUSAN"]), ("rescue teams", ["rescue teams"]),
        ("Rescue Team와", ["Rescue Team"]), ("missions and Missionary", ["missions"]),
        ("Busanese", ["Busanese"]), ("Busan-based", ["Busan"]),
    ])
    func anEnglishTermCountsAsAWholeWordWithItsEndings(_ text: String, _ expected: [String]) {
        #expect(found(text, .english) == expected)
    }

    @Test(arguments: ["Busanport", "subusan", "Busan2", "rescue teamwork"])
    func anEnglishTermInsideAnotherWordDoesNotCount(_ text: String) {
        #expect(found(text, .english).isEmpty)
    }

    @Test func countriesFindCountryThroughItsYEnding() {
        #expect(found("two countries", .english) == ["countries"])
    }

    /// The matcher passes over positions whose first two scalars start no
    /// term; a term of one syllable or two letters, and a y-stem of two
    /// letters (sky → skies), still match.
    @Test func shortTermsAndShortStemsAreFound() {
        let at = SourceLocation(file: "g.csv", line: 2)
        func concept(_ id: String, _ korean: String, _ english: String) -> Concept {
            Concept(id: id, terms: [.korean: [Term(text: korean, language: .korean, location: at)],
                                    .english: [Term(text: english, language: .english, location: at)]],
                    location: at)
        }
        let short = GlossaryTerms(Glossary(source: "g.csv", concepts: [
            concept("north", "북", "ox"), concept("nk", "북한", "North Korea"), concept("sky", "하늘", "sky"),
        ]))
        func found(_ text: String, _ language: Language) -> [String] {
            let scalars = Array(text.unicodeScalars)
            return short.matches(in: text, language: language).map {
                String(String.UnicodeScalarView(scalars[$0.offset..<($0.offset + $0.length)]))
            }
        }
        #expect(found("북은 북한을 북", .korean) == ["북", "북한", "북"])
        #expect(found("an ox under blue skies and a Sky", .english) == ["ox", "skies", "Sky"])
        #expect(found("North Korea and the north", .english) == ["North Korea"])
    }

    /// English is matched lower-cased; ASCII text is lower-cased byte by byte,
    /// other text by `lowercased()`: either way the scalars of `lowercased()`.
    @Test(arguments: ["", "The UN Security Council", "ABC xyz @[`{", "İstanbul and Straße", "Ω café", "ﬁnal ǅ"])
    func englishIsMatchedInTheScalarsOfItsLowerCase(_ text: String) {
        #expect(GlossaryTerms.lowercasedScalars(of: text) == Array(text.lowercased().unicodeScalars))
    }

    /// Korean text is lower-cased scalar by scalar when its other scalars
    /// have no case: the same scalars as `lowercased()`.
    @Test(arguments: ["북한 UN 안보리", "“Korea” — 한국·조선…", "ＡＢＣ 한국", "한국 İstanbul", "漢字 ㄱㅏ 가 「A」", "é 한", "\u{AD}X한"])
    func koreanTextIsLowerCasedAsByLowercased(_ text: String) {
        #expect(GlossaryTerms.lowercasedScalars(of: text) == Array(text.lowercased().unicodeScalars))
    }

    /// Every scalar `isCaseless` names lower-cases to itself, alone and
    /// between ASCII capitals.
    @Test func caselessBlocksLowerCaseToThemselves() {
        var wrong: [UInt32] = []
        for value in UInt32(0x80)...0xFFFF {
            guard GlossaryTerms.isCaseless(value), let scalar = Unicode.Scalar(value) else { continue }
            let text = "A" + String(scalar) + "Z"
            if text.lowercased() != "a" + String(scalar) + "z"
                || GlossaryTerms.lowercasedScalars(of: text) != Array(text.lowercased().unicodeScalars)
            {
                wrong.append(value)
            }
        }
        #expect(wrong.isEmpty)
    }
}
