@testable import DariChecks
import Foundation
import DariMemory
import DariModel
import Testing

@Suite struct TagMismatchTests {
    @Test func codesComparedByKindAndElement() {
        CheckSpec("""
              {1}소개{/1} 페이지 | the {1}about{/1} page
              {4}소개{/4} 페이지 | the {7}about{/7} page
            ! {1}소개{/1} 페이지 | the about page
            ! 줄 바꿈{2/} 있음 | a line break
            ! 없음 | none {2/} here
              끝 | the end{2/}
              아직 없음 | <none>
            """).expect(TagMismatch.self)
    }

    /// Korean translators add links in their own notes, marked 옮긴이 or 역주.
    @Test func linksInATranslatorsNoteAreNotExtra() {
        CheckSpec("""
              This avoids reloads. | 이는 다시 로드를 피합니다({1}이 코멘트{/1}를 참고해 주세요. - 옮긴이).
              See the docs. | 문서를 보세요(역주: {1}원문{/1}은 영어입니다).
            ! See the docs. | 문서를 보세요({1}원문{/1}은 영어입니다).
            ! See {1}the docs{/1}. | 문서를 보세요(옮긴이).
            """, sourceLanguage: .english).expect(TagMismatch.self)
    }

    /// Site generators link a page with or without its extension, and a
    /// translation links the reader's language version of an external page.
    @Test(arguments: [
        ("./features.md#web-workers", "./features#web-workers"),
        ("/guide/api.html", "/guide/api"),
        ("https://www.typescriptlang.org/docs/handbook/a.html", "https://www.typescriptlang.org/ko/docs/handbook/a.html"),
        // The reader's language edition of another site names its pages in that language.
        ("https://en.wikipedia.org/wiki/Memoization", "https://ko.wikipedia.org/wiki/%EB%A9%94%EB%AA%A8"),
        ("https://vite.dev/plugins/#vitejs-plugin-react", "https://ko.vite.dev/plugins/#vitejs-plugin-react"),
        ("https://web.dev/articles/ttfb", "https://web.dev/articles/ttfb?hl=ko"),
        // The same page on the reader's country mirror (the Debian installation guide).
        ("http://http.us.debian.org/debian/dists/bookworm/main/", "http://ftp.kr.debian.org/debian/dists/bookworm/main/"),
        // Relative addresses of one page, each written from its own page (Apache httpd).
        ("./programs/httpd.html", "programs/httpd.html"),
        // MDN's Korean edition, its language in the first folder, names a page its own way.
        ("https://developer.mozilla.org/en-US/docs/Web/HTTP/Methods",
         "https://developer.mozilla.org/ko/docs/Web/HTTP/Reference/Methods"),
    ])
    func theSamePageLinkedAnotherWayIsNotADifference(english: String, korean: String) {
        func sentence(_ text: String, _ address: String) -> [InlineContent] {
            [.text(text + " ")] + Self.wrapped("link", "a", "<a href=\"\(address)\">")
        }
        #expect(Self.pair(sentence("자세한 내용:", korean), sentence("More:", english)).isEmpty)
        #expect(!Self.pair(sentence("자세한 내용:", "./other.md"), sentence("More:", english)).isEmpty)
    }

    /// An address written out on one side and linked, showing itself, on the
    /// other is the same link: Markdown renderers link a bare address or
    /// e-mail by themselves. (A link named otherwise is lost:
    /// `aMarkdownLinkWrittenAsTextIsOneFindingThatSaysSo`.)
    @Test func anAddressWrittenOutIsItsLink() {
        let english: [InlineContent] = [.text("Write to privacy@example.org with questions.")]
        let korean = [.text("문의는 ")]
            + Self.wrapped("privacy@example.org", "a", "<a href=\"mailto:privacy@example.org\">") + [.text("로 보내 주세요.")]
        #expect(Self.pair(korean, english).isEmpty)
        let site = [.text("자세한 내용은 ")]
            + Self.wrapped("https://example.org/docs", "a", "<a href=\"https://example.org/docs\">") + [.text("을 보세요.")]
        #expect(Self.pair(site, [.text("See https://example.org/docs for more.")]).isEmpty)
        #expect(!Self.pair(site, [.text("See the documentation for more.")]).isEmpty)
    }

