import DariChecks
import DariMemory
import DariModel
import DariPipeline
import DariTestSupport
import Foundation
import Testing

/// The translation state between runs, on a real page pair (the demo site's
/// about page, Corpus/ko/about.html and Corpus/en/about.html): align, edit
/// the original and the translation in sequence, align again, and check
/// every segment's state after each step.
@Suite struct TranslationStateScenarioTests {
    /// A scratch site holding one page pair, aligned once (no states yet):
    /// by default the demo site's about page, Korean the original.
    final class Scenario {
        let folder: ScratchFolder
        let page: String
        var site: String { folder.path + "/site" }
        private(set) var memory: TranslationMemory
        private(set) var removed: [RemovedText] = []

        /// - Parameters:
        ///   - page: the page's path under each language folder.
        ///   - sites: the folder, under the repository, holding `ko/` and `en/`.
        ///   - original: the site's original language (`dari.json` `source`), nil for the default.
        init(page: String = "about.html", in sites: String = "Corpus", original: String? = nil) throws {
            let root = RepositoryPaths.root()
            var files: [String: String] = [:]
            for language in ["ko", "en"] {
                files["site/\(language)/\(page)"] = try String(contentsOfFile: root + "/\(sites)/\(language)/\(page)",
                                                                encoding: .utf8)
            }
            if let original { files["site/dari.json"] = #"{"source": "\#(original)"}"# }
            self.page = page
            folder = try ScratchFolder("dari-state", files: files)
            memory = try AlignRun.run(AlignRequest(site: folder.path + "/site")).memory
        }

        /// Replaces `old` by `new` in the `language` page (exactly once).
        func edit(_ language: String, _ old: String, _ new: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
            let path = site + "/\(language)/\(page)"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.components(separatedBy: old).count == 2, "'\(old)' once in \(language)", sourceLocation: sourceLocation)
            try folder.write("site/\(language)/\(page)", text.replacingOccurrences(of: old, with: new))
        }

        /// Aligns again against the memory the last run wrote.
        func align() throws {
            let outcome = try AlignRun.run(AlignRequest(site: site))
            memory = outcome.memory
            removed = outcome.removed
        }

        var segments: [MemorySegment] { memory.units.flatMap(\.segments) }

        /// The one segment whose original contains `text`.
        func segment(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> MemorySegment? {
            let found = segments.filter { $0.sourceText.contains(text) }
            #expect(found.count == 1, "one segment with '\(text)', found \(found.count)", sourceLocation: sourceLocation)
            return found.first
        }

        /// Every segment's change but those whose original contains one of `except`.
        func others(except: [String]) -> Set<SegmentChange?> {
            Set(segments.filter { segment in !except.contains { segment.sourceText.contains($0) } }.map(\.change))
        }

        /// The findings of `dari check` on the site (against the memory the last align wrote).
        func findings(_ check: String) throws -> [Finding] {
            try CheckRun.run(CheckRequest(path: site)).allFindings.filter { $0.checkID == check }
        }
    }

    @Test func theFirstRunHasNoStatesAndASecondRunOfTheSameSiteChangesNothing() throws {
        let scenario = try Scenario()
        #expect(Set(scenario.segments.map(\.change)) == [nil])
        try scenario.align()
        #expect(Set(scenario.segments.map(\.change)) == [.unchanged])
        #expect(scenario.removed.isEmpty)
        let bytes = try InputFile.bytes(at: scenario.site + "/memory.xlf")
        try scenario.align()
        #expect(try InputFile.bytes(at: scenario.site + "/memory.xlf") == bytes, "same site and previous memory, same bytes")
    }

    @Test func aParagraphAddedToTheOriginalIsNewAndTheRestUnchanged() throws {
        let scenario = try Scenario()
        try scenario.edit("ko", "<h2>걸어온 길</h2>", "<p>선교회는 해마다 새 동역자를 맞이합니다.</p>\n      <h2>걸어온 길</h2>")
        try scenario.align()
        #expect(scenario.segment("새 동역자")?.change == .new)
        #expect(scenario.others(except: ["새 동역자"]) == [.unchanged])
        #expect(try scenario.findings("outdated").isEmpty)
    }

