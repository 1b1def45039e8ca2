import Foundation

/// A page as the pairer sees it: where it is and which translations it links to.
public struct PageRecord: Sendable, Hashable {
    /// The page's key: its path with the language taken out, the same for
    /// both languages' versions in the site's layout (`about.html` under
    /// `ko/` and `en/`, `about.md` for `about.ko.md`; DariSite's `SitePage.key`).
    public var path: String
    /// The page's path relative to the site folder (`ko/about.html`), the base
    /// that relative `hreflang` links are resolved against.
    public var sitePath: String
    /// `<link rel="alternate" hreflang>` targets: language tag → href as written.
    public var alternates: [(language: String, href: String)]
    /// The front matter's `translationKey`, shared by a page and its translation.
    public var translationKey: String?

    public init(path: String, sitePath: String, alternates: [(language: String, href: String)] = [],
                translationKey: String? = nil) {
        self.path = path
        self.sitePath = sitePath
        self.alternates = alternates
        self.translationKey = translationKey
    }

    public static func == (lhs: PageRecord, rhs: PageRecord) -> Bool {
        lhs.path == rhs.path && lhs.sitePath == rhs.sitePath && lhs.translationKey == rhs.translationKey
            && lhs.alternates.elementsEqual(rhs.alternates) { $0 == $1 }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(sitePath)
    }
}

/// Two language versions of one page, or a page that has no counterpart.
public struct PagePair: Sendable, Hashable {
    /// How the two pages were found to be translations of each other.
    public enum Method: String, Sendable, Hashable {
        /// The site configuration maps one path to the other.
        case configured
        /// A `<link rel="alternate" hreflang>` on either page points at the other.
        case alternateLink = "alternate-link"
        /// Both pages' front matter has the same `translationKey`.
        case translationKey = "translation-key"
        /// Both language roots have a page at the same relative path.
        case mirroredPath = "mirrored-path"
        /// Only one language has the page.
        case unpaired
    }

    /// The source page's key (`PageRecord.path`); nil for a target-only page.
    public var source: String?
    /// The target page's key; nil for a source-only page.
    public var target: String?
    public var method: Method

    public init(source: String?, target: String?, method: Method) {
        self.source = source
        self.target = target
        self.method = method
    }
}

/// Finds which source page translates which target page.
///
/// Evidence is taken strongest first, and a page is paired at most once:
/// 1. the configuration's explicit mapping (an editor said so);
/// 2. `hreflang` alternate links, from either side (the site says so, even
///    when the files are named differently, e.g. `ko/소개.html` ↔ `en/about.html`);
/// 3. a front matter `translationKey` both pages share (the author says so:
///    Hugo's way to pair `content/ko/소개.md` with `content/en/about.md`);
/// 4. mirrored keys (the same path once the language is taken out: the usual layout).
/// Whatever is left is reported as unpaired, so the checks can flag a page
/// that exists in one language only.
public struct PagePairer: Sendable {
    /// Source page key → target page key.
    public var mapping: [String: String]
    /// The language tag the source pages' alternate links use for the target (`en`).
    public var targetLanguageTag: String
    /// The language tag the target pages' alternate links use for the source (`ko`).
    public var sourceLanguageTag: String

    public init(mapping: [String: String] = [:], sourceLanguageTag: String = "ko", targetLanguageTag: String = "en") {
        self.mapping = mapping
        self.sourceLanguageTag = sourceLanguageTag
        self.targetLanguageTag = targetLanguageTag
    }

