import DariMemory
import DariModel
import Testing

@testable import DariChecks

/// `SegmentRecords`: a large memory's records are made in chunks of units
/// on every core, and are the records one pass over the memory makes.
@Suite struct SegmentRecordsTests {
    /// Three pages of mixed blocks: code (no record), headings with a section
    /// number on one side, units of two segments, a missing target, an
    /// imported translation not on its page, an empty page.
    private static let memory: TranslationMemory = {
        func segment(_ id: String, _ source: String, _ target: String?, change: SegmentChange? = nil) -> MemorySegment {
            var segment = MemorySegment(id: id, source: [.text(source)], target: target.map { [.text($0)] },
                                        state: .translated, shape: (1, target == nil ? 0 : 1))
            segment.change = change
            return segment
        }
        func unit(_ id: String, _ kind: BlockKind, _ segments: [MemorySegment]) -> MemoryUnit {
            MemoryUnit(id: id, kind: kind, sourceLocation: nil, targetLocation: nil, sourcePath: nil, targetPath: nil,
                       segments: segments)
        }
        var files: [MemoryFile] = []
        for page in 0..<3 {
            var units: [MemoryUnit] = []
            for index in 0..<(page == 1 ? 0 : 11) {
                let id = "p\(page)u\(index)"
                switch index % 5 {
                case 0: units.append(unit(id, .code, [segment("s1", "let x = 1", "let x = 1")]))
                case 1: units.append(unit(id, .heading(level: 2), [segment("s1", "8.1. 곡선 도구 \(id)", "Curves \(id)")]))
                case 2: units.append(unit(id, .paragraph, [segment("s1", "첫 문장 \(id).", "First \(id)."),
                                                           segment("s2", "둘째 \(id).", nil)]))
                case 3: units.append(unit(id, .paragraph, [segment("s1", "가져온 \(id)", "Imported \(id)",
                                                                   change: .notOnPage)]))
                default: units.append(unit(id, .paragraph, [segment("s1", "같은 \(id)", "같은 \(id)")]))
                }
            }
            files.append(MemoryFile(id: "f\(page)", original: "ko/\(page).html", targetOriginal: "en/\(page).html",
                                    units: units))
        }
        return TranslationMemory(files: files)
    }()

    private static func described(_ records: [SegmentRecord]) -> [String] {
        records.map { record in
            "\(record.fileIndex)/\(record.unitIndex)/\(record.segmentIndex) \(record.source) | "
                + "\(record.target ?? "-") | \(record.isCopy) \(record.hasSource) \(record.translatedTarget ?? "-")"
        }
    }

    @Test(arguments: [1, 2, 3, 7, 4_096])
    func chunksGiveTheRecordsOfOnePass(chunkSize: Int) {
        let whole = SegmentRecords.make(of: Self.memory, chunkSize: Int.max)
        let chunked = SegmentRecords.make(of: Self.memory, chunkSize: chunkSize)
        #expect(Self.described(chunked.records) == Self.described(whole.records))
        #expect(Self.described(chunked.notOnPage) == Self.described(whole.notOnPage))
    }

    @Test func codeIsLeftOutAndSectionNumbersOnOneSideDropped() {
        let records = SegmentRecords.make(of: Self.memory, chunkSize: 2).records
        #expect(!records.contains { $0.source.hasPrefix("let x") })
        #expect(records.first { $0.unitIndex == 1 }?.source == "곡선 도구 p0u1")
        // Pages 0 and 2: 11 units, of which 3 code and 2 imported, one of two segments.
        #expect(records.count == 2 * (2 + 2 * 2 + 2))
        #expect(SegmentRecords.make(of: Self.memory, chunkSize: 2).notOnPage.count == 4)
    }
}
