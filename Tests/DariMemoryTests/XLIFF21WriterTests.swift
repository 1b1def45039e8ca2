import DariModel
import DariTestSupport
import Foundation
import Testing
@testable import DariMemory
@testable import DariXML

/// A small memory with every shape the writer must handle: a 1-1 bead with a
/// link, a pair of codes split by a sentence boundary, a 1-0 omission, a 0-1
/// addition, a standalone `<br>`, and a page with no counterpart.
func sampleMemory() -> TranslationMemory {
    let link = [InlineContent.text("사역은 "), .start(id: 1, element: "a", original: "<a href=\"/ko/about.html\">"),
                .text("두만강"), .end(id: 1, element: "a", original: "</a>"), .text("에서 시작되었습니다.")]
    let linkEN = [InlineContent.text("The work began at the "),
                  .start(id: 1, element: "a", original: "<a href=\"/en/about.html\">"), .text("Tumen River"),
                  .end(id: 1, element: "a", original: "</a>"), .text(".")]
    let unit1 = MemoryUnit(
        id: "u-p1", kind: .paragraph,
        sourceLocation: SourceLocation(file: "ko/about.html", line: 29),
        targetLocation: SourceLocation(file: "en/about.html", line: 30),
        sourcePath: "html/body/main/p[1]", targetPath: "html/body/main/p[1]",
        segments: [
            MemorySegment(id: "s1", source: link, target: linkEN, state: .translated, score: 0.9125, shape: (1, 1)),
            MemorySegment(id: "s2", source: [.start(id: 2, element: "em", original: "<em>"), .text("첫 문장.")],
                          target: [.start(id: 2, element: "em", original: "<em>"), .text("First.")],
                          state: .translated, score: 0.8, shape: (1, 1)),
            MemorySegment(id: "s3", source: [.text("둘째 문장."), .end(id: 2, element: "em", original: "</em>")],
                          target: [.text("Second."), .end(id: 2, element: "em", original: "</em>")],
                          state: .translated, score: 0.7, shape: (1, 1)),
            MemorySegment(id: "s4", source: [.text("번역되지 않은 문장입니다."), .standalone(id: 3, element: "br", original: "<br>")],
                          target: nil, state: .initial, shape: (1, 0)),
            MemorySegment(id: "s5", source: [], target: [.text("Added in English only.")], state: .initial,
                          shape: (0, 1)),
        ])
    let paired = MemoryFile(id: "f-about", original: "ko/about.html", targetOriginal: "en/about.html", units: [unit1])
    let lonely = MemoryFile(
        id: "f-news", original: "ko/news.html", targetOriginal: nil,
        units: [MemoryUnit(id: "u-h1", kind: .heading(level: 1),
                           sourceLocation: SourceLocation(file: "ko/news.html", line: 12), targetLocation: nil,
                           sourcePath: "html/body/h1[1]", targetPath: nil,
                           segments: [MemorySegment(id: "s1", source: [.text("소식")], target: nil, state: .initial,
                                                    shape: (1, 0))])])
    return TranslationMemory(files: [paired, lonely])
}

@Suite struct XLIFF21WriterTests {
    @Test func validatesAgainstTheCoreAndAllModules() throws {
        let shared = try #require(RepositoryPaths.shared(), RepositoryPaths.sharedMissing)
        let scratch = try ScratchFolder("dari-xliff21")
        let path = try scratch.write("memory.xlf", XLIFF21Writer.render(sampleMemory()))
        let problems = try SchemaValidator.validate(
            fileAt: path, against: .xsd(path: shared + "/schemas/drivers/xliff-2.1-all-modules.xsd"))
        #expect(problems.isEmpty, "\(problems.map(\.description))")
    }

    @Test func writesCodesAsPcScEcAndPh() throws {
        let xml = String(decoding: try XLIFF21Writer.render(sampleMemory()), as: UTF8.self)
        #expect(xml.contains(#"<source xml:lang="ko">사역은 <pc id="s1" dataRefStart="s1s" dataRefEnd="s1e">두만강</pc>에서 시작되었습니다.</source>"#))
        #expect(xml.contains(#"<source xml:lang="ko"><sc id="s2" dataRef="s2s"/>첫 문장.</source>"#))
        #expect(xml.contains(#"<source xml:lang="ko">둘째 문장.<ec startRef="s2" dataRef="s2e"/></source>"#))
        #expect(xml.contains(#"<ph id="s3p" dataRef="s3p"/>"#))
        #expect(xml.contains(#"<data id="s1s">&lt;a href=&quot;/ko/about.html&quot;&gt;</data>"#))
        #expect(xml.contains(#"<segment id="s4" state="initial"><source xml:lang="ko">번역되지 않은 문장입니다.<ph id="s3p" dataRef="s3p"/></source></segment>"#))
    }

    /// What the schemas cannot check (OASIS leaves these to prose and
    /// Schematron): unique ids, languages matching srcLang/trgLang.
    @Test func idsAreUniqueAndLanguagesMatchTheHeader() throws {
        let bytes = try XLIFF21Writer.render(sampleMemory())
        var fileIDs: [String] = [], unitIDs: [[String]] = [], segmentIDs: [[String]] = []
        var sourceLanguages = Set<String>(), targetLanguages = Set<String>()
        var header: [MarkupAttribute] = []
        _ = try MarkupParser.parseXML(bytes: bytes, path: "memory.xlf") { event in
            guard case let .start(name, attributes, _) = event else { return }
            switch name {
            case "xliff": header = attributes
            case "file":
                fileIDs.append(attributes[named: "id"] ?? "")
                unitIDs.append([])
            case "unit":
                unitIDs[unitIDs.count - 1].append(attributes[named: "id"] ?? "")
                segmentIDs.append([])
            case "segment": segmentIDs[segmentIDs.count - 1].append(attributes[named: "id"] ?? "")
            case "source": sourceLanguages.insert(attributes[named: "xml:lang"] ?? "")
            case "target": targetLanguages.insert(attributes[named: "xml:lang"] ?? "")
            default: break
            }
        }
        #expect(Set(fileIDs).count == fileIDs.count)
        for ids in unitIDs { #expect(Set(ids).count == ids.count) }
        for ids in segmentIDs { #expect(Set(ids).count == ids.count) }
        #expect(sourceLanguages == [header[named: "srcLang"] ?? "?"])
        #expect(targetLanguages == [header[named: "trgLang"] ?? "?"])
    }

    @Test func theSameMemoryGivesTheSameBytes() throws {
        #expect(try XLIFF21Writer.render(sampleMemory()) == XLIFF21Writer.render(sampleMemory()))
    }

    @Test(arguments: [(0.9125, "0.913"), (1.0, "1.000"), (0.05, "0.050"), (0.0, "0.000")])
    func scoresHaveThreeDecimals(score: Double, text: String) {
        #expect(XLIFF21Writer.formatScore(score) == text)
    }
}
