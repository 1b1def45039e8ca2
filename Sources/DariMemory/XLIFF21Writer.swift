import DariModel
import DariXML

/// Writes a `TranslationMemory` as XLIFF 2.1 through libxml2's writer.
///
/// Layout: one `<file>` per page pair (`original` = the source page), one
/// `<unit>` per block pair, one `<segment>` per bead with
/// `<source xml:lang="ko">` and, when there is a translation,
/// `<target xml:lang="en">`. What a translator and the checks need but XLIFF
/// core has no place for (block kind, page lines and paths, bead shape and
/// score) goes into the Metadata module (`mda:`), in a `metaGroup` with
/// category "dari". Inline codes become `<pc>` (both ends in the segment),
/// `<sc>`/`<ec>` (a pair split by a sentence boundary) or `<ph>`, each
/// backed by `<data>` in `<originalData>` holding the original markup.
///
/// The same memory always gives the same bytes.
public enum XLIFF21Writer {
    public static let namespace = "urn:oasis:names:tc:xliff:document:2.0"
    public static let metadataNamespace = "urn:oasis:names:tc:xliff:metadata:2.0"

    public static let glossaryNamespace = "urn:oasis:names:tc:xliff:glossary:2.0"
    public static let matchesNamespace = "urn:oasis:names:tc:xliff:matches:2.0"

    public static func render(_ memory: TranslationMemory) throws -> [UInt8] {
        try render(memory, annotations: nil)
    }

    /// The memory with, for each unit `annotations` returns something for,
    /// the translator's notes, glossary entries (`gls:`) and matches (`mtc:`)
    /// of a work file (`dari todo`).
    public static func render(_ memory: TranslationMemory,
                              annotations: ((MemoryFile, MemoryUnit) -> UnitAnnotations?)?) throws -> [UInt8] {
        let writer = try MarkupWriter()
        try write(memory, annotations: annotations, to: writer)
        return try writer.finish()
    }

    /// `render`'s bytes handed to `sink` a few kilobytes at a time, so a
    /// memory many times its pages' size (every unit's metadata) is never
    /// in memory as a document too (`AtomicFile.write(to:_:)`).
    /// - Throws: what `sink` throws, `MarkupWriter.WriteError`.
    public static func write(_ memory: TranslationMemory,
                             annotations: ((MemoryFile, MemoryUnit) -> UnitAnnotations?)? = nil,
                             to sink: @escaping (UnsafeRawBufferPointer) throws -> Void) throws {
        let writer = try MarkupWriter(sink: sink)
        try write(memory, annotations: annotations, to: writer)
        try writer.end()
    }

    private static func write(_ memory: TranslationMemory,
                              annotations: ((MemoryFile, MemoryUnit) -> UnitAnnotations?)?,
                              to writer: MarkupWriter) throws {
        try writer.startDocument()
        try writer.startElement("xliff")
        try writer.attribute("xmlns", namespace)
        try writer.attribute("xmlns:mda", metadataNamespace)
        if annotations != nil {
            try writer.attribute("xmlns:gls", glossaryNamespace)
            try writer.attribute("xmlns:mtc", matchesNamespace)
        }
        try writer.attribute("version", "2.1")
        try writer.attribute("srcLang", memory.sourceLanguage.tag)
        try writer.attribute("trgLang", memory.targetLanguage.tag)
        for file in memory.files {
            try writeFile(file, memory: memory, annotations: annotations, to: writer)
        }
        try writer.endElement()
    }

    private static func writeFile(_ file: MemoryFile, memory: TranslationMemory,
                                  annotations: ((MemoryFile, MemoryUnit) -> UnitAnnotations?)?,
                                  to writer: MarkupWriter) throws {
        try writer.startElement("file")
        try writer.attribute("id", file.id)
        try writer.attribute("original", file.original)
        var fileMeta: [(String, String)] = []
        if let target = file.targetOriginal { fileMeta.append(("target-original", target)) }
        fileMeta.append(("source-page", file.sourceOriginalExists ? "yes" : "no"))
        fileMeta.append(("target-page", file.targetOriginal != nil ? "yes" : "no"))
        if let format = file.format { fileMeta.append(("format", format)) }
        try writeMetadata([("dari", nil, fileMeta)], to: writer)
        for unit in file.units {
            try writeUnit(unit, memory: memory, annotations: annotations?(file, unit), to: writer)
        }
        try writer.endElement()
    }