    @Test func aNumberChangedInTheOriginalMakesItsTranslationOutdated() throws {
        let scenario = try Scenario()
        try scenario.edit("ko", "<p>2000년, 한국의", "<p>2001년, 한국의")
        try scenario.align()
        let segment = try #require(scenario.segment("2001년, 한국의"))
        #expect(segment.change == .sourceChanged)
        #expect(segment.previousSource == "2000년, 한국의 한 목사가 북한과 맞닿은 중국 국경으로 선교 여행을 떠났습니다.")
        #expect(scenario.others(except: ["2001년, 한국의"]) == [.unchanged])
        let finding = try #require(try scenario.findings("outdated").first)
        #expect(finding.severity == .error)
        #expect(finding.location.file.hasSuffix("en/about.html"))
        #expect(finding.message.contains("[-2000년,-] {+2001년,+}"))
        #expect(finding.message.contains("'In 2000, a South Korean pastor"))
    }

    @Test func aReworedSentenceIsOutdatedUntilItsTranslationFollows() throws {
        let scenario = try Scenario()
        try scenario.edit("ko", "에스더는 결국 비행기를 타고 한국에 도착했습니다.",
                          "에스더는 결국 배를 타고 여러 날 걸려 한국에 무사히 도착했습니다.")
        try scenario.align()
        #expect(scenario.segment("무사히")?.change == .sourceChanged)
        #expect(scenario.segment("무사히")?.previousSource == "에스더는 결국 비행기를 타고 한국에 도착했습니다.")

        // The translation fixed (a word changed), but it still says what the old original said.
        try scenario.edit("en", "In the end Esther reached South Korea by plane.",
                          "Finally Esther reached South Korea by plane.")
        try scenario.align()
        #expect(scenario.segment("무사히")?.change == .sourceChanged, "a later edit of the translation hides nothing")
        #expect(scenario.segment("무사히")?.previousSource == "에스더는 결국 비행기를 타고 한국에 도착했습니다.")
        try scenario.align()
        #expect(scenario.segment("무사히")?.change == .sourceChanged, "and stays outdated in the next run")

        try scenario.edit("en", "Finally Esther reached South Korea by plane.",
                          "In the end, after many days at sea, Esther reached South Korea safely by boat.")
        try scenario.align()
        #expect(scenario.segment("무사히")?.change == .targetEdited)
        #expect(scenario.segment("무사히")?.isOutdated == false)
        #expect(try scenario.findings("outdated").isEmpty)
        try scenario.align()
        #expect(scenario.segment("무사히")?.change == .unchanged)
    }

    @Test func aNumberFixedInTheTranslationBringsItUpToDateAndOtherEditsDoNot() throws {
        let scenario = try Scenario()
        try scenario.edit("ko", "<p>2000년, 한국의", "<p>2001년, 한국의")
        try scenario.align()
        try scenario.edit("en", "went on a mission trip to China's", "travelled on a mission trip to China's")
        try scenario.align()
        #expect(scenario.segment("2001년, 한국의")?.change == .sourceChanged)
        #expect(try scenario.findings("outdated").count == 1)

        try scenario.edit("en", "<p>In 2000, a South Korean", "<p>In 2001, a South Korean")
        #expect(try scenario.findings("target-edited").count == 1)
        try scenario.align()
        let segment = try #require(scenario.segment("2001년, 한국의"))
        #expect(segment.change == .targetEdited)
        #expect(segment.state == .translated)
        #expect(try scenario.findings("outdated").isEmpty)
    }

    @Test func aRenamedHeadingIsOutdated() throws {
        let scenario = try Scenario()
        try scenario.edit("ko", "<h2>걸어온 길</h2>", "<h2>선교회가 걸어온 길</h2>")
        try scenario.align()
        #expect(scenario.segment("선교회가 걸어온 길")?.change == .sourceChanged)
        #expect(scenario.segment("선교회가 걸어온 길")?.previousSource == "걸어온 길")
        #expect(scenario.others(except: ["선교회가 걸어온 길"]) == [.unchanged])
    }

