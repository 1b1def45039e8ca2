import DariAlignment
import DariSite
import DariMemory
import DariModel
import DariXML
import DariTestSupport
import Foundation
import Testing

/// Pairs sentences one to one in order and leaves the rest over: enough to
/// test what the site aligner does around the sentence aligner.
struct DiagonalAligner: SentenceAligning {
    func align(source: [String], target: [String]) -> [Bead] {
        let shared = min(source.count, target.count)
        return (0..<shared).map { Bead(source: $0..<$0 + 1, target: $0..<$0 + 1, score: 1) }
            + (shared..<source.count).map { Bead(source: $0..<$0 + 1, target: shared..<shared, score: 0) }
            + (shared..<target.count).map { Bead(source: source.count..<source.count, target: $0..<$0 + 1, score: 0) }
    }
}

@Suite struct SiteAlignerTests {
    let aligner = SiteAligner(sentenceAligner: DiagonalAligner())

    @Test func theDemoSitePairsEveryPageAndLeavesOnlyTheUntranslatedNoticeUnpaired() throws {
        let site = try Site(folder: RepositoryPaths.root() + "/Corpus")
        let result = try aligner.align(site)
        #expect(result.pairs.allSatisfy { $0.source != nil && $0.target != nil })
        #expect(result.memory.files.count == 9)
        var unpaired: [String] = []
        for file in result.memory.files {
            for unit in file.units where unit.sourceLocation == nil || unit.targetLocation == nil {
                let line = (unit.sourceLocation ?? unit.targetLocation)?.line ?? 0
                unpaired.append("\(file.original):\(line)")
            }
        }
        // Gap 2, and the section only the English resources page has (gap 7).
        #expect(unpaired == ["ko/prayer.html:57", "ko/resources.html:31", "ko/resources.html:32"])
    }

    @Test func unitIDsAreUniqueAndStableFromRunToRun() throws {
        let site = try Site(folder: RepositoryPaths.root() + "/Corpus")
        let first = try aligner.align(site).memory
        let second = try aligner.align(site).memory
        #expect(first == second)
        for file in first.files {
            #expect(Set(file.units.map(\.id)).count == file.units.count, "duplicate unit id in \(file.original)")
        }
        #expect(Set(first.files.map(\.id)).count == first.files.count)
    }

    @Test func aPageInOneLanguageOnlyBecomesAnUnpairedFile() throws {
        let folder = try ScratchFolder("dari-site", files: [
            "ko/a.html": page(lang: "ko", body: "<p>안녕하세요.</p>"),
            "en/a.html": page(lang: "en", body: "<p>Hello.</p>"),
            "en/extra.html": page(lang: "en", body: "<h1>Only English</h1><p>No Korean page yet.</p>"),
        ])
        let result = try aligner.align(try Site(folder: folder.path))
        let extra = try #require(result.memory.files.first { $0.original == "en/extra.html" })
        #expect(!extra.sourceOriginalExists)
        #expect(extra.units.count == 3) // title, h1, p
        #expect(extra.units.allSatisfy { $0.segments.allSatisfy { $0.source.isEmpty && $0.state == .initial } })
    }

    @Test func anEditorsSuppressionReachesTheMemoryAndSurvivesARoundTrip() throws {
        let folder = try ScratchFolder("dari-site", files: [
            "ko/a.html": page(lang: "ko", body: "<figure><figcaption>강 집사, 2021.03</figcaption></figure>"),
            "en/a.html": page(lang: "en", body: "<figure><figcaption data-dari-ignore=\"hangul-in-target\">강 집사, 2021.03</figcaption></figure>"),
        ])
        let memory = try aligner.align(try Site(folder: folder.path)).memory
        let caption = try #require(memory.units.first { $0.kind == .figcaption })
        #expect(caption.suppressedChecks == ["hangul-in-target"])
        let reread = try XLIFF21Reader.read(bytes: try XLIFF21Writer.render(memory), path: "m.xlf")
        #expect(reread.units.first { $0.kind == .figcaption }?.suppressedChecks == ["hangul-in-target"])
    }


