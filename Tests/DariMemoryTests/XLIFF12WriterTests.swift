import DariModel
import DariTestSupport
import Foundation
import Testing
@testable import DariMemory
@testable import DariXML

@Suite struct XLIFF12WriterTests {
    @Test func validatesAgainstTheStrictSchema() throws {
        let shared = try #require(RepositoryPaths.shared(), RepositoryPaths.sharedMissing)
        let memories = [richMemory(), try XLIFF21Reader.read(fileAt: shared + "/data/qa/news-dev.xlf21.xlf"),
                        try XLIFF21Reader.read(fileAt: fixtures.path("foreign-2.0.xlf"))]
        let scratch = try ScratchFolder("dari-xliff12")
        for memory in memories {
            let path = try scratch.write("memory.xlf", XLIFF12Writer.render(memory).bytes)
            let problems = try SchemaValidator.validate(
                fileAt: path, against: .xsd(path: shared + "/schemas/xliff-1.2/xliff-core-1.2-strict.xsd"))
            #expect(problems.count == 0, "\(problems.prefix(5).map(\.description))")
        }
    }

    @Test func layoutAndCodes() throws {
        let result = try XLIFF12Writer.render(richMemory())
        #expect(result.written == 10)
        #expect(result.skippedUntranslated == 0)
        #expect(result.skippedTargetOnly == 2)
        let xml = String(decoding: result.bytes, as: UTF8.self)
        #expect(xml.contains(#"<file original="ko/about.html" source-language="ko" target-language="en" datatype="html">"#))
        #expect(xml.contains("""
                  <group id="u-p1" resname="html/body/main/p[1]">
                    <context-group name="dari-unit u-p1" purpose="information">
                      <context context-type="x-dari-kind">p</context>
                      <context context-type="sourcefile">ko/about.html</context>
                      <context context-type="linenumber">29</context>
                      <context context-type="x-dari-source-path">html/body/main/p[1]</context>
                      <context context-type="x-dari-target-file">en/about.html</context>
                      <context context-type="x-dari-target-line">30</context>
                      <context context-type="x-dari-target-path">html/body/main/p[1]</context>
                    </context-group>
                    <trans-unit id="u-p1-s1" xml:space="preserve">
                      <source xml:lang="ko">사역은 <g id="1" ctype="link">두만강</g>에서 시작되었습니다.</source>
                      <target xml:lang="en" state="translated">The work began at the <g id="1" ctype="link">Tumen River</g>.</target>
                      <context-group name="dari-segment u-p1-s1" purpose="information">
                        <context context-type="x-dari-bead">1-1</context>
                        <context context-type="x-dari-score">0.913</context>
                      </context-group>
                    </trans-unit>
            """))
        #expect(xml.contains(#"<source xml:lang="ko"><bx id="2" ctype="x-em"/>첫 문장.</source>"#))
        #expect(xml.contains(#"<source xml:lang="ko">둘째 문장.<ex id="2"/></source>"#))
        // Untranslated: no target at all, or an empty one that needs translation.
        #expect(xml.contains("""
                    <trans-unit id="u-p1-s4" xml:space="preserve">
                      <source xml:lang="ko">번역되지 않은 문장입니다.<x id="3" ctype="lb"/></source>
                      <context-group
            """))
        #expect(xml.contains(#"<target xml:lang="en" state="needs-translation"/>"#))
        #expect(xml.contains(#"<g id="1" ctype="x-strong">하나</g><x id="2" ctype="image"/>"#))
        #expect(!xml.contains("Write to us."))
    }

    @Test func ownExportReadsBack() throws {
        let first = try XLIFF12Writer.render(richMemory()).bytes
        let read = try XLIFF12Reader.read(bytes: first, path: "m.xlf12.xlf")
        #expect(try XLIFF12Writer.render(read).bytes == first)
        // Everything but what 1.2 has no place for: file ids, original markup, target-only segments.
        let about = read.files[0]
        #expect(about.targetOriginal == "en/about.html")
        let unit = about.units[0]
        #expect(unit.id == "u-p1")
        #expect(unit.kind == .paragraph)
        #expect(unit.sourceLocation == SourceLocation(file: "ko/about.html", line: 29))
        #expect(unit.targetLocation == SourceLocation(file: "en/about.html", line: 30))
        #expect(unit.segments.map(\.id) == ["s1", "s2", "s3", "s4"])
        #expect(unit.segments.map(\.state) == [.translated, .translated, .translated, .initial])
        #expect(unit.segments[0].shape == (1, 1) && unit.segments[0].score == 0.913)
        #expect(unit.segments[1].source == [.start(id: 2, element: "em", original: ""), .text("첫 문장.")])
        let heading = try #require(about.units.first { $0.id == "u-h2" })
        #expect(heading.kind == .heading(level: 2))
        #expect(heading.segments[0].state == .final)
        #expect(heading.segments[0].sourceText == "하나둘.")
        let english = read.files[2]
        #expect(english.units.isEmpty)
    }
}