    /// Cuts the section "Esther, hidden in the church" (heading to figure) from both pages.
    private func removeEstherSection(_ scenario: Scenario) throws {
        for (language, start) in [("ko", "<h2>교회에 숨어 지낸 에스더</h2>"), ("en", "<h2>Esther, hidden in the church</h2>")] {
            let path = scenario.site + "/\(language)/about.html"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let cut = try #require(text.range(of: start)).lowerBound..<(try #require(text.range(of: "</figure>")).upperBound)
            try scenario.folder.write("site/\(language)/about.html", text.replacingCharacters(in: cut, with: ""))
        }
    }

    @Test func aSectionRemovedFromBothSidesIsReportedOnceNotKept() throws {
        let scenario = try Scenario()
        try removeEstherSection(scenario)
        let findings = try scenario.findings("removed")
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .info)
        #expect(findings.first?.message.contains("in the section '교회에 숨어 지낸 에스더'") == true)
        try scenario.align()
        #expect(Set(scenario.segments.map(\.change)) == [.unchanged])
        #expect(scenario.removed.map(\.heading) == ["교회에 숨어 지낸 에스더"])
        #expect(!scenario.segments.contains { $0.sourceText.contains("에스더") && $0.sourceText.contains("비행기") })
        try scenario.align()
        #expect(scenario.removed.isEmpty, "reported once: the memory no longer has it")
    }

