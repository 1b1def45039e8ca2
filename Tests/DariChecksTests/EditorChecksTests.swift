@testable import DariChecks
import DariMemory
import DariModel
import Testing

@Suite struct URLMismatchTests {
    @Test func urlsAndEmails() {
        CheckSpec("""
              join@calebmission.org로 보내 주세요. | Write to join@calebmission.org.
            ! join@calebmission.org로 보내 주세요. | Write to join@calebmision.org.
              https://example.org/apply 참조 | See https://example.org/apply.
            ! https://example.org/apply 참조 | See https://example.org/aply.
              그는 말했다. 그리고 떠났다. | He spoke. Then he left.
            """).expect(URLMismatch.self)
    }

    /// A Korean particle glued to a URL is not part of it.
    @Test func aURLEndsWhereAKoreanParticleBegins() {
        CheckSpec("""
              https://example.org/docs/에 자세히 나와 있습니다. | See https://example.org/docs/ for details.
              www.example.org에서 받으세요. | Download it from www.example.org.
              https://example.org/docs로 이동하세요. | Go to https://example.org/docs.
              https://ko.wikipedia.org/wiki/서울 참조 | See https://ko.wikipedia.org/wiki/서울.
              https://docs.example.org/ko/guide/ 참조 | See https://docs.example.org/en/guide.
              https://support.example.com/?hl=ko 참조 | See https://support.example.com/?hl=en.
              자세한 내용은https://www.gnu.org/software/hurd 참조 | Details at https://www.gnu.org/software/hurd.
              https://www.debian.org/ports/amd64/에있는 포팅 페이지 | the Ports pages at https://www.debian.org/ports/amd64/
              http://ftp.kr.debian.org/debian/ 미러 | the mirror http://http.us.debian.org/debian/
            ! http://ftp.kr.debian.org/ubuntu/ 미러 | the mirror http://http.us.debian.org/debian/
            ! https://example.org/docs/에 자세히 나와 있습니다. | See https://example.org/doc/ for details.
            ! https://www.debian.org/ports/arm64/에있는 포팅 페이지 | the Ports pages at https://www.debian.org/ports/amd64/
            """).expect(URLMismatch.self)
    }
}

extension URLMismatchTests {
    /// An address one side shows as text and the other links to takes the
    /// reader to the same place: no finding. A longer address is another one.
    @Test func anAddressShownWhereTheOtherSideLinksToItIsTheSame() {
        func findings(_ korean: String, linkedTo address: String) -> [Finding] {
            let english: [InlineContent] = [
                .text("The schema can be found at "), .start(id: 1, element: "a", original: "["),
                .text("the JSON Schema Store"), .end(id: 1, element: "a", original: "](\(address))"), .text("."),
            ]
            let segment = MemorySegment(id: "s1", source: english, target: [.text(korean)], state: .translated,
                                        shape: (1, 1))
            let unit = MemoryUnit(id: "u1", kind: .paragraph, sourceLocation: nil, targetLocation: nil,
                                  sourcePath: nil, targetPath: nil, segments: [segment])
            let memory = TranslationMemory(sourceLanguage: .english, targetLanguage: .korean,
                                           files: [MemoryFile(id: "f1", original: "en/a.md", targetOriginal: "ko/a.md",
                                                              units: [unit])])
            return Checker(checks: [URLMismatch.self]).run(memory, memoryPath: "memory.xlf")
        }
        #expect(findings("스키마는 http://json.schemastore.org/tsconfig에서 찾을 수 있습니다.",
                         linkedTo: "http://json.schemastore.org/tsconfig").isEmpty)
        #expect(findings("스키마는 http://json.schemastore.org에서 찾을 수 있습니다.",
                         linkedTo: "http://json.schemastore.org/tsconfig").count == 1)
        #expect(URLMismatch.linksTo("https://github.com/a", "](https://github.com/a \"title\")"))
        #expect(!URLMismatch.linksTo("https://github.com/a", "](https://github.com/ab)"))
    }
}

