import DariChecks
import DariModel
import DariTestSupport
import Foundation
import Testing

@Suite struct ConfigurationTests {
    @Test func checksSeveritiesAndIgnores() throws {
        let json = """
            {
              "checks": { "doubled-space": "off", "number-mismatch": "warning", "latin-in-korean": "on" },
              "ignore": ["en/archive/*", { "check": "hangul-in-target", "text": "NKN-2103" }]
            }
            """
        let configuration = try CheckConfiguration.parse(bytes: Array(json.utf8), path: "dari.json")
        #expect(!configuration.isEnabled("doubled-space"))
        #expect(configuration.severity(of: NumberMismatch.self) == .warning)
        #expect(configuration.severity(of: LatinInKorean.self) == .info)
        let archived = Finding(checkID: "untranslated", severity: .error,
                               location: SourceLocation(file: "en/archive/2019.html", line: 3), message: "m")
        let caption = Finding(checkID: "hangul-in-target", severity: .error,
                              location: SourceLocation(file: "en/a.html", line: 3), message: "m", target: "사진 NKN-2103")
        let other = Finding(checkID: "hangul-in-target", severity: .error,
                            location: SourceLocation(file: "en/a.html", line: 4), message: "m", target: "사진")
        #expect(configuration.ignores(archived))
        #expect(configuration.ignores(caption))
        #expect(!configuration.ignores(other))
    }

    @Test func theSiteAlignersPageMappingSharesTheFile() throws {
        let json = #"{"pages": {"소개.html": "about.html"}, "checks": {"doubled-space": "off"}}"#
        let configuration = try CheckConfiguration.parse(bytes: Array(json.utf8), path: "dari.json")
        #expect(configuration.disabled.contains("doubled-space"))
    }

    @Test func unknownCheckNamesTheLineAndSuggests() {
        let json = "{\n  \"checks\": {\n    \"number-mismatches\": \"off\"\n  }\n}\n"
        #expect(throws: CheckError.unknownCheck(file: "dari.json", line: 3, id: "number-mismatches",
                                                suggestion: "number-mismatch")) {
            try CheckConfiguration.parse(bytes: Array(json.utf8), path: "dari.json")
        }
    }

    @Test func badValueAndBadJSON() {
        #expect(throws: CheckError.self) {
            try CheckConfiguration.parse(bytes: Array("{\"checks\": {\"untranslated\": \"loud\"}}".utf8), path: "d.json")
        }
        #expect(throws: CheckError.self) {
            try CheckConfiguration.parse(bytes: Array("{\"checks\": ".utf8), path: "d.json")
        }
    }
}

@Suite struct BaselineTests {
    private func finding(_ line: Int, _ target: String) -> Finding {
        Finding(checkID: "hangul-in-target", severity: .error, location: SourceLocation(file: "en/a.html", line: line),
                unitID: "u1", message: "the English text contains Korean; translate it", source: "원문", target: target)
    }

    @Test func fingerprintsSurviveLineShiftsAndCount() throws {
        let old = [finding(10, "left 한국어"), finding(20, "left 한국어")]
        let moved = [finding(12, "left  한국어"), finding(22, "left 한국어"), finding(30, "left 한국어"), finding(40, "new 한글")]
        let baseline = Baseline(findings: old)
        let (new, baselined) = baseline.newFindings(moved)
        #expect(baselined == 2)
        #expect(new.map(\.location.line) == [30, 40])
    }

    @Test(arguments: ["Corpus", "./Corpus", "Corpus/", "/work/x/Corpus", "./Corpus/./"])
    func aFindingsFingerprintIsTheSameHoweverTheSitePathIsSpelled(site: String) throws {
        let spelled = Finding(checkID: "untranslated", severity: .error,
                              location: SourceLocation(file: site + (site.hasSuffix("/") ? "" : "/") + "ko/a.html", line: 3),
                              message: "m", source: "원문")
        let relative = spelled.relative(toSite: site)
        #expect(relative.siteRelativeFile == "ko/a.html")
        #expect(relative.location == spelled.location, "the printed location stays as the user spelled it")
        let asInTheMemory = Finding(checkID: "untranslated", severity: .error,
                                    location: SourceLocation(file: "ko/a.html", line: 3), message: "m", source: "원문")
        #expect(relative.fingerprint == asInTheMemory.fingerprint)
        #expect(spelled.fingerprint != asInTheMemory.fingerprint)
    }

