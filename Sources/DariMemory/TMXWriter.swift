import DariModel
import DariXML

/// Exports a memory as TMX 1.4b for CAT tools that exchange translation
/// memories (one `<tu>` per aligned segment).
///
/// TMX has no place for a sentence without a translation, so 1-0 and 0-1
/// beads are left out; `skipped` says how many.
public enum TMXWriter {
    public struct Output: Sendable {
        public var bytes: [UInt8]
        /// Translation units written.
        public var units: Int
        /// Segments left out because one side is empty.
        public var skipped: Int
    }

    public static func render(_ memory: TranslationMemory) throws -> Output {
        let writer = try MarkupWriter()
        let codes = NativeCodeWriter(dialect: .tmx)
        var units = 0, skipped = 0
        try writer.startDocument()
        try writer.doctype("tmx", publicID: nil, systemID: "tmx14.dtd")
        try writer.startElement("tmx")
        try writer.attribute("version", "1.4")
        try writer.element("header", attributes: [
            ("creationtool", "dari"), ("creationtoolversion", "0.1"), ("datatype", "html"), ("segtype", "sentence"),
            ("adminlang", "en"), ("srclang", memory.sourceLanguage.tag), ("o-tmf", "dari-xliff-2.1"),
        ])
        try writer.startElement("body")
        for file in memory.files {
            for unit in file.units {
                for segment in unit.segments {
                    guard let target = segment.target, !segment.source.isEmpty, !target.isEmpty else {
                        skipped += 1
                        continue
                    }
                    units += 1
                    try writer.startElement("tu")
                    try writer.attribute("tuid", "\(file.id).\(unit.id).\(segment.id)")
                    try writer.element("prop", attributes: [("type", "x-dari-page")], text: file.original)
                    try writer.element("prop", attributes: [("type", "x-dari-unit")], text: unit.id)
                    try writer.element("prop", attributes: [("type", "x-dari-kind")], text: unit.kind.description)
                    for (language, content) in [(memory.sourceLanguage, segment.source), (memory.targetLanguage, target)] {
                        try writer.startElement("tuv")
                        try writer.attribute("xml:lang", language.tag)
                        writer.setIndent(false)
                        try writer.startElement("seg")
                        try codes.write(content, to: writer)
                        try writer.endElement()
                        try writer.endElement()
                        writer.setIndent(true)
                    }
                    try writer.endElement()
                }
            }
        }
        try writer.endElement()
        try writer.endElement()
        return Output(bytes: try writer.finish(), units: units, skipped: skipped)
    }
}
