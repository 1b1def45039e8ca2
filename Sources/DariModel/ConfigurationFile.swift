/// `dari.json`, read once for every stage that is configured by it.
///
///     {
///       "source": "en",
///       "pages": { "about.html": "소개.html" },
///       "skip": [ "#menu", ".breadcrumb" ],
///       "urls": { "ko": "https://example.org/ko/", "en": "https://example.org/en/" },
///       "checks": { "doubled-space": "off", "number-mismatch": "warning" },
///       "ignore": [ "en/archive/*", { "check": "hangul-in-target", "file": "en/glossary.html" } ],
///       "limits": { "pageMegabytes": 256 }
///     }
///
/// This type knows the file's keys and reads the sections that belong to no
/// stage in particular (`pages`: which page translates which); a stage reads
/// its own section from `sections` (the checks read `checks` and `ignore`:
/// `CheckConfiguration(_:)`; the HTML reader reads `skip`: `ChromeSelectors`; the Markdown reader
/// `markdown`: `MarkdownReader.configured(by:)`). A new setting is one key in `keys` and, when
/// its value is simple, one property here.
public struct ConfigurationFile: Sendable, Equatable {
    /// The file name dari looks for next to a site or memory.
    public static let name = "dari.json"

    /// Every top-level key dari reads; keys starting with `$` (`$schema`) are allowed too.
    public static let keys = ["checks", "ignore", "layout", "limits", "markdown", "pages", "skip", "source", "urls"]

    /// The largest page file a site's listing keeps when `dari.json` sets no
    /// `limits.pageMegabytes`: 64 MB. Real pages are a few hundred kilobytes
    /// (the largest of LibreOffice's help, 2,561 pages, is under 1 MB); a
    /// page hundreds of megabytes long is a generated dump or an attack, and
    /// reading, hashing and aligning it costs a multiple of its size.
    public static let defaultMaximumPageBytes = 64 << 20

    /// The file as the user named it.
    public var path: String
    /// The folder the file is in (globs and page paths are relative to it).
    public var folder: String
    /// The parsed file, for line numbers in a stage's errors.
    public var document: JSONDocument
    /// `pages`: source-root–relative page path → target-root–relative page path,
    /// for pages whose paths differ between the languages.
    public var pageMapping: [String: String]
    /// `source`: the language the site was written in (`"ko"` or `"en"`);
    /// nil when the file does not say (Korean, unless `--source` says otherwise).
    public var sourceLanguage: Language?
    /// `layout`: how the site keeps its languages apart; nil when the file
    /// does not say (dari finds it, and asks for this key when it cannot).
    public var layout: SiteLayoutKind?
    /// `urls`: each language's published site (its base URL, the page paths
    /// below the language folder appended); the review page links there.
    public var urls: [Language: String] = [:]
    /// `limits.pageMegabytes`, in bytes: a page file larger than this is
    /// skipped, unread, with a warning; nil when the file does not say
    /// (`defaultMaximumPageBytes`).
    public var maximumPageBytes: Int?

    /// The value of a top-level key, for the stage that owns it.
    public subscript(key: String) -> JSONValue? { document.root.object?[key] }