    /// A name linked to its own page (a program, a module, a glossary entry,
    /// an API's reference page) that the translation names without the link
    /// is one finding for the page, whatever the number of places; the
    /// translation linking a name the original does not misleads no one.
    @Test(arguments: [
        ("httpd", "./programs/httpd.html"),
        ("mod_speling", "../mod/mod_speling.html"),
        ("MIME-type", "../glossary.html#mime-type"),
        ("Array.prototype.slice()", "/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/slice"),
    ])
    func aNameLinkedToItsOwnPageIsTheName(name: String, address: String) {
        let english = [.text("Run ")] + Self.wrapped(name, "a", "<a href=\"\(address)\">") + [.text(" first.")]
        let korean: [InlineContent] = [.text("먼저 \(name)을 실행합니다.")]
        #expect(Self.pair(korean, english).isEmpty)
        #expect(Self.pair(english, korean).map(\.message) == [
            "the English names '\(name)' without the source's link to its own page; link it as the source does",
        ])
        #expect(!Self.pair(korean, [.text("Run ")] + Self.wrapped(name, "a", "<a href=\"./other.html\">")).isEmpty)
        #expect(!Self.pair([.text("먼저 실행합니다.")], english).isEmpty)
    }

    /// The same name linked on both sides to different pages is a link to
    /// update (a directive that moved to another module), not a name left
    /// without its link.
    @Test func aNameLinkedOnBothSidesToAnotherPageIsALinkToUpdate() {
        let moved = [.text("Set ")] + Self.wrapped("User", "a", "<a href=\"../mod/mod_unixd.html#user\">")
        let old = Self.wrapped("User", "a", "<a href=\"../mod/mpm_common.html#user\">") + [.text("를 설정합니다.")]
        #expect(Self.pair(moved, old).map(\.message) == [
            "the English lacks the source's <a href=\"../mod/mod_unixd.html#user\">; the English has "
                + "<a href=\"../mod/mpm_common.html#user\"> that the source lacks; make the target's links, images and "
                + "line breaks match the source's",
        ])
    }

    @Test func aLinkNamedOtherwiseIsLostWithoutIt() {
        let english = [.text("Images are stored in ")] + Self.wrapped("Harbor", "a", "<a href=\"https://goharbor.io/\">")
        #expect(!Self.pair([.text("이미지는 Harbor에 저장됩니다.")], english + [.text(".")]).isEmpty)
    }

    /// A site's own component around a paragraph (an MDX `<Intro>`, a web
    /// component) on one side only is structure, not markup a reader sees
    /// differ; an HTML element still counts.
    @Test func aComponentAroundAParagraphIsNotADifference() {
        #expect(Self.pair([.text("소개합니다.")], Self.wrapped("Hello.", "intro", "<intro>")).isEmpty)
        #expect(Self.pair([.text("소개합니다.")], Self.wrapped("Hello.", "my-card", "<my-card>")).isEmpty)
        #expect(!Self.pair([.text("소개합니다.")], Self.wrapped("Hello.", "button", "<button>")).isEmpty)
    }

    /// One link rewritten the same way in many places (a repository that
    /// moved) is one finding, with the other places related; a rewrite seen
    /// twice stays two findings.
    @Test func aLinkRewrittenTheSameWayInManyPlacesIsOneFinding() throws {
        func unit(_ number: Int, _ file: String) -> MemoryUnit {
            func link(_ text: String, _ owner: String) -> [InlineContent] {
                [.text(text + " ")] + Self.wrapped("issue", "a", "<a href=\"https://github.com/\(owner)/react/issues/\(number)\">")
            }
            return MemoryUnit(id: "u\(number)", kind: .paragraph, sourceLocation: SourceLocation(file: "en/\(file)", line: number),
                              targetLocation: SourceLocation(file: "ko/\(file)", line: number), sourcePath: nil, targetPath: nil,
                              segments: [MemorySegment(id: "s1", source: link("See", "react"), target: link("보기:", "facebook"),
                                                       state: .translated, shape: (1, 1))])
        }
        func memory(_ places: [(Int, String)]) -> TranslationMemory {
            let files = Dictionary(grouping: places, by: \.1).sorted { $0.key < $1.key }.map { file, places in
                MemoryFile(id: file, original: "en/\(file)", targetOriginal: "ko/\(file)", units: places.map { unit($0.0, file) })
            }
            return TranslationMemory(sourceLanguage: .english, targetLanguage: .korean, files: files)
        }
        let many = Checker(checks: [TagMismatch.self]).run(memory([(1, "a.html"), (2, "a.html"), (3, "b.html"), (4, "c.html")]))
        #expect(many.count == 1)
        let finding = try #require(many.first)
        #expect(finding.message == "the Korean links to 'https://github.com/facebook…' where the source links to "
            + "'https://github.com/react…', here and in 3 other places; update the links")
        #expect(finding.relatedLocations.count == 3)
        #expect(Checker(checks: [TagMismatch.self]).run(memory([(1, "a.html"), (2, "b.html")])).count == 2)
    }

    /// A translator who ends every line of a Markdown page with two spaces
    /// sets line breaks the original lacks in many sentences: one habit, one
    /// finding for the page with the others related, named in words (the
    /// markup is a line end). Two such sentences stay two findings.
    @Test func lineBreaksSetApartOnManySentencesOfAPageAreOneFinding() throws {
        func memory(_ count: Int) -> TranslationMemory {
            let units = (1...count).map { number in
                MemoryUnit(id: "u\(number)", kind: .paragraph, sourceLocation: SourceLocation(file: "en/a.md", line: number),
                           targetLocation: SourceLocation(file: "ko/a.md", line: number), sourcePath: nil, targetPath: nil,
                           segments: [MemorySegment(id: "s1", source: [.text("Run the build.")],
                                                    target: [.text("빌드를 실행합니다."),
                                                             .standalone(id: 1, element: "br", original: "\n")],
                                                    state: .translated, shape: (1, 1)),
                                      MemorySegment(id: "s2", source: [.text("Then test it.")],
                                                    target: [.text("그다음 테스트합니다.")], state: .translated, shape: (1, 1))])
            }
            return TranslationMemory(sourceLanguage: .english, targetLanguage: .korean,
                                     files: [MemoryFile(id: "a", original: "en/a.md", targetOriginal: "ko/a.md", units: units)])
        }
        let many = Checker(checks: [TagMismatch.self]).run(memory(4))
        let finding = try #require(many.first)
        #expect(many.count == 1)
        #expect(finding.message == "4 sentences on this page have a line break the source lacks (here and in the related "
            + "places); make the target's line breaks match the source's")
        #expect(finding.relatedLocations.count == 3)
        let two = Checker(checks: [TagMismatch.self]).run(memory(2))
        #expect(two.count == 2)
        #expect(two.allSatisfy { $0.message.hasPrefix("the Korean has a line break that the source lacks") })
        let lacking = try #require(Self.pair([.text("첫 줄"), .standalone(id: 1, element: "br", original: "\n"),
                                              .text("둘째 줄")], [.text("first line second line")]).first)
        #expect(lacking.message.hasPrefix("the English lacks the source's line break;"))
    }

    /// A directive's closing `:::` (or the end of its label) shows nothing;
    /// which paragraph a lazy `:::` line joins is a matter of blank lines.
    /// Its opening marker says which aside it is, and counts.
    @Test func aDirectivesClosingMarkerIsNotCompared() {
        func template(_ span: String) -> InlineContent { .standalone(id: 9, element: "template", original: span) }
        #expect(Self.pair([.text("Remove the duplicate content."), template(":::")], [.text("중복된 내용을 제거하세요.")]).isEmpty)
        #expect(Self.pair([template(":::note["), .text("Title"), template("]"), .text(" Text.")],
                          [template(":::note["), .text("제목"), template("]{.wide}"), .text(" 본문.")]).isEmpty)
        #expect(Self.pair([template(":::caution["), .text("Title")], [template(":::note["), .text("제목")]).count == 1)
    }

    /// A particle glued to Markdown emphasis undoes it (CommonMark's
    /// flanking rules): the Korean reader sees the asterisks.
    @Test(arguments: [
        ("이 과정을 **정리(cleaned up)**됩니다.", "**정리(cleaned up)**됩"),
        ("**“mark-boa-geh”**가 나온다.", "**“mark-boa-geh”**가"),
        ("압축 형식인 _chart archive_라고 한다.", "_chart archive_라"),
        ("**정리**는 끝났다.", nil),
        ("snake_case_name을 쓴다.", nil),
        ("2 * 3 * 4는 24다.", nil),
    ] as [(String, String?)])
    func emphasisShownAsTextIsFound(text: String, shown: String?) {
        #expect(TagMismatch.emphasisShownAsText(in: text) == shown)
    }

    /// A page linked from the site's root on one side and from the page on
    /// the other is one link (Helm's Korean `./accessing_files.md` on a page
    /// in `chart_template_guide/` for `/chart_template_guide/accessing_files.md`);
    /// another page, or another folder, is not.
    @Test(arguments: [
        ("/chart_template_guide/debugging.md", "../chart_template_guide/debugging.md", true),
        ("/chart_template_guide/accessing_files.md", "./accessing_files.md", true),
        ("/chart_template_guide/debugging.md", "../chart_template_guide/values.md", false),
        ("/topics/accessing_files.md", "./accessing_files.md", false),
        ("https://example.org/a/b", "../a/b", false),
        // Out of the site: the original relies on the host it is served from.
        ("https://example.org/std/a", "../../../../../std/a", true),
        ("https://example.org/std/b", "../../../../../std/a", false),
        // A Markdown source file, and the page the site builds from it under its own addresses.
        ("/docs/handbook/chart_template_guide/accessing-files.html", "./accessing_files.md", true),
        ("/docs/handbook/accessing-files.html#reading", "../accessing_files.md#파일-읽기", true),
        ("/docs/handbook/values.html", "./accessing_files.md", false),
        ("/docs/handbook/index.html", "./index.md", false),
        // A heading of the page itself, by anchor and by the page's address.
        ("#accessing-files", "/ko/chart_template_guide/builtin_objects/#파일-접근하기", true),
        ("#accessing-files", "/ko/chart_template_guide/values/#파일-접근하기", false),
    ])
    func aPageLinkedFromTheRootOrFromThePageIsOneLink(first: String, second: String, same: Bool) {
        let english = "versioned_docs/version-3/chart_template_guide/builtin_objects.md"
        let korean = "i18n/ko/docusaurus-plugin-content-docs/version-3/chart_template_guide/builtin_objects.md"
        #expect(TagMismatch.samePageOtherwiseWritten(first, on: english, second, on: korean) == same)
        #expect(TagMismatch.samePageOtherwiseWritten(second, on: korean, first, on: english) == same)
    }

    /// A Markdown link written with a space before its address (`[Harbor]
    /// (https://goharbor.io/)`, common in machine-assisted Korean) shows as
    /// text: one finding that says so, and no `url-mismatch` for the address
    /// the text then shows.
    @Test func aMarkdownLinkWrittenAsTextIsOneFindingThatSaysSo() {
        let link: [InlineContent] = [.start(id: 1, element: "a", original: "["), .text("Harbor"),
                                     .end(id: 1, element: "a", original: "](https://goharbor.io/)")]
        func findings(_ korean: String) -> [Finding] {
            Checker(checks: [TagMismatch.self, URLMismatch.self])
                .run(Self.markdownPair(english: [.text("Host it with ")] + link + [.text(".")], korean: korean))
        }
        let broken = findings("[Harbor] (https://goharbor.io/)로 호스팅할 수 있다.")
        #expect(broken.map(\.checkID) == ["tag-mismatch"])
        #expect(broken.first?.message == "the Korean writes the link '[Harbor] (https://goharbor.io/)' with a space "
            + "between ']' and '(', which Markdown shows as text; remove the space")
        // The address alone in the text is the link lost: `tag-mismatch` names the
        // address, and `url-mismatch` does not report it again.
        #expect(findings("https://goharbor.io/ 로 호스팅할 수 있다.").map(\.checkID) == ["tag-mismatch"])
    }

    /// A Markdown link the translation broke by losing its `[` is one
    /// problem: the lost link, and no stray `]` besides; a stray `(` in the
    /// same sentence is another problem.
    @Test func aBrokenMarkdownLinkIsNoStrayBracketBesides() {
        let link: [InlineContent] = [.start(id: 1, element: "a", original: "["), .text("Remix plugin"),
                                     .end(id: 1, element: "a", original: "](https://ide.klaytn.foundation)")]
        func findings(_ korean: String) -> [String] {
            Checker(checks: [TagMismatch.self, UnbalancedBrackets.self])
                .run(Self.markdownPair(english: [.text("Open the ")] + link + [.text(" first.")], korean: korean))
                .map(\.checkID)
        }
        #expect(findings("먼저 Remix 플러그인](https://ide.klaytn.foundation)을 엽니다.") == ["tag-mismatch"])
        #expect(findings("먼저 (Remix 플러그인](https://ide.klaytn.foundation)을 엽니다.").sorted()
            == ["tag-mismatch", "unbalanced-brackets"])
    }

    /// A link that goes elsewhere on the other page (an autolink whose
    /// address is also its text: tldr's `<https://manned.org/ctest>`) is one
    /// problem, one finding: where `tag-mismatch` reports the link,
    /// `url-mismatch` does not report its address again.
    @Test func aLinkToAnotherAddressIsOneFinding() {
        func autolink(_ address: String) -> [InlineContent] {
            [.start(id: 1, element: "a", original: "<"), .text(address), .end(id: 1, element: "a", original: "](\(address))")]
        }
        let segment = MemorySegment(id: "s1", source: [.text("More information: ")] + autolink("https://manned.org/ctest") + [.text(".")],
                                    target: [.text("더 많은 정보: ")] + autolink("https://gitlab.example.org/ctest") + [.text(".")],
                                    state: .translated, shape: (1, 1))
        let unit = MemoryUnit(id: "u1", kind: .paragraph, sourceLocation: SourceLocation(file: "en/a.md", line: 3),
                              targetLocation: SourceLocation(file: "ko/a.md", line: 3), sourcePath: nil,
                              targetPath: nil, segments: [segment])
        let memory = TranslationMemory(sourceLanguage: .english, targetLanguage: .korean,
                                       files: [MemoryFile(id: "f1", original: "en/a.md", targetOriginal: "ko/a.md", units: [unit])])
        #expect(Checker(checks: [TagMismatch.self, URLMismatch.self]).run(memory).count == 1)
    }

    /// An HTML page pair, Korean the original, of one paragraph whose
    /// sentences the aligner paired as `sentences` (Korean, English).
    private static func block(_ sentences: [([InlineContent], [InlineContent])]) -> TranslationMemory {
        let unit = MemoryUnit(
            id: "u1", kind: .paragraph, sourceLocation: SourceLocation(file: "ko/page.html", line: 3),
            targetLocation: SourceLocation(file: "en/page.html", line: 3), sourcePath: nil, targetPath: nil,
            segments: sentences.enumerated().map { index, pair in
                MemorySegment(id: "s\(index + 1)", source: pair.0, target: pair.1, state: .translated, shape: (1, 1))
            })
        return TranslationMemory(files: [MemoryFile(id: "f1", original: "ko/page.html", targetOriginal: "en/page.html",
                                                    units: [unit])])
    }

    /// A Markdown page pair, English the original, of one paragraph: `english`
    /// and its Korean text `korean`.
    private static func markdownPair(english: [InlineContent], korean: String) -> TranslationMemory {
        let segment = MemorySegment(id: "s1", source: english, target: [.text(korean)], state: .translated, shape: (1, 1))
        let unit = MemoryUnit(id: "u1", kind: .paragraph, sourceLocation: SourceLocation(file: "en/a.md", line: 3),
                              targetLocation: SourceLocation(file: "ko/a.md", line: 3), sourcePath: nil,
                              targetPath: nil, segments: [segment])
        return TranslationMemory(sourceLanguage: .english, targetLanguage: .korean,
                                 files: [MemoryFile(id: "f1", original: "en/a.md", targetOriginal: "ko/a.md", units: [unit])])
    }

    /// One HTML segment per side, codes written as their markup.
    private static func pair(_ source: [InlineContent], _ target: [InlineContent]) -> [Finding] {
        let segment = MemorySegment(id: "s1", source: source, target: target, state: .translated, shape: (1, 1))
        let unit = MemoryUnit(id: "u1", kind: .paragraph, sourceLocation: nil, targetLocation: nil, sourcePath: nil,
                              targetPath: nil, segments: [segment])
        let memory = TranslationMemory(files: [MemoryFile(id: "f1", original: "ko/a.html", targetOriginal: "en/a.html",
                                                          units: [unit])])
        return Checker(checks: [TagMismatch.self]).run(memory, memoryPath: "memory.xlf")
    }

    private static func wrapped(_ text: String, _ element: String, _ original: String) -> [InlineContent] {
        [.start(id: 1, element: element, original: original), .text(text), .end(id: 1, element: element, original: "</\(element)>")]
    }

    /// Styling (emphasis, acronyms, spans, code) and anchors are not what a
    /// reader sees differ between two independently written pages.
    @Test(arguments: [
        ("em", "<em>"), ("strong", "<strong>"), ("acronym", "<acronym class=\"acronym\">"), ("abbr", "<abbr>"),
        ("span", "<span class=\"guilabel\">"), ("code", "<code>"), ("b", "<b>"), ("i", "<i>"),
        ("a", "<a class=\"indexterm\" name=\"idm8778\">"), ("a", "<a id=\"top\">"),
    ])
    func stylingAndAnchorsAreIgnored(element: String, original: String) {
        #expect(Self.pair([.text("김프 ")] + Self.wrapped("GIMP", element, original), [.text("GIMP is free.")]).isEmpty)
        #expect(Self.pair([.text("김프")], [.text("The ")] + Self.wrapped("GIMP", element, original)).isEmpty)
    }

    /// The two pages link to their own language's copy of a page.
    @Test(arguments: [
        ("/ko/about.html", "/en/about.html"), ("ko/x.html", "en/x.html"), ("../ko/x.html#top", "../en/x.html"),
        ("https://ko.example.org/a", "https://en.example.org/a"), ("/docs?lang=ko&page=2", "/docs?page=2&lang=en"),
        ("https://support.example.com/?hl=ko", "https://support.example.com/?hl=en"),
        ("/ko-KR/guide/", "/en-US/guide"), ("about.ko.html", "about.en.html"), ("gimp-tools.html#idm1", "gimp-tools.html#idm7"),
    ])
    func linksToTheSamePlaceInEachLanguageMatch(source: String, target: String) {
        #expect(Self.pair(Self.wrapped("소개", "a", "<a href=\"\(source)\">"),
                          Self.wrapped("About", "a", "<a class=\"link\" href='\(target)'>")).isEmpty)
    }

    /// The aligner may cut a block into sentences differently on each side;
    /// a link that is in the block on both sides is where it belongs.
    @Test func aLinkInAnotherSentenceOfTheSameBlockIsNoFinding() {
        let link = "<a href=\"https://www.debian.org/blends/\">"
        let memory = Self.block([
            ([.text("파생 배포판을 만듭니다. ")] + Self.wrapped("블렌드", "a", link), [.text("Derived distributions are made.")]),
            ([.text("그러한 프로젝트가 있습니다.")], [.text("Use the ")] + Self.wrapped("Blends", "a", link) + [.text(" framework.")]),
        ])
        #expect(Checker(checks: [TagMismatch.self]).run(memory).isEmpty)
    }

    /// Links are weighed by block: one that moved to another sentence of the
    /// block is no finding, while a link the block lacks is still found at
    /// its sentence.
    @Test func aLinkMovedWithinItsBlockIsNoFindingButALostOneIs() {
        let blends = "<a href=\"https://www.debian.org/blends/\">"
        let social = "<a href=\"https://www.debian.org/social_contract\">"
        let memory = Self.block([
            ([.text("파생 배포판을 만듭니다. ")] + Self.wrapped("블렌드", "a", blends), [.text("Derived distributions are made.")]),
            ([.text("그러한 ")] + Self.wrapped("사회 계약", "a", social) + [.text(" 프로젝트가 있습니다.")],
             [.text("Use the ")] + Self.wrapped("Blends", "a", blends) + [.text(" framework.")]),
        ])
        let findings = Checker(checks: [TagMismatch.self]).run(memory)
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("social_contract") == true)
        #expect(findings.first?.message.contains("blends") == false)
    }

    /// A page linked on both sides is there for the reader, however often
    /// each side links it; two images for one still differ.
    @Test func aPageLinkedMoreOftenOnOneSideIsNoFinding() {
        let number = "<a href=\"/ko/docs/Web/JavaScript/Reference/Global_Objects/Number\">"
        let twice = Self.wrapped("Number", "a", number) + [.text("의 정적 속성이므로, 직접 만든 ")]
            + Self.wrapped("Number", "a", number) + [.text(" 객체의 속성이 아닙니다.")]
        let once = [.text("It is a static property of ")]
            + Self.wrapped("Number", "a", number.replacingOccurrences(of: "/ko/", with: "/en-US/")) + [.text(".")]
        #expect(Self.pair(twice, once).isEmpty)
        #expect(Self.pair(twice, [.text("It is a static property.")]).count == 1)
        // Two places of one page (two directives of core.html) against one: a link lost.
        let servername = Self.wrapped("ServerName", "a", "<a href=\"../mod/core.html#servername\">")
        let virtualHost = Self.wrapped("VirtualHost", "a", "<a href=\"../mod/core.html#virtualhost\">")
        #expect(Self.pair(servername + [.text("을 설정합니다.")],
                          servername + [.text(" is set in each ")] + virtualHost + [.text(".")]).count == 1)
        let image: InlineContent = .standalone(id: 2, element: "img", original: "<img src=\"icon.png\">")
        #expect(Self.pair([image, .text("아이콘 두 개 "), image], [image, .text("two icons")]).count == 1)
    }

    /// A name is found whole: `mod_cache` is not in `mod_cache_disk`, and a particle may follow it.
    @Test func aLinkedNameIsFoundOnlyAsAWholeIdentifier() {
        #expect(TagMismatch.containsName("mod_cache", in: "mod_cache를 사용한다"))
        #expect(TagMismatch.containsName("httpd", in: "(httpd) 실행"))
        #expect(!TagMismatch.containsName("mod_cache", in: "mod_cache_disk는 디스크 저장 관리자이다"))
        #expect(!TagMismatch.containsName("cache", in: "mod_cache_disk와 mod_socache"))
        #expect(TagMismatch.containsName("noImplicitAny", in: "--noImplicitAny 플래그를 켜면"))
        #expect(TagMismatch.containsName("UserDir", in: "(UserDirs을 제외한)"))
    }

    @Test func aLinkToAnotherPlaceIsFoundOnce() {
        let findings = Self.pair([.text("우리 ")] + Self.wrapped("소개", "a", "<a href=\"/ko/about.html\">"),
                                 [.text("Read ")] + Self.wrapped("about us", "a", "<a href=\"/en/contact.html\">"))
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("lacks the source's <a href=\"/ko/about.html\">") == true)
    }

    /// A heading's permalink (`<a href="#x" id="x"></a>`) on one side only is an anchor, not a link;
    /// whether links to it still work is `anchor-mismatch`'s question.
    @Test func aPermalinkToItselfIsAnAnchor() {
        let permalink: [InlineContent] = [.text("2. UploadPhoto Component "),
                                          .start(id: 1, element: "a", original: "<a href=\"#2-upload\" id=\"2-upload\">"),
                                          .end(id: 1, element: "a", original: "</a>")]
        #expect(Self.pair([.text("2. UploadPhoto 컴포넌트")], permalink).isEmpty)
        let elsewhere: [InlineContent] = [.text("See "), .start(id: 1, element: "a", original: "<a href=\"install.html#setup\" id=\"intro\">"),
                                          .text("setup"), .end(id: 1, element: "a", original: "</a>")]
        #expect(Self.pair([.text("설치를 보십시오")], elsewhere).count == 1)
    }

    @Test func aMissingImageOrLineBreakIsFound() {
        let image: [InlineContent] = [.text("아이콘 "), .standalone(id: 1, element: "img", original: "<img src=\"images/ko/icon.png\">")]
        #expect(Self.pair(image, [.text("icon "), .standalone(id: 1, element: "img", original: "<img src=\"images/en/icon.png\" alt=\"\">")]).isEmpty)
        #expect(Self.pair(image, [.text("the icon")]).count == 1)
        #expect(Self.pair([.text("한 줄"), .standalone(id: 1, element: "br", original: "<br>"), .text("두 줄")],
                          [.text("one line, two lines")]).count == 1)
    }

    /// Index entries sort by each language's alphabet: two entries that are
    /// only links to different places are two entries, not a wrong link.
    @Test func linkOnlyEntriesPointingElsewhereAreDifferentEntries() {
        #expect(Self.pair(Self.wrapped("직선 그리기", "a", "<a class=\"indexterm\" href=\"simple.html\">"),
                          Self.wrapped("Add Bevel", "a", "<a class=\"indexterm\" href=\"bevel.html\">")).isEmpty)
        // In a sentence, the same change is a wrong link.
        #expect(Self.pair([.text("자세한 내용은 ")] + Self.wrapped("직선 그리기", "a", "<a href=\"simple.html\">"),
                          [.text("See ")] + Self.wrapped("Drawing", "a", "<a href=\"bevel.html\">")).count == 1)
    }

    /// A page whose entries link elsewhere on each side (an index sorted by
    /// each language's alphabet) is one problem, not one per entry.
    @Test func aReorderedPageIsOneFinding() {
        var units: [MemoryUnit] = []
        for index in 0..<13 {
            let source: [InlineContent] = [.text("항목 \(index), ")] + Self.wrapped("보기", "a", "<a href=\"k\(index).html\">")
            // The last entry has its link on one side only: on this page that is no evidence either.
            let target: [InlineContent] = index == 12 ? [.text("Entry, see")]
                : [.text("Entry \(index), ")] + Self.wrapped("see", "a", "<a href=\"e\(index).html\">")
            units.append(MemoryUnit(id: "u\(index + 1)", kind: .listItem, sourceLocation: nil, targetLocation: nil,
                                    sourcePath: nil, targetPath: nil,
                                    segments: [MemorySegment(id: "s1", source: source, target: target, state: .translated,
                                                             shape: (1, 1))]))
        }
        let memory = TranslationMemory(files: [MemoryFile(id: "f1", original: "ko/index.html",
                                                          targetOriginal: "en/index.html", units: units)])
        let findings = Checker(checks: [TagMismatch.self]).run(memory, memoryPath: "memory.xlf")
        #expect(findings.count == 1)
        #expect(findings.first?.relatedLocations.count == 11)
        #expect(findings.first?.message.hasPrefix("12 of the 13 units with links on this page pair link to different "
            + "pages on the two sides (and 1 more has") == true, "\(findings.map(\.message))")
    }

    /// On a reordered page, block alignment leaves entries on both sides
    /// without a counterpart in place: they are the same problem, counted
    /// in the page's one finding, not `untranslated` entry by entry. Entries
    /// missing on one side only (a glossary that gained entries) are
    /// missing, and still reported.
    @Test func aReorderedPagesEntriesWithNoCounterpartInPlaceAreCountedInItsFinding() {
        func located(_ unit: MemoryUnit, line: Int, source: Bool, target: Bool) -> MemoryUnit {
            var unit = unit
            unit.sourceLocation = source ? SourceLocation(file: "ko/index.html", line: line) : nil
            unit.targetLocation = target ? SourceLocation(file: "en/index.html", line: line) : nil
            return unit
        }
        func entry(_ index: Int, korean: Bool, english: Bool) -> MemoryUnit {
            let source: [InlineContent] = korean ? [.text("항목 \(index), ")] + Self.wrapped("보기", "a", "<a href=\"k\(index).html\">") : []
            let target: [InlineContent]? = english
                ? [.text("Entry \(index), ")] + Self.wrapped("see", "a", "<a href=\"e\(index).html\">") : nil
            let unit = MemoryUnit(id: "u\(index + 1)", kind: .listItem, sourceLocation: nil, targetLocation: nil,
                                  sourcePath: nil, targetPath: nil,
                                  segments: [MemorySegment(id: "s1", source: source, target: target,
                                                           state: english ? .translated : .initial,
                                                           shape: (korean ? 1 : 0, english ? 1 : 0))])
            return located(unit, line: index + 1, source: korean, target: english)
        }
        func findings(englishOnly: Int) -> [Finding] {
            let units = (0..<12).map { entry($0, korean: true, english: true) }
                + (12..<22).map { entry($0, korean: true, english: false) }
                + (22..<22 + englishOnly).map { entry($0, korean: false, english: true) }
            let memory = TranslationMemory(files: [MemoryFile(id: "f1", original: "ko/index.html",
                                                              targetOriginal: "en/index.html", units: units)])
            return Checker(checks: [TagMismatch.self, Untranslated.self]).run(memory, memoryPath: "memory.xlf")
        }
        let reordered = findings(englishOnly: 10)
        #expect(reordered.map(\.checkID) == [TagMismatch.id], "\(reordered.map(\.message))")
        #expect(reordered.first?.message.hasSuffix("link to different pages on the two sides, and 10 Korean and 10 English "
            + "blocks have no counterpart in place: the entries are ordered differently or paired wrongly; "
            + "compare the two pages as a whole") == true, "\(reordered.map(\.message))")
        let grown = findings(englishOnly: 0)
        #expect(grown.contains { $0.checkID == Untranslated.id }, "\(grown.map(\.message))")
    }

    /// A unit with one side only is untranslated, not mismatched.
    @Test func oneSidedUnitsAreNotCompared() {
        #expect(Self.pair([], Self.wrapped("About", "a", "<a href=\"/en/about.html\">")).isEmpty)
        #expect(Self.pair(Self.wrapped("소개", "a", "<a href=\"/ko/about.html\">"), []).isEmpty)
    }
}

