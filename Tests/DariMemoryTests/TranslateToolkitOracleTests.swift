import DariModel
import DariTestSupport
import Foundation
import Testing
@testable import DariMemory

/// An independent reader: Translate Toolkit (Python, lxml) reads the TMX and
/// XLIFF 1.2 that dari writes and must find the same units and texts.
///
/// Needs `python3` with the `translate-toolkit` package (`.ci/run` installs
/// it; elsewhere the tests are skipped without it).
@Suite(.requires(.translateToolkit))
struct TranslateToolkitOracleTests {
    /// Prints `[[source, target], ...]` as JSON for each unit Translate Toolkit finds.
    private static let script = """
        import json, sys
        from translate.storage import tmx, xliff
        kind, path = sys.argv[1], sys.argv[2]
        store = (tmx.tmxfile if kind == "tmx" else xliff.xlifffile).parsefile(path)
        units = [u for u in store.units if not u.isheader()]
        json.dump([[str(u.source), None if u.target is None else str(u.target)] for u in units], sys.stdout)
        """

    private func read(_ kind: String, _ bytes: [UInt8]) throws -> [[String?]] {
        let scratch = try ScratchFolder("dari-ttk")
        let path = try scratch.write(kind == "tmx" ? "memory.tmx" : "memory.xlf", bytes)
        let run = try Oracle.translateToolkit.run(["-c", Self.script, kind, path])
        try #require(run.status == 0, "python3 failed (\(run.status)): \(run.stderr)")
        let decoded = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[Any]]
        let units = try #require(decoded, "unexpected output: \(run.stdout.prefix(200))")
        return units.map { pair in pair.map { $0 as? String } }
    }

    /// TMX as Translate Toolkit shows it: the code's original markup inline.
    private func withMarkup(_ content: [InlineContent]) -> String {
        content.map { piece -> String in
            switch piece {
            case let .text(value): return value
            case let .start(_, _, original), let .end(_, _, original), let .standalone(_, _, original): return original
            }
        }.joined()
    }

    /// The text pieces alone, as Translate Toolkit's XLIFF reader gives a
    /// segment's text (it leaves every code out, a line break too).
    private func textOnly(_ content: [InlineContent]) -> String {
        content.map { if case let .text(value) = $0 { value } else { "" } }.joined()
    }

    private func memories() throws -> [(String, TranslationMemory)] {
        let shared = try #require(RepositoryPaths.shared(), RepositoryPaths.sharedMissing)
        return [
            ("rich", richMemory()),
            ("qa", try XLIFF21Reader.read(fileAt: shared + "/data/qa/news-dev.xlf21.xlf")),
        ]
    }

    @Test func readsOurTMX() throws {
        for (name, memory) in try memories() {
            let export = try TMXWriter.render(memory)
            let units = try read("tmx", export.bytes)
            let expected: [[String?]] = memory.units.flatMap(\.segments)
                .filter { InlineCodes.disposition(of: $0) == .bilingual }
                .map { [withMarkup($0.source), withMarkup($0.target ?? [])] }
            #expect(units.count == export.written, "\(name)")
            #expect(units == expected, "\(name)")
        }
    }

    @Test func readsOurXLIFF12() throws {
        for (name, memory) in try memories() {
            let export = try XLIFF12Writer.render(memory)
            let units = try read("xliff", export.bytes)
            let expected: [[String?]] = memory.units.flatMap(\.segments)
                .filter { InlineCodes.disposition(of: $0) != .targetOnly }
                .map { [textOnly($0.source), $0.target.map(textOnly)] }
            #expect(units.count == export.written, "\(name)")
            #expect(units == expected, "\(name)")
        }
    }
}