    @Test func cosmeticEditsOfBothSidesChangeNothing() throws {
        let scenario = try Scenario()
        try scenario.edit("ko", "<em>몽골 사막</em>", "<strong>몽골 사막</strong>")
        try scenario.edit("ko", "북한과 맞닿은 중국 국경으로 선교 여행을 떠났습니다.\n        그가",
                          "북한과 맞닿은\n        중국 국경으로 선교 여행을 떠났습니다. 그가")
        try scenario.edit("ko", #"<a href="people.html" title="섬기는 사람들 보기">"#,
                          #"<a href="../ko/people.html" title="섬기는 사람들 보기">"#)
        try scenario.edit("en", #"<a href="people.html" title="Meet our people">"#,
                          #"<a href="/en/./people.html" title="Meet our people">"#)
        try scenario.edit("en", "<strong>Caleb Mission</strong>", "<b>Caleb  Mission</b>")
        try scenario.align()
        #expect(Set(scenario.segments.map(\.change)) == [.unchanged])
        #expect(scenario.removed.isEmpty)
    }

    @Test func aLinkToAnotherPageIsAChange() throws {
        let scenario = try Scenario()
        try scenario.edit("ko", #"<a href="people.html" title="섬기는 사람들 보기">"#,
                          #"<a href="teams.html" title="섬기는 사람들 보기">"#)
        try scenario.align()
        #expect(scenario.segment("더 읽으실 수 있습니다")?.change == .sourceChanged)
    }

    @Test func aParagraphMovedWithinThePageKeepsItsState() throws {
        let scenario = try Scenario()
        let paragraph = "<p>김 목사는 “그날 이후로 그 강을 한 번도 잊은 적이 없습니다”라고 회상합니다.</p>"
        try scenario.edit("ko", paragraph, "")
        try scenario.edit("ko", "<h2>걸어온 길</h2>", paragraph + "\n      <h2>걸어온 길</h2>")
        let english = "<p>“I have never once forgotten that river since that day,” Pastor Kim recalls.</p>"
        try scenario.edit("en", english, "")
        try scenario.edit("en", "<h2>Our timeline</h2>", english + "\n      <h2>Our timeline</h2>")
        try scenario.edit("ko", "<p>2000년, 한국의", "<p>2001년, 한국의")
        try scenario.align()
        try scenario.edit("en", "<p>“I have never once", "<p>“I have never ever")
        try scenario.align()
        #expect(scenario.segment("잊은 적이")?.change == .targetEdited)
        #expect(scenario.segment("2001년, 한국의")?.change == .sourceChanged)
    }

    @Test func bothSidesEditedInOneStepAreOutdatedUnlessTheTranslationFollows() throws {
        let scenario = try Scenario()
        try scenario.edit("ko", "<p>2000년, 한국의", "<p>2001년, 한국의")
        try scenario.edit("en", "went on a mission trip to China's", "travelled on a mission trip to China's")
        try scenario.edit("ko", "<td>2020</td><td>미국 지부 설립</td>", "<td>2021</td><td>미국 지부 설립</td>")
        try scenario.edit("en", "<td>2020</td><td>U.S. branch founded</td>", "<td>2021</td><td>U.S. branch founded</td>")
        try scenario.align()
        #expect(scenario.segment("2001년, 한국의")?.change == .sourceChanged)
        #expect(scenario.segment("2001년, 한국의")?.previousSource?.hasPrefix("2000년, 한국의") == true)
        #expect(scenario.segment("2021")?.isOutdated == false)
    }

    /// The weekly loop: a new original paragraph goes to the translator
    /// (`todo`), comes back (`import`), and stays in the memory, reported as
    /// `not-on-page`, until someone puts it on the English page.
    @Test func anImportedTranslationIsKeptAndReportedUntilItIsOnThePage() throws {
        let scenario = try Scenario()
        try scenario.align()
        try scenario.edit("ko", "<h2>걸어온 길</h2>", "<p>선교회는 해마다 새 동역자를 맞이합니다.</p>\n      <h2>걸어온 길</h2>")
        try scenario.align()
        #expect(scenario.segment("새 동역자")?.target == nil)

        let job = scenario.folder.path + "/job.xlf"
        _ = try TodoRun.run(TodoRequest(path: scenario.site, format: .xliff, output: job))
        var work = try XLIFF21Reader.read(fileAt: job)
        for f in work.files.indices {
            for u in work.files[f].units.indices {
                for s in work.files[f].units[u].segments.indices
                where work.files[f].units[u].segments[s].sourceText.contains("새 동역자") {
                    work.files[f].units[u].segments[s].target = [.text("Every year the mission welcomes new co-workers.")]
                }
            }
        }
        let done = try scenario.folder.write("done.xlf", XLIFF21Writer.render(work))
        let imported = try ImportRun.run(ImportRequest(jobPath: done, memoryPath: scenario.site + "/memory.xlf"))
        #expect(imported.imported == 1)

        // Aligning again from the pages, which lack it, keeps the translation.
        try scenario.align()
        #expect(scenario.segment("새 동역자")?.targetText == "Every year the mission welcomes new co-workers.")
        #expect(scenario.segment("새 동역자")?.change == .notOnPage)
        let reported = try scenario.findings("not-on-page")
        #expect(reported.count == 1)
        #expect(reported.first?.message.contains("'Every year the mission welcomes new co-workers.'; put it on the page") == true)
        #expect(try scenario.findings("untranslated").allSatisfy { !($0.source ?? "").contains("새 동역자") },
                "the imported sentence is not also untranslated")
        try scenario.align()
        #expect(scenario.segment("새 동역자")?.change == .notOnPage, "kept by every run until it is on the page")

        try scenario.edit("en", "<h2>Our timeline</h2>",
                          "<p>Every year the mission welcomes new co-workers.</p>\n      <h2>Our timeline</h2>")
        try scenario.align()
        #expect(scenario.segment("새 동역자")?.change == .unchanged)
        #expect(try scenario.findings("not-on-page").isEmpty)
    }

    // MARK: A real page pair: Vite's documentation, English the original (Markdown)

    /// `Tests/RealPages/vite-docs`: `config/preview-options.md` in English
    /// (the original) and in the Korean project's translation (MIT).
    private func vitePage() throws -> Scenario {
        try Scenario(page: "config/preview-options.md", in: "Tests/RealPages/vite-docs", original: "en")
    }

    @Test func onARealPagePairASecondRunChangesNothing() throws {
        let scenario = try vitePage()
        #expect(Set(scenario.segments.map(\.change)) == [nil])
        try scenario.align()
        #expect(Set(scenario.segments.map(\.change)) == [.unchanged])
        #expect(try scenario.findings("outdated").isEmpty)
    }

    @Test func onARealPagePairAParagraphAddedToTheOriginalIsNew() throws {
        let scenario = try vitePage()
        try scenario.edit("en", "The hostnames that Vite is allowed to respond to.",
                          "The hostnames that Vite is allowed to respond to.\n\nRequests for any other host are refused.")
        try scenario.align()
        #expect(scenario.segment("any other host")?.change == .new)
        #expect(scenario.others(except: ["any other host"]) == [.unchanged])
        #expect(try scenario.findings("outdated").isEmpty)
    }

    @Test func onARealPagePairARewordedOriginalIsOutdatedUntilTheTranslationFollows() throws {
        let scenario = try vitePage()
        try scenario.edit("en", "Specify which IP addresses the server should listen on.",
                          "Specify which IP addresses the preview server should listen on, IPv4 or IPv6.")
        try scenario.align()
        #expect(scenario.segment("IPv4 or IPv6")?.change == .sourceChanged)
        #expect(scenario.segment("IPv4 or IPv6")?.previousSource == "Specify which IP addresses the server should listen on.")
        #expect(scenario.others(except: ["IPv4 or IPv6"]) == [.unchanged])
        let finding = try #require(try scenario.findings("outdated").first)
        #expect(finding.location.file.hasSuffix("ko/config/preview-options.md"))

        // The translation fixed in a way that does not follow the original: still outdated.
        try scenario.edit("ko", "어떤 IP 주소를 대상으로 서버가 수신 대기(Listen)하는지 지정합니다.",
                          "서버가 수신 대기(Listen)할 IP 주소를 지정합니다.")
        try scenario.align()
        #expect(scenario.segment("IPv4 or IPv6")?.change == .sourceChanged, "a later edit of the translation hides nothing")

        // The translation updated to follow the original.
        try scenario.edit("ko", "서버가 수신 대기(Listen)할 IP 주소를 지정합니다.",
                          "프리뷰 서버가 수신 대기(Listen)할 IPv4 또는 IPv6 주소를 지정합니다.")
        try scenario.align()
        #expect(scenario.segment("IPv4 or IPv6")?.change == .targetEdited)
        #expect(try scenario.findings("outdated").isEmpty)
        try scenario.align()
        #expect(scenario.segment("IPv4 or IPv6")?.change == .unchanged)
    }

    @Test func onARealPagePairCosmeticEditsOfTheOriginalChangeNothing() throws {
        let scenario = try vitePage()
        // Emphasis written the other way, a paragraph re-wrapped, a link made absolute to the same page.
        try scenario.edit("en", "- **Type:** `number`", "- __Type:__ `number`")
        try scenario.edit("en", "Specify server port. Note if the port", "Specify server port.\nNote if the port")
        try scenario.edit("en", "The hostnames that Vite is allowed to respond to.\n\nSee [`server.allowedHosts`](./server-options#server-allowedhosts)",
                          "The hostnames that Vite is allowed to respond to.\n\nSee [`server.allowedHosts`](/config/server-options#server-allowedhosts)")
        try scenario.align()
        #expect(Set(scenario.segments.map(\.change)) == [.unchanged])
        #expect(try scenario.findings("outdated").isEmpty)
    }

    @Test func onARealPagePairASectionRemovedFromBothSidesIsReportedOnce() throws {
        let scenario = try vitePage()
        for (language, heading) in [("en", "## preview.allowedHosts\n"), ("ko", "## preview.allowedHosts {#preview-allowedhosts}\n")] {
            let path = scenario.site + "/\(language)/config/preview-options.md"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let start = try #require(text.range(of: heading))
            let end = try #require(text.range(of: "## preview.port", range: start.upperBound..<text.endIndex))
            try scenario.folder.write("site/\(language)/config/preview-options.md",
                                      text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: ""))
        }
        try scenario.align()
        #expect(!scenario.removed.isEmpty)
        #expect(scenario.segments.allSatisfy { !$0.sourceText.contains("allowed to respond to") })
        #expect(scenario.others(except: []) == [.unchanged])
    }
}
