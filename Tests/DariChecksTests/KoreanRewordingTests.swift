@testable import DariChecks
import DariModel
import Testing

/// A sentence met twice and translated twice in other grammar is style; a
/// changed term, name, negation, or boilerplate worded apart in three or more
/// places is an inconsistency.
@Suite struct KoreanRewordingTests {
    @Test func otherEndingsParticlesAndWordOrderAreRewordings() {
        #expect(KoreanRewording.isRewording("자세한 내용은 데비안 GNU/리눅스 설치 안내를 참조하십시오.",
                                            "자세한 내용은 데비안 GNU/리눅스 설치 안내 읽으세요."))
        #expect(KoreanRewording.isRewording("HTML과는 달리 개별 요소에 어트리뷰트를 전달하는 것은 지원되지 않습니다.",
                                            "HTML과는 달리 개별 요소에 어트리뷰트를 전달하는 것은 지원하지 않습니다."))
        #expect(KoreanRewording.isRewording("LibreOffice Calc는 자동으로 현재 셀에 대한 참조를 설정합니다.",
                                            "LibreOffice Calc는 현재 셀에 대한 참조를 자동으로 설정합니다."))
        #expect(KoreanRewording.isRewording("현재 패키지 컴파일 및 설치:", "현재 패키지를 컴파일하고 설치:"))
        // Particles in a chain (들 + 에게 + 도) leave the noun.
        #expect(KoreanRewording.isRewording("새 버전을 사용자들에게도 알립니다.", "사용자에게 새 버전을 알립니다."))
        // A one-syllable word with a particle on one side, bare on the other (때는 and 때).
        #expect(KoreanRewording.isRewording("이 값을 사용할 때 \u{FFFC} 값을 제공하지 마세요.",
                                            "이 값을 사용할 때는 \u{FFFC} 값을 제공하지 마세요."))
    }

    @Test func aChangedTermNameOrNegationIsNoRewording() {
        #expect(!KoreanRewording.isRewording("바깥쪽 부채꼴을 끌어 도넛 중앙에서 이동할 수 있습니다.",
                                             "바깥쪽 부채꼴을 끌어 원 중앙에서 이동할 수 있습니다."))
        #expect(!KoreanRewording.isRewording("이 명령어는 방화벽을 위한 별칭입니다.", "이 명령은 방화벽을 위한 별칭입니다."))
        #expect(!KoreanRewording.isRewording("LibreOffice Draw 도움말 시작", "LibreOffice 드로우 도움말 시작"))
        #expect(!KoreanRewording.isRewording("GitHub 이슈 관리.", "Github 이슈를 관리."))
        // A one-syllable noun is content when it carries a particle: 표를 is not 창을.
        #expect(!KoreanRewording.isRewording("새 표를 엽니다.", "새 창을 엽니다."))
        #expect(!KoreanRewording.isRewording("이 기능은 스트리밍을 지원합니다.", "이 기능은 스트리밍을 지원하지 않습니다."))
        // A last word that is a noun is a term, not the predicate.
        #expect(!KoreanRewording.isRewording("즉각적인 완결성.", "즉각적인 최종성."))
    }

    @Test func aSentenceTranslatedTwiceInOtherGrammarIsNoFinding() {
        CheckSpec("""
              See the Debian GNU/Linux Installation Guide for more information. | 자세한 내용은 데비안 GNU/리눅스 설치 안내를 참조하십시오.
              See the Debian GNU/Linux Installation Guide for more information. | 자세한 내용은 데비안 GNU/리눅스 설치 안내 읽으세요.
            ! Drag an outer sector to move it from the donut's center. | 바깥쪽 부채꼴을 끌어 도넛 중앙에서 이동합니다.
            ! Drag an outer sector to move it from the donut's center. | 바깥쪽 부채꼴을 끌어 원 중앙에서 이동합니다.
            """, scores: [0.9, 0.9, 0.9, 0.9], sourceLanguage: .english).expect(InconsistentTarget.self)
    }

    /// An original worded two ways may have been edited on one page: its
    /// translator must see it, whatever the grammar.
    @Test func anOriginalRewordedIsStillReported() {
        CheckSpec("""
            ! 김 국장은 “논의해야 한다”고 기자단에게 밝혔다. | Kim told reporters that they must discuss it.
            ! 김 국장은 “논의해야 한다”고 기자단에게 전했다. | Kim told reporters that they must discuss it.
            """, scores: [0.9, 0.9]).expect(InconsistentSource.self)
    }

    /// A translator glosses a term at its first use on a page
    /// (`컴포넌트(component)`): the same wording with or without the gloss,
    /// in any number of places. A changed term beside a gloss still counts.
    @Test func aGlossAfterATermIsTheSameWording() {
        CheckSpec("""
              This section assumes knowledge of Components. | 이 섹션은 컴포넌트(component)에 대한 지식을 전제로 합니다.
              This section assumes knowledge of Components. | 이 섹션은 컴포넌트에 대한 지식을 전제로 합니다.
              This section assumes knowledge of Components. | 이 섹션은 컴포넌트에 대한 지식을 전제로 합니다.
            ! Read the guide on watchers. | 감시자(watcher) 가이드를 읽으세요.
            ! Read the guide on watchers. | 워처 가이드를 읽으세요.
            """, scores: [0.9, 0.9, 0.9, 0.9, 0.9], sourceLanguage: .english).expect(InconsistentTarget.self)
        #expect(ConsistencyGroups.withoutGlosses("컴포넌트(component)가 처음이라면 (참고)") == "컴포넌트가 처음이라면 (참고)")
        #expect(ConsistencyGroups.withoutGlosses("버전(3.5)과 설정 (config)") == "버전(3.5)과 설정 ")
        // The groups count the wordings as they compare them: one wording here, so no finding.
        CheckSpec("""
              Generate a certificate signing request (CSR): | 인증서 서명 요청(CSR) 생성:
              Generate a certificate signing request (CSR): | 인증서 서명 요청 (CSR) 생성:
              Generate a certificate signing request (CSR): | 인증서 서명 요청 (CSR) 생성:
            """, scores: [0.9, 0.9, 0.9], sourceLanguage: .english).expect(InconsistentTarget.self)
    }

    @Test func boilerplateInThreePlacesIsUnifiedEvenForAnEnding() {
        CheckSpec("""
            ! Compute a checksum. | 체크섬 계산.
            ! Compute a checksum. | 체크섬 계산.
            ! Compute a checksum. | 체크섬을 계산합니다.
            """, scores: [0.9, 0.9, 0.9], sourceLanguage: .english).expect(InconsistentTarget.self)
    }
}
