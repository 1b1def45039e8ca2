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
            source: "그는 말했다.", target: "He said so.",
            relatedLocations: [RelatedLocation(location: SourceLocation(file: "en/b.html", line: 9), unitID: "u5",
                                               text: "He said it.")]),
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

    /// SARIF validated against the OASIS 2.1.0 JSON schema with Python's
    /// jsonschema (an independent oracle; `.ci/run` installs it).
    @Test func sarifValidatesAgainstTheSchema() throws {
        let report = ReportRenderer.render(findings, as: .sarif)
        let empty = ReportRenderer.render([], as: .sarif)
        let shared = try #require(RepositoryPaths.shared(), RepositoryPaths.sharedMissing)
        let schema = shared + "/schemas/sarif/sarif-schema-2.1.0.json"
        let scratch = try ScratchFolder("dari-report")
        for document in [report, empty] {
            let path = try scratch.write("report.sarif", document)
            let result = try Self.python([
                "-c",
                """
                import json, sys
                try:
                    import jsonschema
                except ImportError:
                    print("jsonschema is not installed; run .ci/run or pip install jsonschema"); sys.exit(3)
                schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))
                jsonschema.validate(doc, schema)
                print("valid", len(doc["runs"][0]["results"]))
                """,
                schema, path,
            ])
            #expect(result.status == 0, "\(result.output)")
        }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 4)
        #expect(results[0]["level"] as? String == "error")
        #expect(results[3]["level"] as? String == "note")
        #expect(report.contains("\"uri\": \"ko/news%20page.html\""))
        #expect(report.contains("\"dariFingerprint/v1\""))
    }

    @Test func junitIsWellFormedWithOneSuitePerCheck() throws {
        let report = ReportRenderer.render(findings, as: .junit,
                                           context: ReportContext(checks: [MissingPage.self, HangulInTarget.self,
                                                                           InconsistentTarget.self, LatinInKorean.self,
                                                                           DoubledSpace.self]))
        #expect(report.contains("<testsuites name=\"dari check\" tests=\"5\" failures=\"4\" errors=\"0\">"))
        #expect(report.contains("<testsuite name=\"doubled-space\" tests=\"1\" failures=\"0\""))
        #expect(report.contains("Deacon 백 집사 &amp; co.&#10;line two"))
        #expect(report.contains("&lt;b&gt;&quot;기도&quot;&lt;/b&gt;"))
        let scratch = try ScratchFolder("dari-report")
        let path = try scratch.write("junit.xml", report)
        let lint = try Self.run("/usr/bin/xmllint", ["--noout", path])
        #expect(lint.status == 0, "\(lint.output)")
        let count = try Self.run("/usr/bin/xmllint", ["--xpath", "count(//testsuite/testcase/failure)", path])
        #expect(count.output.trimmingCharacters(in: .whitespacesAndNewlines) == "4")
    }

    /// A group is one finding; every format carries its other places.
    @Test func aGroupCarriesItsRelatedLocationsInEveryFormat() throws {
        let group = [findings[2]]
        let text = ReportRenderer.render(group, as: .text)
        #expect(text.contains("    also:\n      en/b.html:9: He said it.\n"))
        let line = ReportRenderer.render(group, as: .jsonl)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["related"] as? [String] == ["en/b.html:9"])
        #expect(object["units"] as? [String] == ["u1", "u5"])
        let sarif = ReportRenderer.render(group, as: .sarif)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let result = try #require(((document["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        let related = try #require(result["relatedLocations"] as? [[String: Any]])
        #expect(related.count == 1)
        #expect((related[0]["message"] as? [String: Any])?["text"] as? String == "He said it.")
        #expect(sarif.contains("\"uri\": \"en/b.html\"}, \"region\": {\"startLine\": 9}"))
    }

    /// `related` (locations only) reads and writes the same places.
    @Test func relatedIsTheLocationsOfRelatedLocations() {
        var finding = findings[2]
        #expect(finding.related == [SourceLocation(file: "en/b.html", line: 9)])
        finding.related += [SourceLocation(file: "en/c.html", line: 2)]
        #expect(finding.relatedLocations.map(\.unitID) == ["u5", nil])
        #expect(finding.relatedLocations.first?.text == "He said it.")
    }

    @Test func outputIsDeterministic() {
        for format in ReportFormat.allCases {
            #expect(ReportRenderer.render(findings, as: format) == ReportRenderer.render(findings, as: format))
        }
    }

    private static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try Python.run(arguments)
        return (result.status, result.stdout + result.stderr)
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try CommandRunner.runProcess(executable, arguments)
        return (result.status, result.stdout + result.stderr)
    }
}
