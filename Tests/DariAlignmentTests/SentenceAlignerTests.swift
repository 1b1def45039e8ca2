@testable import DariAlignment
import DariGlossary
import DariModel
import DariTestSupport
import Testing

@Suite struct SentenceAlignerTests {
    let aligner = SentenceAligner()

    let korean = [
        "갈렙선교회는 2000년에 두만강 가에서 시작되었습니다.",
        "지금까지 1,000명이 넘는 탈북민이 자유를 찾았습니다.",
        "김성은 목사는 구출팀과 함께 4,800km의 정글을 지났습니다.",
        "서울평양교회는 매주 오후 2시에 예배를 드립니다.",
        "기도 제목은 prayer@example.org로 받아 보실 수 있습니다.",
    ]
    let english = [
        "Caleb Mission began in 2000 on the bank of the Tumen River.",
        "Since then more than 1,000 North Korean defectors have found freedom.",
        "Pastor Seungeun Kim crossed 4,800 km of jungle with the rescue team.",
        "Seoul-Pyongyang Church worships every week at 2 p.m.",
        "You can receive the prayer requests at prayer@example.org.",
    ]

    @Test func aParallelTextAlignsOneToOne() {
        #expect(aligner.align(source: korean, target: english).map(\.vecalignLine) == [
            "[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4]:[4]",
        ])
    }

    /// The sentence that holds the source's links and components is its
    /// translation, even where length points at a shorter neighbour
    /// (nodejs.org's download page: the Korean adds a short sentence
    /// before the one that carries the four drop-downs).
    @Test func theSentenceWithTheSameLinksAndComponentsIsTheTranslation() {
        let korean = [
            "설치 준비가 끝났습니다.",
            "버전을 운영체제에서 방법으로 패키지 관리자를 사용하여 설치할 수 있습니다.",
        ]
        let english = ["Get it for using with"]
        let dropDowns = ["release.versiondropdown", "release.operatingsystemdropdown",
                         "release.installationmethoddropdown", "release.packagemanagerdropdown"]
        let byText = aligner.align(source: korean, target: english)
        #expect(byText.first { $0.target == 0..<1 }?.source == 0..<1, "without codes, length pairs the short sentence")
        let byCodes = aligner.align(source: korean, target: english, sourceCodes: [[], dropDowns], targetCodes: [dropDowns])
        #expect(byCodes.first { $0.target == 0..<1 }?.source.contains(1) == true)
        // Codes that cannot be matched to the sentences are left out rather than misread.
        #expect(aligner.align(source: korean, target: english, sourceCodes: [dropDowns], targetCodes: [dropDowns])
            == byText)
    }

    /// A translator who splits one long English sentence in two leaves the
    /// shorter half alone when the longer half fits the English by length;
    /// a half whose words are the English sentence's, and that the English
    /// is long enough to hold, is joined to its pair (the Debian
    /// installation guide's braille page: "driver should be replaced by the
    /// two-letter driver code … port should be replaced by …" in two Korean
    /// sentences). A sentence added beside the pair, sharing a word with it
    /// by chance, stays alone.
    @Test func theHalfOfASplitSentenceIsJoinedToItsPair() {
        let english = [
            "Serial braille displays cannot safely be automatically detected (since that may damage some of them).",
            "You thus need to append the brltty=driver,port boot parameter to tell brltty which driver and port it should use.",
            "driver should be replaced by the two-letter driver code for your terminal (see the BRLTTY manual). port should be replaced by the name of the serial port the display is connected to, ttyS0 is the default, ttyUSB0 can be typically used when using a serial-to-USB converter.",
            "A third parameter can be provided, to choose the name of the braille table to be used (see the BRLTTY manual); the English table is the default.",
            "Note that the table can be changed later by entering the preference menu.",
            "A fourth parameter can be provided to pass parameters to the braille driver, such as protocol=foo which is needed for some rare models.",
            "Documentation on key bindings for braille devices is available on the brltty website.",
        ]
        let korean = [
            "시리얼 점자 디스플레이는 자동으로 검색한다고 확신할 수 없습니다.",
            "(일부 제품은 자동 검색을 하면 손상될 수도 있습니다.)",
            "그러므로 brltty=드라이버,포트 부팅 파라미터로 brltty에서 사용할 드라이버와 포트를 지정해야 합니다.",
            "드라이버는 터미널의 두 글자 드라이버 코드입니다.",
            "(BRLTTY 매뉴얼 참고.)",
            "포트는 디스플레이가 연결되어 있는 시리얼 포트의 이름입니다.",
            "ttyS0이 기본값이고, 시리얼 USB 변환 장치를 사용한 경우 보통 ttyUSB0을 사용합니다.",
            "세번째 파라미터로 사용할 점자 테이블의 일므을 지정할 수 있습니다.",
            "(BRLTTY 매뉴얼 참고).",
            "기본값은 영어 테이블입니다.",
            "테이블은 나중에 설정 메뉴에 들어가서 바꿀 수도 있습니다.",
            "네번째 파라미터로 점자 장치 드라이버를 protocol=foo과 같이 넘길 수 있습니다.",
            "일부 장치의 경우 필요할 수도 있습니다.",
            "점자 장치에 대한 키 바인딩 문서는 brltty 웹사이트에 있습니다.",
        ]
        let joined = aligner.align(source: korean, target: english).map(\.vecalignLine)
        // By length alone the search leaves the shorter half out.
        var lengthOnly = AlignmentConfiguration()
        lengthOnly.splitMinimumLinked = .infinity
        let alone = SentenceAligner(configuration: lengthOnly).align(source: korean, target: english).map(\.vecalignLine)
        #expect(alone.contains("[3]:[]"))
        #expect(joined.contains("[3, 4, 5, 6]:[2]") && !joined.contains("[3]:[]"))
        var added = korean
        added[3] = "수사관들은 붕괴의 원인을 파악할 때까지 이 지역을 범죄 현장으로 다루고 있다."
        #expect(aligner.align(source: added, target: english).map(\.vecalignLine).contains("[3]:[]"))
    }

    /// An aside the translator split off or added ("(호출하는 것이 아닙니다!)"
    /// for the English "(not call!)" inside its sentence) has too few words
    /// for the lexicon to place: where the English sentence beside it fits
    /// the two Korean sentences together better than its pair alone, it is
    /// joined to the pair (React's `useCallback` reference). A sentence whose
    /// words the lexicon knows and does not link, or one with a number of its
    /// own, stays alone.
    @Test func aShortAsideTheWordsCannotPlaceIsJoinedWhereTheLengthFits() {
        let english = [
            "fn: The function value that you want to cache.",
            "It can take any arguments and return any values.",
            "React will return (not call!) your function back to you during the initial render.",
            "On next renders, React will give you the same function again if the dependencies have not changed since the last render.",
            "Otherwise, it will give you the function that you have passed during the current render, and store it in case it can be reused later.",
            "React will not call your function.",
            "The function is returned to you so you can decide when and whether to call it.",
        ]
        var korean = [
            "fn: 캐싱할 함숫값입니다.",
            "이 함수는 어떤 인자나 반환값도 가질 수 있습니다.",
            "React는 첫 렌더링에서 이 함수를 반환합니다.",
            "(호출하는 것이 아닙니다!)",
            "다음 렌더링에서 dependencies 값이 이전과 같다면 React는 같은 함수를 다시 반환합니다.",
            "반대로 dependencies 값이 변경되었다면 이번 렌더링에서 전달한 함수를 반환하고 나중에 재사용할 수 있도록 이를 저장합니다.",
            "React는 함수를 호출하지 않습니다.",
            "이 함수는 호출 여부와 호출 시점을 개발자가 결정할 수 있도록 반환됩니다.",
        ]
        #expect(aligner.align(source: korean, target: english).map(\.vecalignLine) == [
            "[0]:[0]", "[1]:[1]", "[2, 3]:[2]", "[4]:[3]", "[5]:[4]", "[6]:[5]", "[7]:[6]",
        ])
        for added in ["수사관들은 붕괴의 원인을 파악할 때까지 이 지역을 범죄 현장으로 다루고 있다.", "(3번 호출됩니다!)"] {
            korean[3] = added
            #expect(aligner.align(source: korean, target: english).map(\.vecalignLine).contains("[3]:[]"), "\(added)")
        }
    }

    /// An aside of a few words ("아니, 잠깐만요." for the English "But
    /// wait—") joins a neighbour even where the lengths fit without it; one
    /// of as few words whose words the lexicon knows and does not link
    /// stays alone.
    @Test func anAsideOfAFewWordsJoinsANeighbourWhereverTheLengthsFit() {
        let english = [
            "First, s2 has an &, meaning that we’re adding a reference of the second string to the first string.",
            "This is because of the s parameter in the add function: we can only add a &str to a String; we can’t add two String values together.",
            "But wait—the type of &s2 is &String, not &str, as specified in the second parameter to add.",
            "So why does Listing 8-18 compile?",
        ]
        var korean = [
            "먼저 s2에는 &가 있는데, 즉 첫 번째 문자열에 두 번째 문자열의 참조자를 더하고 있음을 뜻합니다.",
            "이는 add 함수의 s 매개변수 때문입니다: String에는 &str만 더할 수 있고, 두 String끼리는 더하지 못합니다.",
            "아니, 잠깐만요.",
            "&s2의 타입은 &String이지, add의 두 번째 매개변수에 지정된 &str은 아니죠.",
            "어째서 예제 8-18가 컴파일되는 걸까요?",
        ]
        #expect(!aligner.align(source: korean, target: english).map(\.vecalignLine).contains("[2]:[]"))
        korean[2] = "수사관들은 붕괴의 원인을 파악할 때까지 이 지역을 범죄 현장으로 다루고 있다."
        #expect(aligner.align(source: korean, target: english).map(\.vecalignLine).contains("[2]:[]"))
    }

    @Test func aKoreanSentenceWithNoTranslationIsAnOmissionNotGluedToANeighbour() {
        var shortened = english
        shortened.remove(at: 2)
        #expect(aligner.align(source: korean, target: shortened).map(\.vecalignLine) == [
            "[0]:[0]", "[1]:[1]", "[2]:[]", "[3]:[2]", "[4]:[3]",
        ])
    }

    @Test func anEnglishSentenceWithNoKoreanIsAnOmissionToo() {
        var shortened = korean
        shortened.remove(at: 1)
        #expect(aligner.align(source: shortened, target: english).map(\.vecalignLine) == [
            "[0]:[0]", "[]:[1]", "[1]:[2]", "[2]:[3]", "[3]:[4]",
        ])
    }

    /// English left on the Korean page pairs with its copy or an older
    /// wording of it, never with an unrelated English sentence by position:
    /// that would hide the English sentence's missing translation.
    @Test func englishOnTheKoreanPagePairsOnlyWithEnglishThatSharesItsWords() {
        let korean = [korean[0], "The volunteers have promised the families a safe journey home."]
        let unrelated = [english[0], "Local markets also closed early for the holiday."]
        #expect(Set(aligner.align(source: korean, target: unrelated).map(\.vecalignLine)) == ["[0]:[0]", "[1]:[]", "[]:[1]"])
        let reworded = [english[0], "The volunteers promised the families a safe and quick journey home."]
        #expect(aligner.align(source: korean, target: reworded).map(\.vecalignLine) == ["[0]:[0]", "[1]:[1]"])
    }

    /// Each version gained a sentence of its own in the same place (both
    /// pages edited independently): the two share nothing but their
    /// position, and their known words say so. They are two untranslated
    /// sentences, not a pair.
    @Test func twoUnrelatedSentencesInTheSamePlaceAreNotAPair() {
        let korean = Array(korean.prefix(2)) + ["정부는 내년 국방 예산을 크게 늘리겠다고 국회에서 공식 발표했으며, 야당은 세금 인상에 강하게 반대했다."]
        let english = Array(english.prefix(2)) + ["The children played football with their teachers in the park after school, and their parents watched from the garden."]
        #expect(aligner.align(source: korean, target: english).map(\.vecalignLine) == [
            "[0]:[0]", "[1]:[1]", "[2]:[]", "[]:[2]",
        ])
    }

    /// The last sentences of the two texts both introduce what follows the
    /// block with a colon (the output a command should print): the same
    /// place in the same structure, a pair whatever their words say. Not
    /// at the end of the text, or without the colon, their words decide.
    @Test func twoLastSentencesIntroducingWhatFollowsStayAPair() {
        let korean = Array(korean.prefix(2)) + ["정부는 내년 국방 예산을 크게 늘리겠다고 국회에서 공식 발표했으며, 야당은 세금 인상에 강하게 반대했다:"]
        let english = Array(english.prefix(2)) + ["The children played football with their teachers in the park after school, and their parents watched from the garden:"]
        #expect(aligner.align(source: korean, target: english).map(\.vecalignLine).last == "[2]:[2]")
        let notLast = aligner.align(source: korean + [self.korean[0]], target: english + [self.english[0]]).map(\.vecalignLine)
        #expect(notLast.contains("[2]:[]") && notLast.contains("[]:[2]"), "\(notLast)")
    }

    /// A free translation links few of its words, but not none of them
    /// against many: it stays a pair. So does an unrelated-looking pair
    /// that shares a number, a name or an inline code.
    @Test func aLooseTranslationOrASharedNumberKeepsThePair() {
        let loose = Array(korean.prefix(2)) + ["정부는 내년 국방 예산을 크게 늘리겠다고 발표했다."]
        let english = Array(english.prefix(2))
        #expect(aligner.align(source: loose, target: english + ["The government said it would raise next year's defence budget sharply."])
            .map(\.vecalignLine).last == "[2]:[2]")
        let numbered = Array(korean.prefix(2)) + ["정부는 2027년 국방 예산을 크게 늘리겠다고 국회에서 공식 발표했다."]
        #expect(aligner.align(source: numbered, target: english + ["The children played football with their teachers in 2027."])
            .map(\.vecalignLine).last == "[2]:[2]")
    }

    /// A text whose original was rewritten (a command page turned into an
    /// alias page) pairs its old sentences with the new ones by position,
    /// each pair too short to judge alone; taken together, not one word
    /// linked across, they are guesses: kept as pairs, scored below the
    /// checks' guess score (0.6). Its translation keeps its scores.
    @Test func shortPairsUnrelatedTogetherAreGuesses() {
        let korean = ["RHEL, Fedora, CentOS(이전 버전용)를 위한 패키지 관리 도구.",
                      "다른 패키지 관리자의 동등한 명령을 보려면 https://wiki.archlinux.org/title/Pacman/Rosetta.",
                      "더 많은 정보: https://manned.org/yum."]
        let rewritten = ["This command is an alias of dnf on modern distros.",
                         "For older distros (e.g. CentOS 7), yum is a distinct program from dnf.",
                         "Some subcommands and options may be different."]
        let beads = aligner.align(source: korean, target: rewritten)
        #expect(beads.map(\.vecalignLine) == ["[0]:[0]", "[1]:[1]", "[2]:[2]"])
        #expect(beads.allSatisfy { $0.score <= 0.5 }, "\(beads.map(\.score))")
        let translation = ["Package management utility for RHEL, Fedora, and CentOS (for older versions).",
                           "For equivalent commands in other package managers, see https://wiki.archlinux.org/title/Pacman/Rosetta.",
                           "More information: https://manned.org/yum."]
        #expect(aligner.align(source: korean, target: translation).allSatisfy { $0.score > 0.6 })
    }

    /// With the test switched off (`unrelatedEvidence = .infinity`), the
    /// place alone pairs them, as before.
    @Test func theUnrelatedPairTestCanBeSwitchedOff() {
        var configuration = AlignmentConfiguration()
        configuration.unrelatedEvidence = .infinity
        let korean = Array(korean.prefix(2)) + ["정부는 내년 국방 예산을 크게 늘리겠다고 국회에서 공식 발표했으며, 야당은 세금 인상에 강하게 반대했다."]
        let english = Array(english.prefix(2)) + ["The children played football with their teachers in the park after school, and their parents watched from the garden."]
        #expect(SentenceAligner(configuration: configuration).align(source: korean, target: english)
            .map(\.vecalignLine).last == "[2]:[2]")
    }

    @Test func aSentenceTranslatedAsTwoBecomesAOneToTwoBead() {
        let split = [english[0], "Its story is told below.", english[1]]
        let merged = [korean[0] + " 그 이야기는 아래에 있습니다.", korean[1]]
        #expect(aligner.align(source: merged, target: split).map(\.vecalignLine) == ["[0]:[0, 1]", "[1]:[2]"])
        #expect(aligner.align(source: [korean[0], "그 이야기는 아래에 있습니다.", korean[1]],
                              target: [english[0] + " Its story is told below.", english[1]]).map(\.vecalignLine)
                == ["[0, 1]:[0]", "[2]:[1]"])
    }

    /// Without a lexicon nothing measures how well the text is explained,
    /// and the ordinary omission cost applies.
    @Test func withoutALexiconTheOrdinaryOmissionCostApplies() {
        var shortened = english
        shortened.remove(at: 2)
        var configuration = AlignmentConfiguration()
        configuration.explainedOmissionCost = 100
        #expect(SentenceAligner(configuration: configuration, lexicon: nil).align(source: korean, target: shortened)
            .map(\.vecalignLine).contains("[2]:[]"))
    }

    @Test func emptySidesGiveOmissionsOnly() {
        #expect(aligner.align(source: [], target: []).isEmpty)
        #expect(aligner.align(source: ["하나."], target: []).map(\.vecalignLine) == ["[0]:[]"])
        #expect(aligner.align(source: [], target: ["One."]).map(\.vecalignLine) == ["[]:[0]"])
    }

    @Test func beadsCoverBothSidesInOrder() {
        let (source, target) = repeated(40)
        let beads = aligner.align(source: source, target: target)
        #expect(beads.flatMap { Array($0.source) } == Array(source.indices))
        #expect(beads.flatMap { Array($0.target) } == Array(target.indices))
        #expect(beads.allSatisfy { (0...1).contains($0.score) })
    }

    /// The beads and scores of the long text, against those an earlier
    /// process recorded: Swift seeds its hashing per process, so an
    /// alignment that depends on the order of a set or a dictionary differs
    /// between the two, as does one a refactoring moved by a rounding.
    /// Re-record (`DARI_RECORD=1 swift test --filter SentenceAlignerTests`)
    /// only when a change of weights is meant to move it, and read the diff.
    @Test func theLongTextAlignsAsRecordedInAnotherProcess() throws {
        let (source, target) = repeated(40)
        let beads = aligner.align(source: source, target: target)
        let lines = beads.map { $0.vecalignLine + " " + String(format: "%.6f", $0.score) }
        try GoldenLines.expect(lines, match: "long-text-beads.txt")
    }

    @Test(arguments: [
        ("오바마는", "Obama"), ("매케인과의", "McCain"), ("갤러트너", "Galertner"), ("클리퍼", "Clipper"),
        ("칼라슈니코프로", "Kalashnikov"), ("쿤밍에서", "Kunming"),
        // A name written together with the noun it names.
        ("서울평양교회를", "Seoul-Pyongyang"), ("런던시에서", "London"),
    ])
    func transliteratedNamesShareASkeleton(korean: String, english: String) {
        let scalars = Array(korean.unicodeScalars)[...]
        #expect(NameSkeleton.koreanCandidates(scalars).contains(NameSkeleton.english(english)))
    }

    @Test func unrelatedWordsDoNotShareASkeleton() {
        let scalars = Array("정부는".unicodeScalars)[...]
        #expect(!NameSkeleton.koreanCandidates(scalars).contains(NameSkeleton.english("Obama")))
    }

    /// The text repeated `copies` times, every 13th Korean and every 17th
    /// English sentence left out.
    func repeated(_ copies: Int) -> (source: [String], target: [String]) {
        (Array(repeating: korean, count: copies).flatMap { $0 }.enumerated().filter { $0.offset % 13 != 5 }.map(\.element),
         Array(repeating: english, count: copies).flatMap { $0 }.enumerated().filter { $0.offset % 17 != 3 }.map(\.element))
    }

    @Test func theSearchStaysInABandSoItsCostGrowsLinearly() {
        // Ten times the sentences: a search of the whole grid would fill a
        // hundred times the cells; a band fills ten times, twenty at most,
        // since the first band widens with the drift up to twice `band`.
        let short = repeated(20), long = repeated(200)
        let shortCells = aligner.alignSentences(source: short.source, target: short.target).cellsFilled
        let longCells = aligner.alignSentences(source: long.source, target: long.target).cellsFilled
        #expect(shortCells > 0)
        #expect(Double(longCells) / Double(shortCells) <= 20, "\(shortCells) cells for 100 sentences, \(longCells) for 1,000")
    }
}

