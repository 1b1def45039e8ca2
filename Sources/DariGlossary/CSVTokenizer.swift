/// One row of a CSV or TSV file.
struct CSVRecord: Equatable {
    var fields: [String]
    /// 1-based line where the row starts (a quoted field may span several).
    var line: Int
}

/// Splits CSV text into records, following RFC 4180 and what spreadsheet
/// exports do beyond it.
///
/// - Fields are separated by `separator`; records end at LF, CRLF or a lone CR.
/// - A field that starts with `"` (after optional spaces) is quoted: it may
///   hold separators and line breaks, and `""` inside stands for one `"`.
///   Line breaks inside are kept as LF. Text after the closing quote is kept
///   as written, the way spreadsheets read `"a"b`.
/// - A `"` inside an unquoted field is an ordinary character.
enum CSVTokenizer {
    /// - Throws: `GlossaryError.unterminatedQuote` at the line where the
    ///   unclosed quoted field starts.
    static func records(in text: String, separator: Unicode.Scalar, path: String) throws(GlossaryError) -> [CSVRecord] {
        let scalars = Array(text.unicodeScalars)
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var quoteLine = 0
        var inQuotes = false
        var fieldIsBlank = true  // nothing but spaces so far
        var index = 0

        /// Length of the line break at `index` (2 for CRLF), or 0.
        func lineBreak(at index: Int) -> Int {
            switch scalars[index] {
            case "\n": return 1
            case "\r": return index + 1 < scalars.count && scalars[index + 1] == "\n" ? 2 : 1
            default: return 0
            }
        }

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            fieldIsBlank = true
        }

        while index < scalars.count {
            let scalar = scalars[index]
            let breakLength = lineBreak(at: index)
            if inQuotes {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.append("\"")
                        index += 2
                    } else {
                        inQuotes = false
                        index += 1
                    }
                } else if breakLength > 0 {
                    field.append("\n")
                    line += 1
                    index += breakLength
                } else {
                    field.append(scalar)
                    index += 1
                }
                continue
            }
            if scalar == separator {
                endField()
                index += 1
            } else if breakLength > 0 {
                endField()
                records.append(CSVRecord(fields: fields, line: recordLine))
                fields = []
                line += 1
                recordLine = line
                index += breakLength
            } else if scalar == "\"", fieldIsBlank {
                field = String.UnicodeScalarView()  // drop spaces before the opening quote
                inQuotes = true
                quoteLine = line
                fieldIsBlank = false
                index += 1
            } else {
                field.append(scalar)
                if scalar != " " { fieldIsBlank = false }
                index += 1
            }
        }
        if inQuotes { throw .unterminatedQuote(file: path, line: quoteLine) }
        if !fields.isEmpty || !field.isEmpty {
            endField()
            records.append(CSVRecord(fields: fields, line: recordLine))
        }
        return records
    }
}
