import DariAlignment
import DariExtraction
import DariMemory
import DariModel
import DariSegmentation
import Foundation

/// A bilingual site on disk: a folder whose pages come in two languages.
///
/// The classic site holds `ko/` and `en/`; other layouts (a folder per
/// language deeper down, Docusaurus, a language suffix on file names) are
/// found by `SiteLayouts`, or named in `dari.json` (`"layout"`) when the
/// folder could be read more than one way. The roots can also be given
/// explicitly (`--source-root`, `--target-root`), and `dari.json` may map
/// pages whose paths differ (`{"pages": {"소개.html": "about.html"}}`, by
/// their keys: root-relative in a folder layout; `ConfigurationFile.pageMapping`).
///
/// Either language can be the original (`original`: `dari.json` `"source"`,
/// `--source`). The sentence aligner reads Korean as its source whichever it
/// is (its lexicon and signals are directional), so `sourceLanguage` and
/// `pageMapping` describe the Korean side, and the memory is turned to the
/// original afterwards (`SiteAligner.Result.oriented(for:)`).
public struct Site: Sendable {
    /// The site folder as the user named it (`Corpus`), used in messages and
    /// locations; "." for a page pair, whose paths are used as given.
    public var folder: String
    /// The language the site was written in: the memory's source language.
    public var original: Language
    /// The side the aligner reads as its source (Korean) and as its target (English).
    public var sourceLanguage: Language
    public var targetLanguage: Language
    /// Where each language's pages are.
    public var layout: any SiteLayout
    /// Korean page key → English page key, from `dari.json`.
    public var pageMapping: [String: String]
    /// The page formats, with the site's settings (`"skip"`: its chrome).
    public var readers: [any PageReader]
    /// The largest page file `pages()` lists (`dari.json` `limits.pageMegabytes`,
    /// else `ConfigurationFile.defaultMaximumPageBytes`); a larger one is skipped unread.
    public var maximumPageBytes: Int = ConfigurationFile.defaultMaximumPageBytes
    /// Set when the original was taken from the site generator's own
    /// configuration (neither `--source` nor `dari.json` said), for a note.
    public var generatorLanguage: GeneratorLanguage?

    /// Opens the site in `folder`.
    ///
    /// - Parameters:
    ///   - original: the language the site was written in; nil: the
    ///     configuration's `source`, else the generator's default language
    ///     (`GeneratorLanguage`), else Korean.
    ///   - sourceRoot: the original's root (`--source-root`), nil: found by name.
    ///   - targetRoot: the translation's root (`--target-root`), nil: found by name.
    ///   - configuration: the site's `dari.json`, when it has one (found by
    ///     the caller: `DefaultFiles`); its `pages` map the original's paths
    ///     to the translation's, its `layout` names the layout.
    /// - Throws: `SiteError` when the folder or a language root is missing,
    ///   the layout is ambiguous or not the one configured, or a page format
    ///   cannot use a setting (`.configuration`).
    public init(folder: String, original: Language? = nil, sourceRoot: String? = nil, targetRoot: String? = nil,
                configuration: ConfigurationFile? = nil) throws(SiteError) {
        guard InputFile.exists(folder) else { throw .folderNotFound(folder) }
        guard InputFile.isFolder(folder) else { throw .notAFolder(folder) }
        self.folder = folder
        let said = original ?? configuration?.sourceLanguage
        self.generatorLanguage = said == nil ? GeneratorLanguage.find(in: folder) : nil
        let original = said ?? generatorLanguage?.language ?? .korean
        self.original = original
        self.sourceLanguage = .korean
        self.targetLanguage = .english
        let folders = Self.subfolders(of: folder)
        let isKoreanOriginal = original == .korean
        func root(_ given: String?, _ language: Language) throws(SiteError) -> String {
            if let given {
                guard Self.isFolder(Self.join(folder, given)) else {
                    throw .languageRootMissing(site: folder, root: given, found: folders)
                }
                return given
            }
            guard let found = Self.languageRoot(for: language, among: folders) else {
                if let site = Self.siteAbove(languageFolder: folder) { throw .languageFolderGiven(folder, site: site) }
                throw .languageRootMissing(site: folder, root: language.tag, found: folders)
            }
            return found
        }
        if sourceRoot == nil, targetRoot == nil,
           let layout = try SiteLayouts.layout(of: folder, original: original, configured: configuration?.layout) {
            self.layout = layout
        } else {
            // Roots named on the command line, or no layout found: the
            // classic `ko/` ↔ `en/`, whose error says which folder is missing.
            let korean = try root(isKoreanOriginal ? sourceRoot : targetRoot, .korean)
            let english = try root(isKoreanOriginal ? targetRoot : sourceRoot, .english)
            self.layout = FolderLayout(sections: [FolderLayout.Section(korean: korean, english: english)])
        }
        let mapping = configuration?.pageMapping ?? [:]
        // The user maps original → translation; the aligner wants Korean → English.
        self.pageMapping = isKoreanOriginal
            ? mapping : Dictionary(mapping.map { ($0.value, $0.key) }, uniquingKeysWith: { min($0, $1) })
        do {
            self.readers = try PageReaders.configured(by: configuration)
        } catch {
            throw .configuration(error)
        }
        self.maximumPageBytes = configuration?.maximumPageBytes ?? ConfigurationFile.defaultMaximumPageBytes
    }

