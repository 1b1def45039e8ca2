import DariModel
import DariXML

/// Writes a `TranslationMemory` as XLIFF 1.2 (strict schema), for CAT tools
/// that do not read XLIFF 2.
///
/// Layout: one `<file>` per page (`original` = the source page,
/// source-language, target-language, datatype "html", a `<tool>` in the
/// header), one `<group id=UNIT resname=PATH>` per unit, one
/// `<trans-unit id="UNIT-SEGMENT">` per segment.
///
/// Why a trans-unit per segment rather than one per unit with
/// `<seg-source>`: every CAT tool imports plain `<source>`/`<target>`
/// trans-units (Trados, memoQ, OmegaT, Phrase, Okapi, Translate Toolkit),
/// while `<seg-source>`/`<mrk mtype="seg">` is read by some (Trados, Okapi)
/// and merged or ignored by others (memoQ, Translate Toolkit, which then
/// show one long segment). XLIFF 1.2 also puts `state` on `<target>`, so
/// only a trans-unit per segment can say that one sentence of a block is
/// translated and the next is not. The `<group>` keeps the block together
/// and carries what a translator wants to see as context (a context group
/// "dari-unit UNIT": kind, page, line, path of both sides); bead and score
/// are in each trans-unit's context group "dari-segment UNIT-SEGMENT"
/// (the strict schema wants context-group names unique in a file).
///
/// Trans-units are `xml:space="preserve"`: the text is the page's, already
/// collapsed as a browser shows it, and must come back unchanged (without it
/// tools such as Translate Toolkit fold tabs and repeated spaces).
///
/// Untranslated segments (1-0 beads) are written for translation: without
/// `<target>` when there is none, with `state="needs-translation"` when the
/// target is empty. Segments without source text (0-1 beads) have nothing
/// to translate and are left out, counted in `ExportResult`.
///
/// States: initial → needs-translation, translated → translated,
/// reviewed → signed-off, final → final.
///
/// Inline codes: a pair inside the segment is `<g>`, half a pair (split by
/// a sentence boundary) `<bx>`/`<ex>`, a standalone code `<x>`, each with
/// the code's number as `id` and a `ctype` naming the HTML element (link,
/// bold, italic, underlined, lb, image, or `x-ELEMENT`). XLIFF 1.2's
/// generic codes have no place for the original markup, so it stays in the
/// XLIFF 2.1 memory, which remains the master.
public enum XLIFF12Writer {
    public static let namespace = XLIFF12Reader.namespace

    public static func render(_ memory: TranslationMemory) throws -> ExportResult {
        let writer = try MarkupWriter()
        try writer.startDocument()
        try writer.startElement("xliff")
        try writer.attribute("version", "1.2")
        try writer.attribute("xmlns", namespace)
        var written = 0, targetOnly = 0
        for file in memory.files {
            try writer.startElement("file")
            try writer.attribute("original", file.original)
            try writer.attribute("source-language", memory.sourceLanguage.tag)
            try writer.attribute("target-language", memory.targetLanguage.tag)
            try writer.attribute("datatype", "html")
            try writer.startElement("header")
            try writer.element("tool", attributes: [("tool-id", "dari"), ("tool-name", "dari")])
            try writer.endElement()
            try writer.startElement("body")
            for unit in file.units {
                let segments = unit.segments.filter { InlineCodes.disposition(of: $0) != .targetOnly }
                targetOnly += unit.segments.count - segments.count
                guard !segments.isEmpty else { continue }
                try writeGroup(unit, segments: segments, file: file, memory: memory, to: writer)
                written += segments.count
            }
            try writer.endElement()
            try writer.endElement()
        }
        try writer.endElement()
        return ExportResult(bytes: try writer.finish(), written: written, skippedUntranslated: 0,
                            skippedTargetOnly: targetOnly)
    }

