import DariAlignment
import DariMemory
import DariModel
@testable import DariSite
import DariTestSupport
import Foundation
import Testing

/// Aligning on all cores must give the memory a page-by-page loop gives:
/// the same files in the same order with the same ids, byte for byte.
@Suite struct ParallelSiteAlignmentTests {
    @Test func theDemoSiteGivesTheSameMemoryBytesOnOneThreadAndOnFour() throws {
        let site = try Site(folder: RepositoryPaths.root() + "/Corpus")
        let sequential = try Self.aligner(threads: 1).align(site).memory
        let parallel = try Self.aligner(threads: 4).align(site).memory
        #expect(try XLIFF21Writer.render(parallel) == XLIFF21Writer.render(sequential))
    }

    /// Many pages of different sizes finish out of order; pages whose ids
    /// clash (`a_b.html`, `a/b.html`) and repeated paragraphs get their
    /// "-2" where the loop gave it.
    @Test func aSiteOfManyPagesKeepsPageOrderAndIDSuffixes() throws {
        var files: [String: String] = [:]
        for number in 0..<40 {
            let paragraphs = String(repeating: "<p>같은 문단입니다.</p>", count: number % 7 + 1)
            let english = String(repeating: "<p>The same paragraph.</p>", count: number % 5 + 1)
            let name = number.isMultiple(of: 2) ? "a/b\(number).html" : "a_b\(number - 1).html"
            files["ko/" + name] = page(lang: "ko", body: "<h1>쪽 \(number)</h1>" + paragraphs)
            files["en/" + name] = page(lang: "en", body: "<h1>Page \(number)</h1>" + english)
        }
        files["en/only-english.html"] = page(lang: "en", body: "<p>No Korean page.</p>")
        let folder = try ScratchFolder("dari-parallel", files: files)
        let site = try Site(folder: folder.path)
        let sequential = try Self.aligner(threads: 1).align(site)
        let parallel = try Self.aligner(threads: 4).align(site)
        #expect(parallel.memory.files.map(\.id) == sequential.memory.files.map(\.id))
        #expect(sequential.memory.files.map(\.id).contains { $0.hasSuffix("-2") }, "the site should make ids clash")
        #expect(try XLIFF21Writer.render(parallel.memory) == XLIFF21Writer.render(sequential.memory))
        #expect(parallel.pairs == sequential.pairs)
    }

    @Test func theFirstUnreadablePageInPageOrderIsTheErrorReported() throws {
        var files: [String: String] = [:]
        for number in 0..<12 {
            files["ko/p\(number).html"] = page(lang: "ko", body: "<p>문단.</p>")
            files["en/p\(number).html"] = page(lang: "en", body: "<p>A paragraph.</p>")
        }
        let folder = try ScratchFolder("dari-parallel", files: files)
        // Pages whose bytes are not the UTF-8 they declare cannot be read.
        for name in ["ko/p3.html", "ko/p9.html", "en/p1.html"] {
            try folder.write(name, Array("<html lang=\"ko\"><head><meta charset=\"utf-8\"></head><body><p>".utf8)
                + [0xFF, 0xFE, 0xC3] + Array("</p></body></html>\n".utf8))
        }
        let site = try Site(folder: folder.path)
        func message(threads: Int) -> String {
            do {
                _ = try Self.aligner(threads: threads).align(site)
                return "no error"
            } catch {
                return "\(error)"
            }
        }
        let sequential = message(threads: 1)
        #expect(sequential.contains("ko/p3.html"), "\(sequential)")
        for _ in 0..<5 { #expect(message(threads: 4) == sequential) }
    }

    @Test func progressCountsEveryPageThenEveryPagePair() throws {
        let site = try Site(folder: RepositoryPaths.root() + "/Corpus")
        let seen = Seen()
        let result = try Self.aligner(threads: 4).align(site) { seen.add($0) }
        let pages = try site.pages().korean.count + site.pages().english.count
        #expect(seen.all.filter { $0.stage == .reading }.map(\.done).sorted() == Array(1...pages))
        #expect(seen.all.filter { $0.stage == .aligning }.map(\.done).sorted() == Array(1...result.pairs.count))
        #expect(seen.all.allSatisfy { $0.total == ($0.stage == .reading ? pages : result.pairs.count) })
    }

    static func aligner(threads: Int) -> SiteAligner {
        var aligner = SiteAligner(sentenceAligner: SentenceAligner())
        aligner.threads = threads
        return aligner
    }
}

private final class Seen: @unchecked Sendable {
    private let lock = NSLock()
    private var progress: [SiteAligner.Progress] = []

    func add(_ item: SiteAligner.Progress) { lock.withLock { progress.append(item) } }
    var all: [SiteAligner.Progress] { lock.withLock { progress } }
}
