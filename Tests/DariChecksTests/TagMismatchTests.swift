import DariChecks
import Testing

@Suite struct TagMismatchTests {
    @Test func codesComparedByKindAndElement() {
        CheckSpec("""
              {1}소개{/1} 페이지 | the {1}about{/1} page
              {4}소개{/4} 페이지 | the {7}about{/7} page
            ! {1}소개{/1} 페이지 | the about page
            ! 줄 바꿈{2/} 있음 | a line break
            ! 없음 | none {2/}
              아직 없음 | <none>
            """).expect(TagMismatch.self)
    }
}
