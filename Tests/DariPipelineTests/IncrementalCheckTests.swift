@testable import DariPipeline
import DariChecks
import DariMemory
import DariModel
import DariReports
import DariTestSupport
import Foundation
import Testing

/// `dari check SITE` after a full run re-checks only the page pairs that
/// changed (issue 21), and reports exactly what a full run reports.
@Suite struct IncrementalCheckTests {
    /// The demo site (every page of Corpus/ko and Corpus/en), aligned once.
    final class Site {
        let folder: ScratchFolder
        var path: String { folder.path + "/site" }
        var cache: String { path + "/.dari-cache/memory.xlf.check" }

        init() throws {
            let root = RepositoryPaths.root()
            var files: [String: String] = [:]
            for language in ["ko", "en"] {
                let folder = root + "/Corpus/\(language)"
                for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".html") {
                    files["site/\(language)/\(name)"] = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
                }
            }
            folder = try ScratchFolder("dari-incremental", files: files)
            _ = try AlignRun.run(AlignRequest(site: path))
        }

        func edit(_ page: String, _ old: String, _ new: String) throws {
            let text = try String(contentsOfFile: path + "/" + page, encoding: .utf8)
            #expect(text.contains(old), "'\(old)' in \(page)")
            try folder.write("site/" + page, text.replacingOccurrences(of: old, with: new))
        }

        /// The report of `dari check`, in two formats, and whether it took the incremental path.
        func check() throws -> (report: String, incremental: Bool) {
            let request = CheckRequest(path: path)
            let (outcome, memory, _) = try CheckRun.checked(request, incremental: true)
            let context = ReportContext(checks: outcome.checks, colour: false, baselined: outcome.baselined,
                                        tally: outcome.tally)
            let report = ReportRenderer.render(outcome.findings, as: .text, context: context)
                + ReportRenderer.render(outcome.findings, as: .jsonl, context: context)
                + "\(outcome.unitCount) units\n"
            return (report, memory == nil)
        }

