import DariAlignment
import DariExtraction
import DariMemory
import DariModel
import DariSegmentation
import Foundation

/// A bilingual site on disk: a folder with one root folder per language.
///
/// `Corpus/` holds `ko/` and `en/`; the roots can also be given explicitly
/// (`--source-root`, `--target-root`), and `dari.json` may map pages whose
/// paths differ (`{"pages": {"소개.html": "about.html"}}`, source root–relative
/// on both sides; `ConfigurationFile.pageMapping`).
///
/// Either language can be the original (`original`: `dari.json` `"source"`,
/// `--source`). The sentence aligner reads Korean as its source whichever it
/// is (its lexicon and signals are directional), so `sourceLanguage`,
/// `sourceRoot` and `pageMapping` describe the Korean side, and the memory is
/// turned to the original afterwards (`SiteAligner.Result.oriented(for:)`).
public struct Site: Sendable {
    /// The site folder as the user named it (`Corpus`), used in messages and locations.
    public var folder: String
    /// The language the site was written in: the memory's source language.
    public var original: Language
    /// The side the aligner reads as its source (Korean) and as its target (English).
    public var sourceLanguage: Language
    public var targetLanguage: Language
    /// The aligner's language roots relative to `folder` (`ko`, `en`).
    public var sourceRoot: String
    public var targetRoot: String
    /// Aligner-source-root–relative path → target-root–relative path, from `dari.json`.
    public var pageMapping: [String: String]

    /// Opens the site in `folder`.
    ///
    /// - Parameters:
    ///   - original: the language the site was written in; nil: the
    ///     configuration's `source`, else Korean.
    ///   - sourceRoot: the original's root (`--source-root`), nil: found by name.
    ///   - targetRoot: the translation's root (`--target-root`), nil: found by name.
    ///   - configuration: the site's `dari.json`, when it has one (found by
    ///     the caller: `DefaultFiles`); its `pages` map the original's paths
    ///     to the translation's.
    /// - Throws: `SiteError` when the folder or a language root is missing.
    public init(folder: String, original: Language? = nil, sourceRoot: String? = nil, targetRoot: String? = nil,
                configuration: ConfigurationFile? = nil) throws(SiteError) {
        guard InputFile.exists(folder) else { throw .folderNotFound(folder) }
        guard InputFile.isFolder(folder) else { throw .notAFolder(folder) }
        self.folder = folder
        let original = original ?? configuration?.sourceLanguage ?? .korean
        self.original = original
        self.sourceLanguage = .korean
        self.targetLanguage = .english
        let folders = Self.subfolders(of: folder)
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
        let isKoreanOriginal = original == .korean
        self.sourceRoot = try root(isKoreanOriginal ? sourceRoot : targetRoot, .korean)
        self.targetRoot = try root(isKoreanOriginal ? targetRoot : sourceRoot, .english)
        let mapping = configuration?.pageMapping ?? [:]
        // The user maps original → translation; the aligner wants Korean → English.
        self.pageMapping = isKoreanOriginal
            ? mapping : Dictionary(mapping.map { ($0.value, $0.key) }, uniquingKeysWith: { min($0, $1) })
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

    /// The pages under a language root (any format of `PageReaders`), as
    /// root-relative paths in sorted order.
    ///
    /// - Throws: `SiteError.noPages` when the root has none.
    public func pages(inRoot root: String) throws(SiteError) -> [String] {
        try pageListing(inRoot: root).pages
    }

    /// What a language root holds: its pages, and the files named like pages
    /// that are skipped because they are no regular file.
    public struct PageListing: Sendable, Equatable {
        /// Root-relative paths, sorted.
        public var pages: [String]
        /// A pipe, a device, a socket or a dangling link named like a page
        /// (root-relative, sorted): reading it could hang or never end.
        public var skipped: [String]
    }

    /// `pages(inRoot:)`, with the files it skipped.
    /// - Throws: `SiteError.noPages` when the root has no page.
    public func pageListing(inRoot root: String) throws(SiteError) -> PageListing {
        let base = Self.join(folder, root)
        guard let enumerator = FileManager.default.enumerator(atPath: base) else {
            throw .languageRootMissing(site: folder, root: root, found: Self.subfolders(of: folder))
        }
        var pages: [String] = [], skipped: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard PageReaders.reader(for: relative) != nil else { continue }
            if InputFile.isRegularFile(Self.join(base, relative)) {
                pages.append(relative)
            } else if !InputFile.isFolder(Self.join(base, relative)) {
                skipped.append(relative)
            }
        }
        guard !pages.isEmpty else { throw .noPages(site: folder, root: root) }
        return PageListing(pages: pages.sorted(), skipped: skipped.sorted())
    }

    /// `folder/root/path`, written the way the user wrote `folder`.
    public func path(root: String, page: String) -> String {
        Self.join(Self.join(folder, root), page)
    }

    public static func join(_ base: String, _ component: String) -> String {
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
        case let .noPages(site, root):
            return "\(Site.join(site, root)): error: no pages in this language root; "
                + "check the folder, or name another root with --source-root/--target-root"
        }
    }

    public var exitStatus: Int32 {
        switch self {
        case .folderNotFound, .notAFolder, .languageRootMissing, .noPages, .languageFolderGiven: return ExitStatus.ioError
        }
    }
}
