import DariModel
import DariXML

/// Reads TBX glossaries from `MarkupParser`'s event stream.
///
/// Both generations of TBX are read the same way, because their structures
/// match level for level:
///
///     TBX v3 (ISO 30042:2019)          TBX v2 (martif, older CAT tools)
///     <tbx>                            <martif>
///       <conceptEntry id>                <termEntry id>
///         <langSec xml:lang>               <langSet xml:lang>
///           <termSec>                        <tig> or <ntig><termGrp>
///             <term>                           <term>
///             <termNote type>                  <termNote type>
///
/// Elements are matched by local name, so `<tbx:termSec>` works as well as
/// `<termSec>`, and DCT-style data categories (`<basic:partOfSpeech>`) are
/// read like their DCA `termNote`/`descrip` forms.
///
/// > Warning: the parser never expands entities (see `MarkupParser`); an
/// > entity reference inside text dari keeps is an error, so a DTD entity
/// > (XXE) can neither leak a file into the glossary nor vanish silently.
struct TBXReader {
    private enum Dialect {
        case v3, v2

        var conceptElement: String { self == .v3 ? "a <conceptEntry>" : "a <termEntry>" }
        var languageElement: String { self == .v3 ? "a <langSec>" : "a <langSet>" }
        var termParents: String { self == .v3 ? "a <termSec>" : "a <tig> or an <ntig>'s <termGrp>" }
    }

    /// An open element: its local name and 1-based line.
    private struct Frame {
        var name: String
        var line: Int
    }

    private struct ConceptBuilder {
        var id: String
        var line: Int
        var depth: Int
        var subjectField: String?
        var conceptDefinition: String?
        var languageDefinitions: [Language: String] = [:]
        var terms: [Language: [Term]] = [:]
    }

    /// The `langSec`/`langSet` being read; `language` is nil for a language
    /// dari does not pair (Japanese, say), whose terms are skipped.
    private struct LanguageScope {
        var language: Language?
        var depth: Int
    }

    /// A `termSec`, `tig` or `ntig` being read.
    private struct TermBuilder {
        var container: String
        var line: Int
        var depth: Int
        var text: String?
        var termLine = 0
        var status: TermStatus?
        var partOfSpeech: String?
        var notes: [String] = []
    }

    /// Text being collected for an element dari keeps.
    private struct Capture {
        enum Kind {
            case term
            case termNote(type: String)
            case descrip(type: String)
            case note
        }

        var kind: Kind
        var depth: Int
        var line: Int
        var text = ""
    }

    private static let termContainers: Set<String> = ["termSec", "tig", "ntig", "termGrp"]
    private static let termParents: Set<String> = ["termSec", "tig", "termGrp"]
    private static let termNoteTypes: Set<String> = ["administrativeStatus", "normativeAuthorization", "partOfSpeech"]
    private static let descripTypes: Set<String> = ["subjectField", "definition"]

    private let path: String
    private var dialect: Dialect = .v3
    private var stack: [Frame] = []
    private var concept: ConceptBuilder?
    private var scope: LanguageScope?
    private var term: TermBuilder?
    private var capture: Capture?
    private var concepts: [Concept] = []
    private var diagnostics: [Diagnostic] = []
    private var firstLineOfID: [String: Int] = [:]

    private init(path: String) {
        self.path = path
    }

    /// Parses TBX bytes into a glossary.
    ///
    /// - Throws: `GlossaryError` for an empty file, XML that is not
    ///   well-formed, a root other than `<tbx>`/`<martif>`, misplaced or empty
    ///   terms, unknown statuses, entity references in kept text, and a file
    ///   without concepts.
    static func read(bytes: [UInt8], path: String) throws(GlossaryError) -> (Glossary, [Diagnostic]) {
        if ByteOrderMark.isBlank(bytes) { throw .emptyFile(file: path) }
        var reader = TBXReader(path: path)
        let report: MarkupParseReport
        do {
            report = try MarkupParser.parseXML(bytes: bytes, path: path) { event in
                try reader.handle(event)
            }
        } catch let error as GlossaryError {
            throw error
        } catch let error as MarkupError {
            throw GlossaryError(error)
        } catch {
            throw .unreadable(file: path, reason: "\(error)")
        }
        guard !reader.concepts.isEmpty else { throw .noConcepts(file: path) }
        let diagnostics = (report.diagnostics + reader.diagnostics).sorted { $0.location < $1.location }
        return (Glossary(source: path, concepts: reader.concepts), diagnostics)
    }

