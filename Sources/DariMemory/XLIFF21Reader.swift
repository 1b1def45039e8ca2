import DariModel
import DariXML

/// Reads XLIFF 2.x (2.0, 2.1, 2.2 core) into a `TranslationMemory`, streaming.
///
/// It reads back everything `XLIFF21Writer` writes, so write → read → write
/// gives the same bytes: `<pc>`/`<sc>`/`<ec>`/`<ph>` with `<originalData>`
/// become `InlineContent` again (the element name comes from the original
/// markup), and the `mda:` groups of category "dari" and "dari-segment"
/// give back block kind, lines, paths, bead shape and score. Source and
/// target locations get their file from the `<file>`'s pages, their line
/// from the metadata (the writer stores no columns, so columns read as 0).
///
/// Files from other tools read as well, with these choices:
/// - no dari metadata: the kind is `.paragraph` (running text is the usual
///   block), the bead shape is 1 or 0 per side by whether it has text,
///   no score, no lines; the `<file>`'s `original` is both pages (an XLIFF
///   file is one document and its translation);
/// - an unknown kind in the metadata becomes `.other(element:)` with the
///   same text, so it is written back unchanged; an unreadable line, bead
///   or score is left out (inferred, like a file without metadata);
/// - `<group>`s are flattened into their file; `<ignorable>` (whitespace
///   between segments) and `<notes>` are dropped; `<mrk>` keeps its text
///   and loses the marker; `<sm>`/`<em>` are dropped; `<cp hex>` becomes
///   its character; codes without `<data>` get an empty original and the
///   XLIFF element's name ("pc", "ph");
/// - a segment without `id` gets "s1", "s2"… by position; a missing
///   `state` is "initial" (the XLIFF default).
public enum XLIFF21Reader {
    public static let namespace = XLIFF21Writer.namespace
    public static let metadataNamespace = XLIFF21Writer.metadataNamespace

    /// Reads the XLIFF 2.x file at `path`, streaming (the file is never held
    /// whole in memory).
    /// - Throws: `MemoryReadError`: `.notFound`/`.unreadable` when the file
    ///   cannot be opened, `.malformed` with line and column, `.notXLIFF`,
    ///   `.wrongVersion` for XLIFF 1.x, `.unsupportedLanguage`, `.invalid`.
    public static func read(fileAt path: String) throws -> TranslationMemory {
        try read(try MemoryInput.cursor(path))
    }

    /// Reads XLIFF 2.x from memory; `path` names it in errors.
    public static func read(bytes: [UInt8], path: String) throws -> TranslationMemory {
        try read(try MemoryInput.cursor(bytes: bytes, path: path))
    }

    static func read(_ cursor: MemoryCursor) throws -> TranslationMemory {
        try read(cursor, root: try cursor.root())
    }

    static func read(_ cursor: MemoryCursor, root: MarkupElement) throws -> TranslationMemory {
        let languages = try checkRoot(root, path: cursor.path)
        let parse = Parse(cursor: cursor)
        var files: [MemoryFile] = []
        try cursor.forEachChild { element in
            if element.localName == "file" && element.namespaceURI == namespace {
                files.append(try parse.file(element, index: files.count + 1))
            } else {
                try cursor.skip()
            }
        }
        return TranslationMemory(sourceLanguage: languages.source, targetLanguage: languages.target, files: files)
    }

