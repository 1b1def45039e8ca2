import DariTestSupport
import Foundation
import Testing

/// The built `dari todo`, `dari import` and `dari lookup` on a copy of the QA
/// memory (980 translated segments, 10 untranslated, and 10 whose target is
/// the Korean original copied over: wrong-language work).
@Suite struct TranslatorLoopCommandTests {
    private static func folder() throws -> ScratchFolder {
        let shared = try #require(RepositoryPaths.shared(), RepositoryPaths.sharedMissing)
        let folder = try ScratchFolder("dari-loop")
        _ = try folder.copy(shared + "/data/qa/news-dev.xlf21.xlf", to: "memory.xlf")
        return folder
    }

    @Test func todoWritesTheUntranslatedSegmentsAndImportTakesThemBack() throws {
        let folder = try Self.folder()
        let todo = try CommandRunner.run(["todo", "memory.xlf", "-o", "job.xlf"], directory: folder.path)
        #expect(todo.status == 0, "\(todo.stderr)")
        #expect(todo.stdout == "")
        #expect(todo.stderr.hasPrefix("job.xlf: 20 segments to translate on "))
        let job = try String(contentsOfFile: folder.path + "/job.xlf", encoding: .utf8)
        #expect(job.components(separatedBy: "<segment ").count - 1 == 20)
        #expect(job.components(separatedBy: "category=\"on-page\"").count - 1 == 10)
        // Nothing translated yet: nothing imported, the memory as it was.
        let before = try Data(contentsOf: URL(fileURLWithPath: folder.path + "/memory.xlf"))
        let back = try CommandRunner.run(["import", "job.xlf", "--memory", "memory.xlf"], directory: folder.path)
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stderr == "memory.xlf: imported 0 translations, 20 left empty\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path + "/memory.xlf")) == before)
    }

    @Test func todoAsMarkdownGoesToStandardOutput() throws {
        let folder = try Self.folder()
        let run = try CommandRunner.run(["todo", "memory.xlf", "--format", "md"], directory: folder.path)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("### "))
        #expect(run.stdout.components(separatedBy: "- [ ] ").count - 1 == 20)
        #expect(run.stdout.components(separatedBy: "*wrong-language*").count - 1 == 10)
        #expect(run.stderr == "")
    }

    @Test func lookupFindsASentenceOfTheMemoryAtAHundredPercent() throws {
        let folder = try Self.folder()
        let sentence = "미국은 1992년에 지하 핵실험을 중지시켰기 때문에 이러한 모의 실험은 한 치의 오차도 없어야만 한다."
        let run = try CommandRunner.run(["lookup", sentence], directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("100 %* \(sentence) → "))
        let changed = try CommandRunner.run(["lookup", sentence.replacingOccurrences(of: "1992", with: "1993")],
                                            directory: folder.path)
        #expect(changed.stdout.hasPrefix("99 %* "))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/memory.matches.sqlite"))
    }

    @Test func importWithoutAJobIsAnIOError() throws {
        let folder = try Self.folder()
        let run = try CommandRunner.run(["import", "missing.xlf"], directory: folder.path)
        #expect(run.status == 74)
        #expect(run.stdout == "")
    }
}
