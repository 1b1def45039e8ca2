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
              한국어 / Korean [source] | 한국어 / Korean [source]
            ! 한국어 문서 | 한국어 문서
            """).expect(TargetEqualsSource.self)
    }

    /// An example that shows Korean characters (a formula, jamo) is the same
    /// on both pages by design.
    @Test func anExampleOfKoreanCharactersIsNoCopy() {
        CheckSpec("""
              =SEARCHB("ᄫᄬ";"ᄩᄔᄕᄜᄝ";17) returns 20. | =SEARCHB("ᄫᄬ";"ᄩᄔᄕᄜᄝ";17) returns 20.
              ᄩᄔᄕᄜᄝᄞᄠ | ᄩᄔᄕᄜᄝᄞᄠ
            ! 선교회 이야기 | 선교회 이야기
            """).expect(TargetEqualsSource.self)
    }
}