    /// Checks the root is XLIFF 2.x and returns its languages.
    static func checkRoot(_ root: MarkupElement, path: String) throws -> (source: Language, target: Language) {
        let version = root.attribute("version") ?? ""
        guard root.localName == "xliff" else {
            throw MemoryReadError.notXLIFF(file: path, line: root.line, found: describe(root))
        }
        if root.namespaceURI == XLIFF12Reader.namespace || version.hasPrefix("1.") {
            throw MemoryReadError.wrongVersion(file: path, line: root.line, version: version.isEmpty ? "1.2" : version,
                                               useInstead: "XLIFF12Reader")
        }
        guard root.namespaceURI == namespace else {
            throw MemoryReadError.notXLIFF(file: path, line: root.line, found: describe(root))
        }
        guard version.hasPrefix("2.") else {
            throw MemoryReadError.invalid(
                file: path, line: root.line,
                message: "XLIFF version '\(version)' is not one dari reads (2.0, 2.1, 2.2); export the file as XLIFF 2.1")
        }
        guard let sourceTag = root.attribute("srcLang") else {
            throw MemoryReadError.invalid(file: path, line: root.line,
                                          message: "<xliff> has no srcLang; add srcLang=\"ko\" (XLIFF 2 requires it)")
        }
        guard let source = Language(tag: sourceTag) else {
            throw MemoryReadError.unsupportedLanguage(file: path, line: root.line, tag: sourceTag)
        }
        // trgLang is optional before any target exists: take the other language.
        let target: Language
        if let targetTag = root.attribute("trgLang") {
            guard let language = Language(tag: targetTag) else {
                throw MemoryReadError.unsupportedLanguage(file: path, line: root.line, tag: targetTag)
            }
            target = language
        } else {
            target = source == .korean ? .english : .korean
        }
        return (source, target)
    }

    static func describe(_ element: MarkupElement) -> String {
        element.namespaceURI.isEmpty ? "<\(element.localName)>" : "<\(element.localName)> in namespace '\(element.namespaceURI)'"
    }

    /// One `<mda:metaGroup>`: its category, id and (type, value) pairs.
    struct MetaGroup {
        var category: String
        var id: String?
        var metas: [(String, String)]

        func value(_ type: String) -> String? {
            metas.first(where: { $0.0 == type })?.1
        }
    }

    private struct Parse {
        let cursor: MemoryCursor
        var path: String { cursor.path }

        func file(_ element: MarkupElement, index: Int) throws -> MemoryFile {
            let id = element.attribute("id") ?? "f\(index)"
            let original = element.attribute("original") ?? id
            var groups: [MetaGroup] = []
            var units: [MemoryUnit] = []
            var file = MemoryFile(id: id, original: original, targetOriginal: original, units: [])
            var haveMetadata = false
            func apply(_ groups: [MetaGroup]) {
                guard let dari = groups.first(where: { $0.category == "dari" && $0.id == nil }) else { return }
                haveMetadata = true
                file.targetOriginal = dari.value("target-page") == "no" ? nil : dari.value("target-original")
                file.sourceOriginalExists = dari.value("source-page") != "no"
                file.format = dari.value("format")
            }
            func collect(_ element: MarkupElement) throws {
                switch (element.localName, element.namespaceURI) {
                case ("unit", namespace):
                    units.append(try unit(element, file: file, index: units.count + 1))
                case ("group", namespace):
                    try cursor.forEachChild(collect)
                case ("metadata", metadataNamespace) where !haveMetadata && units.isEmpty:
                    groups = try metadata()
                    apply(groups)
                default:
                    try cursor.skip()
                }
            }
            try cursor.forEachChild(collect)
            file.units = units
            return file
        }

        func metadata() throws -> [MetaGroup] {
            var groups: [MetaGroup] = []
            func group(_ element: MarkupElement, inherited: String) throws {
                var current = MetaGroup(category: element.attribute("category") ?? inherited,
                                        id: element.attribute("id"), metas: [])
                try cursor.forEachChild { child in
                    switch (child.localName, child.namespaceURI) {
                    case ("meta", metadataNamespace):
                        current.metas.append((child.attribute("type") ?? "", try cursor.text()))
                    case ("metaGroup", metadataNamespace):
                        try group(child, inherited: current.category)
                    default:
                        try cursor.skip()
                    }
                }
                groups.append(current)
            }
            try cursor.forEachChild { element in
                if element.localName == "metaGroup" && element.namespaceURI == metadataNamespace {
                    try group(element, inherited: "")
                } else {
                    try cursor.skip()
                }
            }
            return groups
        }