@Suite struct GlossaryAsDictionaryTests {
    @Test func glossaryTermsTellWhichSentenceATranslationBelongsTo() throws {
        let (glossary, _) = try GlossaryReader.read(fileAt: RepositoryPaths.root() + "/Glossary/dari.tbx")
        let aligner = SentenceAligner(glossary: glossary, lexicon: nil)
        let korean = ["구출팀은 밤에 정글을 건넜습니다.", "후원팀은 새 가족들을 도왔습니다."]
        let english = ["The support team helped the new families."]
        #expect(aligner.align(source: korean, target: english).map(\.vecalignLine) == ["[0]:[]", "[1]:[0]"])
    }

    @Test func glossaryTermsAreSharedWords() throws {
        let (glossary, _) = try GlossaryReader.read(fileAt: RepositoryPaths.root() + "/Glossary/dari.tbx")
        let korean = "구출팀은 탈북민과 함께 걸었습니다.", english = "The rescue team walked with the North Korean defectors."
        #expect(SentenceAligner(glossary: glossary, lexicon: nil).sharedWords(source: korean, target: english) >= 1)
        #expect(SentenceAligner(lexicon: nil).sharedWords(source: korean, target: english) == 0)
    }
}

/// Everyday words, with no number or name to go by: the bundled dictionary
/// knows them (school, hospital, pastor, teacher), and that is what tells
/// the untranslated English sentence from a second half of its neighbour.
@Suite struct BundledDictionaryAlignmentTests {
    let korean = [
        "학교에서 아이들이 열심히 공부합니다.",
        "마을 가운데에 작은 병원이 있습니다.",
        "목사님은 가족들을 위해 기도했습니다.",
        "선생님은 아이들에게 사랑을 가르칩니다.",
    ]
    let english = [
        "The children study hard at school.",
        "There is a small hospital in the middle of the town.",
        "Last spring the road to the market was closed for three weeks after heavy rain.",
        "The pastor prayed for the families.",
        "The teacher teaches the children love.",
    ]

