import DariModel
import DariXML

/// Exports a memory as XLIFF 1.2 (strict schema), the version most CAT tools
/// and Translate Toolkit import.
///
/// One `<file>` per page pair, one `<trans-unit>` per segment (CAT tools
/// treat a trans-unit as the unit of work; 1.2's `<seg-source>` segmentation
/// is read by far fewer tools), inline codes as `<bpt>`/`<ept>`/`<ph>`/`<it>`
/// with the original markup inside. A sentence with no translation has no
/// `<target>`, which is how 1.2 says "to translate".
public enum XLIFF12Writer {
    public static let namespace = "urn:oasis:names:tc:xliff:document:1.2"

    public static func render(_ memory: TranslationMemory) throws -> [UInt8] {
        let writer = try MarkupWriter()
        let codes = NativeCodeWriter(dialect: .xliff12)
        try writer.startDocument()
        try writer.startElement("xliff")
        try writer.attribute("xmlns", namespace)
        try writer.attribute("version", "1.2")
        for file in memory.files {
            try writer.startElement("file")
            try writer.attribute("original", file.original)
            try writer.attribute("source-language", memory.sourceLanguage.tag)
            try writer.attribute("target-language", memory.targetLanguage.tag)
            try writer.attribute("datatype", "html")
            try writer.attribute("tool-id", "dari")
            try writer.startElement("header")
            try writer.element("tool", attributes: [("tool-id", "dari"), ("tool-name", "dari")])
            try writer.endElement()
            try writer.startElement("body")
            for unit in file.units {
                for segment in unit.segments {
                    try writer.startElement("trans-unit")
                    try writer.attribute("id", "\(unit.id)-\(segment.id)")
                    try writer.attribute("resname", unit.kind.description)
                    if let line = unit.sourceLocation?.line { try writer.attribute("extradata", "line \(line)") }
                    writer.setIndent(false)
                    try writer.startElement("source")
                    try codes.write(segment.source, to: writer)
                    try writer.endElement()
                    if let target = segment.target {
                        try writer.startElement("target")
                        try writer.attribute("state", segment.source.isEmpty ? "needs-review-translation" : "translated")
                        try codes.write(target, to: writer)
                        try writer.endElement()
                    }
                    try writer.endElement()
                    writer.setIndent(true)
                }
            }
            try writer.endElement()
            try writer.endElement()
        }
        try writer.endElement()
        return try writer.finish()
    }
}
