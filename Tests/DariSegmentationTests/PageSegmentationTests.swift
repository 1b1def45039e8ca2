import DariModel
import Testing
@testable import DariSegmentation

@Suite struct PageSegmentationTests {
    private func block(_ text: String, line: Int) -> Block {
        Block(kind: .paragraph, content: [.text(text)], location: SourceLocation(file: "p.html", line: line),
              path: "html/body/p[\(line)]")
    }

    @Test func aBlockBoundaryIsAlwaysASentenceBoundary() throws {
        // Neither block ends with punctuation; ICU alone would join them if they were one text.
        let page = Page(path: "p.html", language: .english,
                        blocks: [block("Our story", line: 1), block("It began in 2000. Then it grew", line: 2)],
                        alternates: [])
        let sentences = try Segmenter(language: .english).sentences(of: page)
        #expect(sentences.map(\.text) == ["Our story", "It began in 2000.", "Then it grew"])
        #expect(sentences.map(\.blockIndex) == [0, 1, 1])
        #expect(sentences[2].range == 18..<30)
    }

    /// A section number is not a sentence of its own (issue 17, noise
    /// pattern 6): it stays with the heading or title it numbers.
    @Test(arguments: ["14.20.3.4. Whirl and Pinch", "1.1. Introduction", "3. Getting started"])
    func aLeadingSectionNumberStaysWithItsText(text: String) throws {
        let segmenter = try Segmenter(language: .english)
        let units = Array(text.utf16)
        #expect(try segmenter.sentenceRanges(in: units, kind: .heading(level: 2)) == [0..<units.count])
        #expect(try segmenter.sentenceRanges(in: units, kind: .attribute(name: "title")) == [0..<units.count])
    }

    @Test func aSectionNumberOnlyJoinsTheSentenceAfterIt() throws {
        let segmenter = try Segmenter(language: .english)
        let units = Array("2.1. Layers. Each layer has a mode.".utf16)
        #expect(try segmenter.sentenceRanges(in: units, kind: .paragraph).count == 2)
    }

    /// Code is compared whole: its periods end statements, not sentences.
    @Test func aCodeBlockIsOneSentence() throws {
        let segmenter = try Segmenter(language: .korean)
        let code = "\nx = 1. y = 2.\nprint(x). 끝.\n"
        let units = Array(code.utf16)
        #expect(try segmenter.sentenceRanges(in: units, kind: .code) == [1..<units.count - 1])
        #expect(try segmenter.sentenceRanges(in: Array(" \n ".utf16), kind: .code) == [])
    }

    /// The sentences of a paragraph of `content`, as the page segmenter cuts them.
    private static func sentences(of content: [InlineContent], in language: Language) throws -> [String] {
        let block = Block(kind: .paragraph, content: content, location: SourceLocation(file: "p.md", line: 1),
                          path: "p")
        let units = Array(block.text.utf16)
        return try Segmenter(language: language).sentenceRanges(of: block, units: units)
            .map { String(decoding: units[$0], as: UTF16.self) }
    }

    /// A link names one thing: no sentence ends inside its text, however
    /// its title is punctuated; sentences around the link still end.
    @Test func noSentenceEndsInsideALink() throws {
        let content: [InlineContent] = [
            .text("그들의 플러그인은 잠재력을 보여줍니다. 자세한 내용은 "),
            .start(id: 1, element: "a", original: "["),
            .text("\"그냥 Vite를 사용하세요\"… Workers 런타임과 함께"),
            .end(id: 1, element: "a", original: "](https://example.org/post)"),
            .text("에서 알아보세요. 감사합니다."),
        ]
        #expect(try Self.sentences(of: content, in: .korean) == ["그들의 플러그인은 잠재력을 보여줍니다.",
                              "자세한 내용은 \"그냥 Vite를 사용하세요\"… Workers 런타임과 함께에서 알아보세요.",
                              "감사합니다."])
    }

    /// Code is written as it is typed: no sentence ends inside an inline
    /// code (a value to enter, a template `{{ template "name" . }}`), and a
    /// sentence that ends with the code's own full stop still ends there.
    @Test func noSentenceEndsInsideInlineCode() throws {
        let content: [InlineContent] = [
            .text("Description: "),
            .start(id: 1, element: "code", original: "`"),
            .text("This is my first article! Let's see what it will look like!"),
            .end(id: 1, element: "code", original: "`"),
            .text(" Then save it. It says "),
            .start(id: 2, element: "code", original: "`"),
            .text("Too many re-renders."),
            .end(id: 2, element: "code", original: "`"),
            .text(" Check the handler."),
        ]
        #expect(try Self.sentences(of: content, in: .english) == ["Description: This is my first article! Let's see what it will look like!",
                              "Then save it.", "It says Too many re-renders.", "Check the handler."])
    }

    /// A mark that ends a code (`panic!`, `println!`) is the code's: the
    /// sentence goes on after it, with a particle or a word.
    @Test func aCodesClosingMarkEndsNoSentence() throws {
        func code(_ id: Int, _ text: String) -> [InlineContent] {
            [.start(id: id, element: "code", original: "`"), .text(text), .end(id: id, element: "code", original: "`")]
        }
        let content: [InlineContent] = [.text("해당 라인에서 ")] + code(1, "panic!") + [.text(" 매크로를 찾습니다. 이것은 ")]
            + code(2, "format!") + [.text(" 또는 ")] + code(3, "println!") + [.text("과는 다릅니다.")]
        #expect(try Self.sentences(of: content, in: .korean) == ["해당 라인에서 panic! 매크로를 찾습니다.",
                                                                  "이것은 format! 또는 println!과는 다릅니다."])
        // A link that is a Korean sentence ends where its sentence does.
        let linked: [InlineContent] = [.start(id: 1, element: "a", original: "["), .text("React는 모든 컴포넌트가 순수 함수라고 가정합니다."),
                                       .end(id: 1, element: "a", original: "](/learn/pure)"), .text(" 이것은 같은 입력에 같은 JSX를 반환한다는 뜻입니다.")]
        #expect(try Self.sentences(of: linked, in: .korean) == ["React는 모든 컴포넌트가 순수 함수라고 가정합니다.",
                                                                 "이것은 같은 입력에 같은 JSX를 반환한다는 뜻입니다."])
    }
}
