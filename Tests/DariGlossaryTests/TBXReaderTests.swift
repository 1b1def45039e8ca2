import DariModel
import Testing
@testable import DariGlossary

@Suite struct TBXReaderTests {
    private func read(_ name: String) throws -> (Glossary, [Diagnostic]) {
        try GlossaryReader.read(fileAt: fixtures.path(name))
    }

    @Test func readsEveryFieldOfTBXBasicV3() throws {
        let path = try fixtures.path("basic-v3.tbx")
        let (glossary, diagnostics) = try read("basic-v3.tbx")
        #expect(diagnostics == [])
        #expect(glossary.source == path)
        #expect(glossary.concepts.map(\.id) == ["c1", "c2", "c3"])

        let defector = glossary.concepts[0]
        #expect(defector.subjectField == "humanitarian aid")
        #expect(defector.definition == "A person who has left North Korea and settled elsewhere.")
        let conceptLine = try fixtures.line(containing: "<conceptEntry id=\"c1\">", in: "basic-v3.tbx")
        #expect(defector.location == SourceLocation(file: path, line: conceptLine))
        func at(_ text: String) throws -> DariModel.SourceLocation {
            SourceLocation(file: path, line: try fixtures.line(containing: text, in: "basic-v3.tbx"))
        }
        #expect(defector.terms(in: .korean) == [
            Term(text: "탈북민", language: .korean, status: .preferred, partOfSpeech: "noun",
                 location: try at("<term>탈북민")),
            Term(text: "탈북자", language: .korean, status: .deprecated,
                 note: "Older word; some readers find it negative.", location: try at("<term>탈북자")),
        ])
        // A term wrapped over two lines keeps the line of <term> and reads as one line.
        let english = defector.terms(in: .english)
        #expect(english.map(\.text) == ["North Korean defector", "escapee"])
        #expect(english.map(\.status) == [.preferred, .deprecated])  // superseded counts as deprecated
        #expect(english[0].location.line == (try fixtures.line(containing: "<term>North Korean", in: "basic-v3.tbx")))
    }

    @Test func skipsOtherLanguagesAndNormalisesToNFC() throws {
        let (glossary, _) = try read("basic-v3.tbx")
        let rescue = glossary.concepts[1]
        #expect(Set(rescue.terms.keys) == [.korean, .english])  // the ja langSec is skipped
        #expect(rescue.terms(in: .english).map(\.status) == [.admitted, .unspecified])

        let mekong = glossary.concepts[2]
        let korean = try #require(mekong.terms(in: .korean).first)
        #expect(Array(korean.text.unicodeScalars) == Array("메콩강".unicodeScalars))  // jamo in the file, NFC here
        #expect(mekong.definition == "The river that flows from Tibet through Laos to the South China Sea.")
    }

    @Test func readsTBXV2MartifWithTigAndNtig() throws {
        let path = try fixtures.path("martif-v2.tbx")
        let (glossary, diagnostics) = try read("martif-v2.tbx")
        #expect(diagnostics == [])
        #expect(glossary.concepts.map(\.id) == ["t1", "t2"])
        let defector = glossary.concepts[0]
        #expect(defector.subjectField == "humanitarian aid")
        #expect(defector.terms(in: .korean).map(\.text) == ["탈북민", "탈북자"])
        #expect(defector.terms(in: .korean).map(\.status) == [.preferred, .deprecated])
        let termLine = try fixtures.line(containing: "<term>North Korean", in: "martif-v2.tbx")
        #expect(defector.terms(in: .english) == [
            Term(text: "North Korean defector", language: .english, partOfSpeech: "noun",
                 note: "Use in full on first mention.", location: SourceLocation(file: path, line: termLine)),
        ])
        // normativeAuthorization, as older files write the status.
        let rescue = glossary.concepts[1]
        #expect(rescue.terms(in: .korean).map(\.status) == [.preferred])
        #expect(rescue.terms(in: .english).map(\.status) == [.admitted])
    }

    @Test func readsPrefixedElementsAndDCTStyleCategories() throws {
        let (glossary, diagnostics) = try read("prefixed-v3.tbx")
        #expect(diagnostics == [])
        let concept = try #require(glossary.concepts.first)
        #expect(concept.id == "p1")
        #expect(concept.subjectField == "geography")
        #expect(concept.terms(in: .korean).map(\.partOfSpeech) == ["noun"])
        #expect(concept.terms(in: .english).map(\.text) == ["Mekong River", "Mekong"])
        #expect(concept.terms(in: .english).map(\.status) == [.preferred, .deprecated])
    }

    @Test func warnsAboutAConceptWithoutEnglish() throws {
        let path = try fixtures.path("no-english.tbx")
        let (glossary, diagnostics) = try read("no-english.tbx")
        #expect(glossary.concepts.count == 2)
        #expect(diagnostics == [
            Diagnostic(severity: .warning,
                       location: SourceLocation(file: path, line: try fixtures.line(in: "no-english.tbx")),
                       message: "concept 'c2' has no English term; add one or delete the concept"),
        ])
    }

    @Test func conceptWithoutIDIsNamedByItsLine() throws {
        let tbx = """
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
            <conceptEntry>
              <langSec xml:lang="ko"><termSec><term>구출팀</term></termSec></langSec>
            </conceptEntry>
            </body></text></tbx>
            """
        let (glossary, diagnostics) = try GlossaryReader.read(bytes: Array(tbx.utf8), path: "g.tbx", format: .tbx)
        #expect(glossary.concepts.map(\.id) == ["line-2"])
        #expect(diagnostics.map(\.description) == [
            "g.tbx:2: warning: concept 'line-2' has no English term; add one or delete the concept",
        ])
    }

    @Test func warnsAboutADuplicateConceptID() throws {
        let entry = """
            <conceptEntry id="c1"><langSec xml:lang="ko"><termSec><term>구출팀</term></termSec></langSec>
            <langSec xml:lang="en"><termSec><term>rescue team</term></termSec></langSec></conceptEntry>
            """
        let tbx = """
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
            \(entry)
            \(entry)
            </body></text></tbx>
            """
        let (glossary, diagnostics) = try GlossaryReader.read(bytes: Array(tbx.utf8), path: "g.tbx", format: .tbx)
        #expect(glossary.concepts.map(\.location.line) == [2, 4])
        #expect(diagnostics.map(\.description) == [
            "g.tbx:4: warning: concept id 'c1' is also used at line 2; give each concept its own id",
        ])
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        var fixture: String
        /// The error, given the fixture's path and the line marked "here".
        var expected: @Sendable (_ path: String, _ line: Int) -> GlossaryError
        var testDescription: String { fixture }
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase(fixture: "term-outside-termsec.tbx") {
            .misplacedElement(file: $0, line: $1, element: "term", parent: "langSec", expected: "a <termSec>")
        },
        ErrorCase(fixture: "termsec-outside-langsec.tbx") {
            .misplacedElement(file: $0, line: $1, element: "termSec", parent: "conceptEntry", expected: "a <langSec>")
        },
        ErrorCase(fixture: "bad-status.tbx") {
            .unknownAdministrativeStatus(file: $0, line: $1, value: "bestTerm-admn-sts")
        },
        ErrorCase(fixture: "empty-term.tbx") { .emptyTerm(file: $0, line: $1) },
        ErrorCase(fixture: "termsec-without-term.tbx") { .missingTerm(file: $0, line: $1, container: "termSec") },
        ErrorCase(fixture: "two-terms-in-termsec.tbx") { .extraTerm(file: $0, line: $1, container: "termSec") },
        ErrorCase(fixture: "xxe.tbx") { .unexpandedEntity(file: $0, line: $1, name: "xxe") },
        ErrorCase(fixture: "not-tbx.xml") { .notTBX(file: $0, line: $1, root: "xliff") },
    ]

    @Test(arguments: errorCases)
    func errorsNameTheFileAndLine(_ errorCase: ErrorCase) throws {
        let path = try fixtures.path(errorCase.fixture)
        let line = try fixtures.line(in: errorCase.fixture)
        #expect(throws: errorCase.expected(path, line)) {
            try GlossaryReader.read(fileAt: path)
        }
    }

    @Test func glossaryWithoutConceptsIsAnError() throws {
        let path = try fixtures.path("no-concepts.tbx")
        #expect(throws: GlossaryError.noConcepts(file: path)) { try GlossaryReader.read(fileAt: path) }
    }

    @Test func emptyFileIsAnError() {
        #expect(throws: GlossaryError.emptyFile(file: "g.tbx")) {
            try GlossaryReader.read(bytes: Array("\u{FEFF}\n  \n".utf8), path: "g.tbx", format: .tbx)
        }
    }

    @Test func notWellFormedXMLGivesLibxml2sLineAndColumn() throws {
        let path = try fixtures.path("not-well-formed.tbx")
        let error = try #require(throws: GlossaryError.self) { try GlossaryReader.read(fileAt: path) }
        guard case let .notWellFormed(file, line, column, message) = error else {
            Issue.record("expected .notWellFormed, got \(error)")
            return
        }
        #expect(file == path)
        #expect(line == (try fixtures.line(in: "not-well-formed.tbx")))
        #expect(column > 0)
        #expect(message.contains("termSec"))
    }

    @Test func externalEntityIsNeverExpanded() throws {
        let path = try fixtures.path("xxe.tbx")
        let error = try #require(throws: GlossaryError.self) { try GlossaryReader.read(fileAt: path) }
        #expect(!error.description.contains("root:"))
        #expect(error.description.contains("'&xxe;'"))
    }

    @Test func misplacedTermSaysWhereItBelongs() {
        #expect(GlossaryError.misplacedElement(file: "Glossary/dari.tbx", line: 7, element: "term", parent: "langSec",
                                               expected: "a <termSec>").description
            == "Glossary/dari.tbx:7: error: <term> cannot sit directly in <langSec>; put it inside a <termSec>")
    }

    @Test func martifTermOutsideTigNamesTheV2Containers() {
        let martif = """
            <martif type="TBX-Basic" xml:lang="en"><text><body>
            <termEntry id="t1"><langSet xml:lang="en">
            <term>rescue team</term>
            </langSet></termEntry>
            </body></text></martif>
            """
        #expect(throws: GlossaryError.misplacedElement(file: "g.tbx", line: 3, element: "term", parent: "langSet",
                                                       expected: "a <tig> or an <ntig>'s <termGrp>")) {
            try GlossaryReader.read(bytes: Array(martif.utf8), path: "g.tbx", format: .tbx)
        }
    }

    @Test func descriptionsReadLikeCompilerErrors() throws {
        let bytes = try fixtures.bytes("bad-status.tbx")
        let line = try fixtures.line(in: "bad-status.tbx")
        let error = try #require(throws: GlossaryError.self) {
            try GlossaryReader.read(bytes: bytes, path: "Glossary/dari.tbx", format: .tbx)
        }
        #expect(error.description == "Glossary/dari.tbx:\(line): error: unknown administrativeStatus "
            + "'bestTerm-admn-sts'; use one of preferredTerm-admn-sts, admittedTerm-admn-sts, "
            + "deprecatedTerm-admn-sts, supersededTerm-admn-sts")
    }
}
