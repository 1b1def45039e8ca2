import DariChecks
import DariMemory
import DariModel
import Foundation
import Testing
@testable import DariReports

/// A page pair from its blocks as `source | target`, `-` for a side with no text.
private func file(_ id: String, _ name: String, paired: Bool = true, _ blocks: [String]) -> MemoryFile {
    let units = blocks.enumerated().map { index, block in
        let sides = block.components(separatedBy: " | ").map { $0 == "-" ? nil : $0 }
        let segment = MemorySegment(id: "s1", source: [.text(sides[0] ?? "")], target: sides[1].map { [.text($0)] },
                                    state: sides[1] == nil ? .initial : .translated,
                                    shape: (sides[0] == nil ? 0 : 1, sides[1] == nil ? 0 : 1))
        return MemoryUnit(id: "u\(index + 1)", kind: .paragraph,
                          sourceLocation: sides[0] == nil ? nil : SourceLocation(file: "ko/\(name)", line: index + 10),
                          targetLocation: sides[1] == nil ? nil : SourceLocation(file: "en/\(name)", line: index + 10),
                          sourcePath: nil, targetPath: nil, segments: [segment])
    }
    return MemoryFile(id: id, original: "ko/\(name)", targetOriginal: paired ? "en/\(name)" : nil, units: units)
}

private func finding(_ check: String, _ severity: Severity, _ file: String, fileID: String, unit: String? = nil,
                     _ message: String = "fix it; do this", related: Int = 0) -> Finding {
    Finding(checkID: check, severity: severity, location: SourceLocation(file: file, line: 3), unitID: unit,
            fileID: fileID, message: message,
            related: (0..<related).map { SourceLocation(file: file, line: 4 + $0) })
}

/// Four pages, each needing a different kind of work:
/// - `english.html`: its Korean page is in English (8 of 10 blocks);
/// - `partial.html`: a block missing on each side, an error, a warning and an info;
/// - `korean-only.html`: three blocks and no English page;
/// - `done.html`: translated, nothing found.
private let memory = TranslationMemory(files: [
    file("f1", "done.html", ["하나 | One", "둘 | Two"]),
    file("f2", "partial.html", ["하나 | One", "둘 | Two", "셋 | -", "- | Four"]),
    file("f3", "korean-only.html", paired: false, ["하나 | -", "둘 | -", "셋 | -"]),
    file("f4", "english.html", Array(repeating: "One | One", count: 8) + ["하나 | One", "둘 | Two"]),
])

private let findings: [Finding] = [
    finding("untranslated", .error, "ko/partial.html", fileID: "f2", unit: "u3", "'셋' has no English translation; translate it"),
    finding("untranslated", .error, "en/partial.html", fileID: "f2", unit: "u4", "'Four' has no Korean original; add it"),
    finding("number-mismatch", .error, "en/partial.html", fileID: "f2", unit: "u1"),
    finding("inconsistent-target", .warning, "en/partial.html", fileID: "f2", unit: "u2", related: 3),
    finding("latin-in-korean", .info, "ko/partial.html", fileID: "f2", unit: "u1"),
    finding("missing-page", .error, "ko/korean-only.html", fileID: "f3", "ko/korean-only.html has no English page; translate it"),
    finding("untranslated", .error, "ko/english.html", fileID: "f4",
            "ko/english.html is in English: 2 of 10 blocks are Korean; translate the page into Korean"),
]

@Suite struct WorkSummaryTests {
    @Test func thePageWithTheMostWorkComesFirstAndFinishedPagesLast() {
        let summary = WorkSummary(tally: MemoryTally(memory), findings: findings)
        #expect(summary.pages.map(\.name) == ["ko/english.html", "ko/partial.html", "ko/korean-only.html", "ko/done.html"])
        #expect(summary.pagesNeedingWork.map(\.name) == ["ko/english.html", "ko/partial.html", "ko/korean-only.html"])
    }

    @Test func eachKindOfWorkIsCountedOnce() throws {
        let pages = Dictionary(uniqueKeysWithValues: WorkSummary(tally: MemoryTally(memory), findings: findings).pages
            .map { ($0.name, $0) })
        let english = try #require(pages["ko/english.html"])
        #expect(english.wrongLanguage == 8, "the page finding's 8 English blocks")
        #expect(english.translated == 2, "English left on the Korean page is not translated, though aligned")
        #expect(english.errors == 0, "the wrong-language finding is not an error besides")

        let partial = try #require(pages["ko/partial.html"])
        #expect([partial.blocks, partial.translated] == [4, 2] as [Int])
        #expect(partial.missingInTarget == 1, "'셋' on the Korean page")
        #expect(partial.missingInSource == 1, "'Four' on the English page")
        #expect([partial.errors, partial.warnings] == [1, 1] as [Int], "a group is one warning; info is not work")
        #expect(partial.work == 4)

        let koreanOnly = try #require(pages["ko/korean-only.html"])
        #expect([koreanOnly.missingInTarget, koreanOnly.translated, koreanOnly.errors] == [3, 0, 0] as [Int],
                "every block of a one-language page is missing, and missing-page is no error besides")