/// English left on the Korean page beside other English was paired by
/// position: what differs between the two is no evidence of a wrong link or
/// address (it is `untranslated`'s finding). Its own copy with a link or
/// address changed still is.
@Suite struct EnglishPairedByPositionTests {
    @Test func addressesAreComparedOnlyWithTheirOwnCopy() {
        CheckSpec("""
              It is available on the Debian website at https://www.debian.org/doc/. | Eventually, the manuscript will be translated into Russian and modern Greek.
            ! It is available on the Debian website at https://www.debian.org/doc/. | It is available on the Debian website at https://www.debian.org/docs/.
            ! It is available on the Debian website at https://www.debian.org/doc/. | 데비안 웹사이트 https://www.debian.org/docs/ 에 있습니다.
            """, scores: [0.99, 0.99, 0.99], sourceLanguage: .english).expect(URLMismatch.self)
    }

    @Test func linksAreComparedOnlyWithTheirOwnCopy() {
        CheckSpec("""
              See {1}the forms guide{/1} for the details of every control. | This function is available since LibreOffice 4.2.
            ! See {1}the forms guide{/1} for the details of every control. | See the forms guide for the details of every control.
            ! See {1}the forms guide{/1} for the details of every control. | 모든 컨트롤의 자세한 내용은 양식 안내서를 참조하십시오.
            """, scores: [0.99, 0.99, 0.99], sourceLanguage: .english).expect(TagMismatch.self)
    }
}

