import Foundation
import DariICU
import DariModel
import DariXML

/// What extracting one page produced: the page and the problems that did not
/// stop extraction.
public struct ExtractionResult: Sendable, Hashable {
    /// The page's blocks in document order, its language and alternates.
    public var page: Page
    /// Malformed markup libxml2 repaired, as warnings with 1-based lines, in
    /// document order. HTML5 elements libxml2's HTML4 parser does not know are
    /// not reported.
    public var diagnostics: [Diagnostic]
    /// The charset the bytes were decoded from, e.g. "UTF-8" or "EUC-KR".
    public var encoding: String

    public init(page: Page, diagnostics: [Diagnostic], encoding: String) {
        self.page = page
        self.diagnostics = diagnostics
        self.encoding = encoding
    }
}

/// Extracts the translatable blocks of an HTML page, the first stage of dari.
///
/// A block is a `<title>`, a heading, a paragraph, a list item, a table cell,
/// a blockquote, a figcaption, a `dt`/`dd`, the text of an `alt`, `title`,
/// `placeholder` or `aria-label` attribute, or the `content` of
/// `<meta name="description">` and `<meta property="og:title|og:description">`.
/// Text directly inside any other block-level element (`<div>`, `<section>`…)
/// becomes a block of kind `.other(element:)`. Rules, in short:
///
/// - The innermost block owns its text. `<blockquote><p>…</p></blockquote>`
///   gives a paragraph whose path shows the blockquote; a blockquote, list
///   item or `div` gets a block of its own only for text directly inside it,
///   one block per run of such text (the second and later runs end in `#2`,
///   `#3`…: `…/li[1]#2` is the text after a nested list).
/// - Inline markup (`a`, `em`, `span`, unknown elements…) becomes paired codes;
///   `br`, `img`, `wbr` standalone codes. Ids are 1-based per block.
/// - White space collapses as a browser renders it, also across inline codes,
///   and is trimmed at block edges and around `<br>`; `<pre>` keeps it.
/// - `script`, `style`, `template`, `noscript`, `svg`, `math`, `canvas` and
///   comments are skipped; blocks with no visible text are dropped.
/// - Blocks inside `nav`, `header`, `footer`, an element with role
///   navigation, banner or contentinfo, or one the site's `"skip"` selectors
///   match (`chrome`) are marked `isBoilerplate`.
/// - Text is NFC (here, once, for every later stage).
///
/// Parsing is libxml2's HTML parser with network access off and no entity
/// substitution: an external entity is never fetched or expanded.
///
/// Limits: a page nested deeper than `maximumDepth` elements gives no blocks
/// and a warning naming the page and the limit, so the rest of a site goes on.
/// A page file over the site's size limit is never read: the site's listing
/// leaves it out (`Site.pages()`, `dari.json` `limits.pageMegabytes`).
public struct Extractor: Sendable {
    /// How many elements may be open inside one another (`html` and `body`
    /// count): 512, the depth at which Blink's HTML parser stops nesting
    /// (`kMaximumHTMLParserDOMTreeDepth`), so no page a browser shows as its
    /// author wrote it goes deeper.
    ///
    /// Extraction is linear in depth, but every block's path names all its
    /// ancestors: a page of many blocks at depth d holds d path steps per
    /// block. The limit keeps that factor bounded on a hostile page.
    public static let defaultMaximumDepth = 512

    /// The depth limit for this extractor; see `defaultMaximumDepth`.
    public var maximumDepth: Int

    /// The site's own chrome (`dari.json` `"skip"`), marked like `<nav>`.
    public var chrome: ChromeSelectors

    /// Reads a static site generator's front matter before the markup
    /// (`FrontMatterBlocks`); nil reads the page as a browser does.
    public var frontMatter: FrontMatterBlocks.Reading?

    public init(maximumDepth: Int = Extractor.defaultMaximumDepth, chrome: ChromeSelectors = .none,
                frontMatter: FrontMatterBlocks.Reading? = nil) {
        self.maximumDepth = maximumDepth
        self.chrome = chrome
        self.frontMatter = frontMatter
    }