    private static func writeGroup(_ unit: MemoryUnit, segments: [MemorySegment], file: MemoryFile,
                                   memory: TranslationMemory, to writer: MarkupWriter) throws {
        try writer.startElement("group")
        try writer.attribute("id", unit.id)
        if let path = unit.sourcePath ?? unit.targetPath { try writer.attribute("resname", path) }
        var contexts: [(String, String)] = [("x-dari-kind", unit.kind.description)]
        if let location = unit.sourceLocation {
            contexts.append(("sourcefile", location.file))
            if location.line > 0 { contexts.append(("linenumber", String(location.line))) }
        }
        if let path = unit.sourcePath { contexts.append(("x-dari-source-path", path)) }
        if let target = file.targetOriginal { contexts.append(("x-dari-target-file", target)) }
        if let line = unit.targetLocation?.line, line > 0 { contexts.append(("x-dari-target-line", String(line))) }
        if let path = unit.targetPath { contexts.append(("x-dari-target-path", path)) }
        if !file.sourceOriginalExists { contexts.append(("x-dari-source-page", "no")) }
        // Context group names must be unique in a <file> (strict schema).
        try writeContextGroup("dari-unit " + unit.id, contexts, to: writer)
        for segment in segments {
            try writer.startElement("trans-unit")
            try writer.attribute("id", "\(unit.id)-\(segment.id)")
            // The text is exactly the page's: tools must not collapse its whitespace.
            try writer.attribute("xml:space", "preserve")
            try writeContent("source", segment.source, language: memory.sourceLanguage, state: nil, to: writer)
            if let target = segment.target {
                try writeContent("target", target, language: memory.targetLanguage, state: state(segment.state),
                                 to: writer)
            }
            var segmentContexts = [("x-dari-bead", "\(segment.shape.source)-\(segment.shape.target)")]
            if let score = segment.score { segmentContexts.append(("x-dari-score", XLIFF21Writer.formatScore(score))) }
            try writeContextGroup("dari-segment \(unit.id)-\(segment.id)", segmentContexts, to: writer)
            try writer.endElement()
        }
        try writer.endElement()
    }

    private static func writeContextGroup(_ name: String, _ contexts: [(String, String)],
                                          to writer: MarkupWriter) throws {
        try writer.startElement("context-group")
        try writer.attribute("name", name)
        try writer.attribute("purpose", "information")
        for (type, value) in contexts {
            try writer.element("context", attributes: [("context-type", type)], text: value)
        }
        try writer.endElement()
    }

    static func state(_ state: SegmentState) -> String {
        switch state {
        case .initial: return "needs-translation"
        case .translated: return "translated"
        case .reviewed: return "signed-off"
        case .final: return "final"
        }
    }

    private static func writeContent(_ name: String, _ content: [InlineContent], language: Language, state: String?,
                                     to writer: MarkupWriter) throws {
        try writer.startElement(name)
        try writer.attribute("xml:lang", language.tag)
        if let state { try writer.attribute("state", state) }
        // Mixed content: indentation inside it would change the text.
        writer.setIndent(false)
        try InlineCodes.write(content, to: writer, as: InlineCodes.Markup(
            start: { id, element, _, paired in
                if paired {
                    try writer.startElement("g")
                    try writer.attribute("id", String(id))
                    try writer.attribute("ctype", delimiterType(element))
                } else {
                    try writer.element("bx", attributes: [("id", String(id)), ("ctype", delimiterType(element))])
                }
            },
            end: { id, _, _, paired in
                if paired {
                    try writer.endElement()
                } else {
                    // No rid: the schema requires an ex's rid to name a bx in the same element.
                    try writer.element("ex", attributes: [("id", String(id))])
                }
            },
            standalone: { id, element, _ in
                try writer.element("x", attributes: [("id", String(id)), ("ctype", placeholderType(element))])
            }))
        try writer.endElement()
        try writer.lineBreak()
        writer.setIndent(true)
    }

    /// XLIFF 1.2 `ctype` for `<g>`/`<bx>` (`XLIFF12Reader.element(forCtype:)` reverses it).
    static func delimiterType(_ element: String) -> String { CodeTypes.xliff12.pairedType(element) }

    /// XLIFF 1.2 `ctype` for `<x>`.
    static func placeholderType(_ element: String) -> String { CodeTypes.xliff12.standaloneType(element) }
}