    @Test func theDictionaryFindsTheUntranslatedSentence() {
        let beads = SentenceAligner(lexicon: BilingualLexicon.bundledDictionary).align(source: korean, target: english)
        #expect(beads.map(\.vecalignLine) == ["[0]:[0]", "[1]:[1]", "[]:[2]", "[2]:[3]", "[3]:[4]"])
    }

    @Test func onLengthAloneItIsGluedOn() {
        let beads = SentenceAligner(lexicon: nil).align(source: korean, target: english)
        #expect(!beads.map(\.vecalignLine).contains("[]:[2]"))
    }

    /// A paragraph of three sentences, one of them untranslated: too short
    /// to measure how much the lexicon explains, yet the sentence it cannot
    /// link to its neighbour's translation is left out, not glued on.
    @Test func anUntranslatedSentenceInAShortParagraphIsLeftOut() {
        let beads = SentenceAligner().align(
            source: ["우리는 매주 토요일에 지역 주민들에게 따뜻한 식사를 나눕니다.", "봉사자들은 아침 일찍 모여 음식을 준비합니다.",
                     "작년에는 주방을 새로 고쳤습니다."],
            target: ["Every Saturday we share a warm meal with our neighbours.",
                     "Volunteers gather early in the morning to prepare the food."])
        #expect(beads.map(\.vecalignLine) == ["[0]:[0]", "[1]:[1]", "[2]:[]"])
    }

