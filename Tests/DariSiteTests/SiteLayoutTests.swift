import DariAlignment
import DariModel
import DariSite
import DariTestSupport
import Testing

/// A site's layout is found from its folders and file names; `dari.json`'s
/// `"layout"` settles a folder that could be read more than one way.
@Suite struct SiteLayoutTests {
    static func page(_ lang: String, _ text: String) -> String {
        "<!DOCTYPE html><html lang=\"\(lang)\"><body><p>\(text)</p></body></html>\n"
    }

    static let korean = page("ko", "안녕하세요.")
    static let english = page("en", "Hello.")

    /// A site opened in a scratch folder, which lives as long as this value.
    private struct Fixture {
        let folder: ScratchFolder
        let site: Site
    }

    private func open(_ files: [String: String], configuration: String? = nil) throws -> Fixture {
        var files = files
        if let configuration { files["dari.json"] = configuration }
        let folder = try ScratchFolder("dari-layout", files: files)
        let file = try configuration.map { _ in try ConfigurationFile.load(fileAt: folder.path + "/dari.json") }
        return Fixture(folder: folder, site: try Site(folder: folder.path, configuration: file))
    }

    @Test func theClassicLanguageFoldersAtTheTopAreAFolderLayout() throws {
        let opened = try open(["ko/a.html": Self.korean, "en/a.html": Self.english])
        #expect(opened.site.layout.summary == "ko ↔ en")
        #expect(try opened.site.pages() == SitePages(korean: [SitePage(path: "ko/a.html", key: "a.html")],
                                              english: [SitePage(path: "en/a.html", key: "a.html")]))
    }

    /// Hugo by directory keeps `content/ko` next to `content/en` (Starlight
    /// `src/content/docs/ko`); its built `public/` copy is not searched, or
    /// the built pages would pair too.
    @Test(arguments: ["content", "docs", "website/content", "src/content/docs"])
    func languageFoldersBelowTheTopAreFoundAndKeyedByTheirRelativePath(parent: String) throws {
        let opened = try open([
            "\(parent)/ko/news/a.html": Self.korean, "\(parent)/en/news/a.html": Self.english,
            "public/ko/news/a.html": Self.korean, "public/en/news/a.html": Self.english,
            "README.html": Self.english,
        ])
        #expect(opened.site.layout.summary == "\(parent)/ko ↔ \(parent)/en")
        #expect(try opened.site.pages() == SitePages(korean: [SitePage(path: "\(parent)/ko/news/a.html", key: "news/a.html")],
                                              english: [SitePage(path: "\(parent)/en/news/a.html", key: "news/a.html")]))
    }

    /// `dari check .` run inside a Hugo site: the site folder spelled `.`
    /// is searched like any other (joined with nothing it stays `.`), and
    /// page paths carry no `./`.
    @Test func aSiteSpelledDotIsSearchedBelowItsTop() {
        #expect(Site.join(".", "") == ".")
        #expect(Site.join(".", "content") == "content")
        #expect(Site.join("", "content") == "content")
        #expect(Site.join("site/", "") == "site/")
    }

    @Test func severalLanguageFolderPairsAtOneDepthKeepTheirPagesApart() throws {
        let opened = try open([
            "docs/ko/a.html": Self.korean, "docs/en/a.html": Self.english,
            "blog/ko/a.html": Self.korean, "blog/en/a.html": Self.english,
        ])
        #expect(opened.site.layout.summary == "blog/ko ↔ blog/en, docs/ko ↔ docs/en")
        #expect(try opened.site.pages().korean.map(\.key) == ["blog/a.html", "docs/a.html"])
    }

    /// Docusaurus keeps the default locale in `docs/` and `blog/` and each
    /// other locale under `i18n/`: an English site translated into Korean.
    @Test func docusaurusPairsDocsAndBlogWithTheirI18nCopies() throws {
        let opened = try open([
            "docs/intro.html": Self.english, "docs/guide/setup.html": Self.english,
            "blog/2024-01-01-hello.html": Self.english,
            "i18n/ko/docusaurus-plugin-content-docs/current/intro.html": Self.korean,
            "i18n/ko/docusaurus-plugin-content-docs/current/guide/setup.html": Self.korean,
            "i18n/ko/docusaurus-plugin-content-blog/2024-01-01-hello.html": Self.korean,
            "build/ko/intro.html": Self.korean,
        ])
        #expect(opened.site.layout is DocusaurusLayout)
        let pages = try opened.site.pages()
        #expect(pages.english.map(\.key) == ["docs/guide/setup.html", "docs/intro.html", "blog/2024-01-01-hello.html"])
        #expect(pages.korean.map(\.key) == pages.english.map(\.key))
        #expect(pages.korean.map(\.path).contains("i18n/ko/docusaurus-plugin-content-docs/current/guide/setup.html"))
        let pairs = try SiteAligner(sentenceAligner: DiagonalAligner()).align(opened.site).pairs
        #expect(pairs.count == 3 && pairs.allSatisfy { $0.method == .mirroredPath })
    }

    /// A versioned Docusaurus site keeps each version's docs in
    /// `versioned_docs/version-N/` and their translation in
    /// `…-docs/version-N/`; a second docs plugin (id `community`) in
    /// `community/` and `…-docs-community/current/`. Each pairs with its own copy.
    @Test func docusaurusPairsVersionsAndPluginInstancesWithTheirOwnCopies() throws {
        let opened = try open([
            "docs/intro.html": Self.english,
            "versioned_docs/version-3/intro.html": Self.english,
            "versioned_docs/version-2/intro.html": Self.english,
            "community/history.html": Self.english,
            "community_versioned_docs/version-1/history.html": Self.english,
            "i18n/ko/docusaurus-plugin-content-docs/current/intro.html": Self.korean,
            "i18n/ko/docusaurus-plugin-content-docs/version-3/intro.html": Self.korean,
            "i18n/ko/docusaurus-plugin-content-docs-community/current/history.html": Self.korean,
            "i18n/ko/docusaurus-plugin-content-docs-community/version-1/history.html": Self.korean,
            "i18n/ko/docusaurus-plugin-content-docs-missing/current/gone.html": Self.korean,
        ])
        #expect(opened.site.layout.summary == [
            "i18n/ko/docusaurus-plugin-content-docs/current ↔ docs",
            "i18n/ko/docusaurus-plugin-content-docs-community/current ↔ community",
            "i18n/ko/docusaurus-plugin-content-docs-community/version-1 ↔ community_versioned_docs/version-1",
            "i18n/ko/docusaurus-plugin-content-docs/version-3 ↔ versioned_docs/version-3",
        ].joined(separator: ", "))
        let pages = try opened.site.pages()
        #expect(pages.korean.map(\.key) == pages.english.map(\.key))
        #expect(pages.english.map(\.key) == ["docs/intro.html", "community/history.html",
                                             "community_versioned_docs/version-1/history.html",
                                             "versioned_docs/version-3/intro.html"])
        let pairs = try SiteAligner(sentenceAligner: DiagonalAligner()).align(opened.site).pairs
        #expect(pairs.count == 4 && pairs.allSatisfy { $0.method == .mirroredPath })
    }

    /// A Korean-default Docusaurus site translated into English (`dari.json`
    /// `"source": "ko"` is the default): `docs/` is Korean.
    @Test func aDocusaurusSiteWrittenInKoreanHasItsDocsInKorean() throws {
        let opened = try open([
            "docs/intro.html": Self.korean,
            "i18n/en/docusaurus-plugin-content-docs/current/intro.html": Self.english,
        ])
        #expect(opened.site.layout.summary == "docs ↔ i18n/en/docusaurus-plugin-content-docs/current")
    }

    @Test(arguments: [
        ("page.ko.md", Language.korean, "page.md"),
        ("page.en.md", .english, "page.md"),
        ("guide/index.ko.html", .korean, "guide/index.html"),
        ("guide/index.en-US.html", .english, "guide/index.html"),
        ("v1.2.ko.mdx", .korean, "v1.2.mdx"),
    ])
    func aLanguageSuffixNamesThePagesLanguage(path: String, language: Language, key: String) throws {
        let suffix = try #require(SuffixLayout.suffix(of: path))
        #expect(suffix.language == language && suffix.key == key)
    }

    @Test(arguments: ["page.md", "setup.old.md", ".ko.md", "notes.fr.md", "ko.md", "archive.kor.html"])
    func otherDotsAreNoLanguageSuffix(path: String) {
        #expect(SuffixLayout.suffix(of: path) == nil)
    }

    /// `page.ko.md` next to `page.md` (Hugo by file name): only Korean is
    /// suffixed, so an unsuffixed page is English whatever the original.
    @Test func aSuffixedTranslationPairsWithTheUnsuffixedPage() {
        let layout = SuffixLayout(root: "content", unmarked: .english)
        let pages = layout.pages(among: ["about.ko.md", "about.md", "posts/hello.ko.md", "posts/hello.md", "new.md"])
        #expect(pages.korean == [SitePage(path: "content/about.ko.md", key: "about.md"),
                                 SitePage(path: "content/posts/hello.ko.md", key: "posts/hello.md")])
        #expect(pages.english == [SitePage(path: "content/about.md", key: "about.md"),
                                  SitePage(path: "content/new.md", key: "new.md"),
                                  SitePage(path: "content/posts/hello.md", key: "posts/hello.md")])
    }

    /// HTML and Markdown mix in one tree: each page pairs with its own
    /// format's counterpart, by the same rule.
    @Test func pagesOfEveryFormatPairByTheSameRule() {
        let pages = SuffixLayout(root: "", unmarked: .english)
            .pages(among: ["guide.ko.md", "guide.md", "legacy/index.ko.html", "legacy/index.html"])
        #expect(pages.korean.map(\.key) == pages.english.map(\.key))
        #expect(pages.korean.map(\.key) == ["guide.md", "legacy/index.html"])
    }

    /// MkDocs i18n's suffix structure suffixes every language; a page left
    /// unsuffixed is in the default language, and never takes a suffixed page's key.
    @Test func bothLanguagesSuffixedPairByTheirCommonKey() {
        let layout = SuffixLayout(root: "docs", unmarked: .english)
        let pages = layout.pages(among: ["index.en.md", "index.ko.md", "index.md", "license.md"])
        #expect(pages.korean == [SitePage(path: "docs/index.ko.md", key: "index.md")])
        #expect(pages.english == [SitePage(path: "docs/index.en.md", key: "index.md"),
                                  SitePage(path: "docs/index.md", key: "index.md#unsuffixed"),
                                  SitePage(path: "docs/license.md", key: "license.md")])
    }

    @Test func aSuffixSiteIsFoundUnderTheFolderThatHoldsItsSuffixedPages() throws {
        let opened = try open([
            "README.html": Self.english,
            "content/about.ko.html": Self.korean, "content/about.html": Self.english,
            "content/posts/a.ko.html": Self.korean, "content/posts/a.html": Self.english,
            "public/about.ko.html": Self.korean,
        ])
        let layout = try #require(opened.site.layout as? SuffixLayout)
        #expect(layout == SuffixLayout(root: "content", unmarked: .english))
        let result = try SiteAligner(sentenceAligner: DiagonalAligner()).align(opened.site)
        #expect(result.pairs.count == 2 && result.pairs.allSatisfy { $0.method == .mirroredPath })
        #expect(result.memory.files.map(\.original) == ["content/about.ko.html", "content/posts/a.ko.html"])
        #expect(result.memory.files.map(\.targetOriginal) == ["content/about.html", "content/posts/a.html"])
    }

    /// With both languages suffixed, an unsuffixed page is in the original:
    /// `dari.json`'s `source`.
    @Test func unsuffixedPagesFollowTheOriginalWhenBothLanguagesAreSuffixed() throws {
        let files = ["a.ko.html": Self.korean, "a.en.html": Self.english, "b.html": Self.english]
        let korean = try open(files)
        #expect((korean.site.layout as? SuffixLayout)?.unmarked == .korean)
        let english = try open(files, configuration: #"{"source": "en"}"#)
        #expect((english.site.layout as? SuffixLayout)?.unmarked == .english)
    }

    /// A page inside a language folder is that folder's language, whatever its name.
    @Test func suffixedNamesInsideLanguageFoldersDoNotMakeASuffixSite() throws {
        let opened = try open(["ko/a.ko.html": Self.korean, "en/a.ko.html": Self.english])
        #expect(opened.site.layout.summary == "ko ↔ en")
    }

    /// Jekyll Polyglot's own site: the default language at the top of each
    /// collection, the translation in a folder named for its language.
    @Test func aTranslationInALanguageFolderInsideTheOriginalsPairsByRelativePath() throws {
        let opened = try open([
            "_config.yml": "languages: [\"en\", \"ko\"]\ndefault_lang: \"en\"\n",
            "_posts/2024-05-01-release.md": Self.english, "_posts/2024-06-01-news.md": Self.english,
            "_posts/ko/2024-05-01-release.md": Self.korean,
            "_pages/about.md": Self.english, "_pages/ko/about.md": Self.korean,
            "_layouts/post.html": Self.english, "_site/ko/about.html": Self.korean,
        ])
        let layout = try #require(opened.site.layout as? SubfolderLayout)
        #expect(layout.summary == "_pages/ko ↔ _pages, _posts/ko ↔ _posts")
        #expect(try opened.site.pages() == SitePages(
            korean: [SitePage(path: "_pages/ko/about.md", key: "_pages/about.md"),
                     SitePage(path: "_posts/ko/2024-05-01-release.md", key: "_posts/2024-05-01-release.md")],
            english: [SitePage(path: "_pages/about.md", key: "_pages/about.md"),
                      SitePage(path: "_posts/2024-05-01-release.md", key: "_posts/2024-05-01-release.md"),
                      SitePage(path: "_posts/2024-06-01-news.md", key: "_posts/2024-06-01-news.md")]))
    }

    /// English at the top of a site, Korean in `ko/`: Jekyll's templates
    /// (`_layouts`, `_includes`) are no pages, its posts are when `ko/` has them too.
    @Test func aKoreanFolderAtTheTopPairsWithTheRestOfTheSite() throws {
        let opened = try open([
            "index.html": Self.english, "about.html": Self.english, "_posts/a.md": Self.english,
            "ko/index.html": Self.korean, "ko/_posts/a.md": Self.korean,
            "_layouts/default.html": Self.english, "_includes/nav.html": Self.english,
        ])
        #expect(opened.site.layout.summary == "ko ↔ .")
        let pages = try opened.site.pages()
        #expect(pages.korean.map(\.key) == ["_posts/a.md", "index.html"])
        #expect(pages.english.map(\.key) == ["_posts/a.md", "about.html", "index.html"])
    }

    /// A Korean site with its English edition in `eng/`.
    @Test func anEnglishFolderAtTheTopPairsWithTheKoreanSite() throws {
        let opened = try open(["index.html": Self.korean, "about/greeting.html": Self.korean,
                               "eng/index.html": Self.english, "eng/about/greeting.html": Self.english])
        #expect(opened.site.layout as? SubfolderLayout == SubfolderLayout(marked: .english, sections: [.init(parent: "", languageFolder: "eng")]))
        #expect(opened.site.layout.summary == ". ↔ eng")
        let result = try SiteAligner(sentenceAligner: DiagonalAligner()).align(opened.site)
        #expect(result.memory.files.map(\.original) == ["about/greeting.html", "index.html"])
        #expect(result.memory.files.map(\.targetOriginal) == ["eng/about/greeting.html", "eng/index.html"])
    }

    /// A folder named like a language with no page that pairs is no layout,
    /// and a folder per language is read as one, whatever else has a language folder.
    @Test func aLanguageFolderWithoutAPairOrBesideAFolderPerLanguageIsNoSubfolderLayout() throws {
        let unpaired = try ScratchFolder("dari-layout", files: ["guide.html": Self.english, "assets/ko/banner.html": Self.korean])
        #expect(try SiteLayouts.layout(of: unpaired.path, original: .korean, configured: nil) == nil)
        let opened = try open(["ko/a.html": Self.korean, "en/a.html": Self.english,
                               "en/_posts/b.md": Self.english, "en/_posts/ko/b.md": Self.korean])
        #expect(opened.site.layout.summary == "ko ↔ en")
    }

    @Test func aFolderThatCouldBeTwoLayoutsIsRefusedWithTheKeyToSet() throws {
        let files = ["ko/a.html": Self.korean, "en/a.html": Self.english,
                     "notes/b.ko.html": Self.korean, "notes/b.html": Self.english]
        let folder = try ScratchFolder("dari-layout", files: files)
        do {
            _ = try Site(folder: folder.path)
            Issue.record("expected an error")
        } catch {
            #expect(error == .ambiguousLayout(site: folder.path, found: [
                "\"folders\" (ko ↔ en)", "\"suffix\" (in notes/: page.ko.EXT ↔ page.EXT or page.en.EXT)",
            ]))
            #expect(error.description.hasSuffix(#"say which in \#(folder.path)/dari.json, e.g. {"layout": "folders"}"#))
            #expect(error.exitStatus == 65)
        }
        let chosen = try open(files, configuration: #"{"layout": "suffix"}"#)
        #expect(chosen.site.layout.summary == "in notes/: page.ko.EXT ↔ page.EXT or page.en.EXT")
    }

    @Test func aConfiguredLayoutThatIsNotThereSaysWhatItLooksFor() throws {
        let folder = try ScratchFolder("dari-layout", files: ["ko/a.html": Self.korean, "en/a.html": Self.english,
                                                              "dari.json": #"{"layout": "docusaurus"}"#])
        let file = try ConfigurationFile.load(fileAt: folder.path + "/dari.json")
        #expect(throws: SiteError.layoutNotFound(site: folder.path, layout: .docusaurus)) {
            try Site(folder: folder.path, configuration: file)
        }
        #expect(SiteError.layoutNotFound(site: "s", layout: .docusaurus).description.contains(
            #"name another layout: "folders", "docusaurus", "suffix" or "subfolder""#))
    }

    /// Hugo pairs differently named pages by a front matter key; the page
    /// reader sets `Page.translationKey`, the pairer trusts it after the
    /// configuration and `hreflang`, before mirrored paths.
    @Test func aSharedTranslationKeyPairsPagesWhosePathsDiffer() {
        func record(_ path: String, _ root: String, _ key: String?) -> PageRecord {
            PageRecord(path: path, sitePath: root + "/" + path, translationKey: key)
        }
        let pairs = PagePairer().pair(
            source: [record("소개.md", "content/ko", "about"), record("b.md", "content/ko", "shared"),
                     record("c.md", "content/ko", "shared"), record("same.md", "content/ko", "x")],
            target: [record("about.md", "content/en", "about"), record("d.md", "content/en", "shared"),
                     record("same.md", "content/en", "y")]
        )
        #expect(pairs == [
            PagePair(source: "b.md", target: nil, method: .unpaired),
            PagePair(source: "c.md", target: nil, method: .unpaired),
            PagePair(source: "same.md", target: "same.md", method: .mirroredPath),
            PagePair(source: "소개.md", target: "about.md", method: .translationKey),
            PagePair(source: nil, target: "d.md", method: .unpaired),
        ])
    }

    /// An `hreflang` link resolves to the linked page's key, whatever the layout.
    @Test func alternateLinksResolveInASuffixSite() {
        let korean = PageRecord(path: "about.html", sitePath: "about.ko.html", alternates: [("en", "about.html")])
        let pairs = PagePairer().pair(source: [korean, PageRecord(path: "x.html", sitePath: "x.ko.html")],
                                      target: [PageRecord(path: "x.html", sitePath: "about.html")])
        #expect(pairs.first == PagePair(source: "about.html", target: "x.html", method: .alternateLink))
    }

    /// Two files as one pair: the Korean one is the one that says so, the
    /// other of one that says its language, else the one with more Hangul.
    @Test(arguments: [
        (#"<html lang="en"><body><p>한국어를 인용합니다: 안녕하세요.</p></body></html>"#, "<html><body><p>Hello.</p></body></html>", "b.html"),
        ("<html><body><p>Hello, 서울.</p></body></html>", "<html><body><p>서울에 오신 것을 환영합니다, Seoul.</p></body></html>", "b.html"),
        (#"<html lang="ko"><body><p>Hello.</p></body></html>"#, "<html><body><p>안녕하세요.</p></body></html>", "a.html"),
    ])
    func aPagePairsLanguagesComeFromTheirLangElseTheirScript(first: String, second: String, korean: String) throws {
        let folder = try ScratchFolder("dari-pair", files: ["a.html": first, "b.html": second])
        let site = try Site(pages: folder.path + "/a.html", folder.path + "/b.html")
        let layout = try #require(site.layout as? PagePairLayout)
        #expect(layout.korean == folder.path + "/" + korean)
        #expect(try site.pages().korean.map(\.path) == [folder.path + "/" + korean])
    }
}
