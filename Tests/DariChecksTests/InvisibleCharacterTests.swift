import DariChecks
import DariMemory
import DariModel
import Testing

@Suite struct InvisibleCharacterTests {
    @Test func fillersZeroWidthSpacesControlsAndReplacementCharactersButNotJoinersOrSoftHyphens() {
        CheckSpec("""
            ! 시스템 매뉴\u{115F}얼 페이지가 있습니다. | There are system manual pages.
            ! 줄\u{3164}인 이름입니다. | It is a short name.
            ! 다운로드\u{200B}하세요. | Download it.
            ! 자료를 받으세요. | Get the \u{1}files.
            ! 인코딩이 깨진 \u{FFFD}\u{FFFD} 글자. | Broken characters.
            ! 방향 표시\u{200F}가 있다. | A direction mark.
              가족 사진 👨\u{200D}👩\u{200D}👧 입니다. | A family photo 👨\u{200D}👩\u{200D}👧.
              긴 단어입니다. | An extra\u{AD}ordinarily long word.
              줄바꿈은\t괜찮습니다. | Tabs are fine.
            """).expect(InvisibleCharacter.self)
    }

    /// A zero-width space that touches no word shows nothing and hides in
    /// no word; beside a word, or after one alone, it is still found.
    @Test func aZeroWidthSpaceThatTouchesNoWordIsNoFinding() {
        CheckSpec("""
              다음 요구 사항이 있습니다: \u{200B} | It has the following requirements: \u{200B}
              문서를 보세요. \u{200B}\u{200B} 끝. | See the docs. \u{2060} End.
            ! \u{200B}\u{200B}환경에서 실행합니다. | It runs in the environment.
            ! 릴리스\u{200B} 정책입니다. | The release policy.
            ! 기본 값입니다. | The default \u{200B}value and \u{200B} more.
            """).expect(InvisibleCharacter.self)
    }

    @Test func theMessageNamesTheCharacterAndTheWordItHidesIn() throws {
        let (_, findings) = CheckSpec("! 시스템 매뉴\u{115F}얼 페이지 | System manual pages").run(InvisibleCharacter.self)
        let finding = try #require(findings.first)
        #expect(finding.message
            == "the Korean has an invisible U+115F HANGUL CHOSEONG FILLER in '매뉴\u{115F}얼'; delete it")
    }

    @Test func replacementCharactersSayTheCharacterSetWasWrong() throws {
        let (_, findings) = CheckSpec("! 깨진 \u{FFFD}글자 | Broken text").run(InvisibleCharacter.self)
        #expect(try #require(findings.first).message.contains("wrong character set"))
    }
}