    /// What the site aligner asks before it joins a lone paragraph to its
    /// neighbour's pair: words the lexicon links, numbers, Latin words.
    @Test func sharedWordsCountWhatTheLexiconLinks() {
        let aligner = SentenceAligner()
        #expect(aligner.sharedWords(source: korean[2], target: english[3]) >= 2) // 목사 pastor, 기도 pray, 가족 family
        #expect(aligner.sharedWords(source: korean[2], target: english[2]) == 0)
        #expect(aligner.sharedWords(source: "2024년 UN 총회", target: "the 2024 UN assembly") >= 2)
        #expect(SentenceAligner(lexicon: nil).sharedWords(source: korean[2], target: english[3]) == 0)
    }
}

/// A long invented text, so that the lexical signals are fully at work: each
/// sentence pair has three words of its own and two topic words that every
/// sentence of the text shares (as "mission" and "church" run through a
/// mission's pages). The lexicon knows every word's translation.
@Suite struct TopicWordsTests {
    static func koreanWord(_ concept: Int) -> String {
        let syllables = [0xAC00 + (concept * 37) % 11172, 0xAC00 + (concept * 101 + 7) % 11172]
        return String(String.UnicodeScalarView(syllables.map { Unicode.Scalar($0)! })) + "는"
    }

    static func englishWord(_ concept: Int) -> String {
        var letters = "w"
        var value = concept
        for _ in 0..<5 {
            letters.append(Character(Unicode.Scalar(UInt8(97 + value % 26))))
            value /= 26
        }
        return letters
    }

