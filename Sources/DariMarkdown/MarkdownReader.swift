import CCmarkGFM
import DariExtraction
import DariICU
import DariModel

/// Reads a Markdown page (CommonMark with GitHub's tables, strikethrough
/// and footnotes, through cmark-gfm) into the blocks the HTML extractor
/// makes, with lines of the Markdown file.
///
/// - Headings, paragraphs, list items (a paragraph in a list item),
///   block quotes (a paragraph in a quote), table cells, footnotes; image
///   `alt` and link `title` become attribute blocks, as on an HTML page.
/// - Emphasis, strong, strikethrough, links, inline code, footnote
///   references and inline HTML are inline codes whose `original` is the
///   Markdown as written (`*`, `__`, `[`, `](/about "About")`, `` ` ``).
/// - Fenced and indented code blocks are `.code` blocks, compared whole by
///   `code-mismatch`; a paragraph that is only inline code is code too.
/// - Raw HTML blocks go through the HTML extractor.
/// - Front matter (YAML, TOML, JSON): only `frontMatterKeys` become blocks.
/// - Template syntax (Hugo shortcodes, Liquid, admonition markers, MDX
///   imports) becomes standalone codes (`TemplateSyntax`).
/// - A heading's anchor (`## Install {#install}`, an `<a id>` in it, or an
///   HTML heading's `id`) is taken out of its text and kept in its path
///   (`h2[1]{#install}`), where `anchor-mismatch` compares it.
public struct MarkdownReader: Sendable {
    /// The front-matter keys whose values a reader sees: page titles,
    /// descriptions and summaries, menu titles.
    public static let defaultFrontMatterKeys = ["title", "description", "summary", "linkTitle"]

    /// Which front-matter keys are translated (`dari.json` `markdown.frontMatterKeys`).
    public var frontMatterKeys: [String]

    public init(frontMatterKeys: [String] = MarkdownReader.defaultFrontMatterKeys) {
        self.frontMatterKeys = frontMatterKeys
    }

    /// Reads the Markdown page at `path`.
    /// - Throws: `ExtractionError` when the file cannot be read or is not UTF-8.
    public func read(fileAt path: String) throws(ExtractionError) -> (page: Page, diagnostics: [Diagnostic]) {
        let text: String
        do {
            text = try InputFile.utf8Text(at: path)
        } catch {
            throw ExtractionError(error)
        }
        return try read(text: text, path: path)
    }

    /// Reads a Markdown page from its text (without a byte-order mark).
    public func read(text: String, path: String) throws(ExtractionError) -> (page: Page, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var body = text.contains("\r") ? text.replacing("\r\n", with: "\n") : text
        var blocks: [Block] = []
        var language: Language?
        var translationKey: String?
        if let frontMatter = try frontMatter(of: body, path: path) {
            (blocks, diagnostics, language, translationKey) = (frontMatter.blocks, frontMatter.diagnostics,
                                                               frontMatter.language, frontMatter.translationKey)
            // Blank lines in its place, so the body keeps its line numbers.
            let lines = body.split(separator: "\n", maxSplits: frontMatter.lineCount, omittingEmptySubsequences: false)
            body = String(repeating: "\n", count: frontMatter.lineCount)
                + (lines.count > frontMatter.lineCount ? lines[frontMatter.lineCount] : "")
        }
        var templates = TemplateSyntax()
        // MDX has no indented code: its authors indent the children of components.
        templates.readsIndentedCode = !path.lowercased().hasSuffix(".mdx")
        let protected = templates.protect(body)
        var builder = MarkdownPageBuilder(file: path, source: protected, templates: templates)
        do {
            try builder.build()
        } catch let error as ICUError {
            throw ExtractionError.normalizationFailed(file: path, reason: error.description)
        } catch {
            throw ExtractionError.unparsable(file: path)
        }
        blocks += builder.blocks
        return (Page(path: path, language: language, blocks: blocks, alternates: [], translationKey: translationKey),
                diagnostics)
    }
}