        func unit(_ element: MarkupElement, file: MemoryFile, index: Int) throws -> MemoryUnit {
            var unit = MemoryUnit(id: element.attribute("id") ?? "u\(index)", kind: .paragraph,
                                  sourceLocation: nil, targetLocation: nil, sourcePath: nil, targetPath: nil,
                                  segments: [])
            unit.memoryLine = element.line
            var segmentMeta: [String: MetaGroup] = [:]
            var data: [String: String] = [:]
            var numbering = CodeNumbering()
            var usedIDs = Set<String>()
            var unnamed: [Int] = []  // indices of segments without id
            try cursor.forEachChild { child in
                switch (child.localName, child.namespaceURI) {
                case ("metadata", metadataNamespace):
                    for group in try metadata() {
                        if group.category == "dari", group.id == nil {
                            apply(group, to: &unit, file: file)
                        } else if group.category == "dari-segment", let id = group.id, id.hasPrefix("m-") {
                            segmentMeta[String(id.dropFirst(2))] = group
                        }
                    }
                case ("originalData", namespace):
                    try cursor.forEachChild { entry in
                        if entry.localName == "data", entry.namespaceURI == namespace, let id = entry.attribute("id") {
                            data[id] = try content(codes: false, data: [:], numbering: &numbering).text
                        } else {
                            try cursor.skip()
                        }
                    }
                case ("segment", namespace):
                    var segment = try self.segment(child, data: data, numbering: &numbering)
                    if segment.id.isEmpty { unnamed.append(unit.segments.count) } else { usedIDs.insert(segment.id) }
                    if let group = segmentMeta[segment.id] { apply(group, to: &segment) }
                    unit.segments.append(segment)
                default:
                    try cursor.skip()  // ignorable, notes, other modules
                }
            }
            var counter = 0
            for index in unnamed {
                repeat { counter += 1 } while usedIDs.contains("s\(counter)")
                unit.segments[index].id = "s\(counter)"
            }
            return unit
        }

        func apply(_ group: MetaGroup, to unit: inout MemoryUnit, file: MemoryFile) {
            for (type, value) in group.metas {
                switch type {
                case "kind": unit.kind = BlockKind(description: value) ?? .paragraph
                case "source-line":
                    if let line = Int(value), line > 0 { unit.sourceLocation = SourceLocation(file: file.original, line: line) }
                case "target-line":
                    if let line = Int(value), line > 0 {
                        unit.targetLocation = SourceLocation(file: file.targetOriginal ?? file.original, line: line)
                    }
                case "source-path": unit.sourcePath = value
                case "target-path": unit.targetPath = value
                case "suppress": unit.suppressedChecks = value.split(separator: " ").map(String.init)
                default: break
                }
            }
        }

        func apply(_ group: MetaGroup, to segment: inout MemorySegment) {
            if let bead = group.value("bead") {
                let sides = bead.split(separator: "-", omittingEmptySubsequences: false)
                if sides.count == 2, let source = Int(sides[0]), let target = Int(sides[1]), source >= 0, target >= 0 {
                    segment.shape = (source, target)
                }
            }
            if let score = group.value("score").flatMap(Double.init), score.isFinite { segment.score = score }
            if let line = group.value("source-line").flatMap(Int.init), line > 0 { segment.sourceLine = line }
            if let line = group.value("target-line").flatMap(Int.init), line > 0 { segment.targetLine = line }
            if let change = group.value("change").flatMap(SegmentChange.init(rawValue:)) { segment.change = change }
            if let previous = group.value("previous-source") { segment.previousSource = previous }
        }