    static let topics = [1000, 1001]
    static func concepts(_ pair: Int) -> [Int] { [3 * pair, 3 * pair + 1] + topics + [3 * pair + 2] }
    static let korean = (0..<30).map { pair in concepts(pair).map(koreanWord).joined(separator: " ") + "." }
    static let english = (0..<30).map { pair in "The " + concepts(pair).map(englishWord).joined(separator: " ") + "." }
    static let lexicon = BilingualLexicon(pairs: (Array(0..<90) + topics).map {
        (String(koreanWord($0).unicodeScalars.prefix(2).map(Character.init)), englishWord($0))
    })

    @Test func theInventedTextAlignsOneToOne() {
        let beads = SentenceAligner(lexicon: Self.lexicon).align(source: Self.korean, target: Self.english)
        #expect(beads.map(\.vecalignLine) == (0..<30).map { "[\($0)]:[\($0)]" })
    }

    @Test func aSentenceSharingOnlyTopicWordsWithItsNeighbourIsAnOmission() {
        var korean = Self.korean
        korean.remove(at: 15)
        let beads = SentenceAligner(lexicon: Self.lexicon).align(source: korean, target: Self.english)
        #expect(beads.map(\.vecalignLine).contains("[]:[15]"), "\(beads.map(\.vecalignLine))")
        #expect(beads.filter(\.isOmission).count == 1)
    }

