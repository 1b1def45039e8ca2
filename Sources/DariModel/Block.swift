import DariText

/// What kind of page element a block came from. The aligner pairs blocks of
/// the same kind first (headings with headings, captions with captions).
public enum BlockKind: Sendable, Hashable, Codable, CustomStringConvertible {
    case title
    case metaDescription
    case heading(level: Int)
    case paragraph
    case listItem
    case tableCell
    case blockquote
    case figcaption
    /// Text of an attribute a reader sees or hears: `alt`, `title`, `placeholder`, `aria-label`.
    case attribute(name: String)
    /// Code, not prose: a `<pre>` block, or running text that is only inline
    /// code (`<p><code>make install</code></p>`). Never split into sentences,
    /// compared whole with its counterpart, left out of the prose checks.
    case code
    /// Any other element with direct text (`<div>text</div>`, `<dt>`, `<address>`…).
    case other(element: String)

    public var description: String {
        switch self {
        case .title: return "title"
        case .metaDescription: return "meta-description"
        case let .heading(level): return "h\(level)"
        case .paragraph: return "p"
        case .listItem: return "li"
        case .tableCell: return "td"
        case .blockquote: return "blockquote"
        case .figcaption: return "figcaption"
        case let .attribute(name): return "@\(name)"
        case .code: return "code"
        case let .other(element): return element
        }
    }

