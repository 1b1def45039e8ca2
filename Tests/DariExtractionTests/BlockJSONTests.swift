import DariExtraction
import DariModel
import Foundation
import Testing

/// JSON Lines checked with Foundation's parser, not with our own writer.
@Suite struct BlockJSONTests {
    private func parse(_ line: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func fieldsAndCodes() throws {
        let block = try fixtures.extract("inline-codes.html").block(withText: "Read our story first.")
        let line = block.jsonLine
        #expect(!line.contains("\n"))
        #expect(line.hasPrefix(#"{"file":"inline-codes.html","line":5,"kind":"p","path":"html/body/p[1]","#))
        let json = try parse(line)
        #expect(json["file"] as? String == "inline-codes.html")
        #expect(json["line"] as? Int == 5)
        #expect(json["kind"] as? String == "p")
        #expect(json["path"] as? String == "html/body/p[1]")
        #expect(json["boilerplate"] as? Bool == false)
        #expect(json["text"] as? String == "Read our story first.")
        let content = try #require(json["content"] as? [[String: Any]])
        #expect(content.map { $0["type"] as? String } == ["text", "start", "text", "end", "text"])
        #expect(content[1]["id"] as? Int == 1)
        #expect(content[1]["element"] as? String == "a")
        #expect(content[1]["original"] as? String == #"<a href="/about" title="About us">"#)
        #expect(content[3]["original"] as? String == "</a>")
    }

    @Test func standaloneCode() throws {
        let block = try fixtures.extract("inline-codes.html").block(withText: "First line second line")
        let content = try #require(parse(block.jsonLine)["content"] as? [[String: Any]])
        #expect(content[1]["type"] as? String == "standalone")
        #expect(content[1]["original"] as? String == "<br>")
    }

    @Test(arguments: ["quote \" and backslash \\", "line\nfeed\ttab", "control \u{1}\u{1F}", "한글 🙂", "{1}"])
    func stringsRoundTrip(text: String) throws {
        let block = Block(kind: .attribute(name: "alt"), content: [.text(text)],
                          location: SourceLocation(file: "a \"b\".html", line: 2), path: "html/body/img[1]@alt",
                          isBoilerplate: true)
        let json = try parse(block.jsonLine)
        #expect(json["text"] as? String == text)
        #expect(json["file"] as? String == "a \"b\".html")
        #expect(json["kind"] as? String == "@alt")
        #expect(json["boilerplate"] as? Bool == true)
    }
}
