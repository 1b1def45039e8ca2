import DariICU
import DariModel
import DariXML

/// Turns the event stream of one parsed page into a `Page`.
///
/// The walk keeps a stack of open elements. Text and inline codes go into the
/// current run, which belongs to the innermost open block or container (its
/// *owner*). A nested block or container ends the run, so the innermost block
/// owns its text and an outer one keeps only its own direct text, as separate
/// runs before and after the nested block.
///
/// Blocks come out in document order of where their content starts: a run
/// reserves its place when its first text or code arrives, and attribute
/// blocks are placed when their start tag is read. So `<p title="t">Hi</p>`
/// gives `@title` then `p`, and `<p>See <img alt="a"></p>` gives `p` then `@alt`.
///
/// A block's path is rendered from the stack when the block is made, not kept
/// on every open element: a stored path per element made memory grow with the
/// square of the depth (23 GB for a page nested 100,000 deep, issue 18).
struct PageBuilder {
    /// A page nested deeper than `maximumDepth` elements.
    struct TooDeep: Error, Equatable {
        /// 1-based line of the start tag that went past the limit.
        var line: Int
    }

    /// An open element.
    private struct Frame {
        var name: String
        var role: ElementRole
        /// 1-based among the earlier siblings of the same name.
        var index: Int
        /// 1-based line of the start tag.
        var line: Int
        /// Inside site chrome (`nav`, `role="banner"`, a `"skip"` selector…), here or above.
        var isChrome: Bool
        /// How far the site's `"skip"` selectors have matched down to here.
        var selectorState: ChromeSelectors.State
        /// HTML's inherited `translate`: false inside `translate="no"` until a `translate="yes"`.
        var translates: Bool
        /// What blocks made here are marked: chrome, or not for translation.
        var isBoilerplate: Bool { isChrome || !translates }
        /// Check ids silenced by `data-dari-ignore` here or on an ancestor.
        var suppressedChecks: [String]
        var preservesWhitespace: Bool
        var childCounts: [ChildCount] = []
        /// Runs started in this element (owners only).
        var runsBegun = 0
        /// Blocks made from this element's runs (owners only); the second and
        /// later get `#n` after the path.
        var blocksMade = 0
        /// The element's `id` (block elements only): its first block carries it.
        var elementID: String? = nil
    }

    private struct ChildCount {
        var name: String
        var count: Int
    }

    /// The run being built and where its block goes.
    private struct Run {
        /// Stack index of the owner.
        var owner: Int
        /// Index in `slots` reserved for the block.
        var slot: Int
        /// Estimated 1-based line where the run's content starts.
        var line: Int
        var builder: BlockBuilder
    }

    let file: String
    /// The site's own chrome (`dari.json` `"skip"`).
    let chrome: ChromeSelectors
    /// The most elements that may be open at once (see `Extractor.maximumDepth`).
    let maximumDepth: Int
    private var stack: [Frame] = []
    /// Stack indices of the open blocks and containers, innermost last.
    private var owners: [Int] = []
    private var rootChildCounts: [ChildCount] = []
    /// Blocks in document order, with a placeholder (empty path) reserved for
    /// each run until it ends; a run without text leaves its placeholder.
    private var slots: [Block] = []
    /// Placeholders left in `slots`.
    private var emptySlots = 0
    /// The paths of `slots`, one after another: each block keeps a range of
    /// it (`BlockPath`) rather than a string of its own, and is given the
    /// finished text when the page is.
    private var paths = ""
    private var run: Run?
    /// The `alt` blocks of images in the current run, with each image's tag:
    /// if the run ends with no text of its own (a paragraph that is only an
    /// image), the image goes into its `alt` block so that it is still compared.
    private var runImages: [(altSlot: Int, original: String)] = []
    /// Depth inside a skipped element (`script`…); 0 outside.
    private var skipDepth = 0
    /// Line of the latest start tag: text cannot start before it.
    private var lastStartLine = 1
    private var language: Language?
    private var sawHTMLElement = false
    private var alternates: [AlternateLink] = []

    init(file: String, chrome: ChromeSelectors = .none, maximumDepth: Int = Int.max) {
        self.file = file
        self.chrome = chrome
        self.maximumDepth = maximumDepth
    }

    /// Feeds one event of the depth-first walk.
    /// - Throws: `ICUError` if NFC normalisation fails; `TooDeep` when an
    ///   element would be open inside `maximumDepth` others.
    mutating func handle(_ event: MarkupEvent) throws {
        switch event {
        case let .start(name, attributes, line):
            try start(name, attributes: attributes, line: line)
        case .end:
            try end()
        case let .text(text, line), let .cdata(text, line):
            if skipDepth == 0 { appendText(text, line: line) }
        case let .entityReference(name, line):
            // An entity libxml2 did not expand stays as written, as a browser shows it.
            if skipDepth == 0 { appendText("&\(name);", line: line) }
        case .comment:
            break
        }
    }

