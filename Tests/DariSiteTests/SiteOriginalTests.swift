import DariModel
import DariSite
import DariTestSupport
import Testing

/// `--source-root`, `--target-root` and `dari.json`'s `pages` name the
/// original's side first; the aligner still reads Korean as its source.
@Suite struct SiteOriginalTests {
    static let files = [
        "site/manual/intro.html": "<html lang=\"en\"><body><p>Hello.</p></body></html>",
        "site/번역/소개.html": "<html lang=\"ko\"><body><p>안녕하세요.</p></body></html>",
    ]

    @Test func rootsAndPagesAreGivenOriginalFirst() throws {
        var files = Self.files
        files["site/dari.json"] = #"{"source": "en", "pages": {"intro.html": "소개.html"}}"#
        let folder = try ScratchFolder("dari-site-original", files: files)
        let configuration = try ConfigurationFile.load(fileAt: folder.path + "/site/dari.json")
        let site = try Site(folder: folder.path + "/site", sourceRoot: "manual", targetRoot: "번역",
                            configuration: configuration)
        #expect(site.original == .english)
        #expect(site.layout.summary == "번역 ↔ manual")
        #expect(site.pageMapping == ["소개.html": "intro.html"])
    }

    @Test func theCommandLineWinsOverTheFile() throws {
        var files = Self.files
        files["site/dari.json"] = #"{"source": "en"}"#
        let folder = try ScratchFolder("dari-site-original", files: files)
        let configuration = try ConfigurationFile.load(fileAt: folder.path + "/site/dari.json")
        let site = try Site(folder: folder.path + "/site", original: .korean, sourceRoot: "번역", targetRoot: "manual",
                            configuration: configuration)
        #expect(site.original == .korean && site.layout.summary == "번역 ↔ manual")
    }

    // MARK: The generator's default language

    static let pages = [
        "content/ko/a.md": "# 안녕하세요\n", "content/en/a.md": "# Hello\n",
    ]

    /// The original a site generator's configuration names, and the setting the note quotes.
    @Test(arguments: [
        ("config.toml", "baseURL = \"https://example.org/\"\n# defaultContentLanguage = \"ko\"\ndefaultContentLanguage = \"en\"\n",
         "defaultContentLanguage = \"en\""),
        ("config/_default/hugo.yaml", "defaultcontentlanguage: en-us\n", "defaultcontentlanguage: en-us"),
        ("hugo.json", "{\n  \"defaultContentLanguage\": \"en\"\n}\n", "\"defaultContentLanguage\": \"en\""),
        ("docusaurus.config.js", "module.exports = {\n  i18n: {\n    defaultLocale: 'en',\n    locales: ['en', 'ko'],\n  },\n};\n",
         "defaultLocale: 'en'"),
        ("mkdocs.yml", "plugins:\n  - i18n:\n      languages:\n        - locale: ko\n          name: 한국어\n"
            + "        - locale: en\n          name: English\n          default: true\n",
         "- locale: en name: English default: true"),
        ("mkdocs.yml", "plugins:\n  - i18n:\n      default_language: en\n", "default_language: en"),
        ("astro.config.mjs", "export default defineConfig({\n  integrations: [starlight({\n      defaultLocale: 'en',\n"
            + "      locales: { en: { label: 'English' }, ko: { label: '한국어' } },\n  })],\n});\n",
         "defaultLocale: 'en'"),
        ("_config.yml", "languages: [\"en\", \"ko\"]\ndefault_lang: \"en\"\n", "default_lang: \"en\""),
    ])
    func aGeneratorsDefaultLanguageIsTheOriginal(file: String, text: String, setting: String) throws {
        var files = Self.pages
        files[file] = text
        let folder = try ScratchFolder("dari-site-generator", files: files)
        let site = try Site(folder: folder.path)
        #expect(site.original == .english)
        #expect(site.generatorLanguage == GeneratorLanguage(language: .english, file: file, setting: setting))
        #expect(site.generatorLanguage?.note(site: "site").description
            == "site: note: taking English as the original language, as \(file) says (\(setting)); "
            + "--source or \"source\" in dari.json says otherwise")
    }

    /// `--source` and `dari.json` say it first; a default that is neither
    /// language, or a configuration that names none, leaves Korean the default.
    @Test func whatTheUserSaysComesFirstAndOtherLanguagesSayNothing() throws {
        var files = Self.pages
        files["config.toml"] = "defaultContentLanguage = \"en\"\n"
        let folder = try ScratchFolder("dari-site-generator", files: files)
        let told = try Site(folder: folder.path, original: .korean)
        #expect(told.original == .korean && told.generatorLanguage == nil)
        try folder.write("dari.json", #"{"source": "ko"}"#)
        let configured = try Site(folder: folder.path, configuration: ConfigurationFile.load(fileAt: folder.path + "/dari.json"))
        #expect(configured.original == .korean && configured.generatorLanguage == nil)

        for text in ["defaultContentLanguage = \"zh-cn\"\n", "title = \"Docs\"\n"] {
            let other = try ScratchFolder("dari-site-generator", files: Self.pages.merging(["hugo.toml": text]) { $1 })
            let site = try Site(folder: other.path)
            #expect(site.original == .korean && site.generatorLanguage == nil)
        }
    }

    /// `dari check content` in a Hugo site: the configuration is one folder up.
    @Test func theConfigurationAboveAContentFolderCounts() throws {
        var files = Self.pages
        files["config.toml"] = "defaultContentLanguage = \"en\"\n"
        let folder = try ScratchFolder("dari-site-generator", files: files)
        let site = try Site(folder: folder.path + "/content")
        #expect(site.original == .english && site.generatorLanguage?.file == "../config.toml")
    }
}
