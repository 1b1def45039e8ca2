@testable import DariPipeline
import DariTestSupport
import Foundation
import Testing
@testable import DariReview

/// The review page in a real browser: headless Chromium opens it from
/// `file://`, a probe script (added to a copy of the page, after dari's own)
/// changes the filters as a user would once the page has loaded (and its
/// anchor is the target) and writes what is shown into the page, and
/// `--dump-dom` hands the page back to read.
@Suite(.requires(.chromium), .serialized) struct ReviewBrowserTests {
    /// Collects script errors and `console.error` calls from the first moment on.
    static let errorCatcher = """
    <script>window.dariErrors=[];window.addEventListener("error",function(e){dariErrors.push(String(e.message))});
    (function(){var original=console.error;console.error=function(){dariErrors.push(Array.prototype.join.call(arguments," "));original.apply(console,arguments)}})();</script>
    """

    /// Sets each filter in turn (firing `change`, as a click on an option does)
    /// and records how many rows are visible: `name=count;` in `#probe`.
    static func probe(_ steps: [(control: String, value: String)]) -> String {
        let calls = steps.map { "step(\"\($0.control)\", \"\($0.value)\");" }.joined()
        return """
        <script>window.addEventListener("load",function(){setTimeout(function(){var out=[];
        function visible(){var root=document.querySelector(".page:target")||document.getElementById("overview");
          return Array.prototype.filter.call(root.querySelectorAll(".row"),function(r){return r.offsetParent!==null}).length}
        function step(id,value){var c=document.getElementById(id);c.value=value;c.dispatchEvent(new Event(id==="f-search"?"input":"change",{bubbles:true}));
          out.push(id+"="+value+":"+visible());c.value="";c.dispatchEvent(new Event("change",{bubbles:true}))}
        out.push("all:"+visible());\(calls)
        out.push("form-shown:"+!document.getElementById("filters").hidden);
        out.push("errors:"+dariErrors.length+(dariErrors.length?" "+dariErrors.join(" | "):""));
        var p=document.createElement("pre");p.id="probe";p.textContent=out.join("\\n");document.body.appendChild(p)},0)});</script>
        """
    }

    /// Opens `html` (with the error catcher and `probe`) at `fragment` and returns the probe's lines.
    static func run(_ html: String, fragment: String, probe: String, in scratch: ScratchFolder) throws -> [String] {
        var page = html.replacingOccurrences(of: "<head>", with: "<head>" + errorCatcher)
        page = page.replacingOccurrences(of: "</body>", with: probe + "</body>")
        let path = try scratch.write("probe.html", page)
        let result = try Oracle.chromium.run(Self.chromiumOptions + ["--dump-dom", "file://" + path + fragment],
                                             timeout: .seconds(120))
        guard let start = result.stdout.range(of: "<pre id=\"probe\">"),
              let end = result.stdout.range(of: "</pre>", range: start.upperBound..<result.stdout.endIndex) else {
            Issue.record("no probe output from Chromium: \(result.stderr.suffix(2000))")
            return []
        }
        return result.stdout[start.upperBound..<end.lowerBound].split(separator: "\n").map(String.init)
    }

    /// Headless, and allowed to run as root in a container (no sandbox there).
    static let chromiumOptions = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--window-size=1280,900",
                                  "--virtual-time-budget=5000"]

    @Test func theOverviewsFiltersShowThePagesTheyName() throws {
        let scratch = try ScratchFolder("review-browser")
        let path = try ReviewDocumentTests.corpusReport(scratch)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        // The Swift model says what the script should find.
        let outcome = try CheckRun.run(CheckRequest(path: ReviewDocumentTests.corpus))
        let untranslated = Set(outcome.findings.filter { $0.checkID == "untranslated" }.compactMap(\.fileID)).count
        let errors = Set(outcome.findings.filter { $0.severity == .error }.compactMap(\.fileID)).count
        let lines = try Self.run(html, fragment: "", probe: Self.probe([
            ("f-check", "untranslated"), ("f-severity", "error"), ("f-state", "wrong-language"), ("f-search", "people"),
        ]), in: scratch)
        #expect(lines == [
            "all:9", "f-check=untranslated:\(untranslated)", "f-severity=error:\(errors)", "f-state=wrong-language:1",
            "f-search=people:1", "form-shown:true", "errors:0",
        ])
    }

    @Test func aPageViewsFiltersShowTheSegmentsTheyName() throws {
        let scratch = try ScratchFolder("review-browser-page")
        let path = try ReviewDocumentTests.corpusReport(scratch)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        // page-0001 is the page with the most work (resources.html); the Swift model says what its rows are.
        let (outcome, memory, _) = try CheckRun.checked(CheckRequest(path: ReviewDocumentTests.corpus))
        let page = try #require(ReviewSite(memory: memory, findings: outcome.findings).pages.first)
        let untranslated = page.rows.count { $0.findings.contains { $0.checkID == "untranslated" } }
        let sourceMissing = page.rows.count { $0.state == .sourceMissing }
        let lines = try Self.run(html, fragment: "#page-0001", probe: Self.probe([
            ("f-check", "untranslated"), ("f-state", "source-missing"), ("f-search", "calendar"),
        ]), in: scratch)
        #expect(lines == [
            "all:\(page.rows.count)", "f-check=untranslated:\(untranslated)", "f-state=source-missing:\(sourceMissing)",
            "f-search=calendar:4",
            "form-shown:true", "errors:0",
        ])
    }
}
