@testable import DariAlignment
import DariModel
import Testing

@Suite struct BlockAlignerTests {
    let aligner = BlockAligner()

    @Test func aMirroredPagePairsBlockForBlock() {
        let korean = [
            block(.heading(level: 1), "선교회 이야기", "h1[1]"),
            block(.paragraph, "2000년에 두만강 가에서 시작되었습니다.", "p[1]"),
            block(.paragraph, "지금까지 1,000명이 넘는 탈북민이 자유를 찾았습니다.", "p[2]"),
            block(.figcaption, "두만강, 2019년", "figure/figcaption[1]"),
        ]
        let english = [
            block(.heading(level: 1), "Our Story", "h1[1]"),
            block(.paragraph, "It began in 2000 on the bank of the Tumen River.", "p[1]"),
            block(.paragraph, "Since then more than 1,000 North Korean defectors have found freedom.", "p[2]"),
            block(.figcaption, "The Tumen River, 2019", "figure/figcaption[1]"),
        ]
        #expect(aligner.align(source: korean, target: english).map(\.pairIndices) == [
            .init(0, 0), .init(1, 1), .init(2, 2), .init(3, 3),
        ])
    }

    /// A translation may give a heading another level (`###` for `##`):
    /// it still heads the section; a paragraph is never a heading's pair.
    @Test func aHeadingOfAnotherLevelIsStillTheSectionsHeading() {
        let korean = [
            block(.paragraph, "첫 문단은 설치 방법을 설명합니다.", "p[1]"),
            block(.heading(level: 3), "패키지 설치하기", "h3[1]"),
            block(.paragraph, "다음 명령으로 패키지를 설치하세요. 시간이 조금 걸립니다.", "p[2]"),
        ]
        let english = [
            block(.paragraph, "The first paragraph explains how to install.", "p[1]"),
            block(.heading(level: 2), "Installing the package", "h2[1]"),
            block(.paragraph, "Install the package with the following command. It takes a little time.", "p[2]"),
        ]
        #expect(aligner.align(source: korean, target: english).map(\.pairIndices) == [
            .init(0, 0), .init(1, 1), .init(2, 2),
        ])
    }

    /// A Korean heading that keeps the English heading in parentheses
    /// (`내장 타입 (Built-in types)`) is twice the length a translation
    /// would be, and its levels may be shifted (`#` for `##`): the kept
    /// English says which English heading it translates.
    @Test func aHeadingGlossedWithTheOriginalPairsWithIt() {
        let korean = [
            block(.heading(level: 1), "Haskell에는 없는 개념 (Concepts not in Haskell)", "h1[1]"),
            block(.heading(level: 2), "내장 타입 (Built-in types)", "h2[1]"),
            block(.paragraph, "JavaScript는 내장 타입을 여럿 정의합니다.", "p[1]"),
        ]
        let english = [
            block(.heading(level: 2), "Concepts not in Haskell", "h2[1]"),
            block(.heading(level: 3), "Built-in types", "h3[1]"),
            block(.paragraph, "JavaScript defines several built-in types.", "p[1]"),
        ]
        #expect(aligner.align(source: korean, target: english).map(\.pairIndices) == [
            .init(0, 0), .init(1, 1), .init(2, 2),
        ])
        #expect(BlockFeatures.glossText("내장 타입 (Built-in types)", language: .korean) == "built-in types")
        #expect(BlockFeatures.glossText("설치 (옵션)", language: .korean) == nil)
        #expect(BlockFeatures.glossText("Installing (optional)", language: .korean) == nil)
    }

    /// Text directly inside a `<section>` or `<div>` reads as a paragraph:
    /// a Markdown translation that lost the blank line after `<section>`
    /// makes its first paragraph part of a raw HTML block.
    @Test func textInAGenericContainerPairsWithAParagraph() {
        let korean = [
            block(.heading(level: 1), "다운로드", "h1[1]"),
            block(.other(element: "section"), "Node.js를 다운로드하세요. 원하는 버전을 고를 수 있습니다.", "html[1]/section[1]"),
            block(.paragraph, "미리 빌드된 Node.js를 다운로드할 수도 있습니다.", "p[2]"),
        ]
        let english = [
            block(.heading(level: 1), "Download", "h1[1]"),
            block(.paragraph, "Download Node.js. Choose the version you want.", "p[1]"),
            block(.paragraph, "Or get a prebuilt Node.js.", "p[2]"),
        ]
        #expect(aligner.align(source: korean, target: english).map(\.pairIndices) == [
            .init(0, 0), .init(1, 1), .init(2, 2),
        ])
        #expect(BlockKind.other(element: "section").readsAsParagraph)
        #expect(!BlockKind.other(element: "dt").readsAsParagraph)
    }

    /// A translation that lost a heading's markup (`Node.js®에 대하여` for
    /// `# About Node.js®`) keeps it as a short line with no closing
    /// punctuation: it still pairs with the heading. A paragraph of prose
    /// never does.
    @Test func aHeadingWhoseMarkupWasLostStillPairsWithTheHeading() {
        let korean = [
            block(.paragraph, "Node.js에 대하여", "p[1]"),
            block(.paragraph, "Node.js는 비동기 이벤트 기반의 JavaScript 런타임입니다.", "p[2]"),
        ]
        let english = [
            block(.heading(level: 1), "About Node.js", "h1[1]"),
            block(.paragraph, "Node.js is an asynchronous event-driven JavaScript runtime.", "p[1]"),
        ]
        #expect(aligner.align(source: korean, target: english).map(\.pairIndices) == [.init(0, 0), .init(1, 1)])
        let prose = [block(.paragraph, "Node.js에 대해 알아봅니다.", "p[1]"), korean[1]]
        let pairs = aligner.align(source: prose, target: english).map(\.pairIndices)
        #expect(!pairs.contains(.init(0, 0)) && pairs.contains(.init(1, 1)), "\(pairs)")
    }

    @Test func aParagraphAddedOnlyInKoreanIsLeftUnpaired() {
        let korean = [
            block(.heading(level: 2), "탈북민을 위해", "section[2]/h2[1]"),
            block(.listItem, "인신매매를 당한 여성들이 구출되도록", "section[2]/ul/li[1]"),
            block(.listItem, "노동 수용소에 갇힌 이들이 살아남도록", "section[2]/ul/li[2]"),
            block(.paragraph, "이번 주부터 온라인 중보기도 모임이 다시 열립니다. 참여를 원하시는 분은 신청해 주세요.", "section[2]/p[1]"),
            block(.heading(level: 2), "서울평양교회를 위해", "section[3]/h2[1]"),
        ]
        let english = [
            block(.heading(level: 2), "For North Korean defectors", "section[2]/h2[1]"),
            block(.listItem, "That trafficked women will be rescued", "section[2]/ul/li[1]"),
            block(.listItem, "That those held in labor camps will survive", "section[2]/ul/li[2]"),
            block(.heading(level: 2), "For Seoul-Pyongyang Church", "section[3]/h2[1]"),
        ]
        #expect(aligner.align(source: korean, target: english).map(\.pairIndices) == [
            .init(0, 0), .init(1, 1), .init(2, 2), .init(3, nil), .init(4, 3),
        ])
    }

    /// The translation gives the number in digits and the original in words
    /// ("3개" / "three"): that is shared content, so the paragraph added
    /// before the translation is the one left unpaired, not the translation.
    @Test func aNumberTheOtherSideWritesInWordsPairsTheTranslation() {
        let korean = [
            block(.heading(level: 2), "2.1. 최신 판은 무엇인가요?", "section[1]/h2[1]"),
            block(.paragraph, "모임 장소가 바뀌었으니 미리 확인해 주시기 바랍니다.", "section[1]/div/div/p[1]"),
            block(.paragraph, "현재 3개 판 Acme Linux:", "section[1]/p[1]"),
        ]
        let english = [
            block(.heading(level: 2), "2.1. What is the latest edition?", "section[1]/h2[1]"),
            block(.paragraph, "Currently there are three editions of Acme Linux:", "section[1]/p[1]"),
        ]
        #expect(aligner.align(source: korean, target: english).map(\.pairIndices) == [
            .init(0, 0), .init(1, nil), .init(2, 1),
        ])
    }

    /// Not joined to the paragraph before it: it shares nothing with the
    /// Korean, and joining it would hide an untranslated paragraph.
    @Test func aParagraphOnlyInEnglishIsLeftUnpairedInTheMiddleOfARun() {
        let korean = [
            block(.paragraph, "첫 문단은 짧습니다.", "p[1]"),
            block(.paragraph, "둘째 문단에는 2021년의 일이 적혀 있습니다.", "p[2]"),
            block(.paragraph, "셋째 문단은 prayer@example.org 주소를 알려 줍니다.", "p[3]"),
        ]
        let english = [
            block(.paragraph, "The first paragraph is short.", "p[1]"),
            block(.paragraph, "An extra English paragraph about something that never appeared in Korean at all.", "p[2]"),
            block(.paragraph, "The second paragraph tells what happened in 2021.", "p[3]"),
            block(.paragraph, "The third gives the address prayer@example.org.", "p[4]"),
        ]
        #expect(aligner.align(source: korean, target: english).map(\.pairIndices) == [
            .init(0, 0), .init(nil, 1), .init(1, 2), .init(2, 3),
        ])
    }

    /// Editors split and join paragraphs: one page's paragraph may be two on
    /// the other. The two pair with the one (two links sharing it), instead
    /// of one pairing and the other reported untranslated while every
    /// paragraph after it pairs with the wrong one. Each of the two must
    /// share a number, a Latin word or a link with the one.
    /// A copied block (an example, English left on the Korean page) pairs
    /// with its copy, not with the row at its position, when the two
    /// versions' lists differ (issue 17's pattern 5, LibreOffice help).
    @Test func aCopiedRowPairsWithItsCopyInAListWhoseRowsDiffer() {
        let korean = [
            block(.paragraph, "이 함수는 분포를 반환합니다.", "p[1]"),
            block(.paragraph, "=T.DIST.RT(1; 10) returns 0.1704465662", "p[2]"),
            block(.paragraph, "자유도는 분포의 자유도입니다.", "p[3]"),
        ]
        let english = [
            block(.paragraph, "This function returns the distribution.", "p[1]"),
            block(.paragraph, "=T.DIST.2T(1; 10) returns 0.3408931323", "p[2]"),
            block(.paragraph, "=T.DIST.RT(1; 10) returns 0.1704465662", "p[3]"),
            block(.paragraph, "Degrees of freedom are those of the distribution.", "p[4]"),
        ]
        #expect(aligner.align(source: korean, target: english).map(\.pairIndices) == [
            .init(0, 0), .init(nil, 1), .init(1, 2), .init(2, 3),
        ])
    }

    /// A translation that lacks some of the original's examples (a command
    /// reference whose English gained examples since) pairs each example it
    /// has with its copy, however short: code is kept as written, so the
    /// copy, not the position, says which item the translation kept.
    @Test func aShortCodeExamplePairsWithItsCopy() {
        func code(_ text: String, _ path: String) -> Block {
            Block(kind: .code, content: [.start(id: 1, element: "code", original: "`"), .text(text),
                                         .end(id: 1, element: "code", original: "`")],
                  location: SourceLocation(file: "page.md", line: 1), path: "html/body/main/" + path)
        }
        let korean = [
            block(.heading(level: 1), "sensors", "h1"),
            block(.blockquote, "센서 정보를 표시합니다.", "blockquote/p"),
            block(.listItem, "모든 센서 칩의 현재 읽기값 표시:", "ul[1]/li"),
            code("sensors", "p[1]"),
            block(.listItem, "온도를 화씨로 표시:", "ul[2]/li"),
            code("sensors --fahrenheit", "p[2]"),
        ]
        let english = [
            block(.heading(level: 1), "sensors", "h1"),
            block(.blockquote, "Report sensors information.", "blockquote/p"),
            block(.listItem, "Show the current readings of all sensor chips:", "ul[1]/li"),
            code("sensors", "p[1]"),
            block(.listItem, "Show temperatures in degrees Fahrenheit:", "ul[2]/li"),
            code("sensors {{[-f|--fahrenheit]}}", "p[2]"),
            block(.listItem, "Show the readings of a specific sensor chip (run sensors to find chip name, e.g. coretemp-isa-0000):", "ul[3]/li"),
            code("sensors {{chip_name}}", "p[3]"),
            block(.listItem, "Output sensor data in JSON format:", "ul[4]/li"),
            code("sensors {{[-j|--json]}}", "p[4]"),
            block(.listItem, "Show raw sensor output for scripting or debugging purposes:", "ul[5]/li"),
            code("sensors {{[-u|--raw]}}", "p[5]"),
        ]
        let pairs = aligner.align(source: korean, target: english).map(\.pairIndices)
        #expect(pairs.contains(.init(2, 2)) && pairs.contains(.init(3, 3)), "\(pairs)")
    }

    @Test func aParagraphSplitInTwoOnOneSidePairsWithTheWholeOne() {
        let korean = [
            block(.heading(level: 1), "여름 봉사 소식", "h1[1]"),
            block(.paragraph, "올해 여름 봉사팀 24명이 7월 3일 필리핀 마닐라로 떠났습니다.", "p[1]"),
            block(.paragraph, "봉사팀은 2주 동안 마을 학교 3곳을 고치고 아이들 150명에게 영어와 음악을 가르쳤습니다.", "p[2]"),
            block(.paragraph, "함께 기도해 주신 모든 분께 감사드립니다.", "p[3]"),
            block(.paragraph, "다음 봉사는 12월 2일에 떠납니다. 신청은 11월 15일까지 받습니다.", "p[4]"),
        ]
        let english = [
            block(.heading(level: 1), "Summer Outreach News", "h1[1]"),
            block(.paragraph, "This summer, a team of 24 volunteers left for Manila, the Philippines, on July 3. "
                + "Over two weeks the team repaired 3 village schools and taught English and music to 150 children.", "p[1]"),
            block(.paragraph, "Thank you to everyone who prayed with us.", "p[2]"),
            block(.paragraph, "The next outreach leaves on December 2.", "p[3]"),
            block(.paragraph, "Applications close on November 15.", "p[4]"),
        ]
        #expect(aligner.align(source: korean, target: english).map(\.pairIndices) == [
            .init(0, 0), .init(1, 1), .init(2, 1), .init(3, 2), .init(4, 3), .init(4, 4),
        ])
    }

    /// A translation that puts the address the original ends its sentence
    /// with on a line of its own is one paragraph split in two: the
    /// sentence pairs with the whole, not only the address.
    @Test func anAddressOnALineOfItsOwnIsSplitOffItsSentence() {
        let korean = [
            block(.heading(level: 1), "후원사 되기", "h1[1]"),
            block(.paragraph, "후원사가 되시려면 후원 담당 팀에 연락해 주세요. (영어로 연락해 주시면 감사하겠습니다.)", "p[1]"),
            block(.paragraph, "sponsorship@example.org", "p[2]"),
        ]
        let english = [
            block(.heading(level: 1), "Become a sponsor", "h1[1]"),
            block(.paragraph, "To become one of our sponsors, contact the sponsorship team. sponsorship@example.org", "p[1]"),
        ]
        #expect(aligner.align(source: korean, target: english).map(\.pairIndices) == [
            .init(0, 0), .init(1, 1), .init(2, 1),
        ])
    }

    @Test func onlyRunningTextOfOneKindIsJoined() {
        let korean = [block(.heading(level: 2), "기도 제목", "h2[1]"), block(.paragraph, "매일 기도해 주세요.", "p[1]")]
        let english = [block(.paragraph, "Prayer requests. Please pray every day.", "p[1]")]
        #expect(!aligner.align(source: korean, target: english).contains { $0.source == 0 && $0.target != nil })
    }

    @Test func emptySidesGiveOnlyUnpairedBlocks() {
        let korean = [block(.paragraph, "하나", "p[1]"), block(.paragraph, "둘", "p[2]")]
        #expect(aligner.align(source: korean, target: []).map(\.pairIndices) == [.init(0, nil), .init(1, nil)])
        #expect(aligner.align(source: [], target: korean).map(\.pairIndices) == [.init(nil, 0), .init(nil, 1)])
        #expect(aligner.align(source: [], target: []).isEmpty)
    }

    @Test func aLongPageStaysInsideTheBandAndAligns() {
        let korean = (0..<600).map { block(.paragraph, "문단 \($0)번은 이렇게 끝납니다.", "p[\($0 + 1)]") }
        var english = (0..<600).map { block(.paragraph, "Paragraph number \($0) ends like this.", "p[\($0 + 1)]") }
        english.remove(at: 300)
        let links = aligner.align(source: korean, target: english)
        #expect(links.count == 600)
        #expect(links.filter { $0.target == nil }.map(\.source) == [300])
    }

    // MARK: Size

    /// One version far longer than the other (a page pasted into itself, a
    /// section added on one side) needs one grid row per block of it, not a
    /// band as wide as the difference (16,000 × 37 blocks used 4.6 GB).
    @Test func sixteenThousandBlocksAgainstThirtySevenPairTheThirtySeven() {
        let korean = (0..<16_000).map { block(.paragraph, "문단 \($0)번은 이렇게 끝납니다.", "p[\($0 + 1)]") }
        let english = (0..<37).map { block(.paragraph, "Paragraph number \($0) ends like this.", "p[\($0 + 1)]") }
        let links = aligner.align(source: korean, target: english)
        #expect(links.count == 16_000)
        #expect(links.filter { $0.target != nil }.map(\.pairIndices) == (0..<37).map { PairIndices($0, $0) })
    }

    /// Above `maximumTableCells` the grid is searched in linear memory
    /// (Hirschberg); it must find the alignment the whole table finds,
    /// splits and unpaired blocks included.
    @Test(arguments: [1, 40, 500])
    func aGridTooLargeForMemoryAlignsAsTheWholeTableDoes(maximumTableCells: Int) {
        var korean: [Block] = [], english: [Block] = []
        for index in 0..<120 {
            korean.append(block(.paragraph, "문단 \(index)번은 이렇게 끝납니다.", "p[\(index + 1)]"))
            if index % 17 == 5 { continue }  // Missing in English.
            if index % 23 == 7 {
                // Split in two in English.
                english.append(block(.paragraph, "Paragraph number \(index)", "p[\(index + 1)]"))
                english.append(block(.paragraph, "ends like this (\(index)).", "p[\(index + 1)]"))
                continue
            }
            english.append(block(.paragraph, "Paragraph number \(index) ends like this.", "p[\(index + 1)]"))
            if index % 29 == 3 { english.append(block(.paragraph, "Only in English, 7\(index).", "p[\(index + 1)]")) }
        }
        var linear = aligner
        linear.maximumTableCells = maximumTableCells
        let whole = aligner.align(source: korean, target: english)
        #expect(whole.contains { $0.target == nil } && whole.contains { $0.source == nil })
        #expect(linear.align(source: korean, target: english) == whole)
        #expect(linear.align(source: english, target: korean).map(\.pairIndices)
            == aligner.align(source: english, target: korean).map(\.pairIndices))
    }

    /// A translation keeps a heading's anchor so that links work in both
    /// languages: the headings of one section pair by it, past a section
    /// the English added before it (Vite's docs: "License" before "Build
    /// Optimizations", whose Korean is `## 빌드 최적화 {#build-optimizations}`).
    @Test(arguments: [true, false])
    func headingsWithOneAnchorPairPastAnAddedSection(anchorsCount: Bool) {
        let korean = [
            block(.heading(level: 2), "빌드 최적화", "h2[5]{#build-optimizations}"),
            block(.paragraph, "아래 나열된 기능들은 빌드 과정에서 자동으로 적용되며, 별도의 설정이 필요하지 않습니다.", "p[30]"),
        ]
        let english = [
            block(.heading(level: 2), "License", "h2[5]"),
            block(.paragraph, "Vite can generate a file of all the dependencies' licenses used in the build.", "p[30]"),
            block(.heading(level: 2), "Build Optimizations", "h2[6]"),
            block(.paragraph, "Features listed below are automatically applied as part of the build process.", "p[31]"),
        ]
        var similarity = BlockSimilarity()
        if !anchorsCount { similarity.anchorCost = 0 }
        var aligner = BlockAligner(similarity: similarity)
        // The anchor alone: a heading pair is not moved to the heading whose content pairs.
        aligner.headingMoveTolerance = -.infinity
        let pairs = aligner.align(source: korean, target: english).map(\.pairIndices)
        #expect(pairs.contains(.init(0, 2)) == anchorsCount, "\(pairs)")
    }

    /// Pages generated from one source in both languages give an element
    /// the same id: a Korean paragraph from an older version pairs with the
    /// English paragraph of its id, not with the one at its position.
    @Test(arguments: [true, false])
    func elementsWithOneIDPairWhateverTheirLengths(idsCount: Bool) {
        func withID(_ block: Block, _ id: String) -> Block {
            var block = block
            block.elementID = id
            return block
        }
        let korean = [
            withID(block(.paragraph, "이 대화 상자에서 양식의 속성을 지정합니다.", "p[1]"), "par_id1"),
            withID(block(.paragraph, "데이터 필드의 이름을 입력합니다.", "p[3]"), "par_id3"),
        ]
        let english = [
            withID(block(.paragraph, "Specifies the properties of the form in this dialog.", "p[1]"), "par_id1"),
            withID(block(.paragraph, "Enter the name of the field here.", "p[2]"), "par_id2"),
            withID(block(.paragraph, "Type the name of the data field that the control is linked to, exactly as it "
                         + "appears in the data source, including its case and any spaces in it.", "p[3]"), "par_id3"),
        ]
        var similarity = BlockSimilarity()
        if !idsCount { similarity.elementIDCost = 0 }
        let pairs = BlockAligner(similarity: similarity).align(source: korean, target: english).map(\.pairIndices)
        #expect(pairs.contains(.init(1, 2)) == idsCount, "\(pairs)")
    }

    /// A version that keeps a section the other dropped (MDN's Korean keeps
    /// `## 폴리필`, which the English removed) is one-sided whole, its heading
    /// included: the next heading pairs with the heading whose content
    /// follows it and pairs, not with the dropped section's heading, which
    /// two short headings' lengths cannot tell apart.
    @Test func aDroppedSectionIsOneSidedWithItsHeading() {
        let korean = [
            block(.heading(level: 2), "구문", "h2[1]"),
            block(.code, "at(index)", "pre[1]"),
            block(.heading(level: 2), "폴리필", "h2[2]"),
            block(.paragraph, "이 메서드를 지원하지 않는 오래된 브라우저에서는 아래 코드를 먼저 실행하세요.", "p[1]"),
            block(.code, "if (!Array.prototype.at) { Array.prototype.at = function (n) { return this[n]; }; }", "pre[2]"),
            block(.heading(level: 2), "명세", "h2[3]"),
            block(.heading(level: 2), "브라우저 호환성", "h2[4]"),
        ]
        let english = [
            block(.heading(level: 2), "Syntax", "h2[1]"),
            block(.code, "at(index)", "pre[1]"),
            block(.heading(level: 2), "Specifications", "h2[2]"),
            block(.heading(level: 2), "Browser compatibility", "h2[3]"),
        ]
        let expected: [PairIndices] = [.init(0, 0), .init(1, 1), .init(2, nil), .init(3, nil), .init(4, nil),
                                       .init(5, 2), .init(6, 3)]
        #expect(aligner.align(source: korean, target: english).map(\.pairIndices) == expected)
        // The same with the languages' roles swapped: the English kept the section.
        #expect(aligner.align(source: english, target: korean).map(\.pairIndices)
            == expected.map { PairIndices($0.target, $0.source) })
    }

    /// A heading whose own content is missing keeps its pair when it is
    /// clearly the better fit (here its gloss names the English heading):
    /// the next section's heading is taken only when it costs about as much.
    @Test func aHeadingWithItsContentMissingKeepsItsPair() {
        let korean = [
            block(.heading(level: 2), "설치 (Installation)", "h2[1]"),
            block(.paragraph, "다음 명령으로 패키지를 설치합니다.", "p[1]"),
        ]
        let english = [
            block(.heading(level: 2), "Installation", "h2[1]"),
            block(.paragraph, "The package is published on the registry under its own name and version.", "p[1]"),
            block(.heading(level: 2), "From source", "h2[2]"),
            block(.paragraph, "Install the package with the following command.", "p[2]"),
        ]
        let pairs = aligner.align(source: korean, target: english).map(\.pairIndices)
        #expect(pairs.contains(.init(0, 0)), "\(pairs)")
    }

    /// Nor is a heading pair moved that shares a name with its heading:
    /// Let's Encrypt's Korean FAQ answers "lencr.org가 무엇입니까?" with an
    /// older text, which pairs with the answer to the English page's next
    /// question by length alone.
    @Test func aHeadingPairSharingANameKeepsItsPair() {
        let korean = [
            block(.heading(level: 1), "lencr.org가 무엇입니까?", "h1[1]"),
            block(.paragraph, "lencr.org는 Let's Encrypt에서 운영하는 도메인입니다. 인증서에 표시되는 모든 URL들입니다.", "p[1]"),
        ]
        let english = [
            block(.heading(level: 1), "What's lencr.org?", "h1[1]"),
            block(.paragraph, "lencr.org is a domain name owned by Let's Encrypt.", "p[1]"),
            block(.heading(level: 1), "Why is my computer fetching this data? Is it malicious?", "h1[2]"),
            block(.paragraph, "No, the data on lencr.org is never malicious. This is routine for many clients "
                  + "that verify a Let's Encrypt certificate.", "p[2]"),
        ]
        let pairs = aligner.align(source: korean, target: english).map(\.pairIndices)
        #expect(pairs.contains(.init(0, 0)), "\(pairs)")
    }

    private func block(_ kind: BlockKind, _ text: String, _ path: String) -> Block {
        Block(kind: kind, content: [.text(text)], location: SourceLocation(file: "page.html", line: 1),
              path: "html/body/main/" + path)
    }
}

struct PairIndices: Equatable, CustomStringConvertible {
    var source: Int?
    var target: Int?
    init(_ source: Int?, _ target: Int?) { self.source = source; self.target = target }
    var description: String { "\(source.map(String.init) ?? "-")-\(target.map(String.init) ?? "-")" }
}

extension BlockLink {
    var pairIndices: PairIndices { PairIndices(source, target) }
}
