import DariChecks
import DariMemory
import DariModel
import Testing

/// A translation of an earlier version of its page is one finding for the page.
@Suite struct EarlierVersionTests {
    /// A page pair from a pattern: `=` a paired block, `e` a block of the
    /// English original alone, `k` a Korean block alone; `#` a pair whose
    /// numbers differ.
    private func memory(_ pattern: String) -> TranslationMemory {
        let units = pattern.enumerated().map { number, mark -> MemoryUnit in
            let line = number + 1
            let english = mark == "k" ? nil : SourceLocation(file: "en/a.md", line: line)
            let korean = mark == "e" ? nil : SourceLocation(file: "ko/a.md", line: line)
            let source: [InlineContent] = mark == "k" ? [] : [.text(mark == "#" ? "It has 12 pages." : "Paragraph \(line).")]
            let target: [InlineContent]? = mark == "e" ? nil : [.text(mark == "#" ? "15쪽입니다." : "문단 \(line)입니다.")]
            return MemoryUnit(id: "u\(line)", kind: .paragraph, sourceLocation: english, targetLocation: korean,
                              sourcePath: nil, targetPath: nil,
                              segments: [MemorySegment(id: "s1", source: source, target: target,
                                                       state: target == nil ? .initial : .translated,
                                                       shape: (source.isEmpty ? 0 : 1, target == nil ? 0 : 1))])
        }
        return TranslationMemory(sourceLanguage: .english, targetLanguage: .korean,
                                 files: [MemoryFile(id: "f1", original: "en/a.md", targetOriginal: "ko/a.md", units: units)])
    }

    @Test func scatteredOneSidedBlocksOnBothPagesAreOneFindingForThePage() {
        let findings = Checker().run(memory("=ee=k=#e=kk=e="))
        #expect(findings.filter { $0.severity > .info }.map(\.checkID) == ["untranslated"])
        let finding = findings.first { $0.checkID == "untranslated" }
        #expect(finding?.message.hasPrefix("ko/a.md translates an earlier version of en/a.md: 4 of 11 English blocks "
                                           + "have no Korean counterpart and 3 of 10 Korean blocks no English one") == true)
        #expect(finding?.location == SourceLocation(file: "ko/a.md", line: 5))
    }

    @Test func aMissingSectionOrAFewNewParagraphsAreReportedOneByOne() {
        // One place: a section, not a page finding: its four English blocks in a row
        // are one finding (a run of one-sided blocks), the three Korean ones one each.
        #expect(Checker(checks: [Untranslated.self]).run(memory("=====eeeekkk==")).count == 4)
        // Both places on one side: new paragraphs.
        let added = Checker().run(memory("==e===e==#===")).filter { $0.severity > .info }
        #expect(added.map(\.checkID).sorted() == ["number-mismatch", "untranslated", "untranslated"])
    }
}
