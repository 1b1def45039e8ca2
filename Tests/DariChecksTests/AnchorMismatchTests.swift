@testable import DariChecks
import DariMemory
import DariModel
import Testing

@Suite struct AnchorMismatchTests {
    /// VitePress, GitHub and Hugo number a repeated heading's anchor: the
    /// second "Usage" is `#usage-1`; a translation that names it so is right.
    @Test func aRepeatedHeadingIsReachedByItsNumberedAnchor() {
        let keys = ["usage", "options", "usage", "usage"].map(HeadingAnchor.key)
        #expect(AnchorMismatch.reachable(keys) == ["usage", "options", "usage1", "usage2"])
        #expect(AnchorMismatch.reachable(keys).contains(HeadingAnchor.key("usage-2")))
        #expect(!AnchorMismatch.reachable(["usage"]).contains(HeadingAnchor.key("usage-1")))
    }

    /// A heading and its translation whose anchors differ: one finding, on
    /// the translation, naming both; an anchor with no heading paired with it
    /// on the other page is still its own.
    @Test func aRenamedAnchorIsOneFindingThatNamesBoth() throws {
        func heading(_ id: String, _ english: String?, _ korean: String?, enPath: String?, koPath: String?, line: Int) -> MemoryUnit {
            MemoryUnit(id: id, kind: .heading(level: 2),
                       sourceLocation: english == nil ? nil : SourceLocation(file: "en/form.md", line: line),
                       targetLocation: korean == nil ? nil : SourceLocation(file: "ko/form.md", line: line),
                       sourcePath: enPath, targetPath: koPath,
                       segments: [MemorySegment(id: "s1", source: english.map { [.text($0)] } ?? [],
                                                target: korean.map { [.text($0)] }, state: .translated, shape: (1, 1))])
        }
        let memory = TranslationMemory(sourceLanguage: .english, targetLanguage: .korean, files: [
            MemoryFile(id: "f1", original: "en/form.md", targetOriginal: "ko/form.md", units: [
                heading("u1", "Handle form submission", "폼 제출 처리하기",
                        enPath: "h2[1]{#handle-form-submission}", koPath: "h2[1]{#handle-form-on-the-client}", line: 5),
                heading("u2", "Troubleshooting", nil, enPath: "h2[2]{#troubleshooting}", koPath: nil, line: 9),
            ]),
        ])
        let findings = Checker(checks: [AnchorMismatch.self]).run(memory).sorted { $0.location.line < $1.location.line }
        #expect(findings.map(\.location.description) == ["ko/form.md:5", "en/form.md:9"])
        #expect(findings.first?.message == "the Korean heading '폼 제출 처리하기' has the anchor #handle-form-on-the-client "
            + "where the English heading has #handle-form-submission; links to form#handle-form-submission break on the "
            + "Korean page and links to form#handle-form-on-the-client on the English page: give both headings the same anchor")
    }

    /// A section on one page only is one `untranslated` finding: the anchors
    /// its headings take with them are no findings of their own.
    @Test func theHeadingsOfAMissingSectionAreLeftToIt() {
        func unit(_ id: String, _ kind: BlockKind, _ korean: String, path: String, line: Int) -> MemoryUnit {
            MemoryUnit(id: id, kind: kind, sourceLocation: nil, targetLocation: SourceLocation(file: "ko/releases.md", line: line),
                       sourcePath: nil, targetPath: path,
                       segments: [MemorySegment(id: "s1", source: [], target: [.text(korean)], state: .initial, shape: (0, 1))])
        }
        let paired = MemoryUnit(id: "u0", kind: .paragraph, sourceLocation: SourceLocation(file: "en/releases.md", line: 3),
                                targetLocation: SourceLocation(file: "ko/releases.md", line: 3), sourcePath: "p[1]",
                                targetPath: "p[1]", segments: [MemorySegment(id: "s1", source: [.text("Releases.")],
                                                                              target: [.text("릴리스.")], state: .translated,
                                                                              shape: (1, 1))])
        let memory = TranslationMemory(sourceLanguage: .english, targetLanguage: .korean, files: [
            MemoryFile(id: "f1", original: "en/releases.md", targetOriginal: "ko/releases.md", units: [
                paired,
                unit("u1", .heading(level: 2), "버전 3.5", path: "h2[1]{#3-5}", line: 5),
                unit("u2", .paragraph, "Vue 3.5는 2024년에 릴리스되었습니다.", path: "p[2]", line: 6),
                unit("u3", .heading(level: 2), "버전 3.4", path: "h2[2]{#3-4}", line: 8),
                unit("u4", .paragraph, "Vue 3.4는 2023년에 릴리스되었습니다.", path: "p[3]", line: 9),
            ]),
        ])
        #expect(Checker(checks: [AnchorMismatch.self]).run(memory).isEmpty)
        #expect(Checker(checks: [Untranslated.self]).run(memory).count == 1)
    }
}