@Suite struct UnbalancedBracketsTests {
    @Test func onlyWhenTheSourceIsBalanced() {
        CheckSpec("""
            ! 그는 (웃으며) 말했다. | He said (smiling.
              그는 (웃으며) 말했다. | He said (smiling).
            ! “안녕”이라고 했다. | He said "hello.
              “문제없어. | "No problem.
              그는 “좋다”고 말했다. | He said “good”.
            """).expect(UnbalancedBrackets.self)
    }

    /// Every kind of bracket counts, ASCII or not; other scalars open nothing.
    @Test func everyBracketOfEveryScriptIsCounted() {
        CheckSpec("""
            ! 목록 [하나] | the list [one
            ! 집합 {a} | the set {a
            ! 책 『하나』 | the book 『one
            ! 값 （하나） | the value （one
              값 <하나> | the value <one
              값 하나 | the value ~one
            """).expect(UnbalancedBrackets.self)
    }

    /// A straight quote closes a curly one or opens it: Markdown typeset
    /// with smart quotes shows `["Tips for maintainers”](…)` as “…”.
    @Test func aStraightQuoteStandsForACurlyOne() {
        CheckSpec("""
              — @lord, ["Tips for new maintainers"](https://lord.io/) | — @lord, ["Tips for new maintainers”](https://lord.io/)
              "What Does “Open Source” Mean?" | ["What Does “Open Source” Even Mean?”](https://p5js.org/)
              He said “good". | 그는 “좋다"고 말했다.
            ! He said "good". | 그는 “좋다고 말했다.
            ! He said "good". | 그는 “좋다"고 "말했다.
            ! Type "Monday" and drag the "fill handle". | 셀에 "월요일"을 입력하고 ”채우기 핸들”을 끌어 놓습니다.
            """).expect(UnbalancedBrackets.self)
    }
}

@Suite struct DoubledSpaceTests {
    /// "예)" is the Korean "e.g."; "1)", "가)", "a)" number items.
    @Test func aLabelsClosingBracketOpensNothing() {
        CheckSpec("""
              Full URL, e.g. https://bar.com/foo/ (the origin is not used) | 전체 URL, 예) https://bar.com/foo/ (오리진은 쓰지 않습니다)
              Two steps: 1. build 2. deploy | 두 단계: 1) 빌드 가) 배포 b) 끝
            ! See the notes. | 참고 사항을 보세요 (자세한 내용은 참고))
            ! See the notes. | 참고 사항을 보세요 자세한 내용은 참고)
              Note: caver-js is a library. | 참고) caver-js는 라이브러리입니다.
              Caution: it is slow. | 주의) 느립니다.
            ! Note: it is slow. | 참고사항입니다) 느립니다.
            """).expect(UnbalancedBrackets.self)
    }

    /// A smiley's bracket (`:)`, `;-)`) closes nothing.
    @Test func aSmileyIsNoBracket() {
        CheckSpec("""
              Like cat but more colorful. | cat과 유사하지만 더 다채로운 도구 :).
              Have fun! | 즐겁게 쓰세요 ;-) 그리고 :(
            ! Cluster (reorganize) a database. | 데이터베이스를 클러스터링(재구성)).
            """).expect(UnbalancedBrackets.self)
    }

    @Test func betweenWordsOnly() {
        CheckSpec("""
            ! 좋은 날 | a  good day
              좋은 날 | a good day
              좋은 날 | a good day  
            """).expect(DoubledSpace.self)
    }

    /// The spaces on either side of an inline code (an icon image) are not
    /// one doubled space: the reader sees "icon [image] in".
    @Test func spacesAroundACodeAreNotDoubled() {
        CheckSpec("""
              아이콘{2/} 을 누르세요 | click its icon {2/} in the Toolbox
              아이콘 을 누르세요 | click its {1}icon {/1} in the Toolbox
            """).expect(DoubledSpace.self)
    }

