import DariModel
import Foundation

/// A page of a site and what pairs it with its translation.
public struct SitePage: Sendable, Hashable {
    /// The file relative to the site folder (`ko/about.html`,
    /// `i18n/ko/docusaurus-plugin-content-docs/current/intro.md`, `about.ko.md`).
    public var path: String
    /// The path with its language taken out (`about.html`, `docs/intro.md`,
    /// `about.md`): a page of each language with the same key is a mirrored
    /// pair, and `dari.json`'s `pages` maps keys.
    public var key: String

    public init(path: String, key: String) {
        self.path = path
        self.key = key
    }
}

/// A site's pages, by language, each list sorted by path, and the files
/// named like pages that are left out (`skipped`).
public struct SitePages: Sendable, Equatable {
    public var korean: [SitePage]
    public var english: [SitePage]
    /// Files the listing leaves out, unread, sorted by path: no regular file
    /// (found by the layout's walk), or over the site's size limit (`Site.pages()`).
    public var skipped: [SkippedPage]

    public init(korean: [SitePage], english: [SitePage], skipped: [SkippedPage] = []) {
        self.korean = korean
        self.english = english
        self.skipped = skipped
    }
}

/// How a site keeps its two languages apart on disk: which files are pages,
/// of which language, and under which key each pairs with its translation.
///
/// One type per layout; `SiteLayouts` is the table that finds them.
public protocol SiteLayout: Sendable {
    /// Where the languages were found, for messages and tests
    /// (`content/ko ↔ content/en`); Korean first.
    var summary: String { get }
    /// The site's pages.
    /// - Parameter folder: the site folder as the user named it.
    /// - Throws: `SiteError` when a language root is gone or a language has no page.
    func pages(in folder: String) throws(SiteError) -> SitePages
}

/// The layouts dari finds by itself, one line each, and how an ambiguous
/// site is refused.
public enum SiteLayouts {
    /// The layout `kind` in `folder`, nil when the folder is not laid out so.
    static func find(_ kind: SiteLayoutKind, in folder: String, original: Language) -> (any SiteLayout)? {
        switch kind {
        case .folders: FolderLayout.find(in: folder)
        case .docusaurus: DocusaurusLayout.find(in: folder, original: original)
        case .suffix: SuffixLayout.find(in: folder, original: original)
        case .subfolder: SubfolderLayout.find(in: folder)
        }
    }

    /// The site's layout: the configured one, else the one layout found.
    ///
    /// - Returns: nil when no layout is found and none is configured (the
    ///   caller says which language folder is missing, as for the classic `ko/` ↔ `en/`).
    /// - Throws: `SiteError.layoutNotFound` when the configured layout is not
    ///   there, `.ambiguousLayout` when several are and none is configured.
    public static func layout(of folder: String, original: Language,
                              configured: SiteLayoutKind?) throws(SiteError) -> (any SiteLayout)? {
        if let configured {
            guard let layout = find(configured, in: folder, original: original) else {
                throw .layoutNotFound(site: folder, layout: configured)
            }
            return layout
        }
        let found = SiteLayoutKind.allCases.compactMap { kind in find(kind, in: folder, original: original).map { (kind, $0) } }
        guard found.count <= 1 else {
            throw .ambiguousLayout(site: folder, found: found.map { "\"\($0.0.rawValue)\" (\($0.1.summary))" })
        }
        return found.first?.1
    }

    /// Folders that hold what a generator built or downloaded, not the
    /// sources: searching them would pair the built HTML as well (`public/ko`
    /// next to `content/ko` in a Hugo site). Only folders below the site
    /// folder are skipped, never the one the user names.
    static let generatedFolders: Set<String> = ["_site", "build", "node_modules", "public", "resources", "site", "vendor"]

    /// Whether the search for a layout goes into the subfolder `name`.
    static func searches(_ name: String) -> Bool {
        !name.hasPrefix(".") && !generatedFolders.contains(name.lowercased())
    }