    /// The site's pages, by language (`layout`), in one walk of its folders.
    ///
    /// The one place where files are left out unread (`SitePages.skipped`):
    /// what is not a regular file, and a page over `maximumPageBytes`, so
    /// neither a page reader (HTML or Markdown) nor the cache's hash opens it.
    /// - Throws: `SiteError` when a language root is gone or has no pages.
    public func pages() throws(SiteError) -> SitePages {
        var pages = try layout.pages(in: folder)
        var tooLarge: [SkippedPage] = []
        func fits(_ page: SitePage) -> Bool {
            guard let size = InputFile.size(of: path(of: page.path)), size > maximumPageBytes else { return true }
            tooLarge.append(SkippedPage(path: page.path, reason: .tooLarge(bytes: size, limit: maximumPageBytes)))
            return false
        }
        pages.korean = pages.korean.filter(fits)
        pages.english = pages.english.filter(fits)
        if !tooLarge.isEmpty { pages.skipped = (pages.skipped + tooLarge).sorted { $0.path < $1.path } }
        return pages
    }

    /// Folder names sites use for a language's pages, in order of preference:
    /// the language tag first (`ko`), then the country code Korean sites often
    /// use (`kr`), then longer spellings. Compared without case.
    static func rootNames(for language: Language) -> [String] {
        switch language {
        case .korean: ["ko", "kr", "kor", "ko-kr", "ko_kr", "korean"]
        case .english: ["en", "eng", "en-us", "en_us", "en-gb", "en_gb", "english"]
        }
    }

    /// The first of `rootNames(for:)` among `folders`, as the folder is spelled.
    static func languageRoot(for language: Language, among folders: [String]) -> String? {
        for name in rootNames(for: language) {
            if let folder = folders.first(where: { $0.lowercased() == name }) { return folder }
        }
        return nil
    }

    /// The site folder when `folder` is one of its language roots (`Corpus/ko`
    /// given for `Corpus`): its name is a language root's and its parent
    /// holds both languages' roots.
    static func siteAbove(languageFolder folder: String) -> String? {
        let url = URL(fileURLWithPath: folder).standardizedFileURL
        let name = url.lastPathComponent.lowercased()
        guard Language.allCases.contains(where: { rootNames(for: $0).contains(name) }) else { return nil }
        let parent = url.deletingLastPathComponent().path
        let siblings = subfolders(of: parent)
        guard Language.allCases.allSatisfy({ languageRoot(for: $0, among: siblings) != nil }) else { return nil }
        var spelled = (folder.hasSuffix("/") ? String(folder.dropLast()) : folder) as NSString
        spelled = spelled.deletingLastPathComponent as NSString
        return spelled.length == 0 ? "." : spelled as String
    }

    /// The names of the folders directly inside `folder`, sorted (hidden ones left out).
    static func subfolders(of folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !$0.hasPrefix(".") && isFolder(join(folder, $0)) }.sorted()
    }

    private static func isFolder(_ path: String) -> Bool { InputFile.isFolder(path) }

    /// The file of `page` (site-relative), written the way the user wrote `folder`.
    public func path(of page: String) -> String {
        Self.join(folder, page)
    }

    public static func join(_ base: String, _ component: String) -> String {
        // The site folder itself stays `.`: an empty path lists nothing.
        if component.isEmpty { return base }
        if base.isEmpty || base == "." { return component }
        return base.hasSuffix("/") ? base + component : base + "/" + component
    }
}

extension SiteAligner.Result {
    /// The result with `site.original` as the memory's source: the aligner
    /// works Korean → English, so a site written in English has its memory
    /// turned round (`TranslationMemory.swapped()`).
    public func oriented(for site: Site) -> SiteAligner.Result {
        guard memory.sourceLanguage != site.original else { return self }
        var result = self
        result.memory = memory.withSource(site.original)
        // File ids are made from the source page's path (`f-en_guide.html`), as the aligner makes them.
        var ids = UniqueIDs()
        for index in result.memory.files.indices {
            result.memory.files[index].id = ids.make(from: "f-" + MemoryBuilder.token(result.memory.files[index].original))
        }
        return result
    }
}

