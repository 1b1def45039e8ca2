import DariModel
import DariTestSupport
import Foundation
import Testing
@testable import DariXML

@Suite struct MarkupWriterTests {
    @Test func escapesTextAndAttributes() throws {
        let writer = try MarkupWriter(indent: false)
        try writer.startDocument()
        try writer.element("note", attributes: [("title", "a \"quoted\" <tag> & more")], text: "1 < 2 & 3 > 2 — 탈북민")
        let xml = String(decoding: try writer.finish(), as: UTF8.self)
        #expect(xml == """
            <?xml version="1.0" encoding="UTF-8"?>
            <note title="a &quot;quoted&quot; &lt;tag&gt; &amp; more">1 &lt; 2 &amp; 3 &gt; 2 — 탈북민</note>

            """)
    }

    /// A control character in a page would otherwise make every report or
    /// memory that quotes it unreadable to XML parsers.
    @Test func charactersXMLCannotCarryAreLeftOut() throws {
        let writer = try MarkupWriter(indent: false)
        try writer.startDocument()
        try writer.element("note", attributes: [("title", "a\u{1}b\u{FFFE}")], text: "c\u{8}d\u{FFFF}\te")
        let xml = String(decoding: try writer.finish(), as: UTF8.self)
        #expect(xml.hasSuffix("<note title=\"ab\">cd\te</note>\n"))
    }

    /// The indented layout, byte for byte: the memory's and the exports'
    /// bytes (and so their diffs between runs) rest on it.
    @Test func indentsNestedElementsByTwoSpaces() throws {
        let writer = try MarkupWriter()
        try writer.startDocument()
        try writer.startElement("a")
        try writer.element("b", attributes: [("id", "1"), ("alt", "x")], text: "x")
        try writer.startElement("c")
        try writer.element("d", text: "y")
        try writer.endElement()
        try writer.endElement()
        #expect(String(decoding: try writer.finish(), as: UTF8.self) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <a>
              <b id="1" alt="x">x</b>
              <c>
                <d>y</d>
              </c>
            </a>

            """)
    }

    @Test func outputParsesBackWithTheSameText() throws {
        let writer = try MarkupWriter()
        try writer.startDocument()
        try writer.element("t", text: "<&> \"'")
        let bytes = try writer.finish()
        var texts: [String] = []
        _ = try MarkupParser.parseXML(bytes: bytes, path: "t.xml") { event in
            if case let .text(value, _) = event { texts.append(value) }
        }
        #expect(texts == ["<&> \"'"])
    }

    /// A memory is streamed to its file: the bytes a sink gets, chunk by
    /// chunk, are those `finish()` returns for the same calls.
    @Test func aSinkGetsTheBytesFinishReturns() throws {
        func write(_ writer: MarkupWriter) throws {
            try writer.startDocument()
            try writer.startElement("memory")
            for number in 0..<2_000 {
                try writer.element("unit", attributes: [("id", "u\(number)")], text: "문장 \(number) & <b>")
            }
            try writer.endElement()
        }
        let inMemory = try MarkupWriter()
        try write(inMemory)
        let expected = try inMemory.finish()
        var streamed: [UInt8] = [], chunks = 0
        let streaming = try MarkupWriter { chunk in
            streamed += chunk
            chunks += 1
        }
        try write(streaming)
        try streaming.end()
        #expect(streamed == expected)
        #expect(chunks > 1)
    }

    /// A full disk half-way through is the sink's own error, not libxml2's -1.
    @Test func whatTheSinkThrowsStopsTheWriter() throws {
        struct DiskFull: Error {}
        let writer = try MarkupWriter { _ in throw DiskFull() }
        #expect(throws: DiskFull.self) {
            try writer.startDocument()
            for _ in 0..<2_000 { try writer.element("unit", text: "a long enough text to fill libxml2's buffer") }
            try writer.end()
        }
    }
}

