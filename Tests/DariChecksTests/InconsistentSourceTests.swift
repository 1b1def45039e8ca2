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

    /// One-word labels ("Dialogs") share translations of different terms.
    @Test func shortLabelsAreNotSentences() {
        CheckSpec("""
              대화 상자 | Dialogs
              대화창 | Dialogs
            """).expect(InconsistentSource.self)
    }
}
