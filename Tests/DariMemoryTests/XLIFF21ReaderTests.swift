import DariModel
import DariTestSupport
import Foundation
import Testing
@testable import DariMemory
@testable import DariXML

@Suite struct XLIFF21ReaderTests {
    @Test func writeReadWriteGivesTheSameBytes() throws {
        let first = try XLIFF21Writer.render(richMemory())
        let read = try XLIFF21Reader.read(bytes: first, path: "memory.xlf")
        #expect(try XLIFF21Writer.render(read) == first)
    }

    @Test func readBackIsTheMemoryWritten() throws {
        // Scores are stored with three decimals: compare after one pass.
        let once = try XLIFF21Reader.read(bytes: XLIFF21Writer.render(richMemory()), path: "m.xlf")
        let twice = try XLIFF21Reader.read(bytes: XLIFF21Writer.render(once), path: "m.xlf")
        #expect(once == twice)
        var expected = richMemory()
        expected.files[0].units[0].segments[0].score = 0.913
        #expect(once == expected)
    }

    @Test func theFileOnDiskReadsLikeTheBytes() throws {
        let bytes = try XLIFF21Writer.render(richMemory())
        let scratch = try ScratchFolder("dari-xliff21")
        let path = try scratch.write("memory.xlf", bytes)
        #expect(try XLIFF21Reader.read(fileAt: path) == XLIFF21Reader.read(bytes: bytes, path: path))
    }

    /// The QA files come from another writer (qa_bench.py): reading and
    /// writing them once gives dari's form, which then stays fixed.
    @Test(arguments: ["news-dev.xlf21.xlf"])
    func qaFileReachesAFixedPoint(name: String) throws {
        let shared = try #require(RepositoryPaths.shared(), RepositoryPaths.sharedMissing)
        let memory = try XLIFF21Reader.read(fileAt: shared + "/data/qa/" + name)
        #expect(memory.units.count == 1000)
        #expect(memory.files.map(\.original) == ["news-dev"])
        let first = try XLIFF21Writer.render(memory)
        let again = try XLIFF21Reader.read(bytes: first, path: name)
        #expect(again == memory)
        #expect(try XLIFF21Writer.render(again) == first)
        // What dari makes of a foreign file is valid XLIFF 2.1 too.
        let scratch = try ScratchFolder("dari-xliff21")
        let written = try scratch.write("memory.xlf", first)
        let problems = try SchemaValidator.validate(
            fileAt: written, against: .xsd(path: shared + "/schemas/drivers/xliff-2.1-all-modules.xsd"))
        #expect(problems.count == 0, "\(problems.prefix(5).map(\.description))")
    }

