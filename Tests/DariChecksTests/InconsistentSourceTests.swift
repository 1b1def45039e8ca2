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
}