    /// The page, once every event has been handled.
    mutating func finish() throws -> Page {
        try flushRun()
        // In place: a copy of a 20 MB page's blocks would be the peak of memory.
        if emptySlots > 0 { slots.removeAll { $0.storedPath.isEmpty } }
        let paths = self.paths
        self.paths = ""
        for index in slots.indices { slots[index].storedPath = slots[index].storedPath.rebound(to: paths) }
        return Page(path: file, language: language, blocks: slots, alternates: alternates)
    }

    // MARK: - Elements

    private mutating func start(_ name: String, attributes: [MarkupAttribute], line: Int) throws {
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        if line > 0 { lastStartLine = line }
        let index = nextIndex(for: name)
        let role = ElementRole(element: name)
        if role == .skipped {
            skipDepth = 1
            return
        }
        if stack.count >= maximumDepth { throw TooDeep(line: line) }
        let parent = stack.last
        var isChrome = (parent?.isChrome ?? false)
            || ElementClassification.isBoilerplate(element: name, attributes: attributes)
        var selectorState = parent?.selectorState ?? ChromeSelectors.State()
        if !chrome.isEmpty && !isChrome {
            let entered = chrome.enter(element: name, attributes: attributes, parent: selectorState)
            isChrome = entered.matches
            selectorState = entered.state
        }
        let translates = ElementClassification.translates(attributes) ?? parent?.translates ?? true
        let suppressedChecks = Self.suppressions(attributes, inherited: parent?.suppressedChecks ?? [])
        var frame = Frame(
            name: name, role: role, index: index,
            line: line, isChrome: isChrome, selectorState: selectorState, translates: translates,
            suppressedChecks: suppressedChecks,
            preservesWhitespace: (parent?.preservesWhitespace ?? false)
                || ElementClassification.preformatted.contains(name))

        var image: String?
        switch role {
        case .block, .container:
            try flushRun()
            if case .block = role, let id = attributes[named: "id"], !id.isEmpty { frame.elementID = id }
            stack.append(frame)
            owners.append(stack.count - 1)
        case .inline:
            stack.append(frame)
            let original = try Self.openingTag(name, attributes)
            if beginRunIfNeeded(line: line) {
                run?.builder.open(element: name, original: original, depth: stack.count - 1)
            }
        case .standalone:
            stack.append(frame)
            let original = try Self.openingTag(name, attributes)
            if beginRunIfNeeded(line: line) {
                run?.builder.appendStandalone(element: name, original: original)
                if name == "img" { image = original }
            }
        case .void, .skipped:
            stack.append(frame)
        }

        if !attributes.isEmpty {
            let before = slots.count
            try readAttributes(of: name, attributes, line: line, element: stack.count - 1,
                               isBoilerplate: frame.isBoilerplate, suppressedChecks: suppressedChecks)
            if let image, let alt = slots[before...].lastIndex(where: { $0.kind == .attribute(name: "alt") }) {
                runImages.append((alt, image))
            }
        }
    }

    private mutating func end() throws {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        guard let frame = stack.last else { return }
        switch frame.role {
        case .block, .container:
            try flushRun()  // Reads the frame: pop after.
            owners.removeLast()
        case .inline:
            run?.builder.close(depth: stack.count - 1)
        case .standalone, .void, .skipped:
            break
        }
        stack.removeLast()
    }

    /// Page facts (`lang`, alternates, meta descriptions) and attribute blocks
    /// of the open element at stack index `element`.
    private mutating func readAttributes(
        of name: String, _ attributes: [MarkupAttribute], line: Int, element: Int, isBoilerplate: Bool,
        suppressedChecks: [String]
    ) throws {
        switch name {
        case "html":
            if !sawHTMLElement, let lang = attributes[named: "lang"] {
                language = Language(tag: lang.trimmingHTMLWhitespace())
            }
            sawHTMLElement = true
        case "link":
            // <link title> names a style sheet, nobody reads it: no attribute blocks.
            if let rel = attributes[named: "rel"],
               rel.split(separator: " ").contains(where: { $0.lowercased() == "alternate" }),
               let hreflang = attributes[named: "hreflang"], let href = attributes[named: "href"] {
                alternates.append(AlternateLink(language: hreflang.trimmingHTMLWhitespace(),
                                                href: href.trimmingHTMLWhitespace()))
            }
            return
        case "meta":
            try readMeta(attributes, line: line, element: element, isBoilerplate: isBoilerplate,
                         suppressedChecks: suppressedChecks)
            return
        case "base":
            return
        default:
            break
        }
        // Rendered only for an element with text attributes: most elements
        // have none, and rendering costs the element's depth.
        var path: String?
        for attribute in attributes where ElementClassification.textAttributes.contains(attribute.name) {
            let elementPath = path ?? leafPath(of: element)
            path = elementPath
            try addAttributeBlock(kind: .attribute(name: attribute.name), value: attribute.value,
                                  line: line, path: elementPath + "@" + attribute.name, isBoilerplate: isBoilerplate,
                                  suppressedChecks: suppressedChecks)
        }
    }

