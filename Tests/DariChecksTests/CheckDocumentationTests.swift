import DariChecks
import DariTestSupport
import Foundation
import Testing

/// docs/checks.md is generated from the check registry (as swift-format keeps
/// its rule documentation): this suite fails when the committed file differs
/// from `CheckDocumentation.markdown()`, and rewrites it when run with
/// `DARI_UPDATE_DOCS=1`.
@Suite struct CheckDocumentationTests {
    @Test func docsChecksIsUpToDate() throws {
        let path = RepositoryPaths.root() + "/docs/checks.md"
        let generated = CheckDocumentation.markdown()
        if ProcessInfo.processInfo.environment["DARI_UPDATE_DOCS"] == "1" {
            try generated.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let committed = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        guard committed != generated else { return }
        // Name the first line that differs rather than printing both files.
        let old = committed.split(separator: "\n", omittingEmptySubsequences: false)
        let new = generated.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(old, new).enumerated().first { $1.0 != $1.1 }?.offset ?? min(old.count, new.count)
        Issue.record("""
            docs/checks.md is stale from line \(line + 1) (\(line < new.count ? "expected: \(new[line])" : "extra lines")); \
            run `\(CheckDocumentation.updateCommand)` and commit the file
            """)
    }

    /// Every check documents itself: the example is a finding of that check,
    /// and the summary is one sentence.
    @Test(arguments: CheckRegistry.ids)
    func everyCheckHasAnExampleOfItsOwn(id: String) throws {
        let check = try #require(CheckRegistry.check(withID: id))
        #expect(check.example.contains(": \(check.defaultSeverity): [\(id)] "),
                "\(id).example should read 'file:line: \(check.defaultSeverity): [\(id)] message'")
        #expect(check.summary.hasSuffix(".") && !check.summary.contains("\n"))
        #expect(!check.details.contains("\n\n"), "\(id).details is one paragraph")
    }

    @Test func theDocumentationListsEveryCheckInRegistryOrder() {
        let markdown = CheckDocumentation.markdown()
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { $0.dropFirst(3) }
        #expect(Array(headings.prefix(CheckRegistry.ids.count)).map(String.init) == CheckRegistry.ids)
    }
}