@Suite struct SchemaValidatorTests {
    @Test(arguments: [
        ("samples/sample-2.1.xlf", SchemaValidator.Schema.xsd(path: "drivers/xliff-2.1-all-modules.xsd"), true),
        ("samples/invalid/missing-source-2.1.xlf", .xsd(path: "drivers/xliff-2.1-all-modules.xsd"), false),
        ("samples/invalid/bad-module-2.1.xlf", .xsd(path: "drivers/xliff-2.1-all-modules.xsd"), false),
        ("samples/sample-1.2.xlf", .xsd(path: "xliff-1.2/xliff-core-1.2-strict.xsd"), true),
        ("samples/invalid/missing-id-1.2.xlf", .xsd(path: "xliff-1.2/xliff-core-1.2-strict.xsd"), false),
        ("samples/sample-1.4b.tmx", .dtd(path: "tmx-1.4b/tmx14.dtd"), true),
        ("samples/invalid/missing-lang-1.4b.tmx", .dtd(path: "tmx-1.4b/tmx14.dtd"), false),
        ("samples/sample-basic.tbx", .relaxNG(path: "tbx/TBXcoreStructV03.rng"), true),
        ("samples/invalid/term-outside-termsec.tbx", .relaxNG(path: "tbx/TBXcoreStructV03.rng"), false),
    ])
    func agreesWithTheOfficialSamples(file: String, schema: SchemaValidator.Schema, valid: Bool) throws {
        let shared = try #require(RepositoryPaths.shared(), RepositoryPaths.sharedMissing)
        let schemas = shared + "/schemas/"
        let resolved: SchemaValidator.Schema
        switch schema {
        case let .xsd(path): resolved = .xsd(path: schemas + path)
        case let .relaxNG(path): resolved = .relaxNG(path: schemas + path)
        case let .dtd(path): resolved = .dtd(path: schemas + path)
        }
        let problems = try SchemaValidator.validate(fileAt: schemas + file, against: resolved)
        #expect(problems.isEmpty == valid, "\(problems.map(\.description))")
        if !valid { #expect(problems.allSatisfy { $0.location.file.hasSuffix(file) }) }
    }

    @Test func aMissingSchemaIsAnError() {
        #expect(throws: SchemaValidator.SchemaError.self) {
            _ = try SchemaValidator.validate(fileAt: "/dev/null", against: .xsd(path: "/no/such/schema.xsd"))
        }
    }
}

@Suite struct AtomicFileTests {
    @Test func replacesTheWholeFile() throws {
        let scratch = try ScratchFolder("dari-atomic")
        let path = scratch.path + "/memory.txt"
        try AtomicFile.write(Array("first version, long".utf8), to: path)
        try AtomicFile.write(Array("second".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
            .filter { $0.hasPrefix(".memory.txt.") }
        #expect(leftovers.isEmpty)
    }

    @Test func aMissingFolderIsAnErrorAndWritesNothing() {
        #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write([1, 2, 3], to: "/no/such/folder/memory.xlf")
        }
    }

    /// What a streaming writer hands over in pieces lands whole; what it
    /// throws half-way leaves the previous file and no temporary.
    @Test func aStreamedWriteIsAllOrNothing() throws {
        struct Stopped: Error {}
        let scratch = try ScratchFolder("dari-atomic")
        let path = scratch.path + "/memory.txt"
        let pieces = (0..<300).map { Array("piece \($0) ".utf8) + [UInt8](repeating: 0x2E, count: $0 * 7) }
        try AtomicFile.write(to: path) { file in
            for piece in pieces { try file.write(piece) }
        }
        #expect(try InputFile.bytes(at: path) == Array(pieces.joined()))
        #expect(throws: Stopped.self) {
            try AtomicFile.write(to: path) { file in
                try file.write(Array(repeating: 0x41, count: 200_000))
                throw Stopped()
            }
        }
        #expect(try InputFile.bytes(at: path) == Array(pieces.joined()))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
            .filter { $0.hasPrefix(".memory.txt.") }
        #expect(leftovers.isEmpty)
    }

    /// A file read a piece at a time gives every byte once, in order.
    @Test func aFileReadInChunksIsTheWholeFile() throws {
        let scratch = try ScratchFolder("dari-atomic")
        let path = scratch.path + "/big.bin"
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 * 31) }
        try AtomicFile.write(bytes, to: path)
        var read: [UInt8] = []
        try InputFile.forEachChunk(at: path) { read += $0 }
        #expect(read == bytes)
    }
}