    /// Pairs the pages of the two roots.
    ///
    /// - Returns: Every page exactly once: pairs first in source path order,
    ///   then target-only pages in path order (a deterministic order, so the
    ///   memory written from it is byte-identical from run to run).
    public func pair(source: [PageRecord], target: [PageRecord]) -> [PagePair] {
        let sourcePaths = Set(source.map(\.path))
        let targetPaths = Set(target.map(\.path))
        let sourceBySitePath = Dictionary(source.map { ($0.sitePath, $0.path) }, uniquingKeysWith: min)
        let targetBySitePath = Dictionary(target.map { ($0.sitePath, $0.path) }, uniquingKeysWith: min)
        var targetOf: [String: (String, PagePair.Method)] = [:]
        var claimedTargets: Set<String> = []

        func claim(_ sourcePath: String, _ targetPath: String, _ method: PagePair.Method) {
            guard targetOf[sourcePath] == nil, !claimedTargets.contains(targetPath),
                  sourcePaths.contains(sourcePath), targetPaths.contains(targetPath) else { return }
            targetOf[sourcePath] = (targetPath, method)
            claimedTargets.insert(targetPath)
        }

        for (sourcePath, targetPath) in mapping.sorted(by: { $0.key < $1.key }) {
            claim(sourcePath, targetPath, .configured)
        }
        for page in source.sorted(by: { $0.path < $1.path }) {
            for link in page.alternates where Self.matches(link.language, targetLanguageTag) {
                if let linked = resolve(link.href, from: page.sitePath, among: targetBySitePath, keys: targetPaths) {
                    claim(page.path, linked, .alternateLink)
                }
            }
        }
        for page in target.sorted(by: { $0.path < $1.path }) {
            for link in page.alternates where Self.matches(link.language, sourceLanguageTag) {
                if let linked = resolve(link.href, from: page.sitePath, among: sourceBySitePath, keys: sourcePaths) {
                    claim(linked, page.path, .alternateLink)
                }
            }
        }
        // A key two pages of one language share names no single translation.
        func byTranslationKey(_ records: [PageRecord]) -> [String: String] {
            let keyed = Dictionary(grouping: records.filter { $0.translationKey != nil }, by: { $0.translationKey! })
            return keyed.compactMapValues { $0.count == 1 ? $0[0].path : nil }
        }
        let targetByTranslationKey = byTranslationKey(target)
        for (key, sourcePath) in byTranslationKey(source).sorted(by: { $0.value < $1.value }) {
            if let targetPath = targetByTranslationKey[key] { claim(sourcePath, targetPath, .translationKey) }
        }
        for path in sourcePaths.sorted() where targetPaths.contains(path) {
            claim(path, path, .mirroredPath)
        }

        var pairs: [PagePair] = sourcePaths.sorted().map { path in
            if let (targetPath, method) = targetOf[path] {
                return PagePair(source: path, target: targetPath, method: method)
            }
            return PagePair(source: path, target: nil, method: .unpaired)
        }
        for path in targetPaths.sorted() where !claimedTargets.contains(path) {
            pairs.append(PagePair(source: nil, target: path, method: .unpaired))
        }
        return pairs
    }

    /// `en`, `en-US` and `EN` all name English.
    static func matches(_ tag: String, _ wanted: String) -> Bool {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() }
        return primary == wanted.lowercased()
    }

    /// The key of the page an `href` on the page at `sitePath` points at,
    /// if it is one of `candidates` (site path → key).
    ///
    /// Relative hrefs (`../en/about.html`) resolve against the page; absolute
    /// paths (`/en/about.html`) and full URLs (`https://example.org/en/about.html`)
    /// are matched by their trailing path components, because the site may be
    /// published under a prefix the files do not have, and a full URL whose
    /// path does not name the root at all (`https://en.example.org/about.html`,
    /// one host per language) by its path alone. Percent escapes are decoded
    /// (`%EC%86%8C%EA%B0%9C.html` is `소개.html`), and a link to a folder or
    /// to a path without an extension (`/en/about/`, `/en/about`) means the
    /// page a web server would serve for it: `about/index.html` or `.htm`,
    /// or `about.html` or `.htm`.
    func resolve(_ href: String, from sitePath: String, among candidates: [String: String], keys: Set<String>) -> String? {
        var reference = Substring(href)
        if let cut = reference.firstIndex(where: { $0 == "#" || $0 == "?" }) { reference = reference[..<cut] }
        guard !reference.isEmpty else { return nil }
        let isURL = reference.contains("://")
        let isAbsolute = isURL || reference.hasPrefix("/")
        var components: [Substring]
        if isURL {
            // `scheme://host/path…`: drop the scheme and the host.
            components = reference.split(separator: "/").dropFirst(2).map { $0 }
        } else if isAbsolute {
            components = reference.split(separator: "/")
        } else {
            components = sitePath.split(separator: "/").dropLast() + reference.split(separator: "/")
        }
        var resolved: [String] = []
        for component in components {
            switch component {
            case ".": continue
            case "..": if !resolved.isEmpty { resolved.removeLast() }
            default: resolved.append(String(component).removingPercentEncoding ?? String(component))
            }
        }
        var spellings = [resolved]
        if reference.hasSuffix("/") || resolved.isEmpty {
            spellings = ["index.html", "index.htm"].map { resolved + [$0] }
        } else if let last = resolved.last, !last.contains(".") {
            spellings = ["index.html", "index.htm"].map { resolved + [$0] }
                + [".html", ".htm"].map { resolved.dropLast() + [last + $0] }
        }
        for spelling in spellings {
            // Try the longest tail first: `site/en/news/a.html` should match
            // `en/news/a.html`, not an unrelated `en/a.html`.
            for start in 0..<spelling.count {
                if let key = candidates[spelling[start...].joined(separator: "/")] { return key }
                // A relative link is exact; only absolute ones may carry a prefix.
                if !isAbsolute { break }
            }
        }
        guard isURL else { return nil }
        // One host per language: the URL's path is the page's key.
        for spelling in spellings {
            for start in 0..<spelling.count {
                let path = spelling[start...].joined(separator: "/")
                if keys.contains(path) { return path }
            }
        }
        return nil
    }
}