        func segment(_ element: MarkupElement, data: [String: String], numbering: inout CodeNumbering) throws
            -> MemorySegment
        {
            var source: [InlineContent]?
            var target: [InlineContent]?
            try cursor.forEachChild { child in
                switch (child.localName, child.namespaceURI) {
                case ("source", namespace) where source == nil:
                    source = try content(codes: true, data: data, numbering: &numbering).content
                case ("target", namespace) where target == nil:
                    target = try content(codes: true, data: data, numbering: &numbering).content
                default:
                    try cursor.skip()
                }
            }
            guard let source else {
                throw MemoryReadError.invalid(file: path, line: element.line,
                                              message: "<segment> has no <source>; add one (XLIFF 2 requires it)")
            }
            let state = element.attribute("state").flatMap(SegmentState.init(rawValue:)) ?? .initial
            let shape = (source.isEmpty ? 0 : 1, (target?.isEmpty ?? true) ? 0 : 1)
            // The metadata (read later) says how it changed; a CAT tool may
            // have kept only the subState.
            let change: SegmentChange? =
                element.attribute("subState") == XLIFF21Writer.outdatedSubState ? .sourceChanged : nil
            return MemorySegment(id: element.attribute("id") ?? "", source: source, target: target, state: state,
                                 shape: shape, change: change)
        }

        /// The content of `<source>`, `<target>` or `<data>` through its end.
        /// With `codes` false, only text and `<cp>` count (`<data>`).
        func content(codes: Bool, data: [String: String], numbering: inout CodeNumbering) throws
            -> (content: [InlineContent], text: String)
        {
            var builder = InlineContentBuilder()
            var plain = ""
            // For each open element: the `.end` to emit when it closes (pc), or nil.
            var open: [InlineContent?] = []
            /// An `<sc>`, `<ec>` or `<ph>`: its number, its original markup
            /// (through `dataRef`) and the element that markup names.
            func code(_ element: MarkupElement, idAttribute: String, defaultName: String) -> (Int, String, String) {
                let id = numbering.number(for: element.attribute(idAttribute) ?? element.attribute("id") ?? "")
                let original = data[element.attribute("dataRef") ?? ""] ?? ""
                return (id, original, InlineContent.elementName(ofMarkup: original) ?? defaultName)
            }
            while let node = try cursor.next() {
                switch node {
                case let .text(value, _):
                    if codes { builder.text(value) } else { plain += value }
                case let .entityReference(name, line):
                    throw MemoryReadError.unexpandedEntity(file: path, line: line, name: name)
                case .end:
                    guard let closing = open.popLast() else { return (builder.finish(), plain) }
                    if let closing { builder.code(closing) }
                case let .start(element):
                    var closing: InlineContent?
                    if element.namespaceURI == namespace {
                        switch element.localName {
                        case "cp":
                            if let hex = element.attribute("hex"), let value = UInt32(hex, radix: 16),
                               let scalar = Unicode.Scalar(value) {
                                if codes { builder.text(String(scalar)) } else { plain.unicodeScalars.append(scalar) }
                            }
                        case "pc" where codes:
                            let id = numbering.number(for: element.attribute("id") ?? "")
                            let start = data[element.attribute("dataRefStart") ?? ""] ?? ""
                            let end = data[element.attribute("dataRefEnd") ?? ""] ?? ""
                            let name = InlineContent.elementName(ofMarkup: start) ?? "pc"
                            builder.code(.start(id: id, element: name, original: start))
                            closing = .end(id: id, element: InlineContent.elementName(ofMarkup: end) ?? name, original: end)
                        case "sc" where codes:
                            let (id, original, name) = code(element, idAttribute: "id", defaultName: "pc")
                            builder.code(.start(id: id, element: name, original: original))
                        case "ec" where codes:
                            let (id, original, name) = code(element, idAttribute: "startRef", defaultName: "pc")
                            builder.code(.end(id: id, element: name, original: original))
                        case "ph" where codes:
                            let (id, original, name) = code(element, idAttribute: "id", defaultName: "ph")
                            builder.code(.standalone(id: id, element: name, original: original))
                        case "mrk" where codes:
                            break  // keep the text, drop the marker
                        default:
                            try cursor.skip()  // sm, em, anything else: no content kept
                            continue
                        }
                    } else {
                        try cursor.skip()
                        continue
                    }
                    open.append(closing)
                }
            }
            return (builder.finish(), plain)
        }
    }
}
