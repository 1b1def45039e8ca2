import DariModel
import DariTestSupport
import Foundation
import Testing
@testable import DariMemory
@testable import DariXML

/// A site written in English is aligned Korean → English and turned round:
/// `swapped()` exchanges every side-named field.
@Suite struct SwappedMemoryTests {
    @Test func languagesPagesLocationsAndSentencesChangeSides() throws {
        let memory = richMemory()
        let swapped = memory.swapped()
        #expect(swapped.sourceLanguage == .english && swapped.targetLanguage == .korean)
        let about = try #require(swapped.files.first)
        #expect(about.original == "en/about.html" && about.targetOriginal == "ko/about.html" && about.isPaired)
        let unit = try #require(about.units.first)
        #expect(unit.sourceLocation == SourceLocation(file: "en/about.html", line: 30))
        #expect(unit.targetLocation == SourceLocation(file: "ko/about.html", line: 29))
        #expect(unit.sourcePath == "html/body/main/p[1]")
        let first = unit.segments[0]
        #expect(first.sourceText == "The work began at the Tumen River.")
        #expect(first.targetText == "사역은 두만강에서 시작되었습니다.")
        #expect(first.score == 0.9125 && first.state == .translated)
    }

    @Test func aOneSidedSentenceStaysOnItsLanguagesSide() throws {
        let unit = try #require(richMemory().swapped().files.first?.units.first)
        // Korean only: now a target with no source.
        #expect(unit.segments[3].source.isEmpty && unit.segments[3].targetText == "번역되지 않은 문장입니다.")
        #expect(unit.segments[3].shape == (0, 1))
        // English only: now a source with no target.
        #expect(unit.segments[4].sourceText == "Added in English only." && unit.segments[4].target == nil)
        #expect(unit.segments[4].shape == (1, 0) && unit.segments[4].state == .initial)
    }

    @Test func aPageInOneLanguageKeepsItsPath() throws {
        let swapped = richMemory().swapped()
        // A Korean page with no English one is now a page with no source page.
        let news = try #require(swapped.files.first { $0.id == "f-news" })
        #expect(news.original == "ko/news.html" && news.targetOriginal == "ko/news.html" && !news.sourceOriginalExists)
        // An English page with no Korean one is now a source page with no target page.
        let contact = try #require(swapped.files.first { $0.id == "f-contact" })
        #expect(contact.original == "en/contact.html" && contact.targetOriginal == nil && contact.sourceOriginalExists)
    }

    @Test func swappingTwiceGivesTheMemoryBack() {
        let memory = richMemory()
        // An empty target (`[]`, from another tool) comes back as no target: both mean "not translated".
        var expected = memory
        expected.files[0].units[3].segments[0].target = nil
        #expect(memory.swapped().swapped() == expected)
        #expect(memory.withSource(.korean) == memory && memory.withSource(.english) == memory.swapped())
    }

    @Test func theSwappedMemoryIsValidXLIFF21AndReadsBack() throws {
        let shared = try #require(RepositoryPaths.shared(), RepositoryPaths.sharedMissing)
        let swapped = richMemory().swapped()
        let bytes = try XLIFF21Writer.render(swapped)
        let scratch = try ScratchFolder("dari-swapped")
        let path = try scratch.write("m.xlf", bytes)
        #expect(try SchemaValidator.validate(
            fileAt: path, against: .xsd(path: shared + "/schemas/drivers/xliff-2.1-all-modules.xsd")).isEmpty)
        #expect(String(decoding: bytes, as: UTF8.self).contains("srcLang=\"en\" trgLang=\"ko\""))
        // Scores are written with three decimals, so compare write → read → write.
        let read = try XLIFF21Reader.read(bytes: bytes, path: "m.xlf")
        #expect(try XLIFF21Writer.render(read) == bytes)
        #expect(read.sourceLanguage == .english && read.files.map(\.targetOriginal) == swapped.files.map(\.targetOriginal))
    }
}
