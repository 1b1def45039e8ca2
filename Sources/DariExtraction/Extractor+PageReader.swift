import DariModel

/// The extractor is the HTML page reader.
extension Extractor: PageReader {
    public var formatName: String { "HTML" }

    public var fileExtensions: [String] { ["html", "htm", "xhtml"] }

    public func readPage(fileAt path: String) throws -> (page: Page, diagnostics: [Diagnostic]) {
        let result = try extract(fileAt: path)
        return (result.page, result.diagnostics)
    }

    /// The extractor with the site's `"skip"` selectors as its chrome.
    public func configured(by configuration: ConfigurationFile) throws(ConfigurationError) -> any PageReader {
        var configured = self
        configured.chrome = try ChromeSelectors(configuration: configuration)
        return configured
    }
}