    /// The files under `folder/root` that a `PageReader` claims, relative to
    /// `folder/root` and sorted; hidden and generated folders (and, with
    /// `skippingLanguageFolders`, folders named like a language root) are
    /// left out. Only regular files: a pipe named like a page would hang,
    /// so such files are returned apart (`skipped`), for a warning.
    static func pageFiles(in folder: String, root: String,
                          skippingLanguageFolders: Bool) -> (pages: [String], skipped: [String]) {
        var pages: [String] = [], skipped: [String] = []
        func walk(_ relative: String) {
            let base = Site.join(Site.join(folder, root), relative)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
            for name in names.sorted() {
                let path = Site.join(relative, name), full = Site.join(base, name)
                if InputFile.isFolder(full) {
                    let isLanguageFolder = Language.allCases.contains { Site.rootNames(for: $0).contains(name.lowercased()) }
                    if searches(name), !(skippingLanguageFolders && isLanguageFolder) { walk(path) }
                } else if PageReaders.reader(for: name) != nil {
                    if InputFile.isRegularFile(full) { pages.append(path) } else { skipped.append(path) }
                }
            }
        }
        walk("")
        return (pages.sorted(), skipped.sorted())
    }
}

/// A folder per language: `ko/` ↔ `en/` at the top of the site, or below it
/// (`content/ko` ↔ `content/en`, `docs/ko` ↔ `docs/en`), found at the
/// shallowest depth that has both.
public struct FolderLayout: SiteLayout, Equatable {
    /// One pair of language roots.
    public struct Section: Sendable, Equatable {
        public var korean: String
        public var english: String
        /// Put before each page's root-relative path to make its key: empty
        /// for a site with one pair of roots, the folder above them otherwise
        /// (`docs/intro.md`, `blog/2024-post.md`), so the sections' pages never share a key.
        public var keyPrefix: String

        public init(korean: String, english: String, keyPrefix: String = "") {
            self.korean = korean
            self.english = english
            self.keyPrefix = keyPrefix
        }
    }

    public var sections: [Section]

    public init(sections: [Section]) {
        self.sections = sections
    }

    /// How deep below the site folder the language folders may be: `ko/`
    /// (0), `content/ko` (1), `website/content/ko` (2), Starlight's
    /// `src/content/docs/ko` (3).
    static let searchDepth = 3

    static func find(in folder: String) -> FolderLayout? {
        var parents = [""]
        for _ in 0...searchDepth {
            var sections: [Section] = []
            for parent in parents {
                let children = Site.subfolders(of: Site.join(folder, parent))
                if let korean = Site.languageRoot(for: .korean, among: children),
                   let english = Site.languageRoot(for: .english, among: children) {
                    sections.append(Section(korean: Site.join(parent, korean), english: Site.join(parent, english),
                                            keyPrefix: parent))
                }
            }
            if sections.count == 1 { sections[0].keyPrefix = "" }
            if !sections.isEmpty { return FolderLayout(sections: sections) }
            parents = parents.flatMap { parent in
                Site.subfolders(of: Site.join(folder, parent)).filter(SiteLayouts.searches).map { Site.join(parent, $0) }
            }
        }
        return nil
    }

    public var summary: String {
        sections.map { "\($0.korean) ↔ \($0.english)" }.joined(separator: ", ")
    }

    public func pages(in folder: String) throws(SiteError) -> SitePages {
        var pages = SitePages(korean: [], english: [])
        for section in sections {
            for (root, isKorean) in [(section.korean, true), (section.english, false)] {
                guard InputFile.isFolder(Site.join(folder, root)) else {
                    throw .languageRootMissing(site: folder, root: root, found: Site.subfolders(of: folder))
                }
                let files = try Self.pages(in: folder, root: root)
                let found = files.pages.map { SitePage(path: Site.join(root, $0), key: Site.join(section.keyPrefix, $0)) }
                if isKorean { pages.korean += found } else { pages.english += found }
                pages.skipped += files.skipped.map { SkippedPage(path: Site.join(root, $0), reason: .notRegularFile) }
            }
        }
        for (language, list) in [(sections[0].korean, pages.korean), (sections[0].english, pages.english)] where list.isEmpty {
            throw .noPages(site: folder, root: language)
        }
        pages.skipped.sort { $0.path < $1.path }
        return pages
    }

    /// Every page under a language root, whatever its folders are called:
    /// the root is the user's choice of what to align. Files named like a
    /// page that are no regular file are returned apart (`skipped`).
    static func pages(in folder: String, root: String) throws(SiteError) -> (pages: [String], skipped: [String]) {
        let base = Site.join(folder, root)
        guard let enumerator = FileManager.default.enumerator(atPath: base) else {
            throw .languageRootMissing(site: folder, root: root, found: Site.subfolders(of: folder))
        }
        var pages: [String] = [], skipped: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard PageReaders.reader(for: relative) != nil else { continue }
            let full = Site.join(base, relative)
            if InputFile.isRegularFile(full) {
                pages.append(relative)
            } else if !InputFile.isFolder(full) {
                skipped.append(relative)
            }
        }
        return (pages.sorted(), skipped.sorted())
    }
}