    /// Two spaces after a full stop are a typing convention.
    @Test func twoSpacesAfterAFullStopAreAConvention() {
        CheckSpec("""
              그는 떠났다. 그리고 돌아왔다. | He left.  Then he came back.
            ! 그는 떠났다. 그리고 돌아왔다. | He left. Then he  came back.
            """).expect(DoubledSpace.self)
    }
}

@Suite struct RepeatedSyllableTests {
    /// The doubling inside a formal ending is never right; a stem and an
    /// ending or particle that agree (깨지지, 허가가, 다다릅니다) are words.
    @Test func aDoubledSyllableInAFormalEnding() {
        CheckSpec("""
            ! 이 디렉터리에 들어갑니니다. | It goes into this directory.
            ! 여기에 설정이 있습니다다. | The setting is here.
            ! 패키지가 있습습니다. | There is a package.
            ! 설치합니니까? | Do you install it?
              파일이 깨지지 않습니다. | The file does not break.
              허가가 필요합니다. | Permission is needed.
              목적지에 다다릅니다. | It reaches the destination.
              경로로만 갑니다. | It goes by the path only.
            """).expect(RepeatedSyllable.self)
    }

    @Test func theMessageGivesTheWordAsItShouldRead() {
        let (_, findings) = CheckSpec("! 이 디렉터리에 들어갑니니다. | It goes into this directory.").run(RepeatedSyllable.self)
        #expect(findings.map(\.message) == ["'들어갑니니다' repeats a syllable of its ending; write '들어갑니다'"])
    }

    @Test func koreanWhicheverSideIsTheOriginal() {
        CheckSpec("! It goes into this directory. | 이 디렉터리에 들어갑니니다.", sourceLanguage: .english)
            .expect(RepeatedSyllable.self)
    }
}

@Suite struct UncommonSyllableTests {
    /// A syllable outside KS X 1001 is a slip between two jamo keys; the
    /// same words spelt right, and rare but standard syllables (퓸, 똑), are words.
    @Test func aSyllableEverydayKoreanDoesNotUse() {
        CheckSpec("""
            ! 파란 플라스텩 장난감. | A blue plastic toy.
            ! 바깥쬭 테두리를 고릅니다. | Select the outer border.
            ! 뺴기 기호를 넣습니다. | Insert a minus sign.
              파란 플라스틱 장난감. | A blue plastic toy.
              바깥쪽 테두리를 고릅니다. | Select the outer border.
              프리미엄 퓸 향수를 똑같이 뿌립니다. | Spray the premium perfume alike.
            """).expect(UncommonSyllable.self)
    }

    @Test func theMessageNamesTheWordAndTheSyllable() {
        let (_, findings) = CheckSpec("! 파란 플라스텩 장난감. | A blue plastic toy.").run(UncommonSyllable.self)
        #expect(findings.map(\.message) == [
            "'플라스텩' has '텩', which is not one of the 2,350 syllables of everyday Korean (KS X 1001); check its spelling",
        ])
    }

    /// A word the site writes so in several sentences is its own spelling
    /// (a name, a dish, a brand), not a slip.
    @Test func aSpellingTheSiteUsesInSeveralSentencesIsLeftAlone() {
        CheckSpec("""
              똠얌꿍을 주문했습니다. | We ordered tom yum goong.
              매운 똠얌꿍이 나왔습니다. | A spicy tom yum goong came.
              똠얌꿍 조리법을 배웠습니다. | We learned the tom yum goong recipe.
            ! 똠양꿍을 먹었습니다. | We ate tom yum goong.
            """).expect(UncommonSyllable.self)
    }

    @Test func koreanWhicheverSideIsTheOriginal() {
        CheckSpec("! A blue plastic toy. | 파란 플라스텩 장난감.", sourceLanguage: .english)
            .expect(UncommonSyllable.self)
    }
}
