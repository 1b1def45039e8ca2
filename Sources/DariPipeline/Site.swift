import DariAlignment
import Foundation

/// A bilingual site on disk: a folder with one root folder per language.
///
/// `Corpus/` holds `ko/` and `en/`; the roots can also be given explicitly
/// (`--source-root`, `--target-root`), and `dari.json` at the site root may map
/// pages whose paths differ (`{"pages": {"소개.html": "about.html"}}`, source
/// root–relative on both sides).
public struct Site: Sendable {
    /// The site folder as the user named it (`Corpus`), used in messages and locations.
    public var folder: String
    public var sourceLanguage: Language
    public var targetLanguage: Language
    /// The language roots relative to `folder` (`ko`, `en`).
    public var sourceRoot: String
    public var targetRoot: String
    /// Source-root-relative path → target-root-relative path, from `dari.json`.
    public var pageMapping: [String: String]

    /// The file name of the optional site configuration.
    public static let configurationFile = "dari.json"

    /// Opens the site in `folder`.
    ///
    /// - Throws: `SiteError` when the folder or a language root is missing,
    ///   a root has no pages, or `dari.json` cannot be read.
    public init(folder: String, sourceLanguage: Language = .korean, targetLanguage: Language = .english,
                sourceRoot: String? = nil, targetRoot: String? = nil) throws(SiteError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw .folderNotFound(folder)
        }
        guard isDirectory.boolValue else { throw .notAFolder(folder) }
        self.folder = folder
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        let folders = Self.subfolders(of: folder)
        func root(_ given: String?, _ language: Language) throws(SiteError) -> String {
            if let given {
                guard Self.isFolder(Self.join(folder, given)) else {
                    throw .languageRootMissing(site: folder, root: given, found: folders)
                }
                return given
            }
            guard let found = Self.languageRoot(for: language, among: folders) else {
                throw .languageRootMissing(site: folder, root: language.tag, found: folders)
            }
            return found
        }
        self.sourceRoot = try root(sourceRoot, sourceLanguage)
        self.targetRoot = try root(targetRoot, targetLanguage)
        self.pageMapping = try Self.readMapping(in: folder)
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

    /// The names of the folders directly inside `folder`, sorted (hidden ones left out).
    static func subfolders(of folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !$0.hasPrefix(".") && isFolder(join(folder, $0)) }.sorted()
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The HTML pages under a language root, as root-relative paths in sorted order.
    ///
    /// - Throws: `SiteError.noPages` when the root has none.
    public func pages(inRoot root: String) throws(SiteError) -> [String] {
        let base = Self.join(folder, root)
        guard let enumerator = FileManager.default.enumerator(atPath: base) else {
            throw .languageRootMissing(site: folder, root: root, found: Self.subfolders(of: folder))
        }
        var pages: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let lowered = relative.lowercased()
            if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") || lowered.hasSuffix(".xhtml") {
                pages.append(relative)
            }
        }
        guard !pages.isEmpty else { throw .noPages(site: folder, root: root) }
        return pages.sorted()
    }

    /// `folder/root/path`, written the way the user wrote `folder`.
    public func path(root: String, page: String) -> String {
        Self.join(Self.join(folder, root), page)
    }

    public static func join(_ base: String, _ component: String) -> String {
        if base.isEmpty || base == "." { return component }
        return base.hasSuffix("/") ? base + component : base + "/" + component
    }

    private static func readMapping(in folder: String) throws(SiteError) -> [String: String] {
        let path = join(folder, configurationFile)
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        let object: Any
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .badConfiguration(file: path, reason: "it is not valid JSON")
        }
        guard let root = object as? [String: Any] else {
            throw .badConfiguration(file: path, reason: "the top level must be a JSON object")
        }
        guard let pages = root["pages"] else { return [:] }
        guard let mapping = pages as? [String: String] else {
            throw .badConfiguration(file: path, reason: "\"pages\" must map source page paths to target page paths")
        }
        return mapping
    }
}

/// Why a site folder cannot be aligned. Each message says what to do.
public enum SiteError: Error, Equatable, Sendable, CustomStringConvertible {
    case folderNotFound(String)
    case notAFolder(String)
    /// `found`: the folders the site does have, to show the user.
    case languageRootMissing(site: String, root: String, found: [String])
    case noPages(site: String, root: String)
    case badConfiguration(file: String, reason: String)
    /// The memory's path holds something that is not a memory dari wrote.
    case wouldReplace(path: String, what: String)

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
        case let .noPages(site, root):
            return "\(Site.join(site, root)): error: no .html pages in this language root; "
                + "check the folder, or name another root with --source-root/--target-root"
        case let .badConfiguration(file, reason):
            return "\(file): error: \(reason); fix the file or remove it"
        case let .wouldReplace(path, what):
            return "\(path): error: \(what) is there already and dari will not replace it; "
                + "move it away, or write the memory elsewhere with -o PATH"
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .folderNotFound, .notAFolder, .languageRootMissing, .noPages: return ExitStatus.ioError
        case .badConfiguration: return ExitStatus.dataError
        case .wouldReplace: return ExitStatus.cantCreate
        }
    }
}
