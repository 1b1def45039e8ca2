import DariModel
import DariText

/// Two files given as one page and its translation (`dari check PAGE_A
/// PAGE_B`), in any format `PageReaders` claims: a pull-request job checks
/// exactly the pages it touched.
public struct PagePairLayout: SiteLayout, Equatable {
    /// The files as the user named them.
    public var korean: String
    public var english: String

    /// Both pages share one key, so the pairer pairs them as a mirrored path.
    static let key = "page"

    public var summary: String { "\(korean) ↔ \(english)" }

    public func pages(in folder: String) throws(SiteError) -> SitePages {
        SitePages(korean: [SitePage(path: korean, key: Self.key)], english: [SitePage(path: english, key: Self.key)])
    }
}

extension Site {
    /// Opens two files as one page pair, whichever order they are given in.
    ///
    /// Each page's language is the one it declares (`<html lang>`, a front
    /// matter's `lang`: `Page.language`); a page that declares none is the
    /// other language of one that does; when neither does, the page with more
    /// Hangul in its lettering (`Script.hangulShare`) is the Korean one.
    ///
    /// - Parameters:
    ///   - original: the language the pages were written in; nil: the
    ///     configuration's `source`, else Korean.
    /// - Throws: `FileReadError` for a missing file, `SiteError.pageTooLarge`
    ///   for one over the size limit, the page reader's error for one it cannot read, `SiteError.pagePairLanguages` when the two
    ///   pages are not one Korean and one English.
    public init(pages first: String, _ second: String, original: Language? = nil,
                configuration: ConfigurationFile? = nil) throws {
        for path in [first, second] where !InputFile.isRegularFile(path) {
            guard InputFile.exists(path) else { throw FileReadError.notFound(path: path) }
            throw SiteError.notAPage(path)
        }
        // The site's size limit, checked before either page is read.
        let limit = configuration?.maximumPageBytes ?? ConfigurationFile.defaultMaximumPageBytes
        for path in [first, second] {
            if let size = InputFile.size(of: path), size > limit { throw SiteError.pageTooLarge(path, bytes: size, limit: limit) }
        }
        let readers = try PageReaders.configured(by: configuration)
        let pages = try [first, second].map {
            try PageReaders.reader(forNamedPage: $0, among: readers).readPage(fileAt: $0).page
        }
        guard let firstIsKorean = Self.firstIsKorean(pages[0], pages[1]) else {
            throw SiteError.pagePairLanguages(first, second, declared: pages.map(\.language))
        }
        self.folder = "."
        self.original = original ?? configuration?.sourceLanguage ?? .korean
        self.sourceLanguage = .korean
        self.targetLanguage = .english
        self.layout = firstIsKorean ? PagePairLayout(korean: first, english: second) : PagePairLayout(korean: second, english: first)
        self.pageMapping = [:]
        self.readers = readers
        self.maximumPageBytes = limit
    }

    /// Whether `first` is the Korean page of the two; nil when they declare
    /// one language, or neither declares one and neither has more Hangul.
    static func firstIsKorean(_ first: Page, _ second: Page) -> Bool? {
        switch (first.language, second.language) {
        case let (declared?, other?): return declared == other ? nil : declared == .korean
        case let (declared?, nil): return declared == .korean
        case let (nil, declared?): return declared == .english
        case (nil, nil):
            func share(_ page: Page) -> Double {
                Script.hangulShare(of: page.blocks.filter { !$0.isBoilerplate }.map(\.text).joined(separator: " ")) ?? 0
            }
            let (firstShare, secondShare) = (share(first), share(second))
            return firstShare == secondShare ? nil : firstShare > secondShare
        }
    }
}
