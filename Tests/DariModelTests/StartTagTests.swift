import DariModel
import Testing

@Suite("Attributes of an HTML start tag, read as a browser reads them")
struct StartTagTests {
    @Test("double-quoted, single-quoted and bare values")
    func quoting() {
        #expect(StartTag.attribute("href", in: #"<a href="/ko/a.html">"#) == "/ko/a.html")
        #expect(StartTag.attribute("href", in: "<a href='/ko/a.html'>") == "/ko/a.html")
        #expect(StartTag.attribute("href", in: "<a href=/en/a.html>") == "/en/a.html")
        #expect(StartTag.attribute("href", in: "<a href = \"x.html\" >") == "x.html")
    }

    @Test("a bare value keeps its slashes and ends at white space or the tag's end")
    func bareValues() {
        #expect(StartTag.attribute("href", in: "<a href=/en/docs/ class=x>") == "/en/docs/")
        #expect(StartTag.attribute("src", in: "<img src=a.png/>") == "a.png/")
        #expect(StartTag.attribute("class", in: "<a href=/en/ class=x>") == "x")
    }

    @Test("names match whatever their case; values keep theirs")
    func caseOfNames() {
        #expect(StartTag.attribute("href", in: #"<A HREF="About.HTML">"#) == "About.HTML")
        #expect(StartTag.attribute("HREF", in: #"<a href="x">"#) == "x")
    }

    @Test("a name inside another attribute's value is not that attribute")
    func namesInValues() {
        #expect(StartTag.attribute("href", in: #"<a title="see href=x" href="y.html">"#) == "y.html")
        #expect(StartTag.attribute("href", in: #"<a title="no href here">"#) == nil)
        #expect(StartTag.attribute("id", in: #"<a data-id="3" id="top">"#) == "top")
    }

    @Test("an attribute without a value is empty; a missing one is nil")
    func presence() {
        #expect(StartTag.attribute("nowrap", in: "<td nowrap>") == "")
        #expect(StartTag.attribute("nowrap", in: "<td nowrap class=x>") == "")
        #expect(StartTag.attribute("href", in: "<a name=top>") == nil)
        #expect(StartTag.attribute("href", in: "<a>") == nil)
    }

    @Test("an attribute list without the tag, Korean values, and a tag cut short")
    func fragments() {
        #expect(StartTag.attribute("title", in: #" title="소개" lang=ko"#) == "소개")
        #expect(StartTag.attribute("lang", in: #" title="소개" lang=ko"#) == "ko")
        #expect(StartTag.attribute("href", in: #"<a href="unterminated"#) == "unterminated")
        #expect(StartTag.attribute("href", in: "<a href=") == "")
    }
}