    @Test func aSentenceTranslatedAsTwoStaysOneBeadWhenEachHalfTranslatesAPart() {
        // Korean sentence 10 is translated as two English sentences, each
        // carrying some of its words.
        var english = Self.english
        let words = Self.concepts(10).map(Self.englishWord)
        english[10] = "The \(words[0]) \(words[1]) \(words[2])."
        english.insert("The \(words[3]) \(words[4]).", at: 11)
        let beads = SentenceAligner(lexicon: Self.lexicon).align(source: Self.korean, target: english)
        #expect(beads.map(\.vecalignLine).contains("[10]:[10, 11]"), "\(beads.map(\.vecalignLine))")
        #expect(beads.filter(\.isOmission).isEmpty)
    }

    /// The lexicon knows every word of this text, so it is the cost of
    /// an omission on well-explained text that decides.
    @Test func onATextTheLexiconExplainsTheExplainedOmissionCostApplies() {
        var korean = Self.korean
        korean.remove(at: 15)
        var configuration = AlignmentConfiguration()
        configuration.explainedOmissionCost = 100
        let beads = SentenceAligner(configuration: configuration, lexicon: Self.lexicon).align(source: korean, target: Self.english)
        #expect(beads.filter(\.isOmission).isEmpty)
    }

    @Test func withoutTheDiscountTopicWordsGlueTheUntranslatedSentenceToANeighbour() {
        // What the two tests above guard against: counting every matched
        // word as evidence, and charging a two-sentence bead no more than
        // its frequency, the topic words pay for the glue.
        var configuration = AlignmentConfiguration()
        configuration.chanceCoverageWeight = 0
        configuration.ownCoverageWeight = 0
        configuration.shapePriorScale = 1
        var korean = Self.korean
        korean.remove(at: 15)
        let beads = SentenceAligner(configuration: configuration, lexicon: Self.lexicon).align(source: korean, target: Self.english)
        #expect(!beads.map(\.vecalignLine).contains("[]:[15]"))
    }
}

