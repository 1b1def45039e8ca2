import DariModel
import DariText

/// Reads CSV and TSV glossaries: a header row naming the columns, then one
/// row per term pair.
///
///     ko,en,status,note
///     탈북민,North Korean defector,preferred,
///     탈북자,defector,deprecated,"Older term; avoid"
///
/// Rows that share an `id` form one concept (synonyms, a deprecated variant);
/// without an `id` column each row is its own concept. A row's status, part
/// of speech and note apply to both its terms.
enum CSVGlossaryReader {
    /// What a header cell can name.
    enum Column: String, CaseIterable {
        case korean = "ko", english = "en", status, note, partOfSpeech = "pos", id
        case definition, subjectField = "subject"

        /// Recognises a header cell, ignoring case, surrounding spaces and
        /// whether words are joined by spaces, `_` or `-`. Language tags such
        /// as `ko-KR` or `en_US` name the language columns.
        init?(header: String) {
            let words = header.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" })
            switch words.joined(separator: " ") {
            case "ko", "korean", "source": self = .korean
            case "en", "english", "target": self = .english
            case "status": self = .status
            case "note", "notes", "comment", "comments": self = .note
            case "pos", "part of speech": self = .partOfSpeech
            case "id", "concept", "concept id": self = .id
            case "definition": self = .definition
            case "subject", "subject field", "domain": self = .subjectField
            default:
                let isTag = !header.contains(" ") && words.count > 1 && words.allSatisfy {
                    (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
                }
                switch isTag ? Language(tag: header) : nil {
                case .korean: self = .korean
                case .english: self = .english
                case nil: return nil
                }
            }
        }
    }

    /// A row's cells by column, already tidied.
    private struct Row {
        var line: Int
        var cells: [Column: String]
    }

    private struct ConceptBuilder {
        var id: String
        var line: Int
        var subjectField: String?
        var definition: String?
        var terms: [Language: [Term]] = [:]
    }

    /// Parses CSV (or, with a tab `separator`, TSV) bytes into a glossary.
    ///
    /// - Throws: `GlossaryError` for an empty file, invalid UTF-8, an
    ///   unterminated quote, a header without `ko` or `en`, a row with too
    ///   many fields, an unknown status, and a file without concepts.
    static func read(
        bytes: [UInt8], path: String, separator: Unicode.Scalar
    ) throws(GlossaryError) -> (Glossary, [Diagnostic]) {
        let text = try decode(bytes, path: path)
        if let place = TermText.firstControlCharacter(in: text) {
            throw .controlCharacter(file: path, line: place.line, column: place.column, scalar: place.scalar)
        }
        let records = try CSVTokenizer.records(in: text, separator: separator, path: path)
            .filter { record in !record.fields.allSatisfy { $0.unicodeScalars.allSatisfy(Script.isWhitespace) } }
        guard let header = records.first else { throw .emptyFile(file: path) }
        var diagnostics: [Diagnostic] = []
        let columns = try columns(of: header, path: path, diagnostics: &diagnostics)

        var builders: [ConceptBuilder] = []
        var builderIndexByID: [String: Int] = [:]
        for record in records.dropFirst() {
            guard record.fields.count <= header.fields.count else {
                throw .tooManyFields(file: path, line: record.line, count: record.fields.count,
                                     expected: header.fields.count)
            }
            let row = try tidy(record, columns: columns, path: path)
            let id = row.cells[.id] ?? ""
            let position: Int
            if !id.isEmpty, let existing = builderIndexByID[id] {
                position = existing
            } else {
                position = builders.count
                builders.append(ConceptBuilder(id: id.isEmpty ? "line-\(row.line)" : id, line: row.line))
                if !id.isEmpty { builderIndexByID[id] = position }
            }
            try add(row, to: &builders[position], path: path)
        }

        var concepts: [Concept] = []
        for builder in builders {
            let concept = Concept(id: builder.id, subjectField: builder.subjectField,
                                  definition: builder.definition, terms: builder.terms,
                                  location: SourceLocation(file: path, line: builder.line))
            if let warning = concept.missingLanguageWarning { diagnostics.append(warning) }
            concepts.append(concept)
        }
        guard !concepts.isEmpty else { throw .noConcepts(file: path) }
        return (Glossary(source: path, concepts: concepts), diagnostics)
    }