extension MarkdownReader {
    /// The front matter at the top of `text` (a page's text, `\n` lines),
    /// its configured keys as blocks, nil when the page has none: read for
    /// Markdown pages and for the HTML pages of the same sites
    /// (`Extractor.frontMatter`).
    public func frontMatter(of text: String, path: String) throws(ExtractionError) -> FrontMatterBlocks? {
        let text = text.contains("\r") ? text.replacing("\r\n", with: "\n") : text
        guard let (frontMatter, problem) = FrontMatter.read(text) else { return nil }
        var result = FrontMatterBlocks(blocks: [], lineCount: frontMatter.lineCount)
        if let problem {
            result.diagnostics.append(Diagnostic(severity: .warning, location: SourceLocation(file: path, line: 1),
                                                 message: problem))
        }
        for field in frontMatter.fields {
            if field.key == "lang" || field.key == "language" {
                result.language = result.language ?? Language(tag: field.value)
            }
            // Hugo's key for pages whose paths differ between languages (SiteLayouts pair by it).
            if field.key == "translationKey", !field.value.isEmpty {
                result.translationKey = result.translationKey ?? field.value
            }
            // A top-level value is translated when configured; a nested one by its key (a home page's
            // `hero/tagline`, `FrontMatter.nestedVisibleKeys`), unless no front matter is.
            guard field.parent == nil ? frontMatterKeys.contains(field.key) : !frontMatterKeys.isEmpty else { continue }
            let value = field.value.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            guard !value.isEmpty else { continue }
            let kind: BlockKind = switch (field.key, field.parent) {
            case ("title", nil): .title
            case ("description", nil): .metaDescription
            default: .attribute(name: field.key)
            }
            do {
                result.blocks.append(Block(kind: kind, content: [.text(try Normalizer.nfc(value))],
                                           location: SourceLocation(file: path, line: field.line),
                                           path: "front-matter/" + (field.parent.map { $0 + "/" } ?? "") + field.key))
            } catch {
                throw ExtractionError.normalizationFailed(file: path, reason: "\(error)")
            }
        }
        return result
    }
}

extension MarkdownReader: PageReader {
    public var formatName: String { "Markdown" }

    public var fileExtensions: [String] { ["md", "markdown", "mdx"] }

    public func readPage(fileAt path: String) throws -> (page: Page, diagnostics: [Diagnostic]) {
        try read(fileAt: path)
    }

    /// The reader with the site's `"markdown"` settings:
    /// `{"markdown": {"frontMatterKeys": ["title", "subtitle"]}}` names the
    /// front-matter keys that are translated (in place of the defaults).
    public func configured(by configuration: ConfigurationFile) throws(ConfigurationError) -> any PageReader {
        guard let value = configuration["markdown"] else { return self }
        let document = configuration.document
        guard let settings = value.object else {
            throw .malformed(file: configuration.path, line: document.line(ofKey: "markdown"),
                             message: "\"markdown\" must be an object, e.g. {\"frontMatterKeys\": [\"title\", \"description\"]}")
        }
        for key in settings.keys.sorted() where key != "frontMatterKeys" {
            throw .malformed(file: configuration.path, line: document.line(ofKey: key),
                             message: "unknown key \"\(key)\" in \"markdown\"; use \"frontMatterKeys\"")
        }
        var configured = self
        if let keys = settings["frontMatterKeys"] {
            let names = keys.array?.compactMap(\.string) ?? []
            guard let list = keys.array, names.count == list.count, names.allSatisfy({ !$0.isEmpty }) else {
                let defaults = Self.defaultFrontMatterKeys.map { "\"\($0)\"" }.joined(separator: ", ")
                throw .malformed(file: configuration.path, line: document.line(ofKey: "frontMatterKeys"),
                                 message: "\"frontMatterKeys\" must be a list of front-matter key names, "
                                     + "e.g. [\(defaults)] (the default); use [] to translate no front matter")
            }
            configured.frontMatterKeys = names
        }
        return configured
    }
}