/// Issue 20: a sentence appended to one side of a paragraph is a sentence
/// of its own with no counterpart, never glued into its neighbour's bead;
/// two English sentences a translator joined into one Korean sentence stay
/// one bead.
@Suite struct AppendedSentenceTests {
    func beads(_ korean: [String], _ english: [String]) -> [String] {
        SentenceAligner().align(source: korean, target: english).map(\.vecalignLine)
    }

    @Test func anUnrelatedSentenceAppendedToAParagraphIsItsOwnOneSidedBead() {
        #expect(beads(["새 레이어를 만들고 투명도를 50%로 설정합니다.", "이 대화 상자에서는 레이어의 이름, 크기, 채우기 색을 정할 수 있습니다."],
                      ["Create a new layer and set its opacity to 50%.", "In this dialog you can set the layer's name, size and fill color.",
                       "The government has assured its people that heavy security will ensure a secure games."])
                == ["[0]:[0]", "[1]:[1]", "[]:[2]"])
    }

    @Test func twoSentencesJoinedInTranslationStayOneBead() {
        #expect(beads(["한결 쉬워진 온라인 신청서 덕분에 이제 웹사이트에서 봄 수련회를 바로 신청할 수 있습니다."],
                      ["The sign-up form got a lot friendlier.", "You can now register for the spring retreat directly on our website."])
                == ["[0]:[0, 1]"])
    }

    /// Where the lexicon links little of a paragraph (technical prose whose
    /// pairs hold by their Latin words), a short appended sentence whose few
    /// known words have no partner costs less glued on (a 1-2 bead's prior,
    /// 4.5) than left out (6.6). Its silence is no proof: on the real sites,
    /// sentences a translator merged are as silent, and charging for it
    /// added more noise than it found (docs/benchmarks/real-sites.md).
    @Test func onTechnicalProseAShortAppendedSentenceIsStillGluedOn() {
        withKnownIssue("issue 20: the lexicon's silence does not tell an appended sentence from a merged one") {
            #expect(beads(["\"beta\" 채널이 `frozen' 상태가 되면 \"nightly\" 채널도 부분적으로 freeze 되는 경향이 있습니다.",
                           "이는 개발자들이 beta에서 freeze 된 패키지에 작은 수정이 필요할 경우를 대비해 nightly에 근본적인 변경을 올리기를 꺼리기 때문입니다."],
                          ["When the \"beta\" channel becomes `frozen', \"nightly\" tends to partially freeze as well.",
                           "This is because developers are reluctant to push radical changes to nightly, in case the frozen packages in beta need small fixes.",
                           "Now more and more people are interested."])
                    == ["[0]:[0]", "[1]:[1]", "[]:[2]"])
        }
    }
}