    /// `<meta name="description">` and the Open Graph title and description
    /// (what a link preview shows) carry text in `content`.
    private mutating func readMeta(_ attributes: [MarkupAttribute], line: Int, element: Int, isBoilerplate: Bool,
                                   suppressedChecks: [String]) throws {
        guard let content = attributes[named: "content"] else { return }
        let kind: BlockKind
        if let name = attributes[named: "name"], name.lowercased() == "description" {
            kind = .metaDescription
        } else if let property = attributes[named: "property"]?.lowercased(),
                  property == "og:title" || property == "og:description" {
            kind = .attribute(name: property)
        } else {
            return
        }
        try addAttributeBlock(kind: kind, value: content, line: line, path: leafPath(of: element) + "@content",
                              isBoilerplate: isBoilerplate, suppressedChecks: suppressedChecks)
    }

    private mutating func addAttributeBlock(
        kind: BlockKind, value: String, line: Int, path: String, isBoilerplate: Bool,
        suppressedChecks: [String]
    ) throws {
        let text = WhitespaceCollapser.collapsed(value)
        guard !text.isEmpty else { return }
        slots.append(Block(kind: kind, content: [.text(try Normalizer.nfc(text))],
                           location: SourceLocation(file: file, line: line), storedPath: stored(path),
                           isBoilerplate: isBoilerplate, suppressedChecks: suppressedChecks))
    }

    // MARK: - Runs

    private mutating func appendText(_ text: String, line: Int) {
        if run == nil {
            let preserves = owners.last.map { stack[$0].preservesWhitespace } ?? false
            // White space between blocks would be trimmed anyway; don't start a run for it.
            if !preserves, text.utf8.allSatisfy(WhitespaceCollapser.isHTMLWhitespace) { return }
        }
        let firstVisibleLine = startLine(of: text, reportedLine: line)
        guard beginRunIfNeeded(line: firstVisibleLine) else { return }
        run?.builder.appendText(text, line: firstVisibleLine)
    }

    /// Starts a run in the innermost owner unless one is under way.
    /// - Returns: false when there is no owner (content outside `<html>`).
    private mutating func beginRunIfNeeded(line: Int) -> Bool {
        if run != nil { return true }
        guard let owner = owners.last else { return false }
        stack[owner].runsBegun += 1
        let frame = stack[owner]
        let followsPreStartTag = frame.runsBegun == 1
            && (frame.name == "pre" || frame.name == "listing" || frame.name == "textarea")
        run = Run(owner: owner, slot: slots.count, line: line,
                  builder: BlockBuilder(preservesWhitespace: frame.preservesWhitespace,
                                        dropsLeadingLineFeed: followsPreStartTag))
        slots.append(Self.placeholder)
        emptySlots += 1
        return true
    }

    /// Turns the current run into a block in its reserved slot, if it has text.
    private mutating func flushRun() throws {
        guard var current = run else { return }
        run = nil
        let images = runImages
        runImages.removeAll()
        guard let (content, lineMarks) = try current.builder.finish() else {
            for (slot, original) in images {
                slots[slot].content.insert(.standalone(id: 1, element: "img", original: original), at: 0)
            }
            return
        }
        stack[current.owner].blocksMade += 1
        let owner = stack[current.owner]
        var path = leafPath(of: current.owner)
        if owner.blocksMade > 1 { path += "#\(owner.blocksMade)" }
        var kind: BlockKind
        let line: Int
        if case let .block(blockKind) = owner.role {
            kind = blockKind
            line = owner.blocksMade == 1 ? owner.line : current.line
        } else {
            kind = ElementClassification.codeBlockElements.contains(owner.name) ? .code : .other(element: owner.name)
            line = current.line
        }
        // Running text that is all inline code is a code block; a heading or
        // a caption stays what it is (its code text is left out of the checks
        // anyway, see `InlineContent.proseText`).
        if kind.isRunningText && current.builder.isOnlyCode { kind = .code }
        // Leading marks not past the block's own line say nothing its
        // location does not (every reader takes the later of the two lines);
        // kept, a page of one-line paragraphs held an array per block for
        // its first character's line (9.6 MB of 200,000 paragraphs).
        let marks = lineMarks.first.map { $0.line <= line } == true ? Array(lineMarks.drop { $0.line <= line }) : lineMarks
        emptySlots -= 1
        slots[current.slot] = Block(kind: kind, content: content, location: SourceLocation(file: file, line: line),
                                    storedPath: stored(path), isBoilerplate: owner.isBoilerplate,
                                    suppressedChecks: owner.suppressedChecks, lineMarks: marks,
                                    elementID: owner.blocksMade == 1 ? owner.elementID : nil)
    }

