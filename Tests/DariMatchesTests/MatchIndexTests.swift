import DariMemory
import DariModel
import DariTestSupport
import Foundation
import GRDB
import Testing
@testable import DariMatches

/// The index finds what the score ranks: built from a memory, cached beside
/// it, rebuilt when the memory changes.
@Suite struct MatchIndexTests {
    static let pairs: [(String, String)] = [
        ("선교회는 2001년에 시작되었습니다.", "The mission began in 2001."),
        ("하나님의 사랑을 전합니다.", "We share the love of God."),
        ("다리", "Bridge"),
        ("매주 금요일에 기도 모임이 있습니다.", "There is a prayer meeting every Friday."),
        ("봉사자 120명이 함께했습니다.", "120 volunteers joined us."),
    ]

    static func memory(_ pairs: [(String, String)] = pairs) -> TranslationMemory {
        let segments = pairs.enumerated().map { offset, pair in
            MemorySegment(id: "s\(offset + 1)", source: [.text(pair.0)], target: [.text(pair.1)], state: .translated,
                          shape: (1, 1))
        }
        let unit = MemoryUnit(id: "u1", kind: .paragraph, sourceLocation: nil, targetLocation: nil, sourcePath: nil,
                              targetPath: nil, segments: segments)
        return TranslationMemory(files: [MemoryFile(id: "f1", original: "ko/a.html", targetOriginal: "en/a.html",
                                                    units: [unit])])
    }

    private func index(_ scratch: ScratchFolder) throws -> MatchIndex {
        let path = try scratch.write("memory.xlf", XLIFF21Writer.render(Self.memory()))
        return try MatchIndex.forMemory(at: path)
    }

    @Test func aChangedNumberIsSubstituted() throws {
        let scratch = try ScratchFolder("dari-matches")
        let matches = try index(scratch).lookup("봉사자 85명이 함께했습니다.", language: .korean)
        let best = try #require(matches.first)
        #expect(best.percent == 99)
        #expect(best.substituted == "85 volunteers joined us.")
        #expect(best.entry.origin == "ko/a.html#u1/s5")
    }

    @Test func aSpacingVariantAndAParticleStillFindTheirSentence() throws {
        let scratch = try ScratchFolder("dari-matches")
        let index = try index(scratch)
        #expect(try index.lookup("하나님의사랑을 전합니다.", language: .korean).first?.entry.translation
                    == "We share the love of God.")
        #expect(try index.lookup("매주 금요일마다 기도 모임이 있습니다.", language: .korean).first?.entry.translation
                    == "There is a prayer meeting every Friday.")
    }

    @Test func aTwoSyllableWordIsFound() throws {
        let scratch = try ScratchFolder("dari-matches")
        let matches = try index(scratch).lookup("다리", language: .korean)
        #expect(matches.map(\.percent) == [100])
    }

    @Test func englishIsLookedUpInTheOtherDirection() throws {
        let scratch = try ScratchFolder("dari-matches")
        let matches = try index(scratch).lookup("There is a prayer meeting every Sunday.", language: .english)
        #expect(matches.first?.entry.translation == "매주 금요일에 기도 모임이 있습니다.")
        #expect((matches.first?.percent ?? 0) >= 75)
    }

    @Test func nothingBelowFiftyPercent() throws {
        let scratch = try ScratchFolder("dari-matches")
        #expect(try index(scratch).lookup("오늘 점심은 비빔밥입니다.", language: .korean).isEmpty)
    }

    @Test func theCacheIsRebuiltWhenTheMemoryChanges() throws {
        let scratch = try ScratchFolder("dari-matches")
        let path = try scratch.write("memory.xlf", XLIFF21Writer.render(Self.memory()))
        _ = try MatchIndex.forMemory(at: path)
        let cache = MatchIndex.cachePath(forMemory: path)
        #expect(MatchIndex.isCurrent(indexPath: cache, memoryPath: path))
        #expect(try String(contentsOfFile: scratch.path + "/.gitignore", encoding: .utf8).contains("*.matches.sqlite"))
        _ = try scratch.write("memory.xlf", XLIFF21Writer.render(Self.memory([("새 문장입니다.", "A new sentence.")])))
        #expect(!MatchIndex.isCurrent(indexPath: cache, memoryPath: path))
        let rebuilt = try MatchIndex.forMemory(at: path)
        #expect(try rebuilt.lookup("새 문장입니다.", language: .korean).first?.percent == 100)
    }

    @Test func anIndexOfAnEarlierSchemaIsRebuilt() throws {
        let scratch = try ScratchFolder("dari-matches")
        let path = try scratch.write("memory.xlf", XLIFF21Writer.render(Self.memory()))
        let cache = MatchIndex.cachePath(forMemory: path)
        // The same memory, stamped by schema 2 (its entries numbered in both directions in turn).
        let stamp = MatchIndex.stamp(ofMemory: path)
        let earlier = "2" + stamp.drop { $0 != " " }
        #expect(!stamp.hasPrefix("2 "))
        try MatchIndex.build(MatchIndex.entries(of: Self.memory()), at: cache, memoryStamp: earlier)
        #expect(!MatchIndex.isCurrent(indexPath: cache, memoryPath: path))
        let rebuilt = try MatchIndex.forMemory(at: path)
        #expect(MatchIndex.isCurrent(indexPath: cache, memoryPath: path))
        #expect(try rebuilt.lookup("다리", language: .korean).first?.entry.translation == "Bridge")
    }

    @Test func theIndexHasPagesOf64KiB() throws {
        let scratch = try ScratchFolder("dari-matches")
        let index = try index(scratch)
        #expect(try index.queue.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == 65_536)
    }

    @Test func entriesAreNumberedLanguageByLanguageInTheMemorysOrder() throws {
        let scratch = try ScratchFolder("dari-matches")
        let index = try index(scratch)
        let rows = try index.queue.read { db in
            try Row.fetchAll(db, sql: "SELECT language, text FROM entry ORDER BY id").map { "\($0[0] as String) \($0[1] as String)" }
        }
        #expect(rows == Self.pairs.map { "ko \($0.0)" } + Self.pairs.map { "en \($0.1)" })
    }
}

/// The candidates a lookup scores are the best by Dice overlap, ties by id:
/// kept as they come, they are the first of a full sort, whatever the order
/// they come in.
@Suite struct TopCandidatesTests {
    @Test(arguments: [1, 3, 80])
    func keptAsTheyComeTheyAreTheFirstOfAFullSort(limit: Int) {
        var generator = SystemRandomNumberGenerator()
        // Many ties (dice from a few values), ids in random order.
        let offered = (0..<500).map { id in (id: UInt32(id), dice: Double(Int.random(in: 0..<7, using: &generator)) / 6) }
            .shuffled(using: &generator)
        var top = TopCandidates(limit: limit)
        for candidate in offered { top.offer(id: candidate.id, dice: candidate.dice) }
        let sorted = offered.sorted { $0.dice != $1.dice ? $0.dice > $1.dice : $0.id < $1.id }.prefix(limit)
        #expect(top.best.map(\.id) == sorted.map(\.id))
    }

    @Test func fewerCandidatesThanTheLimitAreAllKept() {
        var top = TopCandidates(limit: 80)
        top.offer(id: 7, dice: 0.5)
        top.offer(id: 3, dice: 0.5)
        top.offer(id: 9, dice: 0.9)
        #expect(top.best.map(\.id) == [9, 3, 7])
    }
}