/// A "Related topics" list whose entries differ between the versions pairs
/// some entries with the wrong ones; a link entry's link found elsewhere on
/// the other page says where its counterpart is, not that a link is wrong.
@Suite struct LinkListEntryTests {
    private func link(_ id: Int, _ href: String, _ text: String) -> [InlineContent] {
        [.start(id: id, element: "a", original: "<a href=\"\(href)\">"), .text(text), .end(id: id, element: "a", original: "</a>")]
    }

    private func findings(_ pairs: [([InlineContent], [InlineContent]?)]) -> [Finding] {
        let units = pairs.enumerated().map { index, pair in
            MemoryUnit(id: "u\(index + 1)", kind: .paragraph, sourceLocation: SourceLocation(file: "en/a.html", line: index + 1),
                       targetLocation: pair.1 == nil ? nil : SourceLocation(file: "ko/a.html", line: index + 1),
                       sourcePath: nil, targetPath: nil,
                       segments: [MemorySegment(id: "s1", source: pair.0, target: pair.1,
                                                state: pair.1 == nil ? .initial : .translated,
                                                score: pair.1 == nil ? nil : 0.99, shape: (1, pair.1 == nil ? 0 : 1))])
        }
        let memory = TranslationMemory(sourceLanguage: .english, targetLanguage: .korean, files: [
            MemoryFile(id: "f1", original: "en/a.html", targetOriginal: "ko/a.html", units: units),
        ])
        return Checker(checks: [TagMismatch.self]).run(memory)
    }