/// Docusaurus: the default locale's pages in `docs/` (and `blog/`), each
/// other locale's in `i18n/LOCALE/docusaurus-plugin-content-docs/current/`
/// (and `i18n/LOCALE/docusaurus-plugin-content-blog/`), same relative paths.
/// Versioned docs pair too (`versioned_docs/version-3/` ↔
/// `…-docs/version-3/`), and so do the instances of a second docs or blog
/// plugin whose folder is named by its id (`community/` ↔
/// `…-docs-community/current/`, `community_versioned_docs/version-3/` ↔
/// `…-docs-community/version-3/`): Docusaurus's own naming.
public struct DocusaurusLayout: SiteLayout, Equatable {
    /// The language of `i18n/`: the translation.
    public var translated: Language
    public var folders: FolderLayout

    static let docsPlugin = "docusaurus-plugin-content-docs", blogPlugin = "docusaurus-plugin-content-blog"

    /// The site's `i18n/` locale folders hold the translation. When both
    /// languages have one, the original (`dari.json` `source`) is taken
    /// to be the default locale in `docs/`.
    static func find(in folder: String, original: Language) -> DocusaurusLayout? {
        let locales = Site.subfolders(of: Site.join(folder, "i18n"))
        for translated in [original.other, original] {
            guard let locale = Site.languageRoot(for: translated, among: locales) else { continue }
            let found = sections(in: folder, locale: "i18n/\(locale)").map { section in
                translated == .korean
                    ? FolderLayout.Section(korean: section.translation, english: section.original, keyPrefix: section.original)
                    : FolderLayout.Section(korean: section.original, english: section.translation, keyPrefix: section.original)
            }
            if !found.isEmpty { return DocusaurusLayout(translated: translated, folders: FolderLayout(sections: found)) }
        }
        return nil
    }

    /// Each content folder of the default locale with its copy under
    /// `locale` (`i18n/ko`), when both are there: `docs` and `blog` first,
    /// as Docusaurus lists them, then versions and other plugin instances
    /// by name.
    static func sections(in folder: String, locale: String) -> [(original: String, translation: String)] {
        var first: [(original: String, translation: String)] = [], rest: [(original: String, translation: String)] = []
        for plugin in Site.subfolders(of: Site.join(folder, locale)).sorted() {
            let translation = Site.join(locale, plugin)
            if plugin == blogPlugin || plugin.hasPrefix(blogPlugin + "-") {
                let id = plugin.dropFirst(blogPlugin.count + 1)
                let original = id.isEmpty ? "blog" : String(id)
                if plugin == blogPlugin { first.append((original, translation)) } else { rest.append((original, translation)) }
            } else if plugin == docsPlugin || plugin.hasPrefix(docsPlugin + "-") {
                let id = plugin.dropFirst(docsPlugin.count + 1)
                for version in Site.subfolders(of: Site.join(folder, translation)).sorted() {
                    let copy = Site.join(translation, version)
                    if version == "current" {
                        let original = id.isEmpty ? "docs" : String(id)
                        if id.isEmpty { first.insert((original, copy), at: 0) } else { rest.append((original, copy)) }
                    } else if version.hasPrefix("version-") {
                        rest.append(((id.isEmpty ? "versioned_docs" : "\(id)_versioned_docs") + "/" + version, copy))
                    }
                }
            }
        }
        return (first + rest.sorted { $0.original < $1.original }).filter { section in
            InputFile.isFolder(Site.join(folder, section.original)) && InputFile.isFolder(Site.join(folder, section.translation))
        }
    }

    public var summary: String { folders.summary }

    public func pages(in folder: String) throws(SiteError) -> SitePages { try folders.pages(in: folder) }
}

/// Both languages in one tree, told apart by a language suffix before the
/// extension: `page.ko.md` ↔ `page.md` or `page.en.md` (Hugo by file name,
/// MkDocs i18n's suffix structure, `index.ko.html`).
///
/// Pages without a suffix are in the default language: the one no page is
/// suffixed with when only one language is (`page.ko.md` next to `page.md`
/// makes `page.md` English), else the original (`dari.json` `source`).
/// Files in folders named like a language root (`ko/`, `en/`) belong to a
/// folder layout, not to this one.
public struct SuffixLayout: SiteLayout, Equatable {
    /// The folder, relative to the site, that holds every suffixed page ("" for the site itself).
    public var root: String
    /// The language of pages without a suffix.
    public var unmarked: Language

