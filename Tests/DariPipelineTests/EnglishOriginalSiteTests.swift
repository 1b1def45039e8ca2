import DariChecks
import DariMemory
import DariModel
import DariPipeline
import DariTestSupport
@testable import DariXML
import Foundation
import Testing

/// A site written in English (`"source": "en"` in `dari.json`) whose Korean
/// is partial: on one page a paragraph is not translated, on another a
/// number changed; on the third, a paragraph is Korean only and one was pasted in
/// English.
@Suite struct EnglishOriginalSiteTests {
    static let files = [
        "site/en/guide.html": RunTests.page(lang: "en", body: """
            <p>Debian is a free operating system for your computer.</p>
            <p>Upgrading to a new release is described in the next chapter of this guide.</p>
            """),
        "site/ko/guide.html": RunTests.page(lang: "ko", body: """
            <p>데비안은 컴퓨터를 위한 자유 운영 체제입니다.</p>
            """),
        "site/en/archive.html": RunTests.page(lang: "en", body: "<p>The archive holds 2,500 packages.</p>"),
        "site/ko/archive.html": RunTests.page(lang: "ko", body: "<p>아카이브에는 2,400개의 패키지가 있습니다.</p>"),
        "site/en/lists.html": RunTests.page(lang: "en", body: """
            <p>Ask on the mailing lists if you have a question.</p>
            """),
        "site/ko/lists.html": RunTests.page(lang: "ko", body: """
            <p>질문이 있으면 메일링 리스트에 물어보세요.</p>
            <p>한국어 사용자 모임은 매달 서울에서 열립니다.</p>
            <p>All these distributions have their own merits and are suited to different kinds of users.</p>
            """),
    ]

    /// The site in a scratch folder, kept for as long as `body` runs.
    static func withSite<T>(configuration: String? = #"{"source": "en"}"#, _ body: (String) throws -> T) throws -> T {
        var files = Self.files
        if let configuration { files["site/dari.json"] = configuration }
        let folder = try ScratchFolder("dari-english-original", files: files)
        return try withExtendedLifetime(folder) { try body(folder.path + "/site") }
    }

    @Test func theMemoryHasEnglishAsItsSourceAndIsValidXLIFF21() throws {
        let shared = try #require(RepositoryPaths.shared(), RepositoryPaths.sharedMissing)
        try Self.withSite { site in
        let outcome = try AlignRun.run(AlignRequest(site: site))
        #expect(outcome.memory.sourceLanguage == .english && outcome.memory.targetLanguage == .korean)
        let file = try #require(outcome.memory.files.first { $0.original == "en/guide.html" })
        #expect(file.original == "en/guide.html" && file.targetOriginal == "ko/guide.html")
        #expect(file.id == "f-en_guide.html")
        let first = try #require(file.units.first { $0.kind == .paragraph }?.segments.first)
        #expect(first.sourceText == "Debian is a free operating system for your computer.")
        #expect(first.targetText == "데비안은 컴퓨터를 위한 자유 운영 체제입니다.")
        // The missing paragraph is an English source with no Korean target.
        let upgrading = try #require(file.units.flatMap(\.segments).first { $0.sourceText.hasPrefix("Upgrading") })
        #expect(upgrading.target == nil)

        let written = site + "/memory.xlf"
        let xml = try String(contentsOfFile: written, encoding: .utf8)
        #expect(xml.contains(#"srcLang="en" trgLang="ko""#))
        let problems = try SchemaValidator.validate(
            fileAt: written, against: .xsd(path: shared + "/schemas/drivers/xliff-2.1-all-modules.xsd"))
        #expect(problems.isEmpty, "\(problems.map(\.description))")
        }
    }

    @Test func findingsNameThePageToFix() throws {
        let findings = try Self.withSite { try CheckRun.run(CheckRequest(path: $0)).findings }
        let lines = findings.map { "\($0.location.file.components(separatedBy: "/site/").last ?? ""): [\($0.checkID)] \($0.message)" }
        #expect(lines.contains("en/guide.html: [untranslated] 'Upgrading to a new release is described in the next chapter…' "
            + "has no Korean translation; translate it on the Korean page"), "\(lines)")
        #expect(lines.contains("ko/lists.html: [untranslated] '한국어 사용자 모임은 매달 서울에서 열립니다.' has no English original; "
            + "add it to the English page, or delete it if it no longer belongs"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("ko/lists.html: [untranslated] 'All these distributions")
            && $0.contains("English on the Korean page") }, "\(lines)")
        #expect(lines.contains("ko/archive.html: [number-mismatch] the Korean has 2,400 but the English original does not "
            + "(it has 2,500); correct the number in the Korean"), "\(lines)")
        #expect(findings.count == 4, "\(lines)")
    }

    @Test func theCommandLineSaysTheSameAsDariJSON() throws {
        try Self.withSite(configuration: nil) { site in
        let korean = try AlignRun.run(AlignRequest(site: site, output: "-"))
        #expect(korean.memory.sourceLanguage == .korean)
        let english = try AlignRun.run(AlignRequest(site: site, roots: SiteRoots(original: .english), output: "-"))
        var swapped = korean.memory.swapped()
        for index in swapped.files.indices { swapped.files[index].id = english.memory.files[index].id }
        #expect(english.memory == swapped)
        #expect(english.memory.files.map(\.id) == ["f-en_archive.html", "f-en_guide.html", "f-en_lists.html"])
        }
    }

    @Test func aMemoryAlignedTheOtherWayIsAnErrorThatSaysWhatToDo() throws {
        try Self.withSite(configuration: nil) { site in
        _ = try AlignRun.run(AlignRequest(site: site))
        let memory = site + "/memory.xlf"
        #expect(throws: CheckError.sourceMismatch(memory: memory, source: .korean, expected: .english,
                                                  said: "--source en")) {
            try CheckRun.run(CheckRequest(path: memory, roots: SiteRoots(original: .english)))
        }
        #expect(try CheckRun.run(CheckRequest(path: memory, roots: SiteRoots(original: .korean))).unitCount > 0)
        }
    }
}
