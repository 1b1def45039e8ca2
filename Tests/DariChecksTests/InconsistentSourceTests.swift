import DariChecks
import Testing

@Suite struct InconsistentSourceTests {
    @Test func editedSourcesShareOneTarget() {
        CheckSpec("""
            ! 그러나 그가 잔여시즌을 뛸 경우 포수로는 활약할 수 없는 상태다. | But he cannot catch if he plays.
            ! 하지만 그가 잔여시즌을 뛸 경우 포수로는 활약할 수 없는 상태다. | But he cannot catch if he plays.
              영한사전 약어표 | The talks could restart the peace process.
              회담은 평화 절차를 다시 시작할 수 있다. | The talks could restart the peace process.
            """).expect(InconsistentSource.self)
    }

    @Test func aGroupIsOneFinding() {
        let (flagged, findings) = CheckSpec("""
              그러나 그가 잔여시즌을 뛸 경우 포수로는 활약할 수 없는 상태다. | But he cannot catch if he plays.
              하지만 그가 잔여시즌을 뛸 경우 포수로는 활약할 수 없는 상태다. | But he cannot catch if he plays.
            """).run(InconsistentSource.self)
        #expect(findings.count == 1)
        #expect(flagged == ["u1", "u2"])
    }

    /// An English original with a Korean phrase left in it is
    /// `hangul-in-target`'s finding (the Korean page's text pasted in), not
    /// a second wording of the sentence its translation shares.
    @Test func anOriginalWithKoreanLeftInItIsNoWording() {
        CheckSpec("""
              Click Use Wizard to Create Report in a database file window. | 데이터베이스 파일 창에서 마법사를 사용하여 보고서 만들기를 클릭합니다.
              Click Use Wizard to Create Report in a database file window. 설정 방법 안내 | 데이터베이스 파일 창에서 마법사를 사용하여 보고서 만들기를 클릭합니다.
            """, sourceLanguage: .english).expect(InconsistentSource.self)
    }

    /// Two originals that differ only in a number, with one translation, are
    /// a changed number: `number-mismatch`'s one finding, not also a group.
    @Test func originalsDifferingInANumberAreNumberMismatchsFinding() {
        let spec = """
              Codes greater than 127 may depend on your system's character mapping. | 127보다 큰 코드는 시스템의 문자 매핑에 따라 다를 수 있습니다.
            ! Codes greater than 128 may depend on your system's character mapping. | 127보다 큰 코드는 시스템의 문자 매핑에 따라 다를 수 있습니다.
            """
        CheckSpec(spec, sourceLanguage: .english).expect(NumberMismatch.self)
        #expect(CheckSpec(spec, sourceLanguage: .english).run(InconsistentSource.self).findings.isEmpty)
    }

    /// One-word labels ("Dialogs") share translations of different terms.
    @Test func shortLabelsAreNotSentences() {
        CheckSpec("""
              대화 상자 | Dialogs
              대화창 | Dialogs
            """).expect(InconsistentSource.self)
    }
}