/// Why a site folder cannot be aligned. Each message says what to do.
public enum SiteError: DariError, Equatable, Sendable {
    case folderNotFound(String)
    case notAFolder(String)
    /// `found`: the folders the site does have, to show the user.
    case languageRootMissing(site: String, root: String, found: [String])
    case noPages(site: String, root: String)
    /// A language root was named instead of its site folder.
    case languageFolderGiven(String, site: String)
    /// `found`: each layout the folder could be read as, `"suffix" (…)`.
    case ambiguousLayout(site: String, found: [String])
    /// `dari.json` names a layout the folder does not have.
    case layoutNotFound(site: String, layout: SiteLayoutKind)
    /// One of two pages given as a pair is a folder (or a pipe, a device).
    case notAPage(String)
    /// One of two pages given as a pair is larger than the limit (`dari.json` `limits.pageMegabytes`).
    case pageTooLarge(String, bytes: Int, limit: Int)
    /// Two pages given as a pair are not one Korean and one English page:
    /// `declared` is the language each says it is in.
    case pagePairLanguages(String, String, declared: [Language?])
    /// `dari.json` has a setting a page format cannot use (a `"skip"` selector it does not read).
    case configuration(ConfigurationError)

    public var description: String {
        switch self {
        case let .folderNotFound(folder):
            return "\(folder): error: no such folder; name the site folder that holds ko/ and en/"
        case let .notAFolder(folder):
            return "\(folder): error: is a file, not a site folder; name the folder that holds ko/ and en/"
        case let .languageRootMissing(site, root, found):
            let has = found.isEmpty ? "it has no folders" : "it has " + found.map { "'\($0)'" }.joined(separator: ", ")
            return "\(Site.join(site, root)): error: the site has no '\(root)' folder (\(has)); "
                + "put each language's pages in its own folder or name the roots with --source-root/--target-root"
        case let .languageFolderGiven(folder, site):
            return "\(folder): error: this is one language's folder of the site '\(site)'; name the site folder "
                + "that holds both languages, e.g. dari check \(site)"
        case let .ambiguousLayout(site, found):
            return "\(site): error: the site can be read as more than one layout: \(found.joined(separator: ", ")); "
                + "say which in \(Site.join(site, ConfigurationFile.name)), e.g. {\"layout\": \"\(Self.firstName(found))\"}"
        case let .layoutNotFound(site, layout):
            return "\(site): error: dari.json names the layout \"\(layout.rawValue)\", but the site is not laid out so "
                + "(\(Self.expectation(layout))); fix the folders, or name another layout: \(SiteLayoutKind.choices)"
        case let .notAPage(path):
            return "\(path): error: is not a page file; name a page and its translation, "
                + "e.g. dari check docs/intro.md docs/intro.ko.md"
        case let .pageTooLarge(path, bytes, limit):
            return "\(path): error: " + SkippedPage.tooLargeMessage(bytes: bytes, limit: limit)
                + "; split it into pages, or raise the limit in dari.json: "
                + "{\"limits\": {\"pageMegabytes\": \(SkippedPage.megabytesToAllow(bytes))}}"
        case let .pagePairLanguages(first, second, declared):
            if let language = declared.first ?? nil, declared.last == language {
                return "\(first), \(second): error: both pages say they are in \(language.name); name a page and its "
                    + "translation, or fix the language of the wrong one (<html lang>, or lang in its front matter)"
            }
            return "\(first), \(second): error: cannot tell which page is Korean: neither says its language and "
                + "neither has more Hangul than the other; add <html lang=\"ko\"> (or lang: ko in the front matter) to the Korean page"
        case let .noPages(site, root):
            return "\(Site.join(site, root)): error: no pages in this language root; "
                + "check the folder, or name another root with --source-root/--target-root"
        case let .configuration(error):
            return error.description
        }
    }

    public var exitStatus: Int32 {
        switch self {
        case .folderNotFound, .notAFolder, .languageRootMissing, .noPages, .languageFolderGiven: return ExitStatus.ioError
        // The files are there; what they mean needs the user's word.
        case .ambiguousLayout, .layoutNotFound, .pagePairLanguages, .pageTooLarge: return ExitStatus.dataError
        case .notAPage: return ExitStatus.ioError
        case let .configuration(error): return error.exitStatus
        }
    }

    /// The layout name of the first of `found` (`"suffix" (…)` → `suffix`).
    private static func firstName(_ found: [String]) -> String {
        found.first.map { String($0.drop { $0 == "\"" }.prefix { $0 != "\"" }) } ?? SiteLayoutKind.folders.rawValue
    }

    /// What `layout` looks for, for the message that says it is not there.
    private static func expectation(_ layout: SiteLayoutKind) -> String {
        switch layout {
        case .folders: "a folder per language, such as ko/ and en/ or content/ko and content/en"
        case .docusaurus: "docs/ or blog/, with i18n/ko/docusaurus-plugin-content-docs/current or i18n/en/…"
        case .suffix: "pages named like page.ko.md or page.en.html"
        case .subfolder: "pages in a folder and their translations in a ko/ or en/ folder inside it, such as _posts/ko"
        }
    }
}