    private static func writeUnit(_ unit: MemoryUnit, memory: TranslationMemory, annotations: UnitAnnotations?,
                                  to writer: MarkupWriter) throws {
        try writer.startElement("unit")
        try writer.attribute("id", unit.id)
        var unitMeta: [(String, String)] = [("kind", unit.kind.description)]
        if let location = unit.sourceLocation { unitMeta.append(("source-line", String(location.line))) }
        if let path = unit.sourcePath { unitMeta.append(("source-path", path)) }
        if let location = unit.targetLocation { unitMeta.append(("target-line", String(location.line))) }
        if let path = unit.targetPath { unitMeta.append(("target-path", path)) }
        if !unit.suppressedChecks.isEmpty { unitMeta.append(("suppress", unit.suppressedChecks.joined(separator: " "))) }
        var groups: [(String, String?, [(String, String)])] = [("dari", nil, unitMeta)]
        for segment in unit.segments {
            var meta = [("bead", "\(segment.shape.source)-\(segment.shape.target)")]
            if let score = segment.score { meta.append(("score", formatScore(score))) }
            if let line = segment.sourceLine { meta.append(("source-line", String(line))) }
            if let line = segment.targetLine { meta.append(("target-line", String(line))) }
            if let change = segment.change { meta.append(("change", change.rawValue)) }
            if let previous = segment.previousSource { meta.append(("previous-source", previous)) }
            groups.append(("dari-segment", segment.id, meta))
        }
        try writeMetadata(groups, to: writer)
        if let annotations { try writeAnnotations(annotations, memory: memory, to: writer) }

        let data = originalData(for: unit)
        if !data.isEmpty {
            try writer.startElement("originalData")
            for (id, original) in data {
                try writer.element("data", attributes: [("id", id)], text: original)
            }
            try writer.endElement()
        }
        for segment in unit.segments {
            try writer.startElement("segment")
            try writer.attribute("id", segment.id)
            try writer.attribute("state", segment.state.rawValue)
            if segment.isOutdated { try writer.attribute("subState", XLIFF21Writer.outdatedSubState) }
            // Source and target are mixed content: indentation would add
            // whitespace to the text, so a segment is written on one line.
            writer.setIndent(false)
            try writeContent("source", segment.source, side: "s", language: memory.sourceLanguage, to: writer)
            if let target = segment.target {
                try writeContent("target", target, side: "t", language: memory.targetLanguage, to: writer)
            }
            try writer.endElement()
            writer.setIndent(true)
        }
        try writer.endElement()
    }

    /// Glossary and matches modules, then the core `<notes>` (the order XLIFF
    /// 2 requires: other namespaces first).
    private static func writeAnnotations(_ annotations: UnitAnnotations, memory: TranslationMemory,
                                         to writer: MarkupWriter) throws {
        if !annotations.glossary.isEmpty {
            try writer.startElement("gls:glossary")
            for entry in annotations.glossary {
                try writer.startElement("gls:glossEntry")
                try writer.attribute("ref", "#" + entry.segmentID)
                try writer.element("gls:term", attributes: [("source", entry.origin)], text: entry.term)
                for translation in entry.translations {
                    try writer.element("gls:translation", text: translation)
                }
                try writer.endElement()
            }
            try writer.endElement()
        }
        if !annotations.matches.isEmpty {
            try writer.startElement("mtc:matches")
            for match in annotations.matches {
                try writer.startElement("mtc:match")
                try writer.attribute("ref", "#" + match.segmentID)
                let tenths = Int((min(max(match.similarity, 0), 1) * 1000).rounded(.down))
                try writer.attribute("similarity", "\(tenths / 10).\(tenths % 10)")
                try writer.attribute("origin", match.origin)
                try writer.attribute("type", "tm")
                writer.setIndent(false)
                try writer.startElement("source")
                try writer.attribute("xml:lang", memory.sourceLanguage.tag)
                try writeText(match.source, to: writer)
                try writer.endElement()
                try writer.startElement("target")
                try writer.attribute("xml:lang", memory.targetLanguage.tag)
                try writeText(match.target, to: writer)
                try writer.endElement()
                try writer.endElement()
                writer.setIndent(true)
            }
            try writer.endElement()
        }
        if !annotations.notes.isEmpty {
            try writer.startElement("notes")
            for note in annotations.notes {
                try writer.element("note", attributes: [("category", note.category)], text: note.text)
            }
            try writer.endElement()
        }
    }

    /// `<mda:metadata>` with one `<mda:metaGroup>` per (category, id, metas).
    private static func writeMetadata(_ groups: [(String, String?, [(String, String)])], to writer: MarkupWriter) throws {
        try writer.startElement("mda:metadata")
        for (category, id, metas) in groups {
            try writer.startElement("mda:metaGroup")
            if let id { try writer.attribute("id", "m-" + id) }
            try writer.attribute("category", category)
            for (type, value) in metas {
                try writer.element("mda:meta", attributes: [("type", type)], text: value)
            }
            try writer.endElement()
        }
        try writer.endElement()
    }