    /// Parses `description` back (JSON Lines and XLIFF metadata store it).
    public init?(description: String) {
        switch description {
        case "title": self = .title
        case "meta-description": self = .metaDescription
        case "p": self = .paragraph
        case "li": self = .listItem
        case "td": self = .tableCell
        case "blockquote": self = .blockquote
        case "figcaption": self = .figcaption
        case "code": self = .code
        default:
            if description.hasPrefix("@") {
                self = .attribute(name: String(description.dropFirst()))
            } else if description.count == 2, description.first == "h",
                      let level = Int(String(description.last!)), (1...6).contains(level) {
                self = .heading(level: level)
            } else if !description.isEmpty {
                self = .other(element: description)
            } else {
                return nil
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let kind = BlockKind(description: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown block kind '\(text)'")
        }
        self = kind
    }
}

extension BlockKind {
    public var isHeading: Bool {
        if case .heading = self { true } else { false }
    }

    /// Paragraph-like blocks a translator may render with another element
    /// (a `<p>` in a `<li>`, a `<td>` that became a `<p>`).
    public var isRunningText: Bool {
        switch self {
        case .paragraph, .listItem, .tableCell, .blockquote, .other: return true
        default: return false
        }
    }

    /// Text that sits directly in a generic container (`<div>text</div>`,
    /// `<section>`, the body of a page or of a Markdown page's raw HTML
    /// block) is a paragraph to its reader: a translation may wrap the same
    /// text in `<p>`, or a Markdown translation may lose the blank line that
    /// made `<section>` and its text two blocks.
    public var readsAsParagraph: Bool {
        guard case let .other(element) = self else { return false }
        return Self.genericContainers.contains(element)
    }

    private static let genericContainers: Set<String> = [
        "div", "section", "article", "main", "aside", "body", "center", "span", "font",
    ]
}

/// One piece of a block's content: text, or an inline code standing for
/// markup the translator must keep (`<a href>`, `<em>`, `<br>`).
///
/// Paired codes (`.start`/`.end` with the same `id`) become XLIFF `<pc>`,
/// standalone ones `<ph>`; `original` keeps the markup so the block can be
/// written back into a page.
public enum InlineContent: Sendable, Hashable, Codable {
    case text(String)
    /// An opening tag, e.g. element "a", original `<a href="/about">`.
    case start(id: Int, element: String, original: String)
    /// The closing tag of the code with the same `id`, e.g. `</a>`.
    case end(id: Int, element: String, original: String)
    /// A standalone element such as `<br>` or `<img>` inside running text.
    case standalone(id: Int, element: String, original: String)
}

extension InlineContent {
    /// The plain text that segmentation, alignment and the checks read:
    /// the text pieces, codes left out, except that a line break (`<br>`)
    /// between two words reads as one space, as it separates them on screen
    /// ("45 wells.<br>This year" is two sentences, "2021<br>2022" two
    /// numbers). A line break at either end, or after a space or another
    /// line break, adds nothing (so `<br><br>` is not a doubled space).
    public static func plainText(_ content: [InlineContent]) -> String {
        plainTextPieces(content).joined()
    }

    /// Inline elements whose text is code, not prose (HTML's phrasing
    /// elements for code, keyboard input, program output and variables, and
    /// the old `tt`). They stay paired codes with their text in the memory.
    public static let codeElements: Set<String> = ["code", "kbd", "samp", "var", "tt"]

    /// `plainText` as the prose checks read it: each element of
    /// `codeElements`, and each inline element marked not for translation
    /// (`translate="no"`, `class="notranslate"`), stands as one U+FFFC
    /// OBJECT REPLACEMENT CHARACTER instead of its text, so a file name, a
    /// command or a number in code is never read as an untranslated word, a
    /// figure or a sentence, and the words around it keep their spacing.
    /// An exponent after a number reads `^` before it.
    public static func proseText(_ content: [InlineContent]) -> String {
        var text = ""
        var openCodes: [Int] = []
        for (index, (piece, plain)) in zip(content, plainTextPieces(content)).enumerated() {
            switch piece {
            case let .start(id, element, original) where codeElements.contains(element) || isNotTranslated(original):
                if openCodes.isEmpty { text.unicodeScalars.append("\u{FFFC}") }
                openCodes.append(id)
            case let .end(id, _, _) where openCodes.last == id:
                openCodes.removeLast()
            // An exponent after a number (`2<sup>53</sup>`) is read as written in text, 2^53, not as 253.
            case .start(_, "sup", _) where openCodes.isEmpty && text.unicodeScalars.last.map(Script.isDigit) == true
                && index + 1 < content.count && Self.startsWithDigit(content[index + 1]):
                text += "^"
            default:
                if openCodes.isEmpty { text += plain }
            }
        }
        return text
    }

    /// Whether `piece` is text that opens with a number (`53`, `-1074`, `−1`).
    private static func startsWithDigit(_ piece: InlineContent) -> Bool {
        guard case let .text(text) = piece else { return false }
        let scalars = text.unicodeScalars.drop { $0 == "-" || $0 == "−" }
        return scalars.first.map(Script.isDigit) ?? false
    }

    /// Whether an inline start tag (`original`) marks its content not for
    /// translation: HTML `translate="no"`, ITS `its:translate="no"` or the
    /// `notranslate` class that translation services honour.
    public static func isNotTranslated(_ original: String) -> Bool {
        guard original.contains("translate") else { return false }
        if original.contains(#"translate="no""#) { return true }
        guard let classStart = original.ranges(of: #" class=""#).first?.upperBound,
              let classEnd = original[classStart...].firstIndex(of: "\"") else { return false }
        return original[classStart..<classEnd].split(separator: " ").contains("notranslate")
    }

    /// What each piece of `content` adds to `plainText(content)`, in order:
    /// offsets into the plain text (what `Segmenter` returns for a block)
    /// map back to pieces through these.
    public static func plainTextPieces(_ content: [InlineContent]) -> [String] {
        let lastText = content.lastIndex { if case .text = $0 { true } else { false } } ?? -1
        var pieces: [String] = []
        pieces.reserveCapacity(content.count)
        var endsInWord = false
        for (index, piece) in content.enumerated() {
            switch piece {
            case let .text(value):
                pieces.append(value)
                if let last = value.unicodeScalars.last { endsInWord = !Script.isWhitespace(last) }
            case let .standalone(_, element, _) where element == "br" && endsInWord && index < lastText:
                pieces.append(" ")
                endsInWord = false
            case .start, .end, .standalone:
                pieces.append("")
            }
        }
        return pieces
    }
}

/// A translatable unit of a page: a heading, a paragraph, a caption, an `alt` text…
public struct Block: Sendable, Hashable, Codable {
    public var kind: BlockKind
    /// Text and inline codes in document order, whitespace collapsed as a
    /// browser renders it, NFC.
    public var content: [InlineContent]
    /// Where the block starts (1-based line of its element or attribute owner).
    public var location: SourceLocation
    /// A structural path that stays the same when text changes, e.g.
    /// `html/body/main/section[2]/p[3]` or `…/img[1]@alt`. 1-based indices
    /// count same-named siblings.
    public var path: String {
        get { storedPath.string }
        set { storedPath = BlockPath(newValue) }
    }
    /// `path` as kept: a range of its page's paths when `PageBuilder` made the block.
    public var storedPath: BlockPath
    /// True inside `<nav>`, `<header>`, `<footer>` or other site chrome that
    /// repeats on every page; kept, but checks may treat it differently.
    public var isBoilerplate: Bool
    /// Check ids an editor silenced for this block with `data-dari-ignore="check-id …"`
    /// on the element or an ancestor (`all` silences every check), sorted.
    public var suppressedChecks: [String]
    /// Where the lines of the page file begin in the block's plain text, so
    /// that a finding on the third sentence of a long paragraph points at
    /// that sentence's line, not at the paragraph's opening tag. Sorted by
    /// offset; text before the first mark is on `location.line`.
    public var lineMarks: [LineMark]
    /// The `id` of the element the block is (`<p id="par_id3154250">`), nil
    /// when it has none. Pages generated from one source in both languages
    /// (help systems, DocBook, Sphinx) give an element the same id in each,
    /// so a shared id says two blocks are one.
    public var elementID: String?

    /// The element ids used by exactly one of `blocks` (a page's): an id a
    /// page repeats (help pages embed one section several times, ids and
    /// all) names no one element.
    public static func elementIDsUsedOnce(in blocks: [Block]) -> Set<String> {
        var uses: [String: Int] = [:]
        for case let id? in blocks.lazy.map(\.elementID) { uses[id, default: 0] += 1 }
        return Set(uses.compactMap { $0.value == 1 ? $0.key : nil })
    }

    public init(kind: BlockKind, content: [InlineContent], location: SourceLocation, path: String,
                isBoilerplate: Bool = false, suppressedChecks: [String] = [], lineMarks: [LineMark] = [],
                elementID: String? = nil) {
        self.init(kind: kind, content: content, location: location, storedPath: BlockPath(path),
                  isBoilerplate: isBoilerplate, suppressedChecks: suppressedChecks, lineMarks: lineMarks,
                  elementID: elementID)
    }

    public init(kind: BlockKind, content: [InlineContent], location: SourceLocation, storedPath: BlockPath,
                isBoilerplate: Bool = false, suppressedChecks: [String] = [], lineMarks: [LineMark] = [],
                elementID: String? = nil) {
        self.kind = kind
        self.content = content
        self.location = location
        self.storedPath = storedPath
        self.isBoilerplate = isBoilerplate
        self.suppressedChecks = suppressedChecks
        self.lineMarks = lineMarks
        self.elementID = elementID
    }

    // The stored path is encoded as `path`, as the string it was.
    private enum CodingKeys: String, CodingKey {
        case kind, content, location, storedPath = "path", isBoilerplate, suppressedChecks, lineMarks, elementID
    }

    /// The block's plain text (`InlineContent.plainText`).
    public var text: String { InlineContent.plainText(content) }

    /// Where the character at `offset` (UTF-16, into `text`) stands in the page file.
    public func location(atTextOffset offset: Int) -> SourceLocation {
        var location = self.location
        var low = 0, high = lineMarks.count
        while low < high {
            let middle = (low + high) / 2
            if lineMarks[middle].offset <= offset { low = middle + 1 } else { high = middle }
        }
        if low > 0 { location.line = max(location.line, lineMarks[low - 1].line) }
        return location
    }
}

/// A line of the page file beginning inside a block's plain text.
public struct LineMark: Sendable, Hashable, Codable {
    /// UTF-16 offset into the block's plain text of the first character on `line`.
    public var offset: Int
    /// 1-based line in the page file.
    public var line: Int

    public init(offset: Int, line: Int) {
        self.offset = offset
        self.line = line
    }
}

/// An `<link rel="alternate" hreflang>` entry: where the page says its
/// translation lives.
public struct AlternateLink: Sendable, Hashable, Codable {
    public var language: String
    public var href: String

    public init(language: String, href: String) {
        self.language = language
        self.href = href
    }
}

/// A page's translatable content in document order.
public struct Page: Sendable, Hashable, Codable {
    /// The file as the user named it.
    public var path: String
    /// The language the page declares, if it is one dari knows: the `lang`
    /// of `<html>`, or a front matter's `lang` (a `PageReader` for a format
    /// with front matter fills it). Nil when the page does not say.
    public var language: Language?
    public var blocks: [Block]
    public var alternates: [AlternateLink]
    /// A front matter's `translationKey` (Hugo's name; a `PageReader` for a
    /// format with front matter fills it): pages of the two languages that
    /// share it translate each other, whatever their paths. Nil for HTML.
    public var translationKey: String?

    public init(path: String, language: Language?, blocks: [Block], alternates: [AlternateLink],
                translationKey: String? = nil) {
        self.path = path
        self.language = language
        self.blocks = blocks
        self.alternates = alternates
        self.translationKey = translationKey
    }
}