    /// The file as text, without a byte-order mark.
    private static func decode(_ bytes: [UInt8], path: String) throws(GlossaryError) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            // Excel's "Unicode text" export is UTF-16; say so rather than show mojibake.
            throw .undecodable(file: path, line: 1, encoding: "UTF-8 (this file is UTF-16)")
        }
        if ByteOrderMark.isBlank(bytes) { throw .emptyFile(file: path) }
        let body = Array(ByteOrderMark.dropped(from: bytes))
        if let text = String(validating: body, as: UTF8.self) { return text }
        // A UTF-8 sequence never contains the byte 0x0A, so checking line by
        // line finds the first bad line.
        var line = 1
        for lineBytes in body.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if String(validating: lineBytes, as: UTF8.self) == nil { break }
            line += 1
        }
        throw .undecodable(file: path, line: line, encoding: "UTF-8")
    }

    /// The column each header cell names (nil for an ignored column).
    private static func columns(
        of header: CSVRecord, path: String, diagnostics: inout [Diagnostic]
    ) throws(GlossaryError) -> [Column?] {
        var columns: [Column?] = []
        var seen: [Column: String] = [:]
        for cell in header.fields {
            let name = TermText.collapsingWhitespace(cell)
            guard !name.isEmpty else {
                columns.append(nil)
                continue
            }
            guard let column = Column(header: name) else {
                diagnostics.append(Diagnostic(
                    severity: .warning, location: SourceLocation(file: path, line: header.line),
                    message: "column '\(name)' is not one dari reads, so it is ignored; known columns are "
                        + Column.allCases.map(\.rawValue).joined(separator: ", ")))
                columns.append(nil)
                continue
            }
            if seen[column] != nil {
                throw .duplicateColumn(file: path, line: header.line, column: column.rawValue)
            }
            seen[column] = name
            columns.append(column)
        }
        for required in [Column.korean, .english] where seen[required] == nil {
            throw .missingColumn(file: path, line: header.line, column: required.rawValue,
                                 header: header.fields.map(TermText.collapsingWhitespace))
        }
        return columns
    }

    /// The record's cells by column: terms and single-line values tidied as
    /// terms, notes and definitions trimmed with their line breaks kept.
    private static func tidy(_ record: CSVRecord, columns: [Column?], path: String) throws(GlossaryError) -> Row {
        var cells: [Column: String] = [:]
        for (column, value) in zip(columns, record.fields) {
            guard let column else { continue }
            do {
                switch column {
                case .note, .definition: cells[column] = try TermText.cleanNote(value)
                default: cells[column] = try TermText.clean(value)
                }
            } catch {
                throw .normalizationFailed(file: path, line: record.line, reason: "\(error)")
            }
        }
        return Row(line: record.line, cells: cells)
    }

    private static func add(_ row: Row, to concept: inout ConceptBuilder, path: String) throws(GlossaryError) {
        let word = row.cells[.status] ?? ""
        guard let status = TermStatus(csvWord: word) else {
            throw .unknownStatus(file: path, line: row.line, value: word)
        }
        func nonEmpty(_ column: Column) -> String? {
            guard let value = row.cells[column], !value.isEmpty else { return nil }
            return value
        }
        if concept.subjectField == nil { concept.subjectField = nonEmpty(.subjectField) }
        if concept.definition == nil { concept.definition = nonEmpty(.definition) }
        for (column, language) in [(Column.korean, Language.korean), (.english, .english)] {
            guard let text = nonEmpty(column) else { continue }
            concept.terms[language, default: []].append(Term(
                text: text, language: language, status: status,
                partOfSpeech: nonEmpty(.partOfSpeech), note: nonEmpty(.note),
                location: SourceLocation(file: path, line: row.line)))
        }
    }
}
