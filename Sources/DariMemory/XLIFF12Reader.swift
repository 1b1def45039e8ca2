import DariModel
import DariXML

/// Reads XLIFF 1.2 (and the 1.0/1.1 layouts it grew from) into a
/// `TranslationMemory`, streaming.
///
/// Two shapes are recognised:
/// - dari's own export (`XLIFF12Writer`): a `<group>` per unit carrying a
///   context group named "dari-unit UNIT" (kind, lines, paths), holding one
///   `<trans-unit id="UNIT-SEGMENT">` per segment with bead and score in a
///   context group named "dari-segment UNIT-SEGMENT". Units, segments, kinds, lines,
///   paths, states, shapes and scores come back; inline codes come back by
///   element name (`ctype`), without the original markup, which 1.2's
///   `<g>`/`<x>` have no place for.
/// - anything else: each `<trans-unit>` is a unit (groups are flattened). A
///   `<seg-source>` with `<mrk mtype="seg" mid>` gives one segment per
///   `mid` (the target's `mrk`s with the same `mid` are its translation);
///   otherwise the trans-unit is one segment "s1". Kinds are `.paragraph`,
///   shapes are 1 or 0 per side by whether it has text.
///
/// Inline codes: `<g>` → start/end, `<x>` → standalone, `<bx>`/`<ex>` →
/// start/end paired by `rid` (or `id`), and the native codes `<bpt>`/
/// `<ept>`/`<ph>`/`<it>` the same way with their content as the original
/// markup. `<mrk>` keeps its text. Notes, `alt-trans` and `bin-unit`s are
/// skipped.
///
/// States (1.2 → 2.x): `new`, `needs-translation` → initial;
/// `translated`, `needs-review-*`, `needs-adaptation`, `needs-l10n` →
/// translated (a translation exists); `signed-off` → reviewed; `final` →
/// final; none or `x-…` → translated when the target has text, else initial.
public enum XLIFF12Reader {
    public static let namespace = "urn:oasis:names:tc:xliff:document:1.2"
    /// Namespaces of the versions 1.2 grew from, read the same way.
    static let olderNamespaces: Set<String> = [
        "urn:oasis:names:tc:xliff:document:1.1", "urn:oasis:names:tc:xliff:document:1.0", "",
    ]

    /// Reads the XLIFF 1.2 file at `path`, streaming.
    /// - Throws: `MemoryReadError` (see `XLIFF21Reader.read(fileAt:)`);
    ///   `.wrongVersion` for XLIFF 2.x.
    public static func read(fileAt path: String) throws -> TranslationMemory {
        let cursor = try MemoryInput.cursor(path)
        return try read(cursor, root: try cursor.root())
    }

    /// Reads XLIFF 1.2 from memory; `path` names it in errors.
    public static func read(bytes: [UInt8], path: String) throws -> TranslationMemory {
        let cursor = try MemoryInput.cursor(bytes: bytes, path: path)
        return try read(cursor, root: try cursor.root())
    }

    /// True when `root` is an XLIFF 1.x root this reader takes.
    static func accepts(_ root: MarkupElement) -> Bool {
        guard root.localName == "xliff" else { return false }
        if root.namespaceURI == namespace { return true }
        return olderNamespaces.contains(root.namespaceURI) && (root.attribute("version") ?? "").hasPrefix("1.")
    }

    static func read(_ cursor: MemoryCursor, root: MarkupElement) throws -> TranslationMemory {
        let path = cursor.path
        guard accepts(root) else {
            if root.localName == "xliff", root.namespaceURI == XLIFF21Reader.namespace {
                throw MemoryReadError.wrongVersion(file: path, line: root.line, version: root.attribute("version") ?? "2.x",
                                                   useInstead: "XLIFF21Reader")
            }
            throw MemoryReadError.notXLIFF(file: path, line: root.line, found: XLIFF21Reader.describe(root))
        }
        let parse = Parse(cursor: cursor, namespace: root.namespaceURI)
        var files: [MemoryFile] = []
        var languages: (source: Language, target: Language)?
        try cursor.forEachChild { element in
            guard element.localName == "file", element.namespaceURI == root.namespaceURI else {
                try cursor.skip()
                return
            }
            let fileLanguages = try parse.languages(of: element)
            if let languages, languages != fileLanguages {
                throw MemoryReadError.invalid(
                    file: path, line: element.line,
                    message: "this <file> pairs \(fileLanguages.source.tag)→\(fileLanguages.target.tag) but the first "
                        + "pairs \(languages.source.tag)→\(languages.target.tag); split the file by language pair")
            }
            languages = fileLanguages
            files.append(try parse.file(element, index: files.count + 1))
        }
        return TranslationMemory(sourceLanguage: languages?.source ?? .korean,
                                 targetLanguage: languages?.target ?? .english, files: files)
    }