        let done = try #require(pages["ko/done.html"])
        #expect([done.blocks, done.translated, done.work] == [2, 2, 0] as [Int])
    }

    @Test func aSectionInTheWrongLanguageCountsEachOfItsBlocks() {
        let section = finding("untranslated", .error, "ko/partial.html", fileID: "f2", unit: "u1",
                              "'One' and 2 more sentences in 3 blocks are English on the Korean page; translate the section",
                              related: 2)
        let pages = WorkSummary(tally: MemoryTally(memory), findings: [section]).pages
        guard let page = pages.first(where: { $0.name == "ko/partial.html" }) else { Issue.record("no page"); return }
        #expect([page.wrongLanguage, page.missingInTarget] == [3, 0] as [Int])
    }

    /// A template's English on many pages is one finding; its other pages are related places.
    @Test func textRepeatedOnOtherPagesCountsOnceOnItsOwnPage() throws {
        var template = finding("untranslated", .error, "ko/partial.html", fileID: "f2", unit: "u1",
                               "'Report a bug' of this block is English on the Korean page; translate it "
                                   + "(the same on 3 pages: fix it once, in the template they share)")
        template.relatedLocations = ["ko/done.html", "ko/english.html"].map {
            RelatedLocation(location: SourceLocation(file: $0, line: 40), unitID: "u1")
        }
        let pages = WorkSummary(tally: MemoryTally(memory), findings: [template]).pages
        let partial = try #require(pages.first { $0.name == "ko/partial.html" })
        #expect([partial.wrongLanguage, partial.translated] == [1, 1] as [Int])
        #expect(pages.filter { $0.wrongLanguage > 0 }.count == 1)
    }

    /// The summary tells wrong-language findings apart by the untranslated
    /// check's wording: run the check itself, so a new wording fails here.
    @Test func theUntranslatedChecksWrongLanguageFindingsAreRecognised() {
        let pages = TranslationMemory(files: [
            file("f1", "english.html", ["Install the package first. | Install the package first.",
                                        "Then run the program. | Then run the program.",
                                        "Read the manual for the options. | Read the manual for the options."]),
            file("f2", "mixed.html", ["패키지를 설치합니다. | Install the package.",
                                      "This sentence was left in English by mistake. | It stays in English.",
                                      "- | A sentence the Korean page lacks."]),
        ])
        let found = Checker(checks: [Untranslated.self]).run(pages, glossary: nil, memoryPath: nil)
        let kinds = Dictionary(grouping: found.map { WorkSummary.Kind(of: $0) }, by: { $0 }).mapValues(\.count)
        #expect(kinds == [.wrongLanguage: 2, .untranslated: 1], "\(found.map(\.message))")
    }

    @Test(arguments: [("ko/a.html is in English: 3 of 40 blocks", " is in English: ", true),
                      ("글자 English on the Korean page", "English on the Korean page", true),
                      ("English on the Korean pag", "English on the Korean page", false),
                      ("is in English:", " is in English: ", false),
                      ("", " is in Korean: ", false)])
    func aPhraseIsFoundByItsBytes(text: String, phrase: String, found: Bool) {
        #expect(WorkSummary.Kind.bytes(of: text, contain: phrase) == found)
    }

    @Test func aFindingOutsideTheMemoryIsAPageOfItsOwn() {
        let glossary = finding("deprecated-term", .warning, "Glossary/core.tbx", fileID: "")
        let summary = WorkSummary(tally: MemoryTally(memory), findings: [glossary])
        #expect(summary.pagesNeedingWork.map(\.name) == ["ko/korean-only.html", "Glossary/core.tbx"])
        #expect(summary.totals.warnings == 1)
    }

    @Test func theTableListsThePagesInAlignedColumnsWithTheTotals() {
        let report = ReportRenderer.render(findings, as: .summary, context: ReportContext(tally: MemoryTally(memory)))
        #expect(report == """
            page pairs that need work         blocks  translated  missing en  missing ko  wrong language  errors  warnings
            ko/english.html                       10           2           0           0               8       0         0
            ko/partial.html                        4           2           1           1               0       1         1
            ko/korean-only.html (no en page)       3           0           3           0               0       0         0
            4 page pairs, 3 need work: 6 of 19 blocks translated, 4 missing en, 1 missing ko, 8 in the wrong language, \
            1 other error, 1 warning

            """)
    }

    @Test func theTextReportOpensWithTheFirstPagesOrEndsWithThemOnATerminal() {
        let many = TranslationMemory(files: (1...25).map { file("f\($0)", "p\($0).html", paired: false, ["하나 | -"]) })
        let tally = MemoryTally(many)
        let missing = (1...25).map { finding("missing-page", .error, "ko/p\($0).html", fileID: "f\($0)") }
        let opening = ReportRenderer.render(missing, as: .text, context: ReportContext(tally: tally))
        let lines = opening.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0].hasPrefix("page pairs that need work"))
        #expect(lines[1...20].allSatisfy { $0.hasPrefix("ko/p") }, "at most \(TextReport.summaryLimit) pages")
        #expect(lines[21] == "… and 5 more page pairs that need work (dari check --format summary lists them all)")
        #expect(lines[22].hasPrefix("25 page pairs, 25 need work"))
        #expect(lines[24].hasPrefix("ko/p1.html:3: error: [missing-page]"), "then the findings")
        #expect(opening.hasSuffix("25 errors, 0 warnings, 0 info\n"))

        let atEnd = ReportRenderer.render(missing, as: .text, context: ReportContext(tally: tally, summaryAtEnd: true))
        #expect(atEnd.hasPrefix("ko/p1.html:3: error: [missing-page]"))
        #expect(atEnd.hasSuffix("25 page pairs, 25 need work: 0 of 25 blocks translated, 25 missing en, 0 missing ko, "
                                + "0 in the wrong language, 0 other errors, 0 warnings\n25 errors, 0 warnings, 0 info\n"))
        #expect(ReportRenderer.render(missing, as: .summary, context: ReportContext(tally: tally))
            .split(separator: "\n").count == 27, "--format summary lists all 25")
    }

    @Test func aCleanSiteSummaryIsOneLine() {
        let clean = TranslationMemory(files: [file("f1", "done.html", ["하나 | One"])])
        let report = ReportRenderer.render([], as: .text, context: ReportContext(tally: MemoryTally(clean)))
        #expect(report == "1 page pair: 1 of 1 blocks translated, no errors or warnings\n0 errors, 0 warnings, 0 info\n")
        #expect(ReportRenderer.render([], as: .text) == "0 errors, 0 warnings, 0 info\n", "no memory, no summary")
    }

    @Test func theJSONIsValidAndHasTheSameNumbers() throws {
        let summary = WorkSummary(tally: MemoryTally(memory), findings: findings)
        let report = ReportRenderer.render(findings, as: .summaryJSON, context: ReportContext(tally: MemoryTally(memory)))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        #expect(object["sourceLanguage"] as? String == "ko")
        #expect(object["targetLanguage"] as? String == "en")
        let pages = try #require(object["pages"] as? [[String: Any]])
        #expect(pages.count == 4, "every page, the finished ones too")
        for (json, page) in zip(pages, summary.pages) {
            #expect(json["name"] as? String == page.name)
            #expect(json["sourcePage"] as? String == page.sourcePage)
            #expect(json["targetPage"] as? String == page.targetPage)
            let counts = ["blocks", "translated", "missingInTarget", "missingInSource", "wrongLanguage", "errors",
                          "warnings", "work"].map { json[$0] as? Int }
            #expect(counts == [page.blocks, page.translated, page.missingInTarget, page.missingInSource,
                               page.wrongLanguage, page.errors, page.warnings, page.work])
            #expect(json["findingsByCheck"] as? [String: Int] == page.findingsByCheck)
        }
        #expect(pages[2]["targetPage"] is NSNull, "a Korean-only page has no English page")
        var totals = try #require(object["totals"] as? [String: Any])
        let byCheck = totals.removeValue(forKey: "findingsByCheck") as? [String: Int]
        #expect(totals as? [String: Int] == ["pages": 4, "pagesNeedingWork": 3, "blocks": 19, "translated": 6,
                                             "missingInTarget": 4, "missingInSource": 1, "wrongLanguage": 8, "errors": 1,
                                             "warnings": 1])
        // Warnings and errors only, as the other counts: the info finding is not work.
        #expect(byCheck == ["missing-page": 1, "number-mismatch": 1, "untranslated": 3, "inconsistent-target": 1])
    }
}
