import DariChecks
import DariGlossary
import DariMemory
import DariModel
import Testing

@Suite struct LatinInKoreanTests {
    @Test func englishPhrasesButNotNamesTitlesOrURLs() {
        let glossary = testGlossary([("c1", "보이스 오브 더 마터스", "Voice of the Martyrs", .preferred)])
        CheckSpec("""
            ! 지원서는 please send it by email 으로 보내 주세요. | Send the application by email.
              ASCI White로 알려진 이 수퍼컴퓨터는 | The supercomputer known as ASCI White
              로버트 프로스트의 “The Road Not Taken”을 읽었다. | We read Frost's "The Road Not Taken".
              자세한 내용은 https://example.org/apply/now 에서 확인하세요. | See https://example.org/apply/now.
              Voice of the Martyrs와 함께합니다. | With Voice of the Martyrs.
              (Centers for Disease Control and Prevention) 발표 | announced by the CDC
            """).expect(LatinInKorean.self, glossary: glossary)
        #expect(LatinInKorean.defaultSeverity == .info)
    }

    /// A letter marked inside a word (`[l]ess`, tldr's option letters) is
    /// part of the word the message quotes.
    @Test func aMarkedLetterIsPartOfItsWord() {
        let findings = CheckSpec("  Print rows less than or equal to it: | 주어진 숫자보다 [l]ess than or [eq]ual한 행을 출력:",
                                 sourceLanguage: .english).run(LatinInKorean.self).findings
        #expect(findings.map(\.message) == ["the Korean text contains the English phrase 'less than or equal'; "
            + "translate it, or quote it if it is a title"])
    }
}

/// A check that reads one side's text alone reports that text alone, so an
/// edit of the other page (a number changed in the English, the English page
/// deleted) does not make the same problem a new finding: a baseline keeps
/// it, and nothing new appears at the edit.
@Suite struct OneSidedFindingsTests {
    private func findings(_ check: any Check.Type, english: String, korean: String) -> [Finding] {
        CheckSpec("  \(english) | \(korean)", sourceLanguage: .english).run(check).findings
    }

    @Test(arguments: [
        (LatinInKorean.self as any Check.Type, "Copyright 1996 the project", "저작권 © 1996 Software in the Public Interest가 please read the license 합니다."),
        (RepeatedSyllable.self as any Check.Type, "Go in 1996.", "1996년에 들어갑니니다."),
        (UncommonSyllable.self as any Check.Type, "Plastic in 1996.", "1996년에 플라스텩을 샀습니다."),
        (InvisibleCharacter.self as any Check.Type, "Go in 1996.", "1996년에\u{200B} 들어갑니다."),
    ])
    func theKoreanSidesProblemIsTheSameWhateverTheEnglishSays(check: any Check.Type, english: String, korean: String) throws {
        let before = findings(check, english: english, korean: korean)
        let after = findings(check, english: english.replacingOccurrences(of: "1996", with: "1997"), korean: korean)
        let finding = try #require(before.first)
        #expect(finding.source?.isEmpty ?? true, "only the Korean text is shown")
        #expect(finding.target == korean)
        #expect(after.map(\.fingerprint) == before.map(\.fingerprint))
    }

    @Test func theEnglishSidesKoreanIsTheSameWhateverTheKoreanSays() throws {
        let before = findings(HangulInTarget.self, english: "Welcome to 새가족 환영회 on Sunday.", korean: "일요일 새가족 환영회에 오세요.")
        let after = findings(HangulInTarget.self, english: "Welcome to 새가족 환영회 on Sunday.", korean: "일요일 새가족 환영회.")
        let finding = try #require(before.first)
        #expect(finding.target?.isEmpty ?? true)
        #expect(after.map(\.fingerprint) == before.map(\.fingerprint))
    }
}