    /// Reads and parses `path`.
    /// - Throws: `ConfigurationError` with the file and line of the problem.
    public static func load(fileAt path: String) throws(ConfigurationError) -> ConfigurationFile {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.bytes(at: path)
        } catch {
            throw .unreadable(error)
        }
        return try ConfigurationFile(bytes: bytes, path: path)
    }

    /// Parses the bytes of a configuration file named `path` in errors.
    public init(bytes: [UInt8], path: String) throws(ConfigurationError) {
        self.path = path
        let slash = path.lastIndex(of: "/")
        folder = slash.map { String(path[..<$0]) } ?? ""
        do {
            document = try JSONDocument(bytes: bytes, path: path)
        } catch {
            throw .malformed(file: path, line: error.line,
                             message: "not valid JSON; fix the syntax (a missing comma or quote?)")
        }
        guard let root = document.root.object else {
            throw .malformed(file: path, line: 1, message: "expected a JSON object with \"checks\" and \"ignore\"")
        }
        for key in root.keys.sorted() where !Self.keys.contains(key) && !key.hasPrefix("$") {
            let known = Self.keys.dropLast().map { "\"\($0)\"" }.joined(separator: ", ") + " or \"\(Self.keys.last!)\""
            throw .malformed(file: path, line: document.line(ofKey: key), message: "unknown key \"\(key)\"; use \(known)")
        }
        pageMapping = [:]
        if let pages = root["pages"] {
            guard let mapping = pages.object, mapping.values.allSatisfy({ $0.string != nil }) else {
                throw .malformed(file: path, line: document.line(ofKey: "pages"),
                                 message: "\"pages\" must map source page paths to target page paths")
            }
            pageMapping = mapping.compactMapValues(\.string)
        }
        if let source = root["source"] {
            guard let tag = source.string, let language = Language(rawValue: tag) else {
                let choices = Language.allCases.map { "\"\($0.tag)\" (\($0.name))" }.joined(separator: " or ")
                throw .malformed(file: path, line: document.line(ofKey: "source"),
                                 message: "\"source\" names the language the site was written in: \(choices)")
            }
            sourceLanguage = language
        }
        if let value = root["layout"] {
            guard let name = value.string, let kind = SiteLayoutKind(rawValue: name) else {
                let advice = value.string.flatMap(SiteLayoutKind.advice(for:)).map { "; \($0)" } ?? ""
                throw .malformed(file: path, line: document.line(ofKey: "layout"),
                                 message: "\"layout\" names how the site keeps its languages apart: \(SiteLayoutKind.choices)"
                                    + advice)
            }
            layout = kind
        }
        if let limits = root["limits"] {
            maximumPageBytes = try Self.pageLimit(limits, document: document, path: path)
        }
        if let urls = root["urls"] {
            let tags = Language.allCases.map(\.tag)
            guard let map = urls.object,
                  map.allSatisfy({ tags.contains($0.key) && $0.value.string.map(Self.isWebAddress) == true }) else {
                throw .malformed(file: path, line: document.line(ofKey: "urls"),
                                 message: "\"urls\" maps a language (\"ko\", \"en\") to its site's base URL, "
                                     + "e.g. {\"en\": \"https://example.org/en/\"}")
            }
            for (tag, value) in map {
                if let language = Language(rawValue: tag), let url = value.string { self.urls[language] = url }
            }
        }
    }

    /// `"limits": {"pageMegabytes": N}`: N a positive number (fractions allowed), at most 1,000,000.
    static func pageLimit(_ value: JSONValue, document: JSONDocument, path: String) throws(ConfigurationError) -> Int {
        let advice = "\"limits\" sets how large a page file may be, in megabytes, e.g. {\"pageMegabytes\": 256}"
        guard let settings = value.object else {
            throw .malformed(file: path, line: document.line(ofKey: "limits"), message: advice)
        }
        for key in settings.keys.sorted() where key != "pageMegabytes" {
            throw .malformed(file: path, line: document.line(ofKey: key),
                             message: "unknown key \"\(key)\" in \"limits\"; use \"pageMegabytes\"")
        }
        guard let setting = settings["pageMegabytes"] else { throw .malformed(file: path, line: document.line(ofKey: "limits"), message: advice) }
        guard case let .scalar(text) = setting, let megabytes = Double(text), megabytes > 0, megabytes <= 1_000_000 else {
            throw .malformed(file: path, line: document.line(ofKey: "pageMegabytes"),
                             message: "\"pageMegabytes\" must be a number of megabytes above 0 (and at most 1000000), e.g. 256")
        }
        return Int((megabytes * Double(1 << 20)).rounded(.down))
    }

    /// An http(s) or file address: a link in the review page goes nowhere else (never `javascript:`).
    static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("file://")
    }
}

/// Why `dari.json` cannot be used. Every message names the file and line
/// and ends with what to do.
public enum ConfigurationError: DariError, Equatable, Sendable {
    case unreadable(FileReadError)
    case malformed(file: String, line: Int, message: String)

    public var description: String {
        switch self {
        case let .unreadable(error): return error.description
        case let .malformed(file, line, message): return "\(file):\(line): error: \(message)"
        }
    }

    public var exitStatus: Int32 {
        switch self {
        case let .unreadable(error): return error.exitStatus
        case .malformed: return ExitStatus.dataError
        }
    }
}
