import DariModel
import DariTestSupport
import Foundation
import Testing
@testable import DariGlossary

@Suite struct GlossaryReaderTests {
    @Test(arguments: [
        ("Glossary/dari.tbx", GlossaryFormat.tbx), ("terms.XML", .tbx), ("a.b/terms.csv", .csv), ("terms.TSV", .tsv),
    ])
    func formatComesFromTheExtension(_ path: String, _ format: GlossaryFormat) {
        #expect(GlossaryFormat(path: path) == format)
    }

    @Test(arguments: ["terms.xlsx", "terms", "Glossary/.tbx", "a.tbx/terms"])
    func otherExtensionsHaveNoFormat(_ path: String) {
        #expect(GlossaryFormat(path: path) == nil)
    }

    @Test func unknownExtensionIsAnError() throws {
        let scratch = try ScratchFolder("dari-glossary")
        let path = try scratch.write("terms.xlsx", "ko,en\n")
        #expect(throws: GlossaryError.unknownFormat(file: path)) { try GlossaryReader.read(fileAt: path) }
        #expect(GlossaryError.unknownFormat(file: "terms.xlsx").description
            == "terms.xlsx: error: dari reads glossaries from .tbx, .xml, .csv and .tsv files; "
            + "export the glossary as TBX or CSV, or rename the file")
    }

    @Test func missingFileIsAnError() {
        #expect(throws: GlossaryError.unreadable(file: "/nonexistent/dari.tbx", reason: "no such file or folder")) {
            try GlossaryReader.read(fileAt: "/nonexistent/dari.tbx")
        }
    }

    @Test func folderMergesItsGlossariesInNameOrder() throws {
        let scratch = try ScratchFolder("dari-glossary")
        try scratch.write("b.csv", "ko,en\n이라크,Iraq\n")
        try scratch.write("a.tbx", String(decoding: try fixtures.bytes("no-english.tbx"), as: UTF8.self))
        try scratch.write("c.tsv", "ko\ten\n서울\tSeoul\n")
        try scratch.write("notes.txt", "not a glossary")
        try scratch.write("other.xml", "<html/>")  // .xml is read only when named directly
        try scratch.write(".hidden.csv", "garbage")
        let directory = scratch.path + "/"

        let (glossary, diagnostics) = try GlossaryReader.read(fileAt: directory)
        #expect(glossary.source == directory)
        #expect(glossary.concepts.map(\.location.file) == [
            directory + "a.tbx", directory + "a.tbx", directory + "b.csv", directory + "c.tsv",
        ])
        #expect(glossary.concepts.flatMap { $0.terms(in: .english).map(\.text) } == ["rescue team", "Iraq", "Seoul"])
        #expect(diagnostics.map(\.location.file) == [directory + "a.tbx"])  // c2 has no English
    }

    @Test func folderWithoutGlossariesIsAnError() throws {
        let scratch = try ScratchFolder("dari-glossary", files: ["README.md": "# Glossary"])
        #expect(throws: GlossaryError.noGlossaryFiles(directory: scratch.path)) {
            try GlossaryReader.read(fileAt: scratch.path)
        }
    }

    @Test func qaBenchmarkGlossariesHoldTheSameConcepts() throws {
        let shared = try #require(RepositoryPaths.shared(), RepositoryPaths.sharedMissing)
        let tbxPath = shared + "/data/qa/glossary.tbx", csvPath = shared + "/data/qa/glossary.csv"
        let (tbx, tbxWarnings) = try GlossaryReader.read(fileAt: tbxPath)
        let (csv, csvWarnings) = try GlossaryReader.read(fileAt: csvPath)
        #expect(tbxWarnings == [])
        #expect(csvWarnings == [])
        func pairs(_ glossary: Glossary) -> [[String]] {
            glossary.concepts.map { $0.terms(in: .korean).map(\.text) + $0.terms(in: .english).map(\.text) }
        }
        #expect(tbx.concepts.count == 28)
        #expect(pairs(tbx) == pairs(csv))
        #expect(tbx.concepts.allSatisfy { $0.preferredTerm(in: .english)?.status == .preferred })
    }
}
