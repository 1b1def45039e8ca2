import DariChecks
import DariGlossary
import DariMemory
import DariModel
import Testing

@Suite struct MissingPageTests {
    @Test func bothDirections() {
        let memory = TranslationMemory(files: [
            MemoryFile(id: "f1", original: "ko/a.html", targetOriginal: "en/a.html", units: []),
            MemoryFile(id: "f2", original: "ko/news.html", targetOriginal: nil, units: []),
            MemoryFile(id: "f3", original: "en/extra.html", targetOriginal: "en/extra.html", sourceOriginalExists: false,
                       units: []),
        ])
        let findings = Checker(checks: [MissingPage.self]).run(memory)
        #expect(findings.map(\.location.file) == ["en/extra.html", "ko/news.html"])
        #expect(findings.allSatisfy { $0.severity == .error && $0.checkID == "missing-page" })
        #expect(findings[0].message.hasPrefix("en/extra.html has no Korean page; add the Korean original"))
    }
}