    /// Pages generated from one source give a paragraph the same id in both
    /// languages. When the translation has two sections in the other order,
    /// page order pairs some blocks whose ids say they belong elsewhere: such
    /// a pair is scored below what the checks trust, which frees its blocks
    /// to be paired again as moved, by their ids (`pairingMovedBlocks`):
    /// every pair ends with the block its ids name.
    @Test func blocksWhoseElementIDsSayOtherwiseArePairedByTheirIDs() throws {
        let english = """
            <h2 id="h1">First</h2><p id="p1">One is the first value.</p>
            <h2 id="h2">Second</h2><p id="p2">Two is the second value.</p>
            """
        let korean = """
            <h2 id="h2">둘째</h2><p id="p2">Two는 둘째 값입니다.</p>
            <h2 id="h1">첫째</h2><p id="p1">One은 첫째 값입니다.</p>
            """
        let folder = try ScratchFolder("dari-site", files: [
            "en/a.html": page(lang: "en", body: english),
            "ko/a.html": page(lang: "ko", body: korean),
        ])
        let memory = try aligner.align(try Site(folder: folder.path)).memory
        let pairs = memory.units.filter { $0.sourceLocation != nil && $0.targetLocation != nil && $0.kind == .paragraph }
        func agree(_ unit: MemoryUnit) -> Bool {
            let segment = unit.segments[0]
            return InlineContent.plainText(segment.source).hasPrefix("One")
                == (segment.target.map(InlineContent.plainText) ?? "").hasPrefix("One")
        }
        #expect(pairs.count == 2 && pairs.allSatisfy(agree), "the ids pair the moved sections")
        let headings = memory.units.filter { unit in
            guard case .heading = unit.kind else { return false }
            return unit.sourceLocation != nil && unit.targetLocation != nil
        }
        #expect(headings.count == 2)
    }

    /// Two blocks with the same element id pair as moved: a heading of two
    /// words (no lexicon vouches for it) that the translation moved below a
    /// list.
    @Test func aMovedHeadingPairsByItsID() throws {
        let items = (1...5).map { "<p>Item \($0) is listed here.</p>" }
        let koreanItems = (1...5).map { "<p>항목 \($0)이 여기 있습니다.</p>" }
        let english = "<h2 id=\"past\">Past Events</h2>" + items.joined()
        let korean = koreanItems.joined() + "<h2 id=\"past\">지난 행사</h2>"
        let folder = try ScratchFolder("dari-site", files: [
            "en/a.html": page(lang: "en", body: english),
            "ko/a.html": page(lang: "ko", body: korean),
        ])
        let memory = try aligner.align(try Site(folder: folder.path)).memory
        let heading = try #require(memory.units.first { if case .heading = $0.kind { true } else { false } })
        #expect(heading.sourceLocation != nil && heading.targetLocation != nil, "paired across 5 blocks")
    }

    /// `<br>` draws a line break: the words on either side are apart, so the
    /// sentences before and after it are separate segments (the code stays
    /// with the first) and "2021<br>2022" is two numbers, not 20212022.
    @Test func aLineBreakSeparatesSentencesAndWords() throws {
        let folder = try ScratchFolder("dari-site", files: [
            "ko/a.html": page(lang: "ko", body: "<p>우물 45개를 팠습니다.<br>올해 목표는 60개입니다.</p><p>2021<br>2022</p>"),
            "en/a.html": page(lang: "en", body: "<p>We dug 45 wells.<br>This year's goal is 60.</p><p>2021<br>2022</p>"),
        ])
        let memory = try aligner.align(try Site(folder: folder.path)).memory
        let units = memory.units.filter { $0.kind == .paragraph }
        #expect(units.count == 2)
        #expect(units[0].segments.map(\.sourceText) == ["우물 45개를 팠습니다.", "올해 목표는 60개입니다."])
        #expect(units[0].segments.map(\.targetText) == ["We dug 45 wells.", "This year's goal is 60."])
        #expect(units[0].segments[0].source.last == .standalone(id: 1, element: "br", original: "<br>"))
        #expect(units[1].segments.map(\.sourceText) == ["2021 2022"])
    }

