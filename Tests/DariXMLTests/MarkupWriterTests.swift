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
}
