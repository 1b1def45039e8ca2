import DariModel
import DariXML

/// Writes a `TranslationMemory` as TMX 1.4b, the exchange format every TM
/// tool imports (Trados, memoQ, OmegaT, Phrase, Translate Toolkit).
///
/// One `<tu>` per segment that has text on both sides. TMX is a memory of
/// translations and has no place for a sentence without one, so 1-0 beads
/// (and empty targets) are left out, as are segments without source text
/// (0-1 beads, text only the target page has); `ExportResult` counts both
/// so the caller can say how many were skipped.
///
/// Layout: `<header>` with creationtool "dari", srclang, adminlang "en",
/// datatype "html", segtype "sentence", o-tmf "dari-xliff-2.1" and no
/// creation date (the same memory always gives the same bytes). Each `<tu>`
/// has `tuid` FILE/UNIT/SEGMENT and `<prop type="x-dari-…">` for the
/// unit, segment, block kind, bead and score; each `<tuv xml:lang>` has
/// `x-dari-file`, `x-dari-line` and `x-dari-path` for its page. Inline
/// codes carry the original markup as escaped content: a pair in the
/// segment becomes `<bpt i>`/`<ept i>`, half of a pair split by a sentence
/// boundary `<it pos="begin|end">` (TMX requires bpt/ept to pair inside a
/// `<seg>`), a standalone code `<ph>`.
public enum TMXWriter {
    /// The DOCTYPE names the LISA DTD by its public id and the usual system id.
    public static let publicID = "-//LISA OSCAR:1998//DTD for Translation Memory eXchange//EN"
    public static let systemID = "tmx14.dtd"
    /// `creationtoolversion`: the version of this export layout.
    public static let toolVersion = "1"

    public static func render(_ memory: TranslationMemory) throws -> ExportResult {
        let writer = try MarkupWriter()
        try writer.startDocument()
        try writer.doctype("tmx", publicID: publicID, systemID: systemID)
        try writer.startElement("tmx")
        try writer.attribute("version", "1.4")
        try writer.element("header", attributes: [
            ("creationtool", "dari"), ("creationtoolversion", toolVersion), ("datatype", "html"),
            ("segtype", "sentence"), ("adminlang", "en"), ("srclang", memory.sourceLanguage.tag),
            ("o-tmf", "dari-xliff-2.1"),
        ])
        try writer.startElement("body")
        var written = 0, untranslated = 0, targetOnly = 0
        for file in memory.files {
            for unit in file.units {
                for segment in unit.segments {
                    switch InlineCodes.disposition(of: segment) {
                    case .targetOnly: targetOnly += 1
                    case .untranslated: untranslated += 1
                    case .bilingual:
                        try writeUnit(segment, unit: unit, file: file, memory: memory, to: writer)
                        written += 1
                    }
                }
            }
        }
        try writer.endElement()
        try writer.endElement()
        return ExportResult(bytes: try writer.finish(), written: written, skippedUntranslated: untranslated,
                            skippedTargetOnly: targetOnly)
    }

    private static func writeUnit(_ segment: MemorySegment, unit: MemoryUnit, file: MemoryFile,
                                  memory: TranslationMemory, to writer: MarkupWriter) throws {
        try writer.startElement("tu")
        try writer.attribute("tuid", "\(file.id)/\(unit.id)/\(segment.id)")
        try writer.element("prop", attributes: [("type", "x-dari-unit")], text: unit.id)
        try writer.element("prop", attributes: [("type", "x-dari-segment")], text: segment.id)
        try writer.element("prop", attributes: [("type", "x-dari-kind")], text: unit.kind.description)
        try writer.element("prop", attributes: [("type", "x-dari-bead")],
                           text: "\(segment.shape.source)-\(segment.shape.target)")
        if let score = segment.score {
            try writer.element("prop", attributes: [("type", "x-dari-score")], text: XLIFF21Writer.formatScore(score))
        }
        try writeVariant(segment.source, language: memory.sourceLanguage, page: file.original,
                         location: unit.sourceLocation(of: segment), path: unit.sourcePath, to: writer)
        try writeVariant(segment.target ?? [], language: memory.targetLanguage,
                         page: file.targetOriginal ?? file.original, location: unit.targetLocation(of: segment),
                         path: unit.targetPath, to: writer)
        try writer.endElement()
    }

    private static func writeVariant(_ content: [InlineContent], language: Language, page: String,
                                     location: SourceLocation?, path: String?, to writer: MarkupWriter) throws {
        try writer.startElement("tuv")
        try writer.attribute("xml:lang", language.tag)
        try writer.element("prop", attributes: [("type", "x-dari-file")], text: location?.file ?? page)
        if let location, location.line > 0 {
            try writer.element("prop", attributes: [("type", "x-dari-line")], text: String(location.line))
        }
        if let path { try writer.element("prop", attributes: [("type", "x-dari-path")], text: path) }
        try writer.startElement("seg")
        // Mixed content: indentation inside it would change the text.
        writer.setIndent(false)
        try InlineCodes.write(content, to: writer, as: InlineCodes.Markup(
            start: { id, element, original, paired in
                if paired {
                    try writer.element("bpt", attributes: [("i", String(id)), ("type", pairType(element))], text: original)
                } else {
                    try writer.element("it", attributes: [("pos", "begin"), ("x", String(id)), ("type", pairType(element))],
                                       text: original)
                }
            },
            end: { id, element, original, paired in
                if paired {
                    try writer.element("ept", attributes: [("i", String(id))], text: original)
                } else {
                    try writer.element("it", attributes: [("pos", "end"), ("x", String(id)), ("type", pairType(element))],
                                       text: original)
                }
            },
            standalone: { id, element, original in
                try writer.element("ph", attributes: [("x", String(id)), ("type", placeholderType(element))], text: original)
            }))
        try writer.endElement()
        try writer.lineBreak()
        writer.setIndent(true)
        try writer.endElement()
    }

    /// TMX 1.4b's `type` values for paired codes (spec, "type" attribute).
    static func pairType(_ element: String) -> String { CodeTypes.tmx.pairedType(element) }

    static func placeholderType(_ element: String) -> String { CodeTypes.tmx.standaloneType(element) }
}