    /// A paragraph left in English on the Korean page is split by the English
    /// rules on both pages, so each of its sentences pairs with its copy:
    /// split by the Korean rules, `image.It` stayed one sentence there and
    /// the copy's pieces were reported as untranslated.
    @Test func aParagraphCopiedAsItIsPairsSentenceBySentence() throws {
        let english = "The Close command closes the active image.It is disabled if there is no image. It asks first."
        let folder = try ScratchFolder("dari-site", files: [
            "ko/a.html": page(lang: "ko", body: "<p>\(english)</p>"),
            "en/a.html": page(lang: "en", body: "<p>\(english)</p>"),
        ])
        let memory = try SiteAligner(sentenceAligner: SentenceAligner()).align(try Site(folder: folder.path)).memory
        let segments = memory.units.filter { $0.kind == .paragraph }.flatMap(\.segments)
        #expect(segments.map(\.sourceText) == [
            "The Close command closes the active image.", "It is disabled if there is no image.", "It asks first.",
        ])
        #expect(segments.map(\.targetText) == segments.map(\.sourceText))
    }

    /// A paragraph split in two on the Korean page: each Korean paragraph is
    /// a unit of its own and gets the English sentence that translates it;
    /// nothing is reported untranslated and no English sentence is lost.
    @Test func aSplitParagraphGivesEachHalfItsOwnSentences() throws {
        let folder = try ScratchFolder("dari-site", files: [
            "ko/a.html": page(lang: "ko", body: "<p>봉사팀 24명이 7월 3일 마닐라로 떠났습니다.</p><p>봉사팀은 학교 3곳을 고치고 아이들 150명을 가르쳤습니다.</p>"),
            "en/a.html": page(lang: "en", body: "<p>A team of 24 left for Manila on July 3. The team repaired 3 schools and taught 150 children.</p>"),
        ])
        let memory = try SiteAligner(sentenceAligner: SentenceAligner()).align(try Site(folder: folder.path)).memory
        let units = memory.units.filter { $0.kind == .paragraph }
        #expect(units.map { $0.segments.map(\.sourceText) } == [
            ["봉사팀 24명이 7월 3일 마닐라로 떠났습니다."], ["봉사팀은 학교 3곳을 고치고 아이들 150명을 가르쳤습니다."],
        ])
        #expect(units.map { $0.segments.map(\.targetText) } == [
            ["A team of 24 left for Manila on July 3."], ["The team repaired 3 schools and taught 150 children."],
        ])
        #expect(units.map(\.targetLocation?.line) == [1, 1])
        #expect(Set(units.map(\.id)).count == 2)
    }

    /// A split of plain prose, with no number, name or link to anchor it:
    /// the lexicon shows the lone paragraph is the rest of its neighbour's
    /// translation, on whichever side the split is.
    @Test(arguments: [true, false])
    func aPlainProseSplitIsJoinedByItsWords(splitInEnglish: Bool) throws {
        let korean = ["우리는 매주 토요일에 지역 주민들에게 따뜻한 식사를 나눕니다.", "봉사자들은 아침 일찍 모여 음식을 준비합니다.",
                      "식사 후에는 함께 기도하는 시간을 갖습니다.", "아이들을 위한 공부방도 운영하고 있습니다."]
        let english = ["Every Saturday we share a warm meal with our neighbours.", "Volunteers gather early in the morning to prepare the food.",
                       "After the meal we spend time praying together.", "We also run a study room for children."]
        func paragraphs(_ sentences: [String], split: Bool) -> String {
            split ? "<p>\(sentences[0]) \(sentences[1])</p>\n<p>\(sentences[2]) \(sentences[3])</p>"
                : "<p>\(sentences.joined(separator: " "))</p>"
        }
        let folder = try ScratchFolder("dari-site", files: [
            "ko/a.html": page(lang: "ko", body: paragraphs(korean, split: !splitInEnglish)),
            "en/a.html": page(lang: "en", body: paragraphs(english, split: splitInEnglish)),
        ])
        let result = try SiteAligner(sentenceAligner: SentenceAligner()).align(try Site(folder: folder.path))
        let paragraphs = result.memory.units.filter { $0.kind == .paragraph }
        let segments = paragraphs.flatMap(\.segments)
        #expect(segments.map(\.sourceText) == korean)
        #expect(segments.map(\.targetText) == english)
        #expect(paragraphs.count == 2)
    }

    /// An English paragraph the Korean page does not have, next to a pair
    /// that translates every sentence, or next to a Korean sentence it does
    /// not translate: it stays untranslated, whatever its length.
    @Test(arguments: [
        "<p>우리는 매주 토요일에 지역 주민들에게 따뜻한 식사를 나눕니다. 봉사자들은 아침 일찍 모여 음식을 준비합니다.</p>",
        "<p>우리는 매주 토요일에 지역 주민들에게 따뜻한 식사를 나눕니다. 봉사자들은 아침 일찍 모여 음식을 준비합니다. 작년에는 주방을 새로 고쳤습니다.</p>",
    ])
    func anUntranslatedParagraphBesideAPairStaysUntranslated(koreanBody: String) throws {
        let folder = try ScratchFolder("dari-site", files: [
            "ko/a.html": page(lang: "ko", body: koreanBody),
            "en/a.html": page(lang: "en", body: """
                <p>Every Saturday we share a warm meal with our neighbours. Volunteers gather early in the morning to prepare the food.</p>
                <p>Please pray for the children of our study room and their families.</p>
                """),
        ])
        let result = try SiteAligner(sentenceAligner: SentenceAligner()).align(try Site(folder: folder.path))
        let lone = result.memory.units.filter { $0.sourceLocation == nil }
        #expect(lone.flatMap(\.segments).map(\.targetText) == ["Please pray for the children of our study room and their families."])
    }

    /// Korean sites often keep their pages in `kr/`, English ones in `eng/`:
    /// the usual names are found without options, the tag first.
    @Test func theLanguageRootsAreFoundUnderTheirUsualNames() throws {
        let folder = try ScratchFolder("dari-site", files: [
            "KR/a.html": page(lang: "ko", body: "<p>하나.</p>"),
            "eng/a.html": page(lang: "en", body: "<p>One.</p>"),
            "images/logo.html": page(lang: "en", body: "<p>Logo.</p>"),
        ])
        let site = try Site(folder: folder.path)
        #expect(site.layout.summary == "KR ↔ eng")
        #expect(try aligner.align(site).pairs.count == 1)
        try folder.write("ko/a.html", page(lang: "ko", body: "<p>하나.</p>"))
        #expect(try Site(folder: folder.path).layout.summary == "ko ↔ eng")
    }

    @Test(arguments: [
        ("missing", "no such folder"),
        ("no-en", "the site has no 'en' folder (it has 'ko'); "),
        ("empty-en", "no pages in this language root"),
    ])
    func badSiteFoldersSayWhatIsWrong(layout: String, message: String) throws {
        var pages = ["ko/a.html": page(lang: "ko", body: "<p>하나.</p>")]
        if layout == "empty-en" { pages["en/notes.txt"] = "not a page" }
        let folder = try ScratchFolder("dari-site", files: pages)
        let path = layout == "missing" ? folder.path + "/nowhere" : folder.path
        do {
            let site = try Site(folder: path)
            _ = try aligner.align(site)
            Issue.record("expected an error")
        } catch let error as SiteError {
            #expect(error.description.contains(message))
            #expect(error.exitStatus == 74)
        }
    }

    @Test func aConfigurationThatIsNotJSONIsAnError() throws {
        let folder = try ScratchFolder("dari-site", files: [
            "ko/a.html": page(lang: "ko", body: "<p>하나.</p>"), "en/a.html": page(lang: "en", body: "<p>One.</p>"),
            "dari.json": "{ pages: ",
        ])
        #expect(throws: ConfigurationError.malformed(file: folder.path + "/dari.json", line: 1,
                                                     message: "not valid JSON; fix the syntax (a missing comma or quote?)")) {
            try ConfigurationFile.load(fileAt: folder.path + "/dari.json")
        }
    }
}

