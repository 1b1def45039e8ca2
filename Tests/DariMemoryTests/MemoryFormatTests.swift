import DariModel
import DariTestSupport
import Foundation
import Testing
@testable import DariMemory

/// Every memory format is written through one protocol; code types come from one table per format.
@Suite struct MemoryFormatTests {
    @Test(arguments: MemoryFormat.allCases)
    func everyFormatWritesTheSameMemory(_ format: MemoryFormat) throws {
        let result = try format.writer.export(richMemory())
        #expect(!result.bytes.isEmpty)
        #expect(result.written > 0)
    }

    /// XLIFF 2.1 keeps everything; the exports say what they left out.
    @Test func xliff21SkipsNothing() throws {
        let memory = richMemory()
        let result = try XLIFF21Writer.export(memory)
        #expect(result.bytes == (try XLIFF21Writer.render(memory)))
        #expect(result.skippedUntranslated == 0 && result.skippedTargetOnly == 0)
    }

    /// XLIFF 1.2's reader reverses its writer's table, and TMX keeps its own words.
    @Test(arguments: ["a", "b", "i", "u", "br", "img", "span"])
    func xliff12CodeTypesReadBack(_ element: String) {
        let table = CodeTypes.xliff12
        let type = ["br", "img"].contains(element) ? table.standaloneType(element) : table.pairedType(element)
        #expect(XLIFF12Reader.element(forCtype: type, fallback: "g") == element)
    }

    @Test func tmxAndXLIFF12NameCodesInTheirOwnWords() {
        #expect(TMXWriter.pairType("u") == "ulined")
        #expect(XLIFF12Writer.delimiterType("u") == "underlined")
        #expect(TMXWriter.pairType("strong") == "bold")
        #expect(XLIFF12Writer.delimiterType("strong") == "x-strong")
        #expect(TMXWriter.placeholderType("br") == "lb")
    }

    /// The memory store refuses to replace what it did not write.
    @Test func theXLIFFStoreKeepsOtherFiles() throws {
        let scratch = try ScratchFolder("dari-store", files: ["page.html": "<p>not a memory</p>"])
        let store = XLIFFMemoryFile(path: scratch.path + "/page.html")
        #expect(throws: MemoryWriteError.self) { try store.write(richMemory()) }
        let fresh = XLIFFMemoryFile(path: scratch.path + "/memory.xlf")
        try fresh.write(richMemory())
        #expect(try fresh.read().files.count == richMemory().files.count)
        #expect(MemoryWriteError.wouldReplace(path: "p", what: "w").exitStatus == ExitStatus.cantCreate)
    }

    /// The store streams the memory to its file (never rendering it whole
    /// in memory), and the file holds exactly the rendered bytes.
    @Test func theStoreWritesTheRenderedBytes() throws {
        let scratch = try ScratchFolder("dari-store")
        let memory = richMemory()
        try XLIFFMemoryFile(path: scratch.path + "/memory.xlf").write(memory)
        #expect(try InputFile.bytes(at: scratch.path + "/memory.xlf") == (try XLIFF21Writer.render(memory)))
    }
}
