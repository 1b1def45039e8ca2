@testable import DariChecks
import DariMemory
import DariModel
import Testing

/// `korean-spelling`: a word the site writes one way nearly everywhere,
/// written one jamo apart where the English has the same word.
@Suite struct KoreanSpellingTests {
    /// One page pair, English original, a block per (English, Korean) pair.
    private func findings(_ blocks: [(String, String)]) -> [Finding] {
        let units = blocks.enumerated().map { number, block in
            MemoryUnit(id: "u\(number + 1)", kind: .paragraph,
                       sourceLocation: SourceLocation(file: "en/faq.html", line: number + 1),
                       targetLocation: SourceLocation(file: "ko/faq.html", line: number + 1),
                       sourcePath: nil, targetPath: nil,
                       segments: [MemorySegment(id: "s1", source: [.text(block.0)], target: [.text(block.1)],
                                                state: .translated, shape: (1, 1))])
        }
        let memory = TranslationMemory(sourceLanguage: .english, targetLanguage: .korean, files: [
            MemoryFile(id: "f1", original: "en/faq.html", targetOriginal: "ko/faq.html", units: units),
        ])
        return Checker(checks: [KoreanSpelling.self]).run(memory)
    }

    /// Six blocks that write 데비안 for "Debian", and other words around it.
    private let usual: [(String, String)] = [
        ("Debian is a free operating system.", "데비안은 자유 운영 체제입니다."),
        ("Debian runs on many computers.", "데비안은 많은 컴퓨터에서 돌아갑니다."),
        ("Install Debian from a CD.", "CD에서 데비안을 설치하세요."),
        ("Debian developers maintain packages.", "데비안 개발자들이 패키지를 관리합니다."),
        ("Debian releases are named after toys.", "데비안 릴리스는 장난감 이름을 따릅니다."),
        ("Debian has a social contract.", "데비안에는 사회 계약이 있습니다."),
    ]

    @Test func aNameWrittenOneJamoApartWhereTheEnglishHasTheSameNameIsFound() throws {
        let found = findings(usual + [("A list of Debian mirrors is in the file.", "데미안 미러 목록이 파일에 있습니다.")])
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.location == SourceLocation(file: "ko/faq.html", line: 7))
        #expect(finding.message == "'데미안' is written '데비안' in 6 other blocks where the English has 'Debian', "
            + "as it does here; use one spelling")
    }

    /// Without the English word beside it, or with both spellings in one
    /// block (two different words), the odd spelling is not reported.
    @Test func theEnglishMustSayItIsTheSameWord() {
        #expect(findings(usual + [("Hermann Hesse wrote a novel.", "헤세는 데미안을 썼습니다.")]).isEmpty)
        #expect(findings(usual + [("Debian, not the novel Demian.", "데비안은 소설 데미안이 아닙니다.")]).isEmpty)
    }

    /// Two forms of one verb differ in their ending; a word every block's
    /// English shares ("Debian") does not make two Korean words one; words
    /// of two syllables are too often a letter apart.
    @Test func verbFormsCommonWordsAndShortWordsAreLeftAlone() {
        let setUp = (0..<6).map { ("Debian: set up the network \($0).", "데비안에서 네트워크를 설정하세요 \($0).") }
        #expect(findings(setUp + [("Debian: how to set up the network.", "데비안에서 네트워크를 설정할 방법.")]).isEmpty)
        let ifThere = (0..<6).map { ("Debian helps if there is a disk \($0).", "디스크가 있으면 데비안이 돕습니다 \($0).") }
        #expect(findings(ifThere + usual + [("Debian: read this first.", "이것을 읽으면 데비안을 압니다.")]).isEmpty)
        // An ending that only adds a final consonant to the last syllable (기다리 → 기다린, 되어 → 되었).
        let waiting = (0..<6).map { ("Debian is waiting for the disk \($0).", "데비안은 디스크를 기다리고 있습니다 \($0).") }
        #expect(findings(waiting + [("Debian: the disk it is waiting for.", "데비안이 기다린 디스크.")]).isEmpty)
        #expect(KoreanSpelling.differInAnEnding("잘못되어", "잘못되었"))
        #expect(!KoreanSpelling.differInAnEnding("컨테이넝", "컨테이너"))
        #expect(!KoreanSpelling.differInAnEnding("클레이트", "클레이튼"))
        let short = (0..<6).map { ("The kernel is small \($0).", "커널은 작습니다 \($0).") }
        #expect(findings(short + [("The kernel is big.", "거널은 큽니다.")]).isEmpty)
    }

    @Test func englishWordsAreRunsOfThreeOrMoreASCIILettersThatAreNotFunctionWords() {
        #expect(KoreanSpelling.englishWords(in: "The maintainers of Debian don\u{2019}t sleep") == ["maintainers", "Debian", "don", "sleep"])
        // Café's é is no ASCII letter; neither is an e with a combining accent, which ends the word
        // it is glued to, nor a letter after a prepended mark (U+0600).
        #expect(KoreanSpelling.englishWords(in: "Café cafe\u{301}s naïve \u{600}Linux 데비안Debian") == ["Caf", "caf", "inux", "Debian"])
    }

    @Test func stemsLoseTheirParticlesAndKeepThreeSyllables() {
        #expect(KoreanSpelling.stems(in: "데비안은 방법으로 리눅스에서도 커널의") == ["데비안", "리눅스"])
    }
}
