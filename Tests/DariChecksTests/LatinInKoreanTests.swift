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
}
