import DariModel
import Testing
@testable import DariGlossary

@Suite struct CSVGlossaryReaderTests {
    private func read(_ name: String) throws -> (Glossary, [Diagnostic]) {
        try GlossaryReader.read(fileAt: fixtures.path(name))
    }

    @Test func readsColumnsAndStatusWordsInAnyCase() throws {
        let path = try fixtures.path("simple.csv")
        let (glossary, diagnostics) = try read("simple.csv")
        #expect(diagnostics == [])
        #expect(glossary.concepts.count == 4)  // the empty line is skipped
        let line = try fixtures.line(containing: "탈북자", in: "simple.csv")
        #expect(glossary.concepts[1] == Concept(
            id: "line-\(line)",
            terms: [
                .korean: [Term(text: "탈북자", language: .korean, status: .deprecated, partOfSpeech: "noun",
                               note: "Older word; avoid", location: SourceLocation(file: path, line: line))],
                .english: [Term(text: "defector", language: .english, status: .deprecated, partOfSpeech: "noun",
                                note: "Older word; avoid", location: SourceLocation(file: path, line: line))],
            ],
            location: SourceLocation(file: path, line: line)))
        #expect(glossary.concepts.map { $0.terms(in: .english).first?.status }
            == [.preferred, .deprecated, .unspecified, .admitted])
        #expect(glossary.concepts[2].location.line == (try fixtures.line(containing: "구출팀", in: "simple.csv")))
    }

    @Test func quotedFieldsKeepCommasQuotesAndLineBreaks() throws {
        let (glossary, _) = try read("quoted-multiline.csv")
        let name = "quoted-multiline.csv"
        #expect(glossary.concepts.map { $0.terms(in: .korean).first?.text }
            == ["구출팀", "메콩강", "탈북민", "서울, 한국"])
        #expect(glossary.concepts[0].terms(in: .english).first?.note == "Use \"rescue team\", not \"rescue squad\"")
        #expect(glossary.concepts[1].terms(in: .english).first?.note == "Flows through\nsix countries,\nincluding Laos")
        // Rows after a three-line field still carry their own line numbers.
        #expect(glossary.concepts.map(\.location.line) == [
            try fixtures.line(containing: "구출팀", in: name), try fixtures.line(containing: "메콩강", in: name),
            try fixtures.line(containing: "탈북민", in: name), try fixtures.line(containing: "서울", in: name),
        ])
        #expect(glossary.concepts[3].terms(in: .english).first?.text == "Seoul, Korea")
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let (glossary, diagnostics) = try read("bom-crlf.csv")
        #expect(diagnostics == [])
        #expect(glossary.concepts.map { $0.terms(in: .korean).first?.text } == ["구출팀", "메콩강"])
        #expect(glossary.concepts.map { $0.terms(in: .english).first?.text } == ["rescue team", "Mekong River"])
        #expect(glossary.concepts.map(\.location.line) == [2, 3])
    }

    @Test func tsvIsChosenByExtension() throws {
        let (glossary, _) = try read("simple.tsv")
        #expect(glossary.concepts.map { $0.terms(in: .korean).first?.text } == ["구출팀", "서울, 한국"])
        #expect(glossary.concepts.map { $0.terms(in: .english).first?.text } == ["rescue team", "Seoul, Korea"])
    }

    @Test func rowsWithTheSameIDFormOneConcept() throws {
        let (glossary, diagnostics) = try read("synonyms-by-id.csv")
        #expect(diagnostics == [])
        #expect(glossary.concepts.map(\.id) == ["c1", "c2"])
        let defector = glossary.concepts[0]
        #expect(defector.terms(in: .korean).map(\.text) == ["탈북민", "탈북자"])
        #expect(defector.terms(in: .korean).map(\.status) == [.preferred, .deprecated])
        #expect(defector.terms(in: .english).map(\.text) == ["North Korean defector", "defector"])
        #expect(defector.terms(in: .english).map(\.status) == [.preferred, .admitted])
    }

    @Test func warnsAboutRowsWithoutEnglishAndUnknownColumns() throws {
        let noEnglish = try fixtures.path("no-english.csv")
        let (_, missing) = try read("no-english.csv")
        let line = try fixtures.line(containing: "메콩강", in: "no-english.csv")
        #expect(missing.map(\.description) == [
            "\(noEnglish):\(line): warning: concept 'line-\(line)' has no English term; add one or delete the concept",
        ])

        let unknown = try fixtures.path("unknown-column.csv")
        let (glossary, warnings) = try read("unknown-column.csv")
        #expect(glossary.concepts.count == 1)
        #expect(warnings.map(\.description) == [
            "\(unknown):1: warning: column 'reviewer' is not one dari reads, so it is ignored; "
                + "known columns are ko, en, status, note, pos, id, definition, subject",
        ])
    }

    @Test(arguments: [
        ("ko", CSVGlossaryReader.Column.korean), ("Korean", .korean), ("source", .korean), ("ko-KR", .korean),
        ("EN", .english), ("english", .english), ("target", .english), ("en_US", .english),
        ("Status", .status), ("notes", .note), ("Comment", .note), ("POS", .partOfSpeech),
        ("Part of Speech", .partOfSpeech), ("part_of_speech", .partOfSpeech), ("ID", .id), ("concept", .id),
    ])
    func recognisesHeaderNames(_ header: String, _ column: CSVGlossaryReader.Column) {
        #expect(CSVGlossaryReader.Column(header: header) == column)
    }

    @Test(arguments: ["translation", "ko en", "kor", "english term"])
    func ignoresOtherHeaderNames(_ header: String) {
        #expect(CSVGlossaryReader.Column(header: header) == nil)
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        var fixture: String
        /// Text on the line the error must name.
        var lineText: String
        var expected: @Sendable (_ path: String, _ line: Int) -> GlossaryError
        var testDescription: String { fixture }
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase(fixture: "missing-column.csv", lineText: "korean") {
            .missingColumn(file: $0, line: $1, column: "en", header: ["korean", "translation", "status"])
        },
        ErrorCase(fixture: "no-header.csv", lineText: "구출팀") {
            .missingColumn(file: $0, line: $1, column: "ko", header: ["구출팀", "rescue team"])
        },
        ErrorCase(fixture: "duplicate-column.csv", lineText: "english") {
            .duplicateColumn(file: $0, line: $1, column: "en")
        },
        ErrorCase(fixture: "unterminated-quote.csv", lineText: "\"Flows through") {
            .unterminatedQuote(file: $0, line: $1)
        },
        ErrorCase(fixture: "bad-status.csv", lineText: "approved") {
            .unknownStatus(file: $0, line: $1, value: "approved")
        },
        ErrorCase(fixture: "too-many-fields.csv", lineText: "회의") {
            .tooManyFields(file: $0, line: $1, count: 4, expected: 3)
        },
        ErrorCase(fixture: "invalid-utf8.csv", lineText: "Mekong River") {
            .undecodable(file: $0, line: $1, encoding: "UTF-8")
        },
    ]

    @Test(arguments: errorCases)
    func errorsNameTheFileAndLine(_ errorCase: ErrorCase) throws {
        let path = try fixtures.path(errorCase.fixture)
        let line = try fixtures.line(containing: errorCase.lineText, in: errorCase.fixture)
        #expect(throws: errorCase.expected(path, line)) {
            try GlossaryReader.read(fileAt: path)
        }
    }

    @Test func emptyAndHeaderOnlyFilesAreErrors() throws {
        let empty = try fixtures.path("empty.csv")
        #expect(throws: GlossaryError.emptyFile(file: empty)) { try GlossaryReader.read(fileAt: empty) }
        let headerOnly = try fixtures.path("header-only.csv")
        #expect(throws: GlossaryError.noConcepts(file: headerOnly)) { try GlossaryReader.read(fileAt: headerOnly) }
    }

    @Test func utf16IsRefusedWithAHint() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x6B, 0x00, 0x6F, 0x00]
        #expect(throws: GlossaryError.undecodable(file: "g.csv", line: 1, encoding: "UTF-8 (this file is UTF-16)")) {
            try GlossaryReader.read(bytes: bytes, path: "g.csv", format: .csv)
        }
    }

    @Test func descriptionsSayWhatToDoNext() {
        let missing = GlossaryError.missingColumn(file: "g.csv", line: 1, column: "ko", header: ["이라크", "Iraq"])
        #expect(missing.description == "g.csv:1: error: the header row has no 'ko' column (found: 이라크, Iraq); "
            + "add a header row such as ko,en,status")
        #expect(GlossaryError.unknownStatus(file: "g.csv", line: 4, value: "ok").description
            == "g.csv:4: error: unknown status 'ok'; use preferred, admitted, deprecated or leave the cell empty")
    }
}