    @Test func aLinkEntryPairedWithTheWrongEntryIsNotAWrongLink() {
        let found = findings([
            ([.text("Find")], link(1, "ko/text/gallery_files.html", "파일")),
            (link(1, "en-US/text/gallery_files.html", "Files"), nil),
            ([.text("See ")] + link(1, "en-US/text/export.html", "Graphics Export Options") + [.text(" for more information.")],
             [.text("자세한 내용은 그래픽 내보내기 옵션을 참조하십시오.")]),
        ])
        #expect(found.map(\.unitID) == ["u3"], "\(found.map(\.message))")
    }

    /// A list of tools names each entry by its link ("[helm-git](…) - Install
    /// charts…", Markdown's `[`…`](url)`): two entries that open with
    /// different links, each found elsewhere on the other page, are two
    /// entries the reordered lists paired wrongly. Entries that open with the
    /// same link are one entry, and another link that differs is reported.
    @Test func listEntriesNamedByDifferentLinksAreWronglyPairedEntries() {
        func entry(_ id: Int, _ url: String, _ name: String, _ rest: [InlineContent] = [], korean: Bool = false) -> [InlineContent] {
            [.start(id: id, element: "a", original: "["), .text(name), .end(id: id, element: "a", original: "](\(url))"),
             .text(korean ? " - \(name) 플러그인" : " - \(name) plugin")] + rest
        }
        func findings(_ pairs: [([InlineContent], [InlineContent])]) -> [Finding] {
            let units = pairs.enumerated().map { index, pair in
                MemoryUnit(id: "u\(index + 1)", kind: .listItem, sourceLocation: SourceLocation(file: "en/a.md", line: index + 1),
                           targetLocation: SourceLocation(file: "ko/a.md", line: index + 1), sourcePath: nil, targetPath: nil,
                           segments: [MemorySegment(id: "s1", source: pair.0, target: pair.1, state: .translated,
                                                    score: 0.99, shape: (1, 1))])
            }
            let memory = TranslationMemory(sourceLanguage: .english, targetLanguage: .korean, files: [
                MemoryFile(id: "f1", original: "en/a.md", targetOriginal: "ko/a.md", units: units),
            ])
            return Checker(checks: [TagMismatch.self]).run(memory)
        }
        let git = "https://github.com/a/helm-git", monitor = "https://github.com/b/helm-monitor"
        #expect(findings([(entry(1, git, "helm-git"), entry(1, monitor, "helm-monitor", korean: true)),
                          (entry(1, monitor, "helm-monitor"), entry(1, git, "helm-git", korean: true))]).isEmpty)
        let docs: [InlineContent] = [.text(" "), .start(id: 2, element: "a", original: "["), .text("docs"),
                                     .end(id: 2, element: "a", original: "](https://example.org/docs)")]
        #expect(findings([(entry(1, git, "helm-git", docs), entry(1, git, "helm-git", korean: true))]).count == 1)
    }

    @Test func aLinkEntryWhoseLinkIsNowhereElseIsReported() {
        let found = findings([
            (link(1, "en-US/text/find.html", "Find"), [.text("찾기")]),
        ])
        #expect(found.count == 1)
    }
}