    /// Reads and extracts the page at `path`.
    ///
    /// - Parameter path: the file as the user named it; it is also the file
    ///   name in every block's location and in diagnostics.
    /// - Returns: the page and the warnings about its markup.
    /// - Throws: `ExtractionError`: `.fileNotFound`, `.isDirectory`,
    ///   `.permissionDenied`, `.unreadable` when the file cannot be read;
    ///   `.undecodable` and the other content errors as for `extract(bytes:path:)`.
    public func extract(fileAt path: String) throws(ExtractionError) -> ExtractionResult {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.bytes(at: path)
        } catch {
            throw ExtractionError(error)
        }
        return try extract(bytes: bytes, path: path)
    }

    /// Extracts a page from its raw bytes.
    ///
    /// The charset comes from a BOM or `<meta charset>` (UTF-8 if none), so a
    /// page saved as EUC-KR reads correctly when it says so.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes, undecoded.
    ///   - path: the name used in locations and diagnostics.
    /// - Returns: the page and the warnings about its markup; a page deeper
    ///   than `maximumDepth` has no blocks and one warning that says so.
    /// - Throws: `ExtractionError.undecodable` (with the 1-based line) when
    ///   the bytes are not valid in the page's charset,
    ///   `.unsupportedEncoding`, `.unparsable`, or `.normalizationFailed`.
    public func extract(bytes: [UInt8], path: String) throws(ExtractionError) -> ExtractionResult {
        if bytes.isEmpty {
            // libxml2 cannot start on no bytes at all; an empty page is not
            // malformed, it just has nothing to translate.
            let warning = Diagnostic(severity: .warning, location: SourceLocation(file: path, line: 0),
                                     message: "the page is empty; check that it was saved completely")
            return ExtractionResult(page: Page(path: path, language: nil, blocks: [], alternates: []),
                                    diagnostics: [warning], encoding: "UTF-8")
        }
        var bytes = bytes
        var leading: FrontMatterBlocks?
        // A Hugo or Jekyll page's front matter (`---` … `---`) is no text on the page.
        if let frontMatter, FrontMatterBlocks.opens(bytes), let text = String(bytes: bytes, encoding: .utf8),
           let read = try frontMatter(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, path) {
            leading = read
            bytes = FrontMatterBlocks.blanking(read.lineCount, linesOf: bytes)
        }
        var builder = PageBuilder(file: path, chrome: chrome, maximumDepth: maximumDepth)
        do {
            let report = try MarkupParser.parseHTML(bytes: bytes, path: path) { event in
                try builder.handle(event)
            }
            var page = try builder.finish()
            var diagnostics = report.diagnostics
            if let leading {
                page.blocks = leading.blocks + page.blocks
                page.language = page.language ?? leading.language
                page.translationKey = page.translationKey ?? leading.translationKey
                diagnostics = leading.diagnostics + diagnostics
            }
            return ExtractionResult(page: page, diagnostics: diagnostics, encoding: report.encoding)
        } catch let error as PageBuilder.TooDeep {
            // A warning, not an error: one hostile page must not stop a site.
            let warning = Diagnostic(
                severity: .warning, location: SourceLocation(file: path, line: error.line),
                message: "the page nests elements more than \(maximumDepth) deep, dari's limit "
                    + "(Extractor.maximumDepth); it was skipped: close the elements it leaves open")
            return ExtractionResult(page: Page(path: path, language: nil, blocks: [], alternates: []),
                                    diagnostics: [warning], encoding: "UTF-8")
        } catch let error as MarkupError {
            throw ExtractionError(error)
        } catch let error as ICUError {
            throw ExtractionError(error, file: path)
        } catch {
            // PageBuilder throws only ICUError and TooDeep, MarkupParser only MarkupError
            // (or what `visit` throws), so this is unreachable.
            throw .unparsable(file: path)
        }
    }
}
