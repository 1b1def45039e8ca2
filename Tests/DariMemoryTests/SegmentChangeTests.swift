import DariModel
import DariTestSupport
import Testing
@testable import DariMemory
@testable import DariXML

/// The translation state between runs travels in the memory: a segment's
/// change since the previous memory, and for an outdated translation the
/// original it was made for.
@Suite struct SegmentChangeTests {
    private func memory(change: SegmentChange?, previous: String? = nil) -> TranslationMemory {
        let segment = MemorySegment(id: "b1", source: [.text("선교회는 2001년에 시작되었습니다.")],
                                    target: [.text("The mission began in 2000.")], state: .translated,
                                    shape: (1, 1), change: change, previousSource: previous)
        let unit = MemoryUnit(id: "u1", kind: .paragraph, sourceLocation: SourceLocation(file: "ko/a.html", line: 3),
                              targetLocation: SourceLocation(file: "en/a.html", line: 3), sourcePath: "p[1]",
                              targetPath: "p[1]", segments: [segment])
        return TranslationMemory(files: [MemoryFile(id: "f1", original: "ko/a.html", targetOriginal: "en/a.html",
                                                    units: [unit])])
    }

    @Test(arguments: SegmentChange.allCases)
    func everyChangeReadsBackAsWritten(change: SegmentChange) throws {
        let written = memory(change: change, previous: change == .sourceChanged ? "선교회는 2000년에 시작되었습니다." : nil)
        let read = try XLIFF21Reader.read(bytes: XLIFF21Writer.render(written), path: "m.xlf")
        #expect(read.files[0].units[0].segments[0].change == change)
        #expect(read.files[0].units[0].segments[0].previousSource == written.files[0].units[0].segments[0].previousSource)
    }

    @Test func anOutdatedTranslationKeepsItsStateAndGetsTheDariSubState() throws {
        let xml = String(decoding: try XLIFF21Writer.render(memory(change: .sourceChanged, previous: "이전")),
                         as: UTF8.self)
        #expect(xml.contains(#"<segment id="b1" state="translated" subState="dari:outdated">"#))
        #expect(xml.contains(#"<mda:meta type="change">source-changed</mda:meta>"#))
        #expect(xml.contains(#"<mda:meta type="previous-source">이전</mda:meta>"#))
    }

    @Test func aMemoryWithoutStatesWritesNoChangeMetadata() throws {
        let xml = String(decoding: try XLIFF21Writer.render(memory(change: nil)), as: UTF8.self)
        #expect(!xml.contains("subState"))
        #expect(!xml.contains(#"type="change""#))
    }

    @Test func aSubStateKeptByAnotherToolStillMeansOutdated() throws {
        var xml = String(decoding: try XLIFF21Writer.render(memory(change: .sourceChanged)), as: UTF8.self)
        xml = xml.replacingOccurrences(of: #"<mda:meta type="change">source-changed</mda:meta>"#, with: "")
        let read = try XLIFF21Reader.read(bytes: Array(xml.utf8), path: "m.xlf")
        #expect(read.files[0].units[0].segments[0].isOutdated)
    }

    @Test func anOutdatedMemoryValidatesAgainstTheSchemas() throws {
        let shared = try #require(RepositoryPaths.shared(), RepositoryPaths.sharedMissing)
        let scratch = try ScratchFolder("dari-change")
        let path = try scratch.write("memory.xlf",
                                     XLIFF21Writer.render(memory(change: .sourceChanged, previous: "이전")))
        let problems = try SchemaValidator.validate(
            fileAt: path, against: .xsd(path: shared + "/schemas/drivers/xliff-2.1-all-modules.xsd"))
        #expect(problems.isEmpty, "\(problems.map(\.description))")
    }
}