    /// `<data>` entries for every code of every segment: ids "s3s"/"s3e"
    /// (source code 3, start/end), "t1p" (target placeholder 1)…
    static func originalData(for unit: MemoryUnit) -> [(String, String)] {
        var entries: [String: String] = [:]
        func collect(_ content: [InlineContent], side: String) {
            for piece in content {
                switch piece {
                case .text: break
                case let .start(id, _, original): entries["\(side)\(id)s"] = original
                case let .end(id, _, original): entries["\(side)\(id)e"] = original
                case let .standalone(id, _, original): entries["\(side)\(id)p"] = original
                }
            }
        }
        for segment in unit.segments {
            collect(segment.source, side: "s")
            if let target = segment.target { collect(target, side: "t") }
        }
        return entries.sorted { $0.key.localizedStandardOrder($1.key) }
    }

    private static func writeContent(_ element: String, _ content: [InlineContent], side: String,
                                     language: Language, to writer: MarkupWriter) throws {
        try writer.startElement(element)
        try writer.attribute("xml:lang", language.tag)
        let closedHere = Set(content.compactMap { piece -> Int? in
            if case let .end(id, _, _) = piece { return id }
            return nil
        })
        var openPaired: [Int] = []
        for piece in content {
            switch piece {
            case let .text(value):
                try writeText(value, to: writer)
            case let .start(id, _, _):
                if closedHere.contains(id) {
                    try writer.startElement("pc")
                    try writer.attribute("id", "\(side)\(id)")
                    try writer.attribute("dataRefStart", "\(side)\(id)s")
                    try writer.attribute("dataRefEnd", "\(side)\(id)e")
                    openPaired.append(id)
                } else {
                    try writer.element("sc", attributes: [("id", "\(side)\(id)"), ("dataRef", "\(side)\(id)s")])
                }
            case let .end(id, _, _):
                if openPaired.last == id {
                    openPaired.removeLast()
                    try writer.endElement()
                } else {
                    // The start is in an earlier segment of this unit.
                    try writer.element("ec", attributes: [("startRef", "\(side)\(id)"), ("dataRef", "\(side)\(id)e")])
                }
            case let .standalone(id, _, _):
                try writer.element("ph", attributes: [("id", "\(side)\(id)p"), ("dataRef", "\(side)\(id)p")])
            }
        }
        while !openPaired.isEmpty {
            openPaired.removeLast()
            try writer.endElement()
        }
        try writer.endElement()
    }

    /// Text, with `<cp hex>` for each character XML 1.0 cannot carry
    /// (C0 controls other than tab and line breaks), as XLIFF 2 prescribes.
    private static func writeText(_ value: String, to writer: MarkupWriter) throws {
        if value.unicodeScalars.allSatisfy(InlineCodes.isXMLCharacter) { return try writer.text(value) }
        var run = ""
        for scalar in value.unicodeScalars {
            if InlineCodes.isXMLCharacter(scalar) {
                run.unicodeScalars.append(scalar)
                continue
            }
            if !run.isEmpty { try writer.text(run) }
            run = ""
            let hex = String(scalar.value, radix: 16, uppercase: true)
            try writer.element("cp", attributes: [("hex", String(repeating: "0", count: max(0, 4 - hex.count)) + hex)])
        }
        if !run.isEmpty { try writer.text(run) }
    }

    /// Scores with 3 decimals, so files are stable across platforms.
    /// The `subState` of a segment whose translation is out of date (XLIFF 2
    /// requires a "prefix:value" form; `state` stays what it was).
    public static let outdatedSubState = "dari:outdated"

    public static func formatScore(_ score: Double) -> String {
        let scaled = Int((score * 1000).rounded())
        let whole = scaled / 1000, fraction = abs(scaled % 1000)
        let padded = String(fraction).count < 3 ? String(repeating: "0", count: 3 - String(fraction).count) + String(fraction) : String(fraction)
        return "\(whole).\(padded)"
    }
}

private extension String {
    /// Orders "s2s" before "s10s": data ids sort by side, then number.
    func localizedStandardOrder(_ other: String) -> Bool {
        let lhs = (first, Int(dropFirst().dropLast()) ?? 0, last)
        let rhs = (other.first, Int(other.dropFirst().dropLast()) ?? 0, other.last)
        if lhs.0 != rhs.0 { return (lhs.0 ?? " ") < (rhs.0 ?? " ") }
        if lhs.1 != rhs.1 { return lhs.1 < rhs.1 }
        return (lhs.2 ?? " ") < (rhs.2 ?? " ")
    }
}
