import DariChecks
import Testing

@Suite struct TargetEqualsSourceTests {
    @Test func copiesOfKoreanOnly() {
        CheckSpec("""
            ! 선교회 이야기 | 선교회 이야기
            ! 선교회  이야기 | 선교회 이야기
              ASCI White | ASCI White
              IBM | IBM
              https://example.org | https://example.org
              선교회 이야기 | Our Story
              한국어 | 한국어
            """).expect(TargetEqualsSource.self)
    }
}
