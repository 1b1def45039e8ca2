import DariChecks
import DariModel
import DariReports
import DariTestSupport
import Foundation
import Testing

/// Findings covering every shape: a page-level finding, a unit finding with
/// text that needs escaping, a group with related locations.
private let findings: [Finding] = [
    Finding(checkID: "missing-page", severity: .error, location: SourceLocation(file: "ko/news page.html", line: 0),
            fileID: "f2", message: "ko/news page.html has no English page; translate it"),
    Finding(checkID: "hangul-in-target", severity: .error, location: SourceLocation(file: "en/newcomers.html", line: 50),
            unitID: "u7", fileID: "f1", message: "the English text contains Korean '백 집사'; translate it",
            source: "백 집사 <b>\"기도\"</b>", target: "Deacon 백 집사 & co.\nline two"),
    Finding(checkID: "inconsistent-target", severity: .warning, location: SourceLocation(file: "en/a.html", line: 3),
            unitID: "u1", fileID: "f1", message: "the same Korean is translated 2 ways; use one translation everywhere",
            source: "그는 말했다.", target: "He said so.", related: [SourceLocation(file: "en/b.html", line: 9)]),
    Finding(checkID: "latin-in-korean", severity: .info, location: SourceLocation(file: "ko/a.html", line: 4, column: 2),
            unitID: "u2", message: "the Korean text contains the English phrase 'send it now'; translate it"),
]

@Suite struct ReportTests {
    @Test func jsonLinesHasTheBenchmarkFields() throws {
        let report = ReportRenderer.render(findings, as: .jsonl)
        let lines = report.split(separator: "\n")
        #expect(lines.count == findings.count)
        for (line, finding) in zip(lines, findings) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["type"] as? String == finding.checkID)
            #expect(object["severity"] as? String == finding.severity.rawValue)
            #expect(object["file"] as? String == finding.location.file)
            #expect(object["line"] as? Int == finding.location.line)
            #expect(object["message"] as? String == finding.message)
            #expect(object["unit"] as? String == finding.unitID)
            #expect(object["fingerprint"] as? String == finding.fingerprint)
        }
        #expect(lines[1].hasPrefix("{\"column\": 0, \"file\": \"en/newcomers.html\", \"file_id\": \"f1\""))
    }

    @Test func textReportLinesAndSummary() {
        let report = ReportRenderer.render(findings, as: .text)
        #expect(report.hasPrefix("ko/news page.html: error: [missing-page] ko/news page.html has no English page"))
        #expect(report.contains("en/newcomers.html:50: error: [hangul-in-target] the English text contains Korean"))
        #expect(report.contains("ko/a.html:4:2: info: [latin-in-korean]"))
        #expect(report.hasSuffix("2 errors, 1 warning, 1 info\n"))
        #expect(!report.contains("\u{1B}["))
        #expect(ReportRenderer.render(findings, as: .text, context: ReportContext(colour: true)).contains("\u{1B}[1;31merror"))
    }

    @Test func githubAnnotationsEscape() {
        let report = ReportRenderer.render(findings, as: .github)
        let lines = report.split(separator: "\n").map(String.init)
        #expect(lines[0] == "::error file=ko/news page.html,title=[missing-page]::ko/news page.html has no English page; translate it")
        #expect(lines[1].hasPrefix("::error file=en/newcomers.html,line=50,title=[hangul-in-target]::"))
        #expect(lines[2].hasPrefix("::warning "))
        #expect(lines[3].hasPrefix("::notice file=ko/a.html,line=4,col=2,"))
        #expect(GitHubAnnotations.render([findings[1]].map {
            var f = $0
            f.message = "50% done,\nnext: x"
            return f
        }) == "::error file=en/newcomers.html,line=50,title=[hangul-in-target]::50%25 done,%0Anext: x\n")
    }

    @Test func sarifHasOneResultPerFindingWithItsLevel() throws {
        let report = ReportRenderer.render(findings, as: .sarif)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 4)
        #expect(results[0]["level"] as? String == "error")
        #expect(results[3]["level"] as? String == "note")
        #expect(report.contains("\"uri\": \"ko/news%20page.html\""))
        #expect(report.contains("\"dariFingerprint/v1\""))
    }

    /// SARIF validated against the OASIS 2.1.0 JSON schema with Python's
    /// jsonschema (an independent oracle).
    @Test(.requires(.jsonschema)) func sarifValidatesAgainstTheSchema() throws {
        let shared = try #require(RepositoryPaths.shared(), RepositoryPaths.sharedMissing)
        let schema = shared + "/schemas/sarif/sarif-schema-2.1.0.json"
        let scratch = try ScratchFolder("dari-report")
        for document in [ReportRenderer.render(findings, as: .sarif), ReportRenderer.render([], as: .sarif)] {
            let path = try scratch.write("report.sarif", document)
            let result = try Oracle.jsonschema.run([
                "-c",
                """
                import json, sys, jsonschema
                schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))
                jsonschema.validate(doc, schema)
                """,
                schema, path,
            ])
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        }
    }

    /// Five checks (four with findings, one clean) and a fixed version, so
    /// the goldens change only when a format does.
    private static let context = ReportContext(checks: [MissingPage.self, HangulInTarget.self, InconsistentTarget.self,
                                                        LatinInKorean.self, DoubledSpace.self],
                                               toolVersion: "1.2.3")

    @Test func junitHasOneSuitePerCheckAndEscapes() throws {
        let report = ReportRenderer.render(findings, as: .junit, context: Self.context)
        #expect(report.contains("<testsuites name=\"dari check\" tests=\"5\" failures=\"4\" errors=\"0\">"))
        #expect(report.contains("<testsuite name=\"doubled-space\" tests=\"1\" failures=\"0\""))
        #expect(report.contains("Deacon 백 집사 &amp; co.&#10;line two"))
        #expect(report.contains("&lt;b&gt;&quot;기도&quot;&lt;/b&gt;"))
    }

    /// xmllint (an independent XML parser) finds the JUnit report well formed
    /// and counts one failure per finding.
    @Test(.requires(.xmllint)) func junitIsWellFormedForXMLLint() throws {
        let scratch = try ScratchFolder("dari-report")
        let path = try scratch.write("junit.xml", ReportRenderer.render(findings, as: .junit, context: Self.context))
        let lint = try Oracle.xmllint.run(["--noout", path])
        #expect(lint.status == 0, "\(lint.stderr)")
        let count = try Oracle.xmllint.run(["--xpath", "count(//testsuite/testcase/failure)", path])
        #expect(count.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "4")
    }

    /// Every format, byte for byte, as recorded in Golden/ (by another
    /// process, whose hash seed differed: output that followed a
    /// dictionary's order would not match). `DARI_RECORD=1` re-records.
    @Test(arguments: ReportFormat.allCases)
    func eachFormatMatchesItsGoldenFile(_ format: ReportFormat) throws {
        try Golden.expect(ReportRenderer.render(findings, as: format, context: Self.context), matches: "report.\(format.rawValue)")
    }
}