    /// 1.2 target states as dari's.
    static func state(_ value: String?, hasText: Bool) -> SegmentState {
        switch value {
        case "new", "needs-translation": return .initial
        case "translated", "needs-review-translation", "needs-review-adaptation", "needs-review-l10n",
             "needs-adaptation", "needs-l10n":
            return .translated
        case "signed-off": return .reviewed
        case "final": return .final
        default: return hasText ? .translated : .initial
        }
    }

    /// `ctype` values as HTML element names (`XLIFF12Writer.ctype(for:)` reversed).
    static func element(forCtype ctype: String?, fallback: String) -> String {
        CodeTypes.xliff12.element(forType: ctype, fallback: fallback)
    }

    fileprivate struct Parse {
        let cursor: MemoryCursor
        let namespace: String
        var path: String { cursor.path }

        func languages(of file: MarkupElement) throws -> (source: Language, target: Language) {
            let sourceTag = file.attribute("source-language") ?? ""
            guard let source = Language(tag: sourceTag) else {
                throw MemoryReadError.unsupportedLanguage(file: path, line: file.line, tag: sourceTag)
            }
            guard let targetTag = file.attribute("target-language") else {
                return (source, source == .korean ? .english : .korean)
            }
            guard let target = Language(tag: targetTag) else {
                throw MemoryReadError.unsupportedLanguage(file: path, line: file.line, tag: targetTag)
            }
            return (source, target)
        }

        func file(_ element: MarkupElement, index: Int) throws -> MemoryFile {
            let original = element.attribute("original") ?? "file\(index)"
            var file = MemoryFile(id: "f\(index)", original: original, targetOriginal: original, units: [])
            var sawDariGroup = false
            func collect(_ child: MarkupElement) throws {
                guard child.namespaceURI == namespace else { return try cursor.skip() }
                switch child.localName {
                case "body":
                    try cursor.forEachChild(collect)
                case "group":
                    try group(child, into: &file, sawDariGroup: &sawDariGroup)
                case "trans-unit":
                    var numbering = CodeNumbering()
                    let read = try transUnit(child, numbering: &numbering)
                    let segments = read.segments.enumerated().map { index, segment in
                        var segment = segment
                        if segment.id.isEmpty { segment.id = "s\(index + 1)" }
                        return segment
                    }
                    file.units.append(MemoryUnit(id: child.attribute("id") ?? "u\(file.units.count + 1)",
                                                 kind: .paragraph, sourceLocation: nil, targetLocation: nil,
                                                 sourcePath: nil, targetPath: nil, segments: segments))
                    file.units[file.units.count - 1].memoryLine = child.line
                default:
                    try cursor.skip()  // header, bin-unit
                }
            }
            try cursor.forEachChild(collect)
            return file
        }

        /// A `<group>`: a dari unit when it carries a "dari-unit" context group,
        /// otherwise a container whose trans-units are units.
        func group(_ element: MarkupElement, into file: inout MemoryFile, sawDariGroup: inout Bool) throws {
            var unit: MemoryUnit?
            var numbering = CodeNumbering()
            let groupID = element.attribute("id") ?? "g\(file.units.count + 1)"
            try cursor.forEachChild { child in
                guard child.namespaceURI == namespace else { return try cursor.skip() }
                switch child.localName {
                case "context-group" where (child.attribute("name") ?? "").hasPrefix("dari-unit ") && unit == nil:
                    let contexts = try contextGroup()
                    if !sawDariGroup {
                        // dari's export: the file's pages are in its first unit's context.
                        sawDariGroup = true
                        let target = contexts["x-dari-target-file"]
                        file.targetOriginal = target
                        file.sourceOriginalExists = contexts["x-dari-source-page"] != "no"
                    }
                    unit = dariUnit(id: groupID, contexts: contexts, file: file)
                    unit?.memoryLine = element.line
                case "trans-unit" where unit != nil:
                    let read = try transUnit(child, numbering: &numbering)
                    let id = child.attribute("id") ?? ""
                    let prefix = groupID + "-"
                    var segmentID = id.hasPrefix(prefix) ? String(id.dropFirst(prefix.count)) : id
                    if segmentID.isEmpty { segmentID = "s\((unit?.segments.count ?? 0) + 1)" }
                    for var segment in read.segments {
                        segment.id = read.segments.count == 1 ? segmentID : segmentID + "-" + segment.id
                        unit?.segments.append(segment)
                    }
                case "trans-unit":
                    var numbering = CodeNumbering()
                    let read = try transUnit(child, numbering: &numbering)
                    file.units.append(MemoryUnit(id: child.attribute("id") ?? "u\(file.units.count + 1)",
                                                 kind: .paragraph, sourceLocation: nil, targetLocation: nil,
                                                 sourcePath: nil, targetPath: nil,
                                                 segments: read.segments.enumerated().map { index, segment in
                                                     var segment = segment
                                                     if segment.id.isEmpty { segment.id = "s\(index + 1)" }
                                                     return segment
                                                 }))
                    file.units[file.units.count - 1].memoryLine = child.line
                case "group":
                    try group(child, into: &file, sawDariGroup: &sawDariGroup)
                default:
                    try cursor.skip()
                }
            }
            if let unit { file.units.append(unit) }
        }

        func dariUnit(id: String, contexts: [String: String], file: MemoryFile) -> MemoryUnit {
            let sourceLine = contexts["linenumber"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil }
            let targetLine = contexts["x-dari-target-line"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil }
            let sourceFile = contexts["sourcefile"] ?? file.original
            let targetFile = contexts["x-dari-target-file"] ?? file.targetOriginal ?? file.original
            return MemoryUnit(
                id: id, kind: contexts["x-dari-kind"].flatMap(BlockKind.init(description:)) ?? .paragraph,
                sourceLocation: sourceLine.map { SourceLocation(file: sourceFile, line: $0) },
                targetLocation: targetLine.map { SourceLocation(file: targetFile, line: $0) },
                sourcePath: contexts["x-dari-source-path"], targetPath: contexts["x-dari-target-path"], segments: [])
        }

        /// The `<context>`s of the context group just opened, by type.
        func contextGroup() throws -> [String: String] {
            var contexts: [String: String] = [:]
            try cursor.forEachChild { child in
                if child.localName == "context", child.namespaceURI == namespace, let type = child.attribute("context-type") {
                    contexts[type] = try cursor.text()
                } else {
                    try cursor.skip()
                }
            }
            return contexts
        }

        struct TransUnit {
            var segments: [MemorySegment]
        }

        /// A trans-unit's segments (one, or one per `mrk mtype="seg"`).
        /// Segment ids are the `mid`s, or empty for the caller to name.
        func transUnit(_ element: MarkupElement, numbering: inout CodeNumbering) throws -> TransUnit {
            var source: [Piece]?
            var segmented: [Piece]?
            var target: [Piece]?
            var targetState: String?
            var contexts: [String: String] = [:]
            try cursor.forEachChild { child in
                guard child.namespaceURI == namespace else { return try cursor.skip() }
                switch child.localName {
                case "source" where source == nil:
                    source = try content(numbering: &numbering)
                case "seg-source" where segmented == nil:
                    segmented = try content(numbering: &numbering)
                case "target" where target == nil:
                    targetState = child.attribute("state")
                    target = try content(numbering: &numbering)
                case "context-group" where (child.attribute("name") ?? "").hasPrefix("dari-segment "):
                    contexts = try contextGroup()
                default:
                    try cursor.skip()  // note, alt-trans, count-group, other context groups
                }
            }
            guard let source else {
                throw MemoryReadError.invalid(file: path, line: element.line,
                                              message: "<trans-unit> has no <source>; add one (XLIFF 1.2 requires it)")
            }
            var pairs: [(id: String, source: [InlineContent], target: [InlineContent]?)] = []
            let marked = (segmented ?? []).filter { $0.mid != nil }
            let targetIsMarked = (target ?? []).contains { $0.mid != nil }
            if !marked.isEmpty, target == nil || targetIsMarked || marked.count == 1 {
                var targets: [String: [InlineContent]] = [:]
                for piece in target ?? [] {
                    if let mid = piece.mid, targets[mid] == nil { targets[mid] = piece.content }
                }
                for piece in marked {
                    let mid = piece.mid ?? ""
                    let translated: [InlineContent]? = target.map { whole in
                        targetIsMarked ? (targets[mid] ?? []) : whole.joined
                    }
                    pairs.append((mid, piece.content, translated))
                }
            } else {
                // No usable segmentation: the whole trans-unit is one segment.
                pairs.append(("", source.joined, target?.joined))
            }
            return TransUnit(segments: pairs.map { pair in
                let hasText = !(pair.target.map(InlineContent.plainText)?.isEmpty ?? true)
                var shape = (pair.source.isEmpty ? 0 : 1, (pair.target?.isEmpty ?? true) ? 0 : 1)
                if let bead = contexts["x-dari-bead"] {
                    let sides = bead.split(separator: "-", omittingEmptySubsequences: false)
                    if sides.count == 2, let s = Int(sides[0]), let t = Int(sides[1]), s >= 0, t >= 0 { shape = (s, t) }
                }
                let score = contexts["x-dari-score"].flatMap(Double.init).flatMap { $0.isFinite ? $0 : nil }
                return MemorySegment(id: pair.id, source: pair.source, target: pair.target,
                                     state: XLIFF12Reader.state(targetState, hasText: hasText), score: score,
                                     shape: shape)
            })
        }

        /// Content split at top-level `<mrk mtype="seg">`: each marked
        /// segment is a piece with its `mid`; content outside them is a
        /// piece without.
        struct Piece {
            var mid: String?
            var content: [InlineContent]
        }

        func content(numbering: inout CodeNumbering) throws -> [Piece] {
            var pieces: [Piece] = []
            var builder = InlineContentBuilder()
            var segmentDepth: Int?  // depth of the open mrk mtype="seg"
            var segmentMid = ""
            var open: [InlineContent?] = []
            func flushOutside() {
                let content = builder.finish()
                builder = InlineContentBuilder()
                if !content.isEmpty { pieces.append(Piece(mid: nil, content: content)) }
            }
            while let node = try cursor.next() {
                switch node {
                case let .text(value, _):
                    builder.text(value)
                case let .entityReference(name, line):
                    throw MemoryReadError.unexpandedEntity(file: path, line: line, name: name)
                case .end:
                    if segmentDepth == open.count {
                        let content = builder.finish()
                        builder = InlineContentBuilder()
                        pieces.append(Piece(mid: segmentMid, content: content))
                        segmentDepth = nil
                    }
                    guard let closing = open.popLast() else {
                        flushOutside()
                        return pieces
                    }
                    if let closing { builder.code(closing) }
                case let .start(element):
                    guard element.namespaceURI == namespace else {
                        try cursor.skip()
                        continue
                    }
                    var closing: InlineContent?
                    let name = element.localName
                    switch name {
                    case "mrk" where element.attribute("mtype") == "seg" && segmentDepth == nil:
                        flushOutside()
                        segmentDepth = open.count + 1
                        segmentMid = element.attribute("mid") ?? "s\(pieces.count + 1)"
                    case "mrk":
                        break  // keep the text
                    case "g":
                        let id = numbering.number(for: element.attribute("id") ?? "")
                        let tag = XLIFF12Reader.element(forCtype: element.attribute("ctype"), fallback: "g")
                        builder.code(.start(id: id, element: tag, original: ""))
                        closing = .end(id: id, element: tag, original: "")
                    case "x":
                        let id = numbering.number(for: element.attribute("id") ?? "")
                        builder.code(.standalone(id: id, element: XLIFF12Reader.element(
                            forCtype: element.attribute("ctype"), fallback: "x"), original: ""))
                    case "bx":
                        let id = numbering.number(for: element.attribute("rid") ?? element.attribute("id") ?? "")
                        builder.code(.start(id: id, element: XLIFF12Reader.element(
                            forCtype: element.attribute("ctype"), fallback: "bx"), original: ""))
                    case "ex":
                        let id = numbering.number(for: element.attribute("rid") ?? element.attribute("id") ?? "")
                        builder.code(.end(id: id, element: XLIFF12Reader.element(
                            forCtype: element.attribute("ctype"), fallback: "ex"), original: ""))
                    case "bpt", "ept", "ph", "it":
                        // Native codes: the content is the original markup.
                        let reference = name == "ph" ? element.attribute("id") : (element.attribute("rid") ?? element.attribute("id"))
                        let id = numbering.number(for: reference ?? "")
                        let original = try cursor.text()
                        let tag = InlineContent.elementName(ofMarkup: original)
                            ?? XLIFF12Reader.element(forCtype: element.attribute("ctype"), fallback: name)
                        switch name {
                        case "bpt": builder.code(.start(id: id, element: tag, original: original))
                        case "ept": builder.code(.end(id: id, element: tag, original: original))
                        case "it" where element.attribute("pos") == "close":
                            builder.code(.end(id: id, element: tag, original: original))
                        case "it": builder.code(.start(id: id, element: tag, original: original))
                        default: builder.code(.standalone(id: id, element: tag, original: original))
                        }
                        continue  // text() read through the end
                    default:
                        try cursor.skip()
                        continue
                    }
                    open.append(closing)
                }
            }
            flushOutside()
            return pieces
        }
    }
}

fileprivate extension Array where Element == XLIFF12Reader.Parse.Piece {
    /// All pieces' content in order, as one.
    var joined: [InlineContent] {
        var builder = InlineContentBuilder()
        for piece in self {
            for item in piece.content {
                if case let .text(value) = item { builder.text(value) } else { builder.code(item) }
            }
        }
        return builder.finish()
    }
}
