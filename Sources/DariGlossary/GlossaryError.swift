import DariModel

/// Why a glossary could not be read. Every case names the file and, where
/// there is one, the 1-based line (and column) to fix; `description` ends
/// with what to do next.
///
/// Problems that do not stop the run (a concept with no English term, a CSV
/// column dari does not know) are `Diagnostic` warnings instead.
public enum GlossaryError: DariError, Equatable, Sendable {
    // MARK: Files

    /// The file or folder could not be opened or read.
    case unreadable(file: String, reason: String)
    /// The extension is not one dari reads (.tbx, .xml, .csv, .tsv).
    case unknownFormat(file: String)
    /// A folder with no .tbx, .csv or .tsv file in it.
    case noGlossaryFiles(directory: String)
    /// The file has no content (or only a byte-order mark and whitespace).
    case emptyFile(file: String)
    /// Bytes that are not valid in the file's encoding, at a 1-based line.
    case undecodable(file: String, line: Int, encoding: String)
    /// A control character (NUL, U+0001–U+001F but tab and line breaks,
    /// DEL, U+0080–U+009F) at a 1-based line and column (in characters; 0
    /// when only the line is known): never part of a term, it would match
    /// nothing and reach the terminal raw.
    case controlCharacter(file: String, line: Int, column: Int, scalar: UInt32)
    /// The file (or folder) has no concept at all.
    case noConcepts(file: String)
    /// ICU could not normalise a term to NFC.
    case normalizationFailed(file: String, line: Int, reason: String)

    // MARK: TBX

    /// Not well-formed XML; 1-based line and column from libxml2.
    case notWellFormed(file: String, line: Int, column: Int, message: String)
    /// The root element is neither `<tbx>` (TBX v3) nor `<martif>` (TBX v2).
    case notTBX(file: String, line: Int, root: String)
    /// An element outside the one it belongs in, e.g. a `<term>` directly in
    /// a `<langSec>`. `expected` names the parent(s) it needs, with an
    /// article: "a <termSec>".
    case misplacedElement(file: String, line: Int, element: String, parent: String, expected: String)
    /// A `<term>` with no text.
    case emptyTerm(file: String, line: Int)
    /// A `<termSec>`, `<tig>` or `<ntig>` with no `<term>`.
    case missingTerm(file: String, line: Int, container: String)
    /// A second `<term>` in one `<termSec>`/`<tig>`.
    case extraTerm(file: String, line: Int, container: String)
    /// An `administrativeStatus` (or `normativeAuthorization`) value dari does not know.
    case unknownAdministrativeStatus(file: String, line: Int, value: String)
    /// An entity reference in term text. dari never expands DTD entities:
    /// an external one (XXE) could read local files or fetch URLs.
    case unexpandedEntity(file: String, line: Int, name: String)

    // MARK: CSV

    /// The header row has no Korean or no English column. `header` is the
    /// row as read, to show what dari found instead.
    case missingColumn(file: String, line: Int, column: String, header: [String])
    /// Two header cells name the same column (e.g. `en` and `english`).
    case duplicateColumn(file: String, line: Int, column: String)
    /// A quoted field that never closes; `line` is where the field starts.
    case unterminatedQuote(file: String, line: Int)
    /// A row with more fields than the header has columns.
    case tooManyFields(file: String, line: Int, count: Int, expected: Int)
    /// A `status` cell other than preferred, admitted, deprecated or empty.
    case unknownStatus(file: String, line: Int, value: String)

    /// `file:line[:column]: error: message; next step`, as compilers print errors.
    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): error: cannot read the glossary (\(reason)); check the path and its permissions"
        case let .unknownFormat(file):
            return "\(file): error: dari reads glossaries from .tbx, .xml, .csv and .tsv files; "
                + "export the glossary as TBX or CSV, or rename the file"
        case let .noGlossaryFiles(directory):
            return "\(directory): error: the folder has no .tbx, .csv or .tsv file; "
                + "add a glossary there or name the file itself"
        case let .emptyFile(file):
            return "\(file): error: the glossary file is empty; export the glossary again"
        case let .undecodable(file, line, encoding):
            return "\(file):\(line): error: the bytes here are not valid \(encoding); save the file as UTF-8"
        case let .controlCharacter(file, line, column, scalar):
            let place = column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
            var hex = String(scalar, radix: 16, uppercase: true)
            while hex.count < 4 { hex = "0" + hex }
            return "\(place): error: a control character (U+\(hex)) is in the glossary; "
                + "delete it (an export or a copy from a binary file left it there)"
        case let .noConcepts(file):
            return "\(file): error: the glossary has no concepts; "
                + "add at least one Korean term with its English term"
        case let .normalizationFailed(file, line, reason):
            return "\(file):\(line): error: the term could not be normalised to NFC (\(reason)); "
                + "check that libicu is installed"
        case let .notWellFormed(file, line, column, message):
            let place = column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
            return "\(place): error: the XML is not well-formed: \(message); fix the markup and run again"
        case let .notTBX(file, line, root):
            return "\(file):\(line): error: this is not a TBX file: its root element is <\(root)>, "
                + "not <tbx> or <martif>; export the glossary as TBX or CSV"
        case let .misplacedElement(file, line, element, parent, expected):
            return "\(file):\(line): error: <\(element)> cannot sit directly in <\(parent)>; put it inside \(expected)"
        case let .emptyTerm(file, line):
            return "\(file):\(line): error: the term is empty; write the term or delete its entry"
        case let .missingTerm(file, line, container):
            return "\(file):\(line): error: this <\(container)> has no <term>; "
                + "add the term or delete the <\(container)>"
        case let .extraTerm(file, line, container):
            return "\(file):\(line): error: a <\(container)> holds one <term>; "
                + "give this term its own <\(container)>"
        case let .unknownAdministrativeStatus(file, line, value):
            return "\(file):\(line): error: unknown administrativeStatus '\(value)'; use one of "
                + TermStatus.administrativeStatusValues.joined(separator: ", ")
        case let .unexpandedEntity(file, line, name):
            return "\(file):\(line): error: the term uses the entity '&\(name);', which dari does not expand; "
                + "write the text itself"
        case let .missingColumn(file, line, column, header):
            let found = header.isEmpty ? "" : " (found: \(header.joined(separator: ", ")))"
            return "\(file):\(line): error: the header row has no '\(column)' column\(found); "
                + "add a header row such as ko,en,status"
        case let .duplicateColumn(file, line, column):
            return "\(file):\(line): error: the header names the '\(column)' column twice; keep one of them"
        case let .unterminatedQuote(file, line):
            return "\(file):\(line): error: the quoted field starting here never ends; "
                + "add the closing '\"' (write a quote inside a field as '\"\"')"
        case let .tooManyFields(file, line, count, expected):
            return "\(file):\(line): error: the row has \(count) fields but the header has \(expected) columns; "
                + "quote fields that contain the separator, or add a column to the header"
        case let .unknownStatus(file, line, value):
            return "\(file):\(line): error: unknown status '\(value)'; use "
                + TermStatus.csvWords.joined(separator: ", ") + " or leave the cell empty"
        }
    }

    /// 74 (EX_IOERR) when a file or folder cannot be read, 65 (EX_DATAERR)
    /// for a glossary that is there but unusable.
    public var exitStatus: Int32 {
        if case .unreadable = self { return ExitStatus.ioError }
        return ExitStatus.dataError
    }
}
