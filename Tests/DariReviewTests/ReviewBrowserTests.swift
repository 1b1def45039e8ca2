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
        function visible(){var root=document.querySelector(".page.open")||document.querySelector(".page:target")||document.getElementById("overview");
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
    static func run(_ html: String, fragment: String, probe: String, in scratch: ScratchFolder,
                    width: Int = 1280) throws -> [String] {
        try probeOutput(html, fragment: fragment, probe: probe, in: scratch, width: width)
            .split(separator: "\n").map(String.init)
    }

    /// The demo site's review as one file, its page views written as HTML or as data.
    static func corpusReview(_ pageViews: ReviewDocument.PageViews) throws -> String {
        let scratch = try ScratchFolder("review-corpus")
        let path = scratch.path + "/report.html"
        return try withExtendedLifetime(scratch) {
            _ = try ReportRun.run(ReportRequest(check: CheckRequest(path: ReviewDocumentTests.corpus), output: path,
                                                pageViews: pageViews))
            return try String(contentsOfFile: path, encoding: .utf8)
        }
    }

    /// What the probe wrote into `#pre id="probe"`, as the DOM dump has it (text escaped).
    static func probeOutput(_ html: String, fragment: String, probe: String, in scratch: ScratchFolder,
                            width: Int = 1280) throws -> String {
        var page = html.replacingOccurrences(of: "<head>", with: "<head>" + errorCatcher)
        page = page.replacingOccurrences(of: "</body>", with: probe + "</body>")
        let path = try scratch.write("probe.html", page)
        let result = try Oracle.chromium.run(Self.chromiumOptions + ["--window-size=\(width),900", "--dump-dom",
                                                                     "file://" + path + fragment],
                                             timeout: .seconds(120))
        guard let start = result.stdout.range(of: "<pre id=\"probe\">"),
              let end = result.stdout.range(of: "</pre>", range: start.upperBound..<result.stdout.endIndex) else {
            Issue.record("no probe output from Chromium: \(result.stderr.suffix(2000))")
            return ""
        }
        return String(result.stdout[start.upperBound..<end.lowerBound])
    }

    /// Headless, and allowed to run as root in a container (no sandbox there).
    static let chromiumOptions = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                  "--virtual-time-budget=5000"]

    @Test(arguments: [ReviewDocument.PageViews.html, .onDemand])
    func theOverviewsFiltersShowThePagesTheyName(pageViews: ReviewDocument.PageViews) throws {
        let scratch = try ScratchFolder("review-browser")
        let html = try Self.corpusReview(pageViews)
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

    @Test(arguments: [ReviewDocument.PageViews.html, .onDemand])
    func aPageViewsFiltersShowTheSegmentsTheyName(pageViews: ReviewDocument.PageViews) throws {
        let scratch = try ScratchFolder("review-browser-page")
        let html = try Self.corpusReview(pageViews)
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

    /// Opens each page in turn (as a click on its link does) and records the
    /// page view's DOM, whether it is on screen with the overview gone, and the filters' count.
    static func pageWalk(_ slugs: [String]) -> String {
        let ids = slugs.map { "\"\($0)\"" }.joined(separator: ",")
        return """
        <script>window.addEventListener("load",function(){var ids=[\(ids)],out=[],i=0;
        function next(){if(i===ids.length){out.push("errors:"+dariErrors.length+" "+dariErrors.join(" | "));
          var p=document.createElement("pre");p.id="probe";p.textContent=out.join("\\n=====\\n");document.body.appendChild(p);return}
          location.hash="#"+ids[i]}
        window.addEventListener("hashchange",function(){var page=document.getElementById(ids[i]);
          out.push(ids[i]+" "+(page?getComputedStyle(page).display+" "+getComputedStyle(document.getElementById("overview")).display
            +" "+document.getElementById("f-count").textContent+"\\n"+page.outerHTML:"missing"));i++;setTimeout(next,0)});
        setTimeout(next,0)});</script>
        """
    }

    /// A large review builds each page view from its data when it is opened:
    /// the same DOM, attribute for attribute and text for text, as the page
    /// view the small review writes as HTML, shown in its place.
    @Test func aPageBuiltOnDemandIsThePageWrittenAsHTML() throws {
        let scratch = try ScratchFolder("review-browser-demand")
        let (_, memory, _) = try CheckRun.checked(CheckRequest(path: ReviewDocumentTests.corpus))
        let slugs = ReviewSite(memory: memory, findings: []).pages.map(\.slug)
        let written = try Self.probeOutput(Self.corpusReview(.html), fragment: "", probe: Self.pageWalk(slugs), in: scratch)
        let built = try Self.probeOutput(Self.corpusReview(.onDemand), fragment: "", probe: Self.pageWalk(slugs), in: scratch)
        let views = built.components(separatedBy: "\n=====\n")
        #expect(views.count == slugs.count + 1)
        for (view, slug) in zip(views, slugs) {
            #expect(view.hasPrefix(slug + " block none ") && view.contains("segments shown"), "\(view.prefix(300))")
            #expect(view.contains("&lt;div class=\"page open\" id=\"\(slug)\" role=\"region\""), "\(view.prefix(300))")
        }
        #expect(views.last == "errors:0 ")
        #expect(built == written)
    }
}