/// NUL and other control characters in a glossary are an error at their line
/// (issue 18: a NUL in a CSV gave false findings and raw NULs on the terminal).
@Suite struct GlossaryControlCharacterTests {
    @Test(arguments: [0x00, 0x01, 0x1B, 0x7F, 0x9B] as [UInt32])
    func aControlCharacterInACSVIsAnErrorAtItsLineAndColumn(_ value: UInt32) throws {
        let control = String(Character(Unicode.Scalar(value)!))
        let text = "ko,en\r\n우물,well\r\n강,river\n탈북\(control)민,defector\n"
        #expect(throws: GlossaryError.controlCharacter(file: "g.csv", line: 4, column: 3, scalar: value)) {
            try GlossaryReader.read(bytes: Array(text.utf8), path: "g.csv", format: .csv)
        }
    }

    @Test func whiteSpaceIsNoControlCharacter() throws {
        let text = "ko,en\n우물\t,\u{0B}well\u{85}\n"
        #expect(throws: Never.self) { try GlossaryReader.read(bytes: Array(text.utf8), path: "g.csv", format: .csv) }
    }

    @Test func aControlCharacterInATBXTermIsAnErrorAtTheTermsLine() throws {
        let tbx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
            <text><body><conceptEntry id="c1">
            <langSec xml:lang="ko"><termSec><term>우물</term></termSec></langSec>
            <langSec xml:lang="en"><termSec><term>well\u{7F}</term></termSec></langSec>
            </conceptEntry></body></text></tbx>

            """
        #expect(throws: GlossaryError.controlCharacter(file: "g.tbx", line: 5, column: 0, scalar: 0x7F)) {
            try GlossaryReader.read(bytes: Array(tbx.utf8), path: "g.tbx", format: .tbx)
        }
    }

    @Test func theMessageNamesTheCharacterAndWhatToDo() {
        #expect(GlossaryError.controlCharacter(file: "g.csv", line: 4, column: 3, scalar: 0).description
            == "g.csv:4:3: error: a control character (U+0000) is in the glossary; "
            + "delete it (an export or a copy from a binary file left it there)")
    }
}