    /// The attribute an editor puts on an element to silence checks on it and
    /// everything inside: `<figcaption data-dari-ignore="hangul-in-target">`.
    static let suppressionAttribute = "data-dari-ignore"

    private static func suppressions(_ attributes: [MarkupAttribute], inherited: [String]) -> [String] {
        guard let value = attributes[named: suppressionAttribute] else { return inherited }
        let own = value.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" })
            .map { $0.lowercased() }
        return Array(Set(inherited + (own.isEmpty ? ["all"] : own))).sorted()
    }

    /// `path` appended to the page's paths; its range stands for it until `finish`.
    private mutating func stored(_ path: String) -> BlockPath {
        let start = paths.utf8.count
        paths += path
        return BlockPath(in: "", utf8Range: start..<paths.utf8.count)
    }

    /// What a run's slot holds until the run ends: no real block has an empty path.
    private static let placeholder = Block(kind: .paragraph, content: [], location: SourceLocation(file: "", line: 0),
                                           path: "")

    /// The 1-based line where `text`'s first visible character is.
    ///
    /// libxml2 2.9 gives a text node the line where it stopped reading the
    /// node's first chunk (up to 1,000 bytes, or up to the first entity), not
    /// where the text starts. Counting back the line feeds after the first
    /// visible character is exact for short text, the usual case, and never
    /// goes before the latest start tag.
    private func startLine(of text: String, reportedLine: Int) -> Int {
        var lineFeeds = 0
        var seenVisible = false
        for byte in text.utf8 {
            if seenVisible {
                if byte == 0x0A { lineFeeds += 1 }
            } else if !WhitespaceCollapser.isHTMLWhitespace(byte) {
                seenVisible = true
            }
        }
        return max(lastStartLine, reportedLine - lineFeeds)
    }

    // MARK: - Paths

    /// Counts a child called `name` of the innermost open element.
    private mutating func nextIndex(for name: String) -> Int {
        if stack.isEmpty { return Self.bump(&rootChildCounts, name) }
        return Self.bump(&stack[stack.count - 1].childCounts, name)
    }

    private static func bump(_ counts: inout [ChildCount], _ name: String) -> Int {
        for index in counts.indices where counts[index].name == name {
            counts[index].count += 1
            return counts[index].count
        }
        counts.append(ChildCount(name: name, count: 1))
        return 1
    }

    /// The path naming the element at `index` itself: its last step always has
    /// an index (`…/p[1]`), so a block's path says which sibling it is.
    /// Costs the element's depth, so it is called once per block only.
    private func leafPath(of index: Int) -> String {
        var path = ""
        for ancestor in stack[..<index] {
            path += Self.step(ancestor.name, index: ancestor.index, isLast: false)
            path += "/"
        }
        path += Self.step(stack[index].name, index: stack[index].index, isLast: true)
        return path
    }

    /// One step of a path. `html`, `head` and `body` occur once per page and
    /// never get an index; other steps above the last one leave out `[1]`, so
    /// paths read like `html/body/main/section[2]/p[3]`. An element's path then
    /// depends only on what comes before it, never on later siblings.
    private static func step(_ name: String, index: Int, isLast: Bool) -> String {
        if name == "html" || name == "body" || name == "head" { return name }
        if isLast || index > 1 { return "\(name)[\(index)]" }
        return name
    }

    // MARK: - Markup of codes

    /// The start tag as markup, attributes in document order, values quoted and
    /// escaped, e.g. `<a href="/about" title="About us">`.
    private static func openingTag(_ name: String, _ attributes: [MarkupAttribute]) throws -> String {
        var tag = "<" + name
        for attribute in attributes {
            tag += " "
            tag += attribute.name
            tag += "=\""
            tag += escapedAttributeValue(attribute.value)
            tag += "\""
        }
        tag += ">"
        return try Normalizer.nfc(tag)
    }

    private static func escapedAttributeValue(_ value: String) -> String {
        let needsEscaping = value.utf8.contains { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "\"")
            || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }
        guard needsEscaping else { return value }
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count + 16)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}

extension String {
    /// The string without HTML white space at either end.
    func trimmingHTMLWhitespace() -> String {
        let bytes = Array(utf8)
        var start = 0
        var end = bytes.count
        while start < end, WhitespaceCollapser.isHTMLWhitespace(bytes[start]) { start += 1 }
        while end > start, WhitespaceCollapser.isHTMLWhitespace(bytes[end - 1]) { end -= 1 }
        if start == 0 && end == bytes.count { return self }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