/// `hasTranslatorsNote` searches a text only when `mayHaveTranslatorsNote`
/// lets it: the answer must be the six searches' own, decomposed Hangul included.
@Suite struct TranslatorsNotePrefilterTests {
    private func searched(_ text: String) -> Bool {
        text.contains("옮긴이") || text.contains("역자 주") || text.contains("역자주")
            || text.contains("(역주") || text.contains("[역주") || text.contains("역주)")
    }

    @Test(arguments: [
        "링크를 추가했다 (옮긴이).", "(역주: 원문의 링크)", "[역주] 설명", "설명 (역자 주)", "역자주: 없음", "역주)",
        "역사를 옮겼다", "번역", "역주 없이", "링크가 없다.", "", "plain English (note)",
        "(역주: 분해)".decomposedStringWithCanonicalMapping, "옮긴이".decomposedStringWithCanonicalMapping,
        "(여\u{11A8}주", "[역주",
    ])
    func theFilterNeverHidesANote(_ text: String) {
        #expect(TagMismatch.hasTranslatorsNote(text, .korean) == searched(text))
        if searched(text) { #expect(TagMismatch.mayHaveTranslatorsNote(text)) }
    }

    @Test func textWithoutTheSyllablesOrJamoIsNotSearched() {
        #expect(!TagMismatch.mayHaveTranslatorsNote("링크가 없다. See the (note)."))
        #expect(TagMismatch.mayHaveTranslatorsNote("번역"))
    }
}
