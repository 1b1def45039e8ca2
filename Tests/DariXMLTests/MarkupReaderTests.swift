import DariModel
import DariTestSupport
import Foundation
import Testing
@testable import DariXML

@Suite struct MarkupReaderTests {
    private func nodes(_ xml: String, path: String = "doc.xml") throws -> [MarkupNode] {
        let reader = try MarkupReader(bytes: Array(xml.utf8), path: path)
        var result: [MarkupNode] = []
        while let node = try reader.next() { result.append(node) }
        return result
    }

    @Test func namesNamespacesAttributesAndLines() throws {
        let xml = """
            <?xml version="1.0"?>
            <x:root xmlns:x="urn:x" xmlns="urn:d" a="1" xml:lang="ko">
              <item id="i&amp;1">텍스트 &lt;b&gt;</item><empty/>
            </x:root>
            """
        let all = try nodes(xml)
        let starts = all.compactMap { node -> MarkupElement? in
            if case let .start(element) = node { return element }
            return nil
        }
        #expect(starts.map(\.localName) == ["root", "item", "empty"])
        #expect(starts.map(\.namespaceURI) == ["urn:x", "urn:d", "urn:d"])
        #expect(starts.map(\.line) == [2, 3, 3])
        // Namespace declarations are not attributes.
        #expect(starts[0].attributes == [
            MarkupReaderAttribute(localName: "a", value: "1"),
            MarkupReaderAttribute(localName: "lang", namespaceURI: MarkupElement.xmlNamespace, value: "ko"),
        ])
        #expect(starts[0].attribute("lang", in: MarkupElement.xmlNamespace) == "ko")
        #expect(starts[1].attribute("id") == "i&1")
        #expect(all.contains(.text("텍스트 <b>", line: 3)))
        // An empty element still gets its end.
        let emptyIndex = try #require(all.firstIndex(of: .start(starts[2])))
        #expect(all[emptyIndex + 1] == .end(localName: "empty", namespaceURI: "urn:d"))
        #expect(all.last == .end(localName: "root", namespaceURI: "urn:x"))
    }

    @Test func cdataArrivesAsText() throws {
        let all = try nodes("<a><![CDATA[1 < 2]]></a>")
        #expect(all.contains(.text("1 < 2", line: 1)))
    }

    @Test func malformedGivesLineAndColumn() throws {
        let xml = "<a>\n  <b>\n  </c>\n</a>\n"
        #expect(throws: MarkupError.malformed(
            file: "bad.xml", line: 3, column: 7,
            message: "Opening and ending tag mismatch: b line 2 and c")) {
            _ = try nodes(xml, path: "bad.xml")
        }
    }

    @Test func emptyDocumentIsAnError() {
        #expect(throws: MarkupError.malformed(file: "e.xml", line: 1, column: 1, message: "the file is empty")) {
            _ = try MarkupReader(bytes: [], path: "e.xml")
        }
    }

    /// XXE: the external entity is reported, never expanded or fetched.
    @Test func externalEntityStaysUnexpanded() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <a>before &xxe; after</a>
            """
        let all = try nodes(xml)
        #expect(all.contains(.entityReference(name: "xxe", line: 3)))
        let text = all.compactMap { node -> String? in
            if case let .text(value, _) = node { return value }
            return nil
        }.joined()
        #expect(text == "before  after")
        #expect(!text.contains("root:"))
    }

    @Test func skipElementReadsPastTheSubtree() throws {
        let reader = try MarkupReader(bytes: Array("<a><b><c/>x</b><d/></a>".utf8), path: "s.xml")
        _ = try reader.next()  // <a>
        _ = try reader.next()  // <b>
        try reader.skipElement()
        guard case let .start(element)? = try reader.next() else {
            Issue.record("expected <d>")
            return
        }
        #expect(element.localName == "d")
    }

    @Test func readsFromAFileWithLinesPast65535() throws {
        let scratch = try ScratchFolder("dari-reader")
        let path = scratch.path + "/long.xml"
        let body = String(repeating: "<i/>\n", count: 70_000)
        try AtomicFile.write(Array("<r>\n\(body)<last/></r>\n".utf8), to: path)
        let reader = try MarkupReader(fileAt: path)
        var lastLine = 0
        while let node = try reader.next() {
            if case let .start(element) = node, element.localName == "last" { lastLine = element.line }
        }
        #expect(lastLine == 70_002)
    }

    /// Batches carry names as numbers, each name numbered once by the reading
    /// thread (`MarkupNames`): more distinct names than its table of
    /// addresses holds, namespaces, prefixed attributes and namespace
    /// declarations still read as `next()` reads them.
    @Test(arguments: [1, 5, 1_024])
    func batchesGiveTheNodesOfNextWithEveryName(batchSize: Int) throws {
        var text = "<r xmlns=\"urn:a\" xmlns:p=\"urn:p\">\n"
        for index in 0..<600 {
            text += "<e\(index) p:a\(index % 7)=\"v\(index)\" id=\"\(index)\"><p:x xmlns:q=\"urn:q\(index % 3)\" "
                + "q:b=\"w\">t\(index)</p:x><e\(index % 5)/></e\(index)>\n"
        }
        text += "</r>\n"
        let bytes = Array(text.utf8)
        let direct = try MarkupReader(bytes: bytes, path: "n.xml")
        var expected: [MarkupNode] = []
        while let node = try direct.next() { expected.append(node) }
        let batched = try MarkupReader(bytes: bytes, path: "n.xml")
        var names = MarkupNames()
        var nodes: [MarkupNode] = []
        while true {
            let (batch, end) = batched.nextBatch(maximum: batchSize)
            names.takeIn(batch)
            for index in 0..<batch.count { nodes.append(batch.node(at: index, names: names)) }
            if let end { try end.get(); break }
        }
        #expect(nodes == expected)
        #expect(expected.count > 4 * 600)
    }

    @Test func invalidUTF8IsMalformedWithItsLine() throws {
        var bytes = Array("<a>\nok\nbad ".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Array("</a>".utf8))
        do {
            _ = try MarkupReader(bytes: bytes, path: "u.xml").drain()
            Issue.record("expected an error")
        } catch let MarkupError.malformed(file, line, _, _) {
            #expect(file == "u.xml")
            #expect(line == 3)
        }
    }
}

extension MarkupReader {
    fileprivate func drain() throws -> Int {
        var count = 0
        while try next() != nil { count += 1 }
        return count
    }
}