    @Test(arguments: [("site/ko/a.html", "site", "ko/a.html"), ("/tmp/lo/ko/a.html", "/tmp/lo", "ko/a.html"),
                      ("site/./ko/a.html", "site", "ko/a.html"), ("site//ko/a.html", "site", "ko/a.html"),
                      ("site/ko/", "site", "ko"), ("./site/ko/a.html", "site/.", "ko/a.html"),
                      ("siteko/a.html", "site", nil), ("site/", "site", nil), ("site", "site", nil),
                      ("/site/a.html", "site", nil), ("a.html", "", "a.html")] as [(String, String, String?)])
    func aPathUnderTheSiteIsNamedByItsComponentsAfterTheSites(path: String, site: String, relative: String?) {
        let finding = Finding(checkID: "x", severity: .info, location: SourceLocation(file: path, line: 1), message: "m")
        #expect(finding.relative(toSite: site).siteRelativeFile == relative)
    }

    @Test func aFileOutsideTheSiteKeepsItsOwnPathInTheFingerprint() {
        let finding = Finding(checkID: "x", severity: .info, location: SourceLocation(file: "Glossary/terms.tbx", line: 1),
                              message: "m")
        #expect(finding.relative(toSite: "Corpus").siteRelativeFile == nil)
        #expect(finding.relative(toSite: "Corpus").fingerprint == finding.fingerprint)
        #expect(finding.relative(toSite: "Corp").siteRelativeFile == nil, "a name that only begins like the site is not in it")
        let corpusFinding = Finding(checkID: "x", severity: .info, location: SourceLocation(file: "Corpus/ko/a.html", line: 1),
                                    message: "m")
        #expect(corpusFinding.relative(toSite: "Corp").siteRelativeFile == nil)
    }

    @Test func aBaselineNamesFilesRelativeToTheSite() {
        let finding = Finding(checkID: "untranslated", severity: .error, location: SourceLocation(file: "./site/ko/a.html", line: 3),
                              message: "m", source: "원문").relative(toSite: "./site")
        #expect(Baseline.render([finding]).contains("\"file\": \"ko/a.html\""))
    }

    @Test func renderAndLoadRoundTrip() throws {
        let findings = [finding(1, "a 한"), finding(2, "b 한")]
        let scratch = try ScratchFolder("dari-baseline")
        let path = scratch.path + "/baseline.json"
        try Baseline.render(findings).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try Baseline.load(fileAt: path) == Baseline(findings: findings))
        #expect(throws: CheckError.notFound(path: path + ".missing")) { try Baseline.load(fileAt: path + ".missing") }
    }
}

/// The README's "Checks" table and `CheckRegistry.all` must agree: every id,
/// in order, with its default severity.
@Suite struct CheckRegistryTests {
    @Test func readmeListsEveryCheck() throws {
        let readme = try String(contentsOfFile: RepositoryPaths.root() + "/README.md", encoding: .utf8)
        var rows: [(String, String)] = []
        var inSection = false
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") { inSection = line == "## Checks" }
            guard inSection, line.hasPrefix("| `") else { continue }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2 else { continue }
            rows.append((cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`")), cells[1]))
        }
        let registry = CheckRegistry.all.map { ($0.id, $0.defaultSeverity.rawValue) }
        #expect(rows.map(\.0) == registry.map(\.0),
                "README.md's Checks table is stale: list every id of CheckRegistry.all in order (see `dari check --list-checks`)")
        #expect(rows.map(\.1) == registry.map(\.1), "README.md's Checks table shows the wrong default severities")
        #expect(Set(CheckRegistry.ids).count == CheckRegistry.ids.count)
        for id in CheckRegistry.ids {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "check ids are kebab-case: \(id)")
        }
    }
}