    // MARK: Events

    private mutating func handle(_ event: MarkupEvent) throws(GlossaryError) {
        switch event {
        case let .start(name, attributes, line):
            try start(name, attributes: attributes, line: line)
        case .end:
            try end()
        case let .text(text, _), let .cdata(text, _):
            capture?.text += text
        case let .entityReference(name, line):
            if let capture {
                throw .unexpandedEntity(file: path, line: line > 0 ? line : capture.line, name: name)
            }
        case .comment:
            break
        }
    }

    private mutating func start(
        _ qualifiedName: String, attributes: [MarkupAttribute], line: Int
    ) throws(GlossaryError) {
        let name = Self.localName(qualifiedName)
        guard let parent = stack.last else {
            switch name {
            case "tbx": dialect = .v3
            case "martif": dialect = .v2
            default: throw .notTBX(file: path, line: line, root: qualifiedName)
            }
            stack.append(Frame(name: name, line: line))
            return
        }
        stack.append(Frame(name: name, line: line))
        let depth = stack.count
        // Inline markup inside kept text (<hi>, <ph>…) only adds its text.
        guard capture == nil else { return }

        switch name {
        case "conceptEntry", "termEntry":
            if concept != nil {
                throw .misplacedElement(file: path, line: line, element: name, parent: parent.name,
                                        expected: "the <body>")
            }
            let id = attributes[named: "id"] ?? "line-\(line)"
            concept = ConceptBuilder(id: id, line: line, depth: depth)
            if let first = firstLineOfID[id] {
                diagnostics.append(warning(line, "concept id '\(id)' is also used at line \(first); "
                    + "give each concept its own id"))
            } else {
                firstLineOfID[id] = line
            }
        case "langSec", "langSet":
            guard concept != nil else {
                throw .misplacedElement(file: path, line: line, element: name, parent: parent.name,
                                        expected: dialect.conceptElement)
            }
            let tag = attributes[named: "xml:lang"] ?? attributes[named: "lang"]
            if tag == nil {
                diagnostics.append(warning(line, "<\(name)> has no xml:lang, so its terms are skipped; "
                    + "add xml:lang=\"ko\" or xml:lang=\"en\""))
            }
            scope = LanguageScope(language: tag.flatMap(Language.init(tag:)), depth: depth)
        case "termSec", "tig", "ntig", "termGrp":
            guard term == nil else { break }  // an ntig's termGrp belongs to the ntig
            guard scope != nil else {
                throw .misplacedElement(file: path, line: line, element: name, parent: parent.name,
                                        expected: dialect.languageElement)
            }
            term = TermBuilder(container: name, line: line, depth: depth)
        case "term":
            guard Self.termParents.contains(parent.name), term != nil else {
                throw .misplacedElement(file: path, line: line, element: name, parent: parent.name,
                                        expected: dialect.termParents)
            }
            if term?.text != nil { throw .extraTerm(file: path, line: line, container: parent.name) }
            term?.termLine = line
            capture = Capture(kind: .term, depth: depth, line: line)
        case "termNote":
            if term != nil, let type = attributes[named: "type"], Self.termNoteTypes.contains(type) {
                capture = Capture(kind: .termNote(type: type), depth: depth, line: line)
            }
        case "descrip":
            if term == nil, let type = attributes[named: "type"], Self.descripTypes.contains(type) {
                capture = Capture(kind: .descrip(type: type), depth: depth, line: line)
            }
        case "note":
            if term != nil, Self.termContainers.contains(parent.name) {
                capture = Capture(kind: .note, depth: depth, line: line)
            }
        default:
            // DCT style names the data category by the element itself.
            if qualifiedName.contains(":") {
                if term != nil, Self.termNoteTypes.contains(name) {
                    capture = Capture(kind: .termNote(type: name), depth: depth, line: line)
                } else if term == nil, Self.descripTypes.contains(name) {
                    capture = Capture(kind: .descrip(type: name), depth: depth, line: line)
                }
            }
        }
    }

    private mutating func end() throws(GlossaryError) {
        let depth = stack.count
        stack.removeLast()
        if let finished = capture, finished.depth == depth {
            capture = nil
            try finish(finished)
        }
        if let finished = term, finished.depth == depth {
            term = nil
            try finish(finished)
        }
        if let finished = scope, finished.depth == depth {
            scope = nil
        }
        if let finished = concept, finished.depth == depth {
            concept = nil
            finish(finished)
        }
    }