    public init(root: String, unmarked: Language) {
        self.root = root
        self.unmarked = unmarked
    }

    static func find(in folder: String, original: Language) -> SuffixLayout? {
        let files = SiteLayouts.pageFiles(in: folder, root: "", skippingLanguageFolders: true).pages
        let marked = files.compactMap { path in suffix(of: path).map { (path: path, language: $0.language) } }
        guard let first = marked.first else { return nil }
        // The deepest folder above every suffixed page: a README.md at the
        // top of a repository whose pages are in docs/ is no page of the site.
        var common = first.path.split(separator: "/").dropLast()
        for page in marked.dropFirst() {
            let folders = page.path.split(separator: "/").dropLast()
            common = common.prefix(zip(common, folders).prefix { $0 == $1 }.count)
        }
        let languages = Set(marked.map(\.language))
        return SuffixLayout(root: common.joined(separator: "/"),
                            unmarked: languages.count == 1 ? languages.first!.other : original)
    }

    /// The language a file name's suffix names and the path without it
    /// (`about.ko.md` → Korean, `about.md`), nil without one.
    public static func suffix(of path: String) -> (language: Language, key: String)? {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let parts = path[slash...].split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, !parts[0].isEmpty else { return nil }
        let tag = parts[parts.count - 2]
        // A language tag, `ko` or `en-US`, not any word before the extension (`setup.old.md`).
        let pieces = tag.split(separator: "-", omittingEmptySubsequences: false).flatMap { $0.split(separator: "_") }
        guard pieces[0].count == 2, pieces.count <= 2, pieces.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isLetter) }),
              let language = Language(tag: String(tag)) else { return nil }
        let stem = parts[..<(parts.count - 2)].joined(separator: ".")
        return (language, String(path[..<slash]) + stem + "." + parts[parts.count - 1])
    }

    public var summary: String {
        let place = root.isEmpty ? "" : "in \(root)/: "
        return place + "page.\(unmarked.other.tag).EXT ↔ page.EXT or page.\(unmarked.tag).EXT"
    }

    public func pages(in folder: String) throws(SiteError) -> SitePages {
        let files = SiteLayouts.pageFiles(in: folder, root: root, skippingLanguageFolders: true)
        var pages = pages(among: files.pages)
        if pages.korean.isEmpty || pages.english.isEmpty {
            throw .noPages(site: folder, root: root.isEmpty ? "." : root)
        }
        pages.skipped = files.skipped.map { SkippedPage(path: Site.join(root, $0), reason: .notRegularFile) }
        return pages
    }

    /// The pages among `files` (relative to `root`, whatever their format),
    /// by the language their name says.
    ///
    /// A suffixed page keeps its key even when an unsuffixed page of its
    /// language has it too (`a.en.md` and `a.md` in an English-default site);
    /// the unsuffixed one gets a key of its own (`a.md#unsuffixed`), so it is
    /// reported as unpaired rather than silently dropped.
    public func pages(among files: [String]) -> SitePages {
        var byLanguage: [Language: [String: SitePage]] = [.korean: [:], .english: [:]]
        let marked = files.compactMap { file in Self.suffix(of: file).map { (file, $0.language, $0.key) } }
        for (file, language, key) in marked {
            byLanguage[language]![key] = SitePage(path: Site.join(root, file), key: key)
        }
        for file in files where Self.suffix(of: file) == nil {
            let key = byLanguage[unmarked]![file] == nil ? file : file + "#unsuffixed"
            byLanguage[unmarked]![key] = SitePage(path: Site.join(root, file), key: key)
        }
        return SitePages(korean: byLanguage[.korean]!.values.sorted { $0.path < $1.path },
                         english: byLanguage[.english]!.values.sorted { $0.path < $1.path })
    }
}

/// One language's pages in a folder and the other's in a language folder
/// inside it, same relative paths: `_posts/…` ↔ `_posts/ko/…` (Jekyll
/// Polyglot's `lang_from_path`: the default language at the top of a
/// collection, each other language in a folder named for it), or a site
/// with its English pages at the top and the Korean ones in `ko/`. Found at
/// the shallowest depth (as `FolderLayout`) where a folder has exactly one
/// language folder and a page of it has a counterpart outside it; never
/// when a folder per language is found, which is how such a site reads.
public struct SubfolderLayout: SiteLayout, Equatable {
    /// One folder and its language folder.
    public struct Section: Sendable, Equatable {
        /// The folder of the unmarked pages, relative to the site ("" for the site itself).
        public var parent: String
        /// The language folder inside it, as spelled (`ko`).
        public var languageFolder: String