        /// The report of a full run: no check cache.
        func fullCheck() throws -> String {
            try? FileManager.default.removeItem(atPath: cache)
            let (report, incremental) = try check()
            #expect(!incremental)
            return report
        }
    }

    @Test func aFullRunLeavesTheCacheAndAnUnchangedSiteIsCheckedFromItWithTheSameReport() throws {
        let site = try Site()
        let full = try site.fullCheck()
        #expect(InputFile.exists(site.cache))
        let (again, incremental) = try site.check()
        #expect(incremental)
        #expect(again == full)
    }

    @Test func aChangedPageIsCheckedAgainAndTheReportIsTheFullRunsAfterTheEdit() throws {
        let site = try Site()
        _ = try site.fullCheck()
        // A sentence that was not there, with a number the translation lacks.
        try site.edit("ko/about.html", "<h2>걸어온 길</h2>", "<p>선교회는 해마다 12명의 새 동역자를 맞이합니다.</p>\n      <h2>걸어온 길</h2>")
        let (report, incremental) = try site.check()
        #expect(incremental)
        let full = try site.fullCheck()
        #expect(report == full)
        #expect(report.contains("12"))
    }

    @Test func aCorruptOrForeignCacheIsIgnoredAndWrittenAgain() throws {
        let site = try Site()
        let full = try site.fullCheck()
        try AtomicFile.write(Array("{\"format\": 1, \"key\": \"x\"".utf8), to: site.cache)
        let (report, incremental) = try site.check()
        #expect(!incremental)
        #expect(report == full)
        #expect(try site.check().incremental, "the full run wrote the cache again")
        // Units that do not fit the cache: a full run, the same report.
        try AtomicFile.write(Array("not a memory".utf8), to: site.path + "/.dari-cache/memory.xlf.check-units")
        let (again, fromCache) = try site.check()
        #expect(!fromCache)
        #expect(again == full)
    }

    /// A cache file cut short, or with one byte changed anywhere (a
    /// finding's message, a count, a page's hash), is not read at all.
    @Test(arguments: [CacheDamage.truncated, .byteChanged(at: 0.5), .byteChanged(at: 0.99), .byteChanged(at: 0.01)])
    func aTruncatedOrEditedCacheIsIgnoredAndWrittenAgain(damage: CacheDamage) throws {
        let site = try Site()
        let full = try site.fullCheck()
        let bytes = try InputFile.bytes(at: site.cache)
        #expect(CheckCache(bytes: bytes) != nil)
        let damaged = damage.apply(to: bytes)
        #expect(CheckCache(bytes: damaged) == nil)
        try AtomicFile.write(damaged, to: site.cache)
        let (report, incremental) = try site.check()
        #expect(!incremental)
        #expect(report == full)
        #expect(try site.check().incremental, "the full run wrote the cache again")
    }

    enum CacheDamage: Sendable, CustomTestStringConvertible {
        case truncated
        /// One byte, at this fraction of the file, changed.
        case byteChanged(at: Double)

        func apply(to bytes: [UInt8]) -> [UInt8] {
            switch self {
            case .truncated: return Array(bytes.dropLast(bytes.count / 3))
            case let .byteChanged(fraction):
                var bytes = bytes
                bytes[Int(Double(bytes.count - 1) * fraction)] ^= 0x20
                return bytes
            }
        }

        var testDescription: String {
            switch self {
            case .truncated: return "truncated"
            case let .byteChanged(fraction): return "byte at \(fraction) changed"
            }
        }
    }

    @Test func aCacheOfAnotherFormatOrAnotherMemoryIsIgnoredAndWrittenAgain() throws {
        let site = try Site()
        let full = try site.fullCheck()
        // The same cache, of an older format.
        var older = try #require(CheckCache(bytes: try InputFile.bytes(at: site.cache)))
        older.format = CheckCache.format - 1
        try AtomicFile.write(older.bytes(), to: site.cache)
        let (report, incremental) = try site.check()
        #expect(!incremental)
        #expect(report == full)
        #expect(try site.check().incremental, "the full run wrote the cache again")
        // A memory edited since the cache (its key names the memory's bytes): a full run.
        let memory = site.path + "/memory.xlf"
        try AtomicFile.write(try InputFile.bytes(at: memory) + Array("\n".utf8), to: memory)
        let (again, fromCache) = try site.check()
        #expect(!fromCache)
        #expect(again == full)
    }

    /// A cache records the previous memory's stamp (`FileStamp`) with its
    /// hash; while the memory keeps that stamp a run reads only the pieces
    /// it needs of it. Any write to the memory changes the stamp, so an
    /// edit of the same size, its modification time set back, is still seen.
    @Test func aMemoryWithTheRecordedStampIsReadInPiecesAndAnyWriteToItIsSeen() throws {
        let site = try Site()
        // A stamp is only recorded once the memory has settled (`FileStamp.isSettled`).
        Thread.sleep(forTimeInterval: 2.2)
        _ = try site.fullCheck()
        let memory = site.path + "/memory.xlf"
        let stamp = try #require(FileStamp(path: memory))
        #expect(try #require(CheckCache.load(forMemory: memory)).memoryStamp == stamp)
        try site.edit("ko/about.html", "<h2>걸어온 길</h2>", "<p>선교회는 해마다 12명의 새 동역자를 맞이합니다.</p>\n      <h2>걸어온 길</h2>")
        let (report, incremental) = try site.check()
        #expect(incremental)
        #expect(report == (try site.fullCheck()))
        #expect(try site.check().incremental)

        // One letter of a translation changed in place: same file, same size, modification time set back.
        let bytes = try InputFile.bytes(at: memory)
        let end = try #require(bytes.firstRange(of: Array("</target>".utf8)))
        let letter = try #require(bytes[..<end.lowerBound].lastIndex { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) })
        let handle = try #require(FileHandle(forWritingAtPath: memory))
        try handle.seek(toOffset: UInt64(letter))
        try handle.write(contentsOf: [bytes[letter] == UInt8(ascii: "q") ? UInt8(ascii: "r") : UInt8(ascii: "q")])
        try handle.close()
        // Access and modification time both set to the recorded modification time.
        let modified = timespec(tv_sec: Int(stamp.modified), tv_nsec: Int(stamp.modifiedNanoseconds))
        var times = [modified, modified]
        #expect(utimensat(AT_FDCWD, memory, &times, 0) == 0)
        let edited = try #require(FileStamp(path: memory))
        #expect(edited.size == stamp.size && edited.modified == stamp.modified && edited.inode == stamp.inode)
        #expect(edited != stamp)
        #expect(try !site.check().incremental)
    }

    @Test func anotherConfigurationIsAnotherCache() throws {
        let site = try Site()
        _ = try site.fullCheck()
        try site.folder.write("site/dari.json", #"{"checks": {"doubled-space": "off"}}"#)
        let (_, incremental) = try site.check()
        #expect(!incremental)
    }

    /// dari.json decides what a page yields (here a skip selector): units
    /// the memory kept from before the edit would still hold the tables.
    @Test func anEditedConfigurationAlignsThePagesAgain() throws {
        let site = try Site()
        #expect(try AlignRun.run(AlignRequest(site: site.path)).memory.units.contains {
            $0.segments.contains { $0.sourceText.contains("국경 지역으로 선교 여행") }
        })
        try site.folder.write("site/dari.json", #"{"skip": ["table"]}"#)
        let memory = try AlignRun.run(AlignRequest(site: site.path)).memory
        #expect(!memory.units.contains { $0.segments.contains { $0.sourceText.contains("국경 지역으로 선교 여행") } })
    }

    @Test func everyCheckButTheSiteWideOnesReportsOnAPagePairFromThatPairAlone() throws {
        let site = try Site()
        let memory = try MemoryReader.read(fileAt: site.path + "/memory.xlf")
        let checker = Checker()
        let whole = checker.findings(of: CheckInput(memory: memory))
        var byPair: [[DariChecks.Finding]] = Array(repeating: [], count: whole.count)
        for file in memory.files {
            var one = memory
            one.files = [file]
            for (number, findings) in checker.findings(of: CheckInput(memory: one)).enumerated() { byPair[number] += findings }
        }
        #expect(whole.contains { !$0.isEmpty })
        for (number, check) in checker.enabledChecks.enumerated() where CheckScope.isPageLocal(check.id) {
            #expect(Set(whole[number]) == Set(byPair[number]), "\(check.id)")
        }
    }
}
