import DariMarkdown
import Foundation
import DariModel
import Testing

/// What the Markdown reader makes of a page: the blocks the HTML extractor
/// would make, with lines of the Markdown file.
@Suite struct MarkdownReaderTests {
    /// `LINE KIND PATH TEXT` per block, codes as `{id}` `{/id}` `{id/}`.
    static func dump(_ markdown: String, file: String = "page.md") throws -> [String] {
        try MarkdownReader().read(text: markdown, path: file).page.blocks.map(line)
    }

    static func line(_ block: Block) -> String {
        let text = block.content.map { piece -> String in
            switch piece {
            case let .text(text): text
            case let .start(id, _, _): "{\(id)}"
            case let .end(id, _, _): "{/\(id)}"
            case let .standalone(id, _, _): "{\(id)/}"
            }
        }.joined()
        return "\(block.location.line) \(block.kind) \(block.path) \(text)"
    }

    @Test func yamlFrontMatterGivesOnlyItsTranslatableKeysOnTheirLines() throws {
        let blocks = try Self.dump("""
            ---
            title: 설치 안내
            weight: 10
            translationKey: install
            description: >
              dari를 설치하는
              방법입니다.
            ---

            본문입니다.
            """)
        #expect(blocks == [
            "2 title front-matter/title 설치 안내",
            "5 meta-description front-matter/description dari를 설치하는 방법입니다.",
            "10 p p[1] 본문입니다.",
        ])
    }

    /// A VitePress home page keeps its text in front matter: the hero's
    /// tagline and buttons, the feature cards. Nested values are read by
    /// key; links, icons and image settings are not text.
    @Test func nestedFrontMatterTextIsTranslatable() throws {
        let blocks = try Self.dump("""
            ---
            layout: home
            hero:
              name: "Frontend Fundamentals"
              tagline: "변경하기 쉬운 프론트엔드 코드를 위한 지침서"
              image:
                src: /images/symbol.webp
                alt: 심볼
              actions:
                - text: 좋은 코드의 기준 알아보기
                  link: /code/
            features:
              - icon: 🤓
                title: 코드를 보는 눈을 키우고 싶다면
                details: 원칙을 살펴보세요.
            ---
            """)
        #expect(blocks == [
            "5 @tagline front-matter/hero/tagline 변경하기 쉬운 프론트엔드 코드를 위한 지침서",
            "8 @alt front-matter/hero/image/alt 심볼",
            "10 @text front-matter/hero/actions[0]/text 좋은 코드의 기준 알아보기",
            "14 @title front-matter/features[0]/title 코드를 보는 눈을 키우고 싶다면",
            "15 @details front-matter/features[0]/details 원칙을 살펴보세요.",
        ])
        // A site that translates no front matter (`"frontMatterKeys": []`) gets none of it.
        let none = try MarkdownReader(frontMatterKeys: []).read(text: "---\nhero:\n  tagline: 지침서\n---\n", path: "p.md")
        #expect(none.page.blocks.isEmpty)
    }

    @Test func tomlAndJSONFrontMatter() throws {
        #expect(try Self.dump("""
            +++
            date = 2024-01-01
            title = "설치"
            linkTitle = '설치하기'
            [params]
            summary = "not top level"
            +++
            본문.
            """) == [
                "3 title front-matter/title 설치",
                "4 @linkTitle front-matter/linkTitle 설치하기",
                "8 p p[1] 본문.",
            ])
        #expect(try Self.dump("""
            {
              "title": "설치",
              "weight": 3,
              "summary": "요약입니다."
            }

            본문.
            """) == [
                "2 title front-matter/title 설치",
                "4 @summary front-matter/summary 요약입니다.",
                "7 p p[1] 본문.",
            ])
    }

    @Test func frontMatterKeysAreConfigurable() throws {
        let page = try MarkdownReader(frontMatterKeys: ["subtitle"]).read(text: """
            ---
            title: 제목
            subtitle: 부제
            ---
            """, path: "page.md").page
        #expect(page.blocks.map(Self.line) == ["3 @subtitle front-matter/subtitle 부제"])
    }

    private static func configuration(_ json: String) throws -> ConfigurationFile {
        try ConfigurationFile(bytes: Array(json.utf8), path: "site/dari.json")
    }

    @Test func frontMatterKeysComeFromDariJSON() throws {
        let file = try Self.configuration(#"{"markdown": {"frontMatterKeys": ["title", "subtitle"]}}"#)
        let reader = try #require(try MarkdownReader().configured(by: file) as? MarkdownReader)
        #expect(reader.frontMatterKeys == ["title", "subtitle"])
        let page = try reader.read(text: "---\ntitle: 제목\nsubtitle: 부제\ndescription: 설명\n---\n", path: "p.md").page
        #expect(page.blocks.map(Self.line) == ["2 title front-matter/title 제목", "3 @subtitle front-matter/subtitle 부제"])
        // Without the key, the defaults.
        let plain = try #require(try MarkdownReader().configured(by: try Self.configuration("{}")) as? MarkdownReader)
        #expect(plain.frontMatterKeys == ["title", "description", "summary", "linkTitle"])
    }

    @Test(arguments: [
        (#"{"markdown": ["title"]}"#, "\"markdown\" must be an object"),
        ("{\n  \"markdown\": {\n    \"frontMatterKeys\": \"title\"\n  }\n}", "\"frontMatterKeys\" must be a list of front-matter key names"),
        (#"{"markdown": {"frontMatterKeys": ["title", 3]}}"#, "\"frontMatterKeys\" must be a list"),
        (#"{"markdown": {"frontMatterKeys": [""]}}"#, "\"frontMatterKeys\" must be a list"),
        (#"{"markdown": {"frontmatterKeys": ["title"]}}"#, "unknown key \"frontmatterKeys\" in \"markdown\""),
    ])
    func aWrongFrontMatterSettingIsAnErrorThatSaysWhatIsExpected(json: String, message: String) throws {
        let file = try Self.configuration(json)
        do {
            _ = try MarkdownReader().configured(by: file)
            Issue.record("\(json) was accepted")
        } catch let .malformed(path, line, text) {
            #expect(path == "site/dari.json")
            #expect(text.hasPrefix(message), "\(text)")
            if json.contains("\n") { #expect(line == 3) }
        } catch {
            Issue.record("\(error)")
        }
    }

    /// FuzzMarkdown's leak inputs (TOMLKit's table keys leak, so dari finds
    /// the keys in the text): empty TOML front matter, quoted and dotted keys.
    @Test func tomlKeysAreReadFromTheText() throws {
        #expect(try Self.dump("+++\n+++\n") == [])
        #expect(try Self.dump("""
            +++
            "title" = "설치"
            site.title = "not a page field"
            # title = "a comment"
            description = "설명입니다."
            +++
            본문.
            """) == [
                "2 title front-matter/title 설치",
                "5 meta-description front-matter/description 설명입니다.",
                "7 p p[1] 본문.",
            ])
    }

    /// FuzzMarkdown's abort: toml++ asserts on a key that starts with a
    /// character no key may; dari refuses the front matter first, and the
    /// page's text is still read.
    @Test func aTOMLKeyNoParserWouldReadIsAWarning() throws {
        for body in ["[:+\n+:\n+fo", "+:", "ti\u{0}tle = \"x\""] {
            let result = try MarkdownReader().read(text: "+++\n\(body)\n+++\n\n본문.\n", path: "page.md")
            #expect(result.page.blocks.map(\.text) == ["본문."])
            #expect(result.diagnostics.first?.message.contains("front matter is malformed") == true)
        }
        let valid = "+++\ntags = [\n  \"a\",\n]\ndescription = \"설명.\"\n+++\n본문.\n"
        #expect(try MarkdownReader().read(text: valid, path: "page.md").diagnostics.isEmpty)
    }

    @Test func malformedFrontMatterIsAWarningNotAnError() throws {
        let result = try MarkdownReader().read(text: "---\ntitle: [unclosed\n---\n\n본문.\n", path: "page.md")
        #expect(result.page.blocks.map(Self.line) == ["5 p p[1] 본문."])
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message.contains("front matter is malformed") == true)
    }

    @Test func inlineMarkupIsCodesThatKeepTheMarkdown() throws {
        let page = try MarkdownReader().read(
            text: "이것은 _강조_, **굵게**, `code`, [링크](/ko/a/ \"제목\"), 각주[^1], <kbd>Ctrl</kbd>입니다.\n\n[^1]: 각주.\n",
            path: "page.md").page
        let paragraph = try #require(page.blocks.first)
        let originals = paragraph.content.compactMap { piece -> String? in
            switch piece {
            case .text: nil
            case let .start(_, element, original), let .end(_, element, original), let .standalone(_, element, original):
                "\(element)=\(original)"
            }
        }
        #expect(originals == [
            "em=_", "em=_", "strong=**", "strong=**", "code=`", "code=`", "a=[", #"a=](/ko/a/ "제목")"#,
            "footnote-ref=[^1]", "kbd=<kbd>", "kbd=</kbd>",
        ])
        #expect(paragraph.text == "이것은 강조, 굵게, code, 링크, 각주, Ctrl입니다.")
        #expect(page.blocks.map(Self.line).contains("1 @title p[1]/a@title 제목"))
        #expect(page.blocks.map(Self.line).contains("3 p footnote[1]/p[1] 각주."))
    }

    /// A link keeps the markup it was written with, wherever cmark-gfm puts
    /// its column: one wrapped over two lines before an HTML comment (the
    /// Rust book's `<!-- ignore -->`) is still `[…](#…)`, and `<https://…>`
    /// is still an autolink.
    @Test func linksKeepTheirMarkupAcrossLineBreaks() throws {
        let page = try MarkdownReader().read(text: """
            We’ll demonstrate the first situation in the [“Enabling Recursive Types with
            Boxes”](#enabling-recursive-types-with-boxes)<!-- ignore --> section. See
            <https://doc.rust-lang.org> and <rust@example.org>.
            """, path: "page.md").page
        let links = try #require(page.blocks.first).content.compactMap { piece -> String? in
            guard case let .start(_, "a", original) = piece else { return nil }
            return original
        }
        #expect(links == ["[", "<", "<"])
    }

    /// A shortcode that shows its `text` (Hugo's glossary tooltips) is
    /// that text in the sentence, between two codes that keep the rest.
    @Test func aShortcodesVisibleTextIsPartOfTheSentence() throws {
        let blocks = try Self.dump(#"각 노드는 {{< glossary_tooltip text="컨트롤 플레인" term_id="control-plane" >}}에 의해 관리된다."#)
        #expect(blocks == ["1 p p[1] 각 노드는 {1}컨트롤 플레인{/1}에 의해 관리된다."])
        // Without a `text`, a link's `title` is what it shows.
        #expect(try Self.dump(#"- {{< openinnewtab href="https://aka.ms/x" title="Azure Playlist on YouTube" >}}"#)
            == ["1 li ul[1]/li[1]/p[1] {1}Azure Playlist on YouTube{/1}"])
    }

    @Test func templateSyntaxIsOpaqueCodes() throws {
        let blocks = try Self.dump("""
            import Tabs from '@theme/Tabs';

            {{< note >}}
            설정을 바꾸면 {{% param "name" %}}을 확인하세요. {% include x.html %} {{ page.title }}
            {{< /note >}}

            :::tip 도움말
            팁입니다.
            :::

            !!! warning "주의"
                들여 쓴 경고입니다.

            ```go
            fmt.Println("{{< not a shortcode >}}")
            ```
            """)
        // The import line is a paragraph of codes only: no block, but it
        // counts in the paths. Space at a block's edges is trimmed, also next to codes.
        #expect(blocks == [
            "3 p p[2] {1/}설정을 바꾸면 {2/}을 확인하세요.{3/}{4/}{5/}",
            "7 p p[3] {1/}도움말 팁입니다.{2/}",
            "11 p p[4] {1/}\"주의\" 들여 쓴 경고입니다.",
            "15 code pre[1] fmt.Println(\"{{< not a shortcode >}}\")",
        ])
    }

    /// A directive's label (Starlight's asides, remark-directive:
    /// `:::note[Have a resource to share?]`) is prose between the
    /// directive's markers, brackets and attributes being the directive's.
    @Test func aDirectivesLabelIsProseBetweenItsMarkers() throws {
        let blocks = try Self.dump("""
            :::note[공유할 리소스가 있나요?]{.wide}
            여기에 적어 주세요.
            :::

            :::caution[사용되지 않음 [v6]]
            이 오류는 더 이상 쓰이지 않습니다.
            :::
            """)
        #expect(blocks == [
            "1 p p[1] {1/}공유할 리소스가 있나요?{2/} 여기에 적어 주세요.{3/}",
            "5 p p[2] {1/}사용되지 않음 [v6]{2/} 이 오류는 더 이상 쓰이지 않습니다.{3/}",
        ])
    }

    /// A line that is one MDX component tag does not open an HTML block
    /// that swallows the Markdown after it (MDX reads that as Markdown): the
    /// code fence right after `<Fragment slot="vue">` is a code block, and
    /// the prose after the closing tag is prose.
    @Test func aComponentTagOnItsOwnLineLeavesTheMarkdownAfterIt() throws {
        let blocks = try Self.dump("""
            <Tabs>
            <Fragment slot="vue">
            ```vue
            <template>

              <aside>...</aside>
            </template>
            ```
            </Fragment>
            </Tabs>
            ### 지도 사용

            지도는 좋은 선택입니다.
            """)
        #expect(blocks == [
            "4 code pre[1] <template>\n\n  <aside>...</aside>\n</template>",
            "11 h3 h3[1] 지도 사용",
            "13 p p[3] 지도는 좋은 선택입니다.",
        ])
    }

    /// MDX has no indented code: a component's children indented by four
    /// spaces stay prose (Astro's `<Steps>`), in a list item too; a fenced
    /// block stays code, and a Markdown page keeps CommonMark's indented code.
    @Test func mdxHasNoIndentedCode() throws {
        let text = """
            <Card>

                1. 설치 가이드를 따르세요.

                        두 번째 문단입니다.

            </Card>

                ```sh
                npm install
                ```
            """
        #expect(try Self.dump(text, file: "page.mdx") == [
            "3 li ol[1]/li[1]/p[1] 설치 가이드를 따르세요.",
            "5 li ol[1]/li[1]/p[2] 두 번째 문단입니다.",
            "10 code pre[1] npm install",
        ])
        #expect(try Self.dump("문단입니다.\n\n    코드입니다.\n", file: "page.md") == [
            "1 p p[1] 문단입니다.",
            "3 code pre[1] 코드입니다.",
        ])
    }

    /// CommonMark reads no tag named by a member expression as HTML; MDX
    /// does (a component's part, as nodejs.org's download page uses them).
    @Test func mdxMemberTagsAreOpaqueCodes() throws {
        let blocks = try Self.dump("""
            Get Node.js® <Release.VersionDropdown /> for <Release.OperatingSystemDropdown value={os} />.

            <Release.Provider>

            Read the <Release.ChangelogLink kind="a>b">changelog</Release.ChangelogLink> for `<Release.Provider>`.

            </Release.Provider>

            a <b.> c < d.e
            """)
        #expect(blocks == [
            "1 p p[1] Get Node.js® {1/}for {2/}.",
            "5 p p[3] Read the {1}changelog{/1} for {2}<Release.Provider>{/2}.",
            "9 p p[5] a <b.> c < d.e",
        ])
    }

    /// cmark-gfm keeps its extensions' characters in one table for the
    /// process; pages read on several threads at once must still all see
    /// strikethrough's `~` (Klaytn's `\[0~9, a~f\]` was read two ways).
    @Test func pagesReadAtOnceAreReadAlike() throws {
        let page = (1...40).map { "- 16진수만 \\[0~\($0), a~f\\] 사용 가능 ~~지움~~ www.example.org" }.joined(separator: "\n")
        let expected = try Self.dump(page)
        let results = Results(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            results.set(index, (try? Self.dump(page)) ?? [])
        }
        #expect(results.all.allSatisfy { $0 == expected })
    }

    /// One slot per iteration, written from many threads.
    private final class Results: @unchecked Sendable {
        private var values: [[String]]
        private let lock = NSLock()
        init(count: Int) { values = Array(repeating: [], count: count) }
        func set(_ index: Int, _ value: [String]) { lock.withLock { values[index] = value } }
        var all: [[String]] { lock.withLock { values } }
    }

    @Test func codeFencesAreCodeBlocksOnTheirFirstLine() throws {
        let page = try MarkdownReader().read(text: "문단.\n\n```sh\nmake\nmake install\n```\n\n    indented\n", path: "p.md").page
        #expect(page.blocks.map(Self.line) == ["1 p p[1] 문단.", "4 code pre[1] make\nmake install", "8 code pre[2] indented"])
        #expect(page.blocks[1].location(atTextOffset: 5).line == 5)
    }

    @Test func tablesGiveOneBlockPerCell() throws {
        #expect(try Self.dump("""
            | 이름 | 설명 |
            | --- | --- |
            | `dari` | 번역 *도구* |
            """) == [
                "1 td table[1]/tr[1]/td[1] 이름", "1 td table[1]/tr[1]/td[2] 설명",
                "3 code table[1]/tr[2]/td[1] {1}dari{/1}", "3 td table[1]/tr[2]/td[2] 번역 {1}도구{/1}",
            ])
    }

    @Test func nestedListsGiveOneItemEach() throws {
        #expect(try Self.dump("""
            - 첫째
              - 안쪽
                1. 더 안쪽
            - 둘째

              둘째의 둘째 문단
            """) == [
                "1 li ul[1]/li[1]/p[1] 첫째",
                "2 li ul[1]/li[1]/ul[1]/li[1]/p[1] 안쪽",
                "3 li ul[1]/li[1]/ul[1]/li[1]/ol[1]/li[1]/p[1] 더 안쪽",
                "4 li ul[1]/li[2]/p[1] 둘째",
                "6 li ul[1]/li[2]/p[2] 둘째의 둘째 문단",
            ])
    }

    @Test func aKoreanParagraphKnowsTheLineOfEachSentence() throws {
        let page = try MarkdownReader().read(text: """
            > 인용문의 첫 문장입니다.
            > 둘째 문장은 **여기서
            > 끝납니다**. 셋째 문장입니다.
            """, path: "p.md").page
        let block = try #require(page.blocks.first)
        #expect(block.kind == .blockquote)
        let text = block.text
        func line(of sentence: String) throws -> Int {
            let range = try #require(text.range(of: sentence))
            return block.location(atTextOffset: text.utf16.distance(from: text.startIndex, to: range.lowerBound)).line
        }
        #expect(try line(of: "인용문의") == 1)
        #expect(try line(of: "둘째") == 2)
        #expect(try line(of: "끝납니다") == 3)
        #expect(try line(of: "셋째") == 3)
    }

    @Test func headingAnchorsAreTakenIntoThePath() throws {
        #expect(try Self.dump("""
            # 설치 {#install}

            ## 설정 <a id="configure"></a>

            <h2 id="faq">자주 묻는 질문</h2>

            ### 그 밖에
            """) == [
                "1 h1 h1[1]{#install} 설치",
                "3 h2 h2[1]{#configure} 설정{1}{/1}",
                "5 h2 html[1]/h2[1]{#faq} 자주 묻는 질문",
                "7 h3 h3[1] 그 밖에",
            ])
    }

    /// MDX comments are no prose; one word in one at a heading's end is its
    /// id, as React's docs and their translations give it (`{/*install*/}`).
    @Test func anMDXCommentIsACodeAndAtAHeadingsEndItsAnchor() throws {
        #expect(try Self.dump("""
            ## 설치하기 {/*installation*/}

            ### `useEffect`는 브라우저를 막지 않습니다 {/* useeffect-does-not-block */}

            ## 두 단어 {/* 나중에 고칠 것 */}

            본문 {/* TODO: translate */} 입니다.
            """) == [
                "1 h2 h2[1]{#installation} 설치하기",
                "3 h3 h3[1]{#useeffect-does-not-block} {1}useEffect{/1}는 브라우저를 막지 않습니다",
                "5 h2 h2[2] 두 단어{1/}",
                "7 p p[1] 본문 {1/}입니다.",
            ])
    }

    /// A heading's anchor is its element id, which pairs it with the other
    /// page's heading as `<h2 id>` does on an HTML page.
    @Test func aHeadingsAnchorIsItsElementID() throws {
        let blocks = try MarkdownReader().read(text: "## 설치 {#install}\n\n## 지난 행사 {/*past-events*/}\n\n본문.\n",
                                               path: "page.md").page.blocks
        #expect(blocks.map(\.elementID) == ["install", "past-events", nil])
    }

    @Test func rawHTMLBlocksGoThroughTheHTMLExtractorWithTheirLines() throws {
        #expect(try Self.dump("""
            첫 문단.

            <div class="note">
            <p>HTML 안의
            문단입니다.</p>
            <img src="a.png" alt="그림">
            </div>
            """) == [
                "1 p p[1] 첫 문단.",
                "4 p html[1]/div/p[1] HTML 안의 문단입니다.",
                "6 @alt html[1]/div/img[1]@alt {1/}그림",
            ])
    }

    /// An image's description is a block of its own. A paragraph that is
    /// only images has no block, so each description carries its image
    /// (`{1/}`), and a changed image is still compared (`tag-mismatch`).
    @Test func imagesGiveTheirAltText() throws {
        #expect(try Self.dump("![설치 화면](install.png \"설치\")\n") == [
            "1 @alt p[1]/img@alt {1/}설치 화면", "1 @title p[1]/img@title 설치",
        ])
        // In a paragraph with text, the paragraph carries the image.
        #expect(try Self.dump("설치 화면: ![화면](install.png)\n").last == "1 @alt p[1]/img@alt 화면")
    }
}
