@testable import DariPipeline
import DariMemory
import DariModel
import Foundation
import Testing

/// A memory written to a cache file reads back as the same value, down to
/// what `==` leaves out (a unit's `memoryLine`, a segment's line marks).
@Suite struct TranslationMemoryCacheBytesTests {
    static func roundTrip(_ memory: TranslationMemory) throws -> TranslationMemory {
        var writer = CacheBytesWriter(magic: "units\n")
        memory.write(to: &writer)
        var reader = try #require(CacheBytesReader(writer.finished(), magic: "units\n"))
        let read = try TranslationMemory(&reader)
        #expect(reader.isAtEnd)
        return read
    }

    static func expectSame(_ read: TranslationMemory, _ memory: TranslationMemory) {
        #expect(read == memory)
        #expect(read.files.map(\.format) == memory.files.map(\.format))
        for (readUnit, unit) in zip(read.units, memory.units) {
            #expect(readUnit.memoryLine == unit.memoryLine)
            for (readSegment, segment) in zip(readUnit.segments, unit.segments) {
                #expect(readSegment.sourceLineMarks == segment.sourceLineMarks)
                #expect(readSegment.targetLineMarks == segment.targetLineMarks)
                #expect(readSegment.score?.bitPattern == segment.score?.bitPattern)
            }
        }
    }

    @Test func anAlignedMemoryReadsBackTheSame() throws {
        let site = try IncrementalCheckTests.Site()
        // No previous memory: every page is aligned in this run, with its line marks.
        try FileManager.default.removeItem(atPath: site.path + "/memory.xlf")
        let memory = try AlignRun.run(AlignRequest(site: site.path)).memory
        #expect(memory.units.contains { $0.segments.contains { !$0.sourceLineMarks.isEmpty } }, "line marks are kept")
        Self.expectSame(try Self.roundTrip(memory), memory)
    }

    @Test func aMemoryReadFromItsFileReadsBackTheSame() throws {
        let site = try IncrementalCheckTests.Site()
        let memory = try MemoryReader.read(fileAt: site.path + "/memory.xlf")
        #expect(memory.units.allSatisfy { $0.memoryLine > 0 })
        Self.expectSame(try Self.roundTrip(memory), memory)
    }

    @Test func everyKindOfBlockAndInlineCodeReadsBack() throws {
        let kinds: [BlockKind] = [.title, .metaDescription, .heading(level: 3), .paragraph, .listItem, .tableCell,
                                  .blockquote, .figcaption, .attribute(name: "alt"), .code, .other(element: "dt")]
        var segment = MemorySegment(
            id: "s1", source: [.text("a "), .start(id: 1, element: "a", original: "<a href=\"/x\">"), .text("b"),
                               .end(id: 1, element: "a", original: "</a>"),
                               .standalone(id: 2, element: "br", original: "<br>")],
            target: nil, state: .initial, score: 0.1 + 0.2, shape: (source: 1, target: 0), sourceLine: 7,
            change: .sourceChanged, previousSource: "a c")
        segment.targetLineMarks = [LineMark(offset: 3, line: 9)]
        let units = kinds.enumerated().map { number, kind in
            MemoryUnit(id: "u\(number)", kind: kind, sourceLocation: SourceLocation(file: "ko/a.html", line: number),
                       targetLocation: nil, sourcePath: "html/body/p", targetPath: nil, segments: [segment],
                       suppressedChecks: ["number-mismatch"])
        }
        var file = MemoryFile(id: "f-a", original: "ko/a.html", targetOriginal: nil, sourceOriginalExists: true,
                              units: units)
        file.format = "markdown"
        let memory = TranslationMemory(sourceLanguage: .english, targetLanguage: .korean, files: [file])
        Self.expectSame(try Self.roundTrip(memory), memory)
    }
}
