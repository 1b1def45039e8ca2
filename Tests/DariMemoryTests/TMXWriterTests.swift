import DariModel
import DariTestSupport
import Foundation
import Testing
@testable import DariMemory
@testable import DariXML

@Suite struct TMXWriterTests {
    @Test func validatesAgainstTheTMX14DTD() throws {
        let shared = try #require(RepositoryPaths.shared(), RepositoryPaths.sharedMissing)
        let scratch = try ScratchFolder("dari-tmx")
        for memory in [richMemory(), try XLIFF21Reader.read(fileAt: shared + "/data/qa/news-dev.xlf21.xlf")] {
            let path = try scratch.write("memory.tmx", TMXWriter.render(memory).bytes)
            let problems = try SchemaValidator.validate(fileAt: path,
                                                        against: .dtd(path: shared + "/schemas/tmx-1.4b/tmx14.dtd"))
            #expect(problems.count == 0, "\(problems.prefix(5).map(\.description))")
        }
    }

    @Test func skipsWhatTMXHasNoPlaceFor() throws {
        let result = try TMXWriter.render(richMemory())
        // richMemory: s4 (1-0), the news heading (1-0) and the dt with an empty target are untranslated;
        // s5 and the English-only contact page have no source text.
        #expect(result.skippedUntranslated == 3)
        #expect(result.skippedTargetOnly == 2)
        #expect(result.written == 7)
        let xml = String(decoding: result.bytes, as: UTF8.self)
        #expect(xml.components(separatedBy: "<tu ").count - 1 == 7)
        #expect(!xml.contains("번역되지 않은"))
        #expect(!xml.contains("Write to us."))
    }

    @Test func headerAndUnitLayout() throws {
        let xml = String(decoding: try TMXWriter.render(richMemory()).bytes, as: UTF8.self)
        #expect(xml.contains(#"PUBLIC "-//LISA OSCAR:1998//DTD for Translation Memory eXchange//EN""#))
        #expect(xml.contains(#"<header creationtool="dari" creationtoolversion="1" datatype="html" segtype="sentence" adminlang="en" srclang="ko" o-tmf="dari-xliff-2.1"/>"#))
        #expect(xml.contains("""
                <tu tuid="f-about/u-p1/s1">
                  <prop type="x-dari-unit">u-p1</prop>
                  <prop type="x-dari-segment">s1</prop>
                  <prop type="x-dari-kind">p</prop>
                  <prop type="x-dari-bead">1-1</prop>
                  <prop type="x-dari-score">0.913</prop>
                  <tuv xml:lang="ko">
                    <prop type="x-dari-file">ko/about.html</prop>
                    <prop type="x-dari-line">29</prop>
                    <prop type="x-dari-path">html/body/main/p[1]</prop>
                    <seg>사역은 <bpt i="1" type="link">&lt;a href=&quot;/ko/about.html&quot;&gt;</bpt>두만강<ept i="1">&lt;/a&gt;</ept>에서 시작되었습니다.</seg>
                  </tuv>
            """))
    }

    @Test func splitPairsBecomeIsolatedTags() throws {
        let xml = String(decoding: try TMXWriter.render(richMemory()).bytes, as: UTF8.self)
        #expect(xml.contains(#"<seg><it pos="begin" x="2" type="italic">&lt;em&gt;</it>첫 문장.</seg>"#))
        #expect(xml.contains(#"<seg>둘째 문장.<it pos="end" x="2" type="italic">&lt;/em&gt;</it></seg>"#))
        #expect(xml.contains(#"<ph x="2" type="x-img">"#) == false)
        #expect(xml.contains(#"<ph x="2" type="image">&lt;img src=&quot;a.png&quot; alt=&quot;&quot;&gt;</ph>"#))
    }

    @Test func overlappingPairsAreWrittenAsHalves() {
        let content: [InlineContent] = [
            .start(id: 1, element: "b", original: "<b>"), .start(id: 2, element: "i", original: "<i>"),
            .end(id: 1, element: "b", original: "</b>"), .end(id: 2, element: "i", original: "</i>"),
            .start(id: 3, element: "a", original: "<a>"), .end(id: 3, element: "a", original: "</a>"),
        ]
        #expect(InlineCodes.pairedIDs(in: content) == [3])
    }

    @Test func theSameMemoryGivesTheSameBytes() throws {
        #expect(try TMXWriter.render(richMemory()) == TMXWriter.render(richMemory()))
    }
}