    // MARK: Building

    private mutating func finish(_ capture: Capture) throws(GlossaryError) {
        switch capture.kind {
        case .term:
            // XML refuses most C0 controls itself; DEL and C1 controls it lets through.
            if let place = TermText.firstControlCharacter(in: capture.text) {
                throw .controlCharacter(file: path, line: capture.line, column: 0, scalar: place.scalar)
            }
            let text = try clean(capture.text, line: capture.line)
            if text.isEmpty { throw .emptyTerm(file: path, line: capture.line) }
            term?.text = text
        case let .termNote(type):
            let value = TermText.collapsingWhitespace(capture.text)
            if type == "partOfSpeech" {
                if term?.partOfSpeech == nil, !value.isEmpty { term?.partOfSpeech = value }
                return
            }
            guard let status = TermStatus(tbxValue: value) else {
                throw .unknownAdministrativeStatus(file: path, line: capture.line, value: value)
            }
            if term?.status == nil { term?.status = status }
        case let .descrip(type):
            let value = try clean(capture.text, line: capture.line)
            guard !value.isEmpty else { return }
            if type == "subjectField" {
                if concept?.subjectField == nil { concept?.subjectField = value }
            } else if let scope {
                if let language = scope.language, concept?.languageDefinitions[language] == nil {
                    concept?.languageDefinitions[language] = value
                }
            } else if concept?.conceptDefinition == nil {
                concept?.conceptDefinition = value
            }
        case .note:
            let note = try cleanNote(capture.text, line: capture.line)
            if !note.isEmpty { term?.notes.append(note) }
        }
    }

    private mutating func finish(_ builder: TermBuilder) throws(GlossaryError) {
        guard let text = builder.text else {
            throw .missingTerm(file: path, line: builder.line, container: builder.container)
        }
        guard let language = scope?.language else { return }
        let term = Term(
            text: text, language: language, status: builder.status ?? .unspecified,
            partOfSpeech: builder.partOfSpeech,
            note: builder.notes.isEmpty ? nil : builder.notes.joined(separator: "\n"),
            location: SourceLocation(file: path, line: builder.termLine))
        concept?.terms[language, default: []].append(term)
    }

    private mutating func finish(_ builder: ConceptBuilder) {
        let definition = builder.conceptDefinition
            ?? builder.languageDefinitions[.english] ?? builder.languageDefinitions[.korean]
        let concept = Concept(
            id: builder.id, subjectField: builder.subjectField, definition: definition,
            terms: builder.terms, location: SourceLocation(file: path, line: builder.line))
        if let warning = concept.missingLanguageWarning { diagnostics.append(warning) }
        concepts.append(concept)
    }

    // MARK: Helpers

    private func clean(_ text: String, line: Int) throws(GlossaryError) -> String {
        do {
            return try TermText.clean(text)
        } catch {
            throw .normalizationFailed(file: path, line: line, reason: "\(error)")
        }
    }

    private func cleanNote(_ text: String, line: Int) throws(GlossaryError) -> String {
        do {
            return try TermText.cleanNote(text)
        } catch {
            throw .normalizationFailed(file: path, line: line, reason: "\(error)")
        }
    }

    private func warning(_ line: Int, _ message: String) -> Diagnostic {
        Diagnostic(severity: .warning, location: SourceLocation(file: path, line: line), message: message)
    }

    /// "tbx:termSec" -> "termSec".
    private static func localName(_ qualifiedName: String) -> String {
        guard let colon = qualifiedName.lastIndex(of: ":") else { return qualifiedName }
        return String(qualifiedName[qualifiedName.index(after: colon)...])
    }
}

extension GlossaryError {
    /// The glossary form of a libxml2 failure reported by `MarkupParser`.
    init(_ error: MarkupError) {
        switch error {
        case let .malformed(file, line, column, message):
            self = .notWellFormed(file: file, line: line, column: column, message: message)
        case let .undecodable(file, line, encoding):
            self = .undecodable(file: file, line: line, encoding: encoding)
        case let .unsupportedEncoding(file, encoding):
            self = .unreadable(file: file, reason: "charset '\(encoding)' is not supported; convert it to UTF-8")
        case let .unparsable(file):
            self = .unreadable(file: file, reason: "libxml2 could not parse it as XML")
        }
    }
}
