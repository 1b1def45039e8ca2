import DariModel

/// The front matter a static site generator reads before a page's markup
/// (Hugo's and Jekyll's `---` YAML, Hugo's `+++` TOML), as blocks: an HTML
/// page of a Hugo or Jekyll site starts with it as a Markdown page does,
/// and a browser never shows it as text. DariMarkdown reads it (it knows
/// YAML and TOML: `MarkdownReader.frontMatter(of:path:)`) and hands the
/// reading to the HTML extractor (`Extractor.frontMatter`).
public struct FrontMatterBlocks: Sendable {
    /// Its visible values (title, description…), with their lines.
    public var blocks: [Block]
    /// How many lines of the file it takes, its fences included.
    public var lineCount: Int
    /// A malformed front matter, as a warning.
    public var diagnostics: [Diagnostic]
    public var language: Language?
    /// Hugo's key for pages whose paths differ between languages.
    public var translationKey: String?

    public init(blocks: [Block], lineCount: Int, diagnostics: [Diagnostic] = [], language: Language? = nil,
                translationKey: String? = nil) {
        self.blocks = blocks
        self.lineCount = lineCount
        self.diagnostics = diagnostics
        self.language = language
        self.translationKey = translationKey
    }

    /// Reads the front matter at the top of a page's text (`path` for
    /// locations): nil when the text opens with none.
    public typealias Reading = @Sendable (_ text: String, _ path: String) throws(ExtractionError) -> FrontMatterBlocks?

    /// True when `bytes` open (after a UTF-8 byte-order mark) with a `---`
    /// or `+++` line: no HTML does.
    static func opens(_ bytes: [UInt8]) -> Bool {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard bytes.count >= start + 4, bytes[start] == bytes[start + 1], bytes[start] == bytes[start + 2],
              bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: "+") else { return false }
        start += 3
        while start < bytes.count, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") { start += 1 }
        return start < bytes.count && (bytes[start] == UInt8(ascii: "\n") || bytes[start] == UInt8(ascii: "\r"))
    }

    /// `bytes` with their first `lineCount` lines blank: the markup after
    /// the front matter keeps its line numbers.
    static func blanking(_ lineCount: Int, linesOf bytes: [UInt8]) -> [UInt8] {
        var lines = 0
        var end = 0
        while end < bytes.count, lines < lineCount {
            if bytes[end] == UInt8(ascii: "\n") { lines += 1 }
            end += 1
        }
        return [UInt8](repeating: UInt8(ascii: "\n"), count: lines) + bytes[end...]
    }
}