    @Test func qaFileContent() throws {
        let shared = try #require(RepositoryPaths.shared(), RepositoryPaths.sharedMissing)
        let memory = try XLIFF21Reader.read(fileAt: shared + "/data/qa/news-dev.xlf21.xlf")
        let units = Dictionary(uniqueKeysWithValues: memory.units.map { ($0.id, $0) })
        let first = try #require(units["u1"]?.segments.first)
        #expect(first.sourceText.hasPrefix("세계 에서 가장 강력한"))
        #expect(first.targetText?.hasPrefix("After keeping the world's") == true)
        #expect(first.state == .translated)
        #expect(first.shape == (1, 1))
        // No target, and an empty target: both untranslated.
        #expect(units["u276"]?.segments.first?.target == nil)
        #expect(units["u284"]?.segments.first?.target == [])
        #expect(units["u284"]?.segments.first?.state == .initial)
        // A standalone code without <data>.
        let coded = try #require(memory.units.first { unit in
            unit.segments.first?.source.contains(.standalone(id: 2, element: "ph", original: "")) == true
        })
        #expect(coded.segments[0].sourceText.hasSuffix("말한다."))
    }

    @Test func foreignFileWithGroupsIgnorablesMarkersAndNotes() throws {
        let memory = try XLIFF21Reader.read(fileAt: fixtures.path("foreign-2.0.xlf"))
        #expect(memory.sourceLanguage == .korean)
        #expect(memory.targetLanguage == .english)
        let file = try #require(memory.files.first)
        #expect(file.original == "site/about.html")
        #expect(file.targetOriginal == "site/about.html")
        #expect(file.units.map(\.id) == ["u1", "u2"])
        let unit = file.units[0]
        #expect(unit.kind == .paragraph)
        #expect(unit.segments.map(\.id) == ["1", "s1"])
        #expect(unit.segments[0].state == .reviewed)
        #expect(unit.segments[0].source == [
            .text("첫 "), .start(id: 1, element: "b", original: "<b>"), .text("문장"),
            .end(id: 1, element: "b", original: "</b>"), .text("입니다."),
        ])
        #expect(unit.segments[0].targetText == "First sentence.")
        #expect(unit.segments[1].source == [
            .text("둘째"), .standalone(id: 2, element: "br", original: "<br/>"), .text(" 문장."),
        ])
        #expect(unit.segments[1].target == [.text("Second sentence.\u{1}")])
        #expect(unit.segments[1].state == .initial)
        let split = file.units[1].segments[0]
        #expect(split.id == "s9")
        #expect(split.state == .final)
        #expect(split.target == nil)
        #expect(split.shape == (1, 0))
        #expect(split.source == [.text("셋째 "), .start(id: 1001, element: "pc", original: ""), .text("문장."),
                                 .end(id: 1001, element: "pc", original: "")])
    }

    @Test func unknownMetadataFallsBack() throws {
        let memory = try XLIFF21Reader.read(fileAt: fixtures.path("unknown-metadata.xlf"))
        let unit = try #require(memory.units.first)
        #expect(unit.kind == .other(element: "dt"))
        #expect(unit.sourceLocation == nil)
        #expect(unit.segments[0].shape == (1, 1))
        #expect(unit.segments[0].score == nil)
        // The unknown kind is written back as it was.
        let xml = String(decoding: try XLIFF21Writer.render(memory), as: UTF8.self)
        #expect(xml.contains(#"<mda:meta type="kind">dt</mda:meta>"#))
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        var fixture: String
        var expected: @Sendable (String, Int) -> MemoryReadError
        var testDescription: String { fixture }
    }

    @Test(arguments: [
        ErrorCase(fixture: "not-xliff.xml") { path, line in
            .notXLIFF(file: path, line: line, found: "<html> in namespace 'http://www.w3.org/1999/xhtml'")
        },
        ErrorCase(fixture: "wrong-namespace.xlf") { path, line in
            .notXLIFF(file: path, line: line, found: "<xliff> in namespace 'urn:example:not-xliff'")
        },
        ErrorCase(fixture: "version-1.2-as-2.xlf") { path, line in
            .wrongVersion(file: path, line: line, version: "1.2", useInstead: "XLIFF12Reader")
        },
        ErrorCase(fixture: "unsupported-language.xlf") { path, line in
            .unsupportedLanguage(file: path, line: line, tag: "fr")
        },
        ErrorCase(fixture: "malformed.xlf") { path, line in
            .malformed(file: path, line: line, column: 31,
                       message: "Opening and ending tag mismatch: source line 6 and target")
        },
        ErrorCase(fixture: "xxe-2.1.xlf") { path, line in .unexpandedEntity(file: path, line: line, name: "xxe") },
    ])
    func errorsNameTheFileAndLine(_ test: ErrorCase) throws {
        let path = try fixtures.path(test.fixture)
        let line = try fixtures.line(in: test.fixture)
        #expect(throws: test.expected(path, line)) { try XLIFF21Reader.read(fileAt: path) }
        // The same error from bytes.
        #expect(throws: test.expected("bytes.xlf", line)) {
            try XLIFF21Reader.read(bytes: fixtures.bytes(test.fixture), path: "bytes.xlf")
        }
    }

    @Test func xxeIsNeverExpanded() throws {
        do {
            _ = try XLIFF21Reader.read(fileAt: fixtures.path("xxe-2.1.xlf"))
            Issue.record("expected an error")
        } catch let error as MemoryReadError {
            #expect(!error.description.contains("root:"))
            #expect(error.description.hasSuffix("replace it with the text it stands for"))
        }
    }

    @Test func errorMessagesSayWhatToDo() {
        let wrong = MemoryReadError.wrongVersion(file: "m.xlf", line: 2, version: "1.2", useInstead: "XLIFF12Reader")
        #expect(wrong.description
            == "m.xlf:2: error: this is XLIFF 1.2; read it with XLIFF12Reader, or with MemoryReader, which detects the version")
        #expect(MemoryReadError.notFound(path: "x.xlf").isInputOutput)
        #expect(!wrong.isInputOutput)
    }

    @Test func missingFileAndFolder() throws {
        #expect(throws: MemoryReadError.notFound(path: "/nonexistent/m.xlf")) {
            try XLIFF21Reader.read(fileAt: "/nonexistent/m.xlf")
        }
        #expect(throws: MemoryReadError.unreadable(path: NSTemporaryDirectory(), reason: "it is a folder; name a file inside it")) {
            try XLIFF21Reader.read(fileAt: NSTemporaryDirectory())
        }
    }
}
