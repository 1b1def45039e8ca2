import DariChecks
import DariMemory
import DariModel
import Testing

@Suite struct NameSpellingTests {
    @Test func nearMissesOfEnglishNamesAndIdentifiers() {
        CheckSpec("""
            ! 이탈리아어 설명서는 LC_MESAGES를 'italian'으로 설정해야 합니다. | Italian manual pages need LC_MESSAGES set to 'italian'.
            ! Debian Pure Blinds 프레임워크를 쓰세요. | Use the Debian Pure Blends framework.
            ! 링크(libfoo.so.xyz)를 배치합니다. | The links (libfoo.so.x.y.z) are placed.
            ! unstalbe 배포판입니다. | It is the Unstable distribution.
              LC_MESSAGES를 설정하세요. | Set LC_MESSAGES.
              packages 목록을 보세요. | See the package list.
              install 명령을 실행하세요. | Run the installed command.
              GNOME 데스크톱입니다. | It is the Gnome desktop.
              gimp-2.10 버전입니다. | It is version gimp-2.8.
              짧은 이름 Perl 입니다. | The short name is Pearl.
              https://www.debian.org/intro 를 보세요. | See https://www.debian.org/intrp.
              데비안 프로젝트입니다. | It is the Debian project.
            """).expect(NameSpelling.self)
    }

    /// A long word written as the English writes it is no near miss, and
    /// does not hide one beside it.
    @Test func aWordTheEnglishHasAsWrittenIsPassedOver() {
        CheckSpec("""
              Debian 프로젝트의 Ubuntu 배포판 | The Ubuntu distribution of the Debian project
            ! Debian 프로젝트의 Ubunto 배포판 | The Ubuntu distribution of the Debian project
              Debian 프로젝트의 Ubuntu 배포판 | The Debian project's Ubuntu-based distribution
            """).expect(NameSpelling.self)
    }

    /// Four characters are enough for a word that mixes letters and digits
    /// (a numeronym: I18n, a11y), where one letter apart is no other word;
    /// a short word of letters alone (Perl / Pearl) or a version (IPv4 / IPv6) is not one.
    @Test func numeronymsOfFourCharacters() {
        CheckSpec("""
            ! L18n 패키지 설명 지원 | I18n support for package descriptions
            ! a1ly 검사를 합니다. | Run the a11y checks.
              IPv4 주소입니다. | It is an IPv6 address.
              Perl 이름입니다. | The name is Pearl.
              I18n 지원입니다. | It is i18n support.
            """).expect(NameSpelling.self)
    }

    @Test func theWordMaySitInTheNeighbouringSentenceOfTheBlock() {
        let segments = [
            MemorySegment(id: "b1", source: [.text("네. 외부 당사자가 만듭니다. Debian Pure Blinds 프레임워크를 씁니다.")],
                          target: [.text("Yes. External parties create them.")], state: .translated, shape: (2, 1)),
            MemorySegment(id: "b2", source: [.text("협력할 수 있습니다.")],
                          target: [.text("They use the Debian Pure Blends framework.")], state: .translated,
                          shape: (1, 1)),
        ]
        let unit = MemoryUnit(id: "u1", kind: .paragraph, sourceLocation: nil, targetLocation: nil, sourcePath: nil,
                              targetPath: nil, segments: segments)
        let memory = TranslationMemory(files: [MemoryFile(id: "f1", original: "ko/a.html",
                                                          targetOriginal: "en/a.html", units: [unit])])
        let findings = Checker(checks: [NameSpelling.self]).run(memory, glossary: nil, memoryPath: "m.xlf")
        #expect(findings.map(\.message) == ["the Korean has 'Blinds' where the English has 'Blends'; make the two spellings agree"])
    }

    @Test func aWordTheEnglishPageHasElsewhereIsNoMisspelling() {
        // An index page: entries are paired by position, so near misses meet by chance.
        CheckSpec("""
              Modes 항목 | Color model entry
              모드 | Layer Modes
            """).expect(NameSpelling.self)
    }

    @Test func anEnglishOriginalSiteComparesTheKoreanTarget() {
        CheckSpec("""
            ! Set LC_MESSAGES. | LC_MESAGES를 설정하세요.
              Set LC_MESSAGES. | LC_MESSAGES를 설정하세요.
            """, sourceLanguage: .english).expect(NameSpelling.self)
    }
}
