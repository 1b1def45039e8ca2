import DariAlignment
import DariMemory
import DariModel
import DariPipeline
import DariSite
import DariTestSupport
import DariXML
import Foundation
import Testing

/// The demo site's memory written as XLIFF 2.1, read back, and exported as
/// TMX and XLIFF 1.2: checked by the OASIS/LISA schemas and by Translate
/// Toolkit, an independent reader.
@Suite struct InterchangeTests {
    static let memory: TranslationMemory? = {
        guard let site = try? Site(folder: RepositoryPaths.root() + "/Corpus") else { return nil }
        return try? SiteAligner(sentenceAligner: SentenceAligner()).align(site).memory
    }()

    @Test func writeReadWriteGivesTheSameBytes() throws {
        let memory = try #require(Self.memory)
        let first = try XLIFF21Writer.render(memory)
        let reread = try XLIFF21Reader.read(bytes: first, path: "memory.xlf")
        #expect(try XLIFF21Writer.render(reread) == first)
        #expect(reread.units.count == memory.units.count)
        #expect(reread.units.flatMap(\.segments).map(\.sourceText) == memory.units.flatMap(\.segments).map(\.sourceText))
    }

    @Test func aForeignXLIFF2FileIsRead() throws {
        let shared = try #require(RepositoryPaths.shared(), RepositoryPaths.sharedMissing)
        let memory = try XLIFF21Reader.read(fileAt: shared + "/data/qa/news-dev.xlf21.xlf")
        #expect(memory.units.count == 1000)
        #expect(memory.units.first?.segments.first?.targetText?.hasPrefix("After keeping") == true)
    }

    @Test func theExportsAreValid() throws {
        let shared = try #require(RepositoryPaths.shared(), RepositoryPaths.sharedMissing)
        let memory = try #require(Self.memory)
        let scratch = try ScratchFolder("dari-interchange")
        let tmx = try scratch.write("m.tmx", TMXWriter.render(memory).bytes)
        let xliff12 = try scratch.write("m.xlf", XLIFF12Writer.render(memory).bytes)
        let xliff21 = try scratch.write("m21.xlf", XLIFF21Writer.render(memory))
        #expect(try SchemaValidator.validate(fileAt: tmx, against: .dtd(path: shared + "/schemas/tmx-1.4b/tmx14.dtd")).isEmpty)
        #expect(try SchemaValidator.validate(
            fileAt: xliff12, against: .xsd(path: shared + "/schemas/xliff-1.2/xliff-core-1.2-strict.xsd")).isEmpty)
        #expect(try SchemaValidator.validate(
            fileAt: xliff21, against: .xsd(path: shared + "/schemas/drivers/xliff-2.1-all-modules.xsd")).isEmpty)
    }

    /// Translate Toolkit reads what dari exports: the same number of units
    /// and the same texts (its strings carry the codes' original markup,
    /// which is stripped before comparing).
    @Test(.requires(.translateToolkit)) func translateToolkitReadsTheSameUnitsAndTexts() throws {
        let memory = try #require(Self.memory)
        let scratch = try ScratchFolder("dari-interchange")
        let tmx = try scratch.write("m.tmx", TMXWriter.render(memory).bytes)
        let xliff12 = try scratch.write("m.xlf", XLIFF12Writer.render(memory).bytes)
        let script = """
            import json, re, sys
            from translate.storage import tmx, xliff
            strip = lambda s: re.sub(r"<[^>]*>", "", s or "")
            out = {}
            for name, store in (("tmx", tmx.tmxfile.parsefile(sys.argv[1])), ("xliff12", xliff.xlifffile.parsefile(sys.argv[2]))):
                units = [u for u in store.units if not u.isheader()]
                out[name] = [[strip(u.source), strip(u.target)] for u in units]
            print(json.dumps(out))
            """
        let result = try Oracle.translateToolkit.run(["-c", script, tmx, xliff12])
        try #require(result.status == 0, "\(result.stderr)")
        let decoded = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: [[String]]]
        let segments = memory.units.flatMap(\.segments)
        let paired = segments.filter { !$0.source.isEmpty && !($0.target ?? []).isEmpty }
        #expect(decoded?["tmx"]?.map { $0[0] } == paired.map(\.sourceText))
        #expect(decoded?["tmx"]?.map { $0[1] } == paired.map { $0.targetText ?? "" })
        // XLIFF 1.2 has no place for text with no source (the export skips it and says so).
        let withSource = segments.filter { !$0.source.isEmpty }
        #expect(decoded?["xliff12"]?.count == withSource.count)
        #expect(decoded?["xliff12"]?.map { $0[0] } == withSource.map(\.sourceText))
        #expect(decoded?["xliff12"]?.map { $0[1] } == withSource.map { $0.targetText ?? "" })
    }
}