/// Another tool's splitter may cut a Korean quotation from its reporting
/// clause ("“…입니다.” / 고 말했습니다."); the piece is part of the
/// sentence before it, not an untranslated sentence.
@Suite struct QuotationPieceTests {
    let korean = [
        "갈렙선교회는 2000년에 두만강 가에서 시작되었습니다.",
        "“구출팀은 정글을 4,800km나 걸었습니다.",
        "고 김성은 목사는 지난 화요일 서울 종로에서 열린 선교 보고 기자회견에서 말했습니다.",
        "서울평양교회는 매주 오후 2시에 예배를 드립니다.",
    ]
    let english = [
        "Caleb Mission began in 2000 on the bank of the Tumen River.",
        "\"The team walked 4,800 km,\" he said.",
        "Seoul-Pyongyang Church worships every week at 2 p.m.",
    ]

    @Test func anUntranslatedQuotationIsReportedLineByLine() {
        let source = [korean[0], korean[1], korean[2], korean[3]]
        let target = [english[0], english[2]]
        #expect(SentenceAligner().align(source: source, target: target).map(\.vecalignLine)
                == ["[0]:[0]", "[1]:[]", "[2]:[]", "[3]:[1]"])
    }

    /// The translation dropped most of the reporting clause: as a sentence
    /// of its own the piece would be left unaligned; as a piece it is not.
    @Test func thePieceStaysInItsSentencesBead() {
        #expect(SentenceAligner().align(source: korean, target: english).map(\.vecalignLine)
                == ["[0]:[0]", "[1, 2]:[1]", "[3]:[2]"])
    }
}

/// A quotation is kept in translation, so quotation marks on one side only
/// speak against a pair, and on both sides for it.
@Suite struct QuotationMarkTests {
    static func features(_ texts: [String], _ language: Language) -> [SentenceFeatures] {
        var keys = LexicalKeys()
        return texts.map { SentenceFeatures($0, language: language, keys: &keys) }
    }

    let korean = features(["김 목사는 “다시 오겠습니다”라고 말했습니다.", "김 목사는 다시 오겠다고 말했습니다."], .korean)
    let english = features(["Pastor Kim said, \"We will come back.\"", "Pastor Kim said they would come back."], .english)

    @Test(arguments: [
        ("“좋습니다.”", true), ("'Twilight' is sucking the life out of the competition.", true),
        ("He said, \"No.\"", true), ("그는 ‘다크 나이트’를 보았다.", true), ("「안녕」", true),
        ("It's Obama's lead.", false), ("Obama’s trip", false), ("기도합니다.", false),
    ])
    func quotationMarksAreFoundButNotApostrophes(text: String, quoted: Bool) {
        #expect(Self.features([text], .english).first?.hasQuote == quoted)
    }

    @Test func aQuotationOnOneSideOnlyCostsThePair() {
        let scorer = BeadScorer(configuration: .default, source: korean, target: english)
        let bothQuoted = scorer.cost(source: 0..<1, target: 0..<1, prior: 0)
        let neither = scorer.cost(source: 1..<2, target: 1..<2, prior: 0)
        #expect(bothQuoted < scorer.cost(source: 0..<1, target: 1..<2, prior: 0))
        #expect(neither < scorer.cost(source: 1..<2, target: 0..<1, prior: 0))
    }

    @Test func withoutPunctuationQuotesWeighNothing() {
        var configuration = AlignmentConfiguration()
        configuration.usePunctuation = false
        let scorer = BeadScorer(configuration: configuration, source: korean, target: english)
        #expect(scorer.cost(source: 0..<1, target: 0..<1, prior: 0) == scorer.cost(source: 0..<1, target: 1..<2, prior: 0))
    }
}