        public init(parent: String, languageFolder: String) {
            self.parent = parent
            self.languageFolder = languageFolder
        }

        var translation: String { Site.join(parent, languageFolder) }
    }

    /// The language of the pages in the language folders; the others are in the other language.
    public var marked: Language
    public var sections: [Section]

    public init(marked: Language, sections: [Section]) {
        self.marked = marked
        self.sections = sections
    }

    static func find(in folder: String) -> SubfolderLayout? {
        guard FolderLayout.find(in: folder) == nil else { return nil }
        var parents = [""]
        for _ in 0...FolderLayout.searchDepth {
            var found: [(language: Language, section: Section)] = []
            for parent in parents {
                let children = Site.subfolders(of: Site.join(folder, parent))
                let roots = Language.allCases.compactMap { language in
                    Site.languageRoot(for: language, among: children).map { (language, $0) }
                }
                guard roots.count == 1 else { continue }
                let section = Section(parent: parent, languageFolder: roots[0].1)
                let pages = Self.pages(in: folder, section)
                // A pair, not a folder that merely has a language's name (`assets/en`).
                guard !Set(pages.marked).isDisjoint(with: pages.unmarked) else { continue }
                found.append((roots[0].0, section))
            }
            if let first = found.first {
                return SubfolderLayout(marked: first.language,
                                       sections: found.filter { $0.language == first.language }.map(\.section))
            }
            parents = parents.flatMap { parent in
                Site.subfolders(of: Site.join(folder, parent)).filter(SiteLayouts.searches).map { Site.join(parent, $0) }
            }
        }
        return nil
    }

    /// The pages of a section, relative to the language folder and to the
    /// folder above it. Outside the language folder, pages in other language
    /// folders are not the section's, nor (at the site's top) pages in
    /// folders whose name starts with `_` that the language folder has no
    /// page in: Jekyll keeps its templates there (`_layouts`, `_includes`),
    /// and its posts (`_posts`) in both languages.
    static func pages(in folder: String, _ section: Section) -> (marked: [String], unmarked: [String], skipped: [String]) {
        let marked = SiteLayouts.pageFiles(in: folder, root: section.translation, skippingLanguageFolders: false)
        let unmarked = SiteLayouts.pageFiles(in: folder, root: section.parent, skippingLanguageFolders: true)
        let translatedFolders = Set(marked.pages.compactMap { $0.split(separator: "/").dropLast().first })
        let pages = unmarked.pages.filter { page in
            let parts = page.split(separator: "/")
            guard section.parent.isEmpty, parts.count > 1, parts[0].hasPrefix("_") else { return true }
            return translatedFolders.contains(parts[0])
        }
        return (marked.pages, pages, marked.skipped.map { Site.join(section.languageFolder, $0) } + unmarked.skipped)
    }

    public var summary: String {
        sections.map { section in
            let top = section.parent.isEmpty ? "." : section.parent
            return marked == .korean ? "\(section.translation) ↔ \(top)" : "\(top) ↔ \(section.translation)"
        }.joined(separator: ", ")
    }

    public func pages(in folder: String) throws(SiteError) -> SitePages {
        var result = SitePages(korean: [], english: [])
        for section in sections {
            let found = Self.pages(in: folder, section)
            // With several sections, the folder above the language folder keeps their keys apart.
            let prefix = sections.count > 1 ? section.parent : ""
            let marked = found.marked.map { SitePage(path: Site.join(section.translation, $0), key: Site.join(prefix, $0)) }
            let unmarked = found.unmarked.map { SitePage(path: Site.join(section.parent, $0), key: Site.join(prefix, $0)) }
            if self.marked == .korean {
                result.korean += marked
                result.english += unmarked
            } else {
                result.english += marked
                result.korean += unmarked
            }
            result.skipped += found.skipped.map { SkippedPage(path: Site.join(section.parent, $0), reason: .notRegularFile) }
        }
        if result.korean.isEmpty || result.english.isEmpty { throw .noPages(site: folder, root: sections[0].translation) }
        result.korean.sort { $0.path < $1.path }
        result.english.sort { $0.path < $1.path }
        result.skipped.sort { $0.path < $1.path }
        return result
    }
}