func page(lang: String, body: String) -> String {
    "<!DOCTYPE html><html lang=\"\(lang)\"><head><meta charset=\"utf-8\"><title>T</title></head><body>\(body)</body></html>\n"
}

@Suite struct SiteMemoryFileTests {
    @Test func theDemoSiteMemoryIsValidXLIFFAndRewritesByteForByte() throws {
        let shared = try #require(RepositoryPaths.shared(), RepositoryPaths.sharedMissing)
        let aligner = SiteAligner(sentenceAligner: DiagonalAligner())
        let site = try Site(folder: RepositoryPaths.root() + "/Corpus")
        let folder = try ScratchFolder("dari-site")
        let first = folder.path + "/first.xlf", second = folder.path + "/second.xlf"
        try XLIFFMemoryFile(path: first).write(aligner.align(site).memory)
        try XLIFFMemoryFile(path: second).write(aligner.align(site).memory)
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
        let problems = try SchemaValidator.validate(
            fileAt: first, against: .xsd(path: shared + "/schemas/drivers/xliff-2.1-all-modules.xsd"))
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func theSummaryNamesTheUntranslatedNotice() throws {
        let result = try SiteAligner(sentenceAligner: DiagonalAligner()).align(Site(folder: RepositoryPaths.root() + "/Corpus"))
        #expect(result.summary.first?.hasPrefix("aligned 9 page pair(s)") == true)
        #expect(result.summary.dropFirst().contains("ko/prayer.html:57: p only in ko"))
    }
}
