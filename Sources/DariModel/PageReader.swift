/// Reads one page format (HTML today) into the blocks every later stage works on.
///
/// A new format is a module with one type that conforms, plus one line in
/// `PageReaders.all` (DariSite): site discovery, pairing, alignment, checks
/// and `dari extract` then handle its pages like any other.
///
/// Besides its blocks, a page tells pairing what it knows of itself: a
/// format with front matter sets `Page.language` from its `lang` key (the
/// page-pair mode, `dari check A B`, reads it before falling back on the
/// page's script) and `Page.translationKey` from its `translationKey` key
/// (site pairing pairs pages that share one, whatever their paths). HTML
/// sets `language` from `<html lang>` and has no translation key.
public protocol PageReader: Sendable {
    /// The format's name in messages ("HTML").
    var formatName: String { get }
    /// The lowercased file extensions (without the dot) of this format's pages.
    var fileExtensions: [String] { get }
    /// Reads the page at `path`.
    ///
    /// - Parameter path: the file as the user named it; it is also the file
    ///   name in every block's location and in diagnostics.
    /// - Returns: the page (blocks with 1-based lines in the file) and warnings
    ///   about its markup that did not stop the reading.
    /// - Throws: a `DariError` naming the file (and line) and what to do.
    func readPage(fileAt path: String) throws -> (page: Page, diagnostics: [Diagnostic])
    /// This reader with the site's settings from `dari.json` (HTML reads
    /// `"skip"`, its chrome selectors).
    /// - Throws: `ConfigurationError` at the line of a setting it cannot use.
    func configured(by configuration: ConfigurationFile) throws(ConfigurationError) -> any PageReader
}

extension PageReader {
    /// A format without settings reads every site alike.
    public func configured(by configuration: ConfigurationFile) throws(ConfigurationError) -> any PageReader { self }
}
