import DariModel
import DariTestSupport
import Foundation
import Testing
@testable import DariMemory

@Suite struct XLIFF12ReaderTests {
    /// The QA set has the same 1000 units as XLIFF 1.2 and 2.1, written by
    /// qa_bench.py: both readers must see the same texts, states and codes.
    @Test func qaFileReadsLikeItsXLIFF21Twin() throws {
        let shared = try #require(RepositoryPaths.shared(), RepositoryPaths.sharedMissing)
        let old = try XLIFF12Reader.read(fileAt: shared + "/data/qa/news-dev.xlf12.xlf")
        let new = try XLIFF21Reader.read(fileAt: shared + "/data/qa/news-dev.xlf21.xlf")
        #expect(old.units.count == 1000)
        #expect(old.sourceLanguage == .korean && old.targetLanguage == .english)
        #expect(old.units.map(\.id) == new.units.map(\.id))
        for (a, b) in zip(old.units, new.units) {
            #expect(a.segments.count == 1)
            #expect(a.segments[0].sourceText == b.segments[0].sourceText, "\(a.id)")
            #expect(a.segments[0].targetText == b.segments[0].targetText, "\(a.id)")
            #expect(a.segments[0].state == b.segments[0].state, "\(a.id)")
            #expect(codeShape(a.segments[0].source) == codeShape(b.segments[0].source), "\(a.id)")
        }
    }

    /// Codes as kind and id only: 1.2 `<g>`/`<x>` and 2.x `<pc>`/`<ph>` differ in names.
    private func codeShape(_ content: [InlineContent]) -> [String] {
        content.compactMap { piece in
            switch piece {
            case .text: return nil
            case let .start(id, _, _): return "s\(id)"
            case let .end(id, _, _): return "e\(id)"
            case let .standalone(id, _, _): return "p\(id)"
            }
        }
    }

    @Test func foreignFileWithSegSourceNativeCodesAndGroups() throws {
        let memory = try XLIFF12Reader.read(fileAt: fixtures.path("foreign-1.2.xlf"))
        let file = try #require(memory.files.first)
        #expect(file.original == "about.html")
        #expect(file.units.map(\.id) == ["tu1", "tu2", "tu3", "tu4"])
        let split = file.units[0]
        #expect(split.segments.map(\.id) == ["1", "2"])
        #expect(split.segments.map(\.sourceText) == ["첫 문장입니다.", "둘째 문장입니다."])
        #expect(split.segments.map(\.targetText) == ["First sentence.", "Second sentence."])
        #expect(split.segments.map(\.state) == [.reviewed, .reviewed])
        #expect(split.segments[1].target == [.text("Second "), .start(id: 1, element: "b", original: ""),
                                             .text("sentence"), .end(id: 1, element: "b", original: ""), .text(".")])
        let native = file.units[1].segments[0]
        #expect(native.source == [
            .text("링크 "), .start(id: 1, element: "a", original: "<a href=\"/ko/\">"), .text("여기"),
            .end(id: 1, element: "a", original: "</a>"), .standalone(id: 2, element: "br", original: "<br/>"),
            .text(" 끝"), .start(id: 3, element: "i", original: "<i>"),
        ])
        #expect(native.state == .translated)
        let generic = file.units[2].segments[0]
        #expect(generic.source == [.text("줄"), .standalone(id: 1, element: "br", original: ""), .text("바꿈 "),
                                   .start(id: 2, element: "span", original: ""), .text("열림")])
        #expect(generic.target == [])
        #expect(generic.state == .initial)
        #expect(generic.shape == (1, 0))
        let marked = file.units[3].segments[0]
        #expect(marked.id == "s1")
        #expect(marked.source == [.text("보호 텍스트"), .end(id: 5, element: "ex", original: "")])
        #expect(marked.target == nil)
    }

    @Test func errorsNameTheFileAndLine() throws {
        let xxe = try fixtures.path("xxe-1.2.xlf")
        #expect(throws: MemoryReadError.unexpandedEntity(file: xxe, line: try fixtures.line(in: "xxe-1.2.xlf"),
                                                         name: "xxe")) {
            try XLIFF12Reader.read(fileAt: xxe)
        }
        let newer = try fixtures.path("version-2.1-as-1.2.xlf")
        #expect(throws: MemoryReadError.wrongVersion(
            file: newer, line: try fixtures.line(in: "version-2.1-as-1.2.xlf"), version: "2.1",
            useInstead: "XLIFF21Reader")) {
            try XLIFF12Reader.read(fileAt: newer)
        }
        let html = try fixtures.path("not-xliff.xml")
        #expect(throws: MemoryReadError.notXLIFF(file: html, line: try fixtures.line(in: "not-xliff.xml"),
                                                 found: "<html> in namespace 'http://www.w3.org/1999/xhtml'")) {
            try XLIFF12Reader.read(fileAt: html)
        }
    }
}

@Suite struct MemoryReaderTests {
    @Test func detectsTheVersion() throws {
        let v2 = try MemoryReader.read(fileAt: fixtures.path("foreign-2.0.xlf"))
        #expect(v2 == (try XLIFF21Reader.read(fileAt: fixtures.path("foreign-2.0.xlf"))))
        let v1 = try MemoryReader.read(fileAt: fixtures.path("foreign-1.2.xlf"))
        #expect(v1 == (try XLIFF12Reader.read(fileAt: fixtures.path("foreign-1.2.xlf"))))
        let bytes = try XLIFF21Writer.render(richMemory())
        #expect(try MemoryReader.read(bytes: bytes, path: "m.xlf") == XLIFF21Reader.read(bytes: bytes, path: "m.xlf"))
    }

    @Test func olderXLIFFWithoutNamespace() throws {
        let xml = """
            <?xml version="1.0"?>
            <xliff version="1.1"><file original="a" source-language="ko" target-language="en" datatype="plaintext">
            <body><trans-unit id="1"><source>가</source><target>A</target></trans-unit></body></file></xliff>
            """
        let memory = try MemoryReader.read(bytes: Array(xml.utf8), path: "old.xlf")
        #expect(memory.units.first?.segments.first?.targetText == "A")
    }

    @Test(arguments: ["not-xliff.xml", "wrong-namespace.xlf"])
    func rejectsWhatIsNotXLIFF(name: String) throws {
        #expect(throws: MemoryReadError.self) { try MemoryReader.read(fileAt: fixtures.path(name)) }
        do {
            _ = try MemoryReader.read(fileAt: fixtures.path(name))
        } catch let error as MemoryReadError {
            guard case let .notXLIFF(_, line, _) = error else {
                Issue.record("expected notXLIFF, got \(error)")
                return
            }
            #expect(line == (try fixtures.line(in: name)))
        }
    }
}
