import DariGlossary
import DariTestSupport
import Foundation
import Testing

/// Glossary/dari.tbx is the glossary the demo site is checked against.
@Suite struct ProjectGlossaryTests {
    static let path = RepositoryPaths.root() + "/Glossary/dari.tbx"

    @Test func isReadWithKoreanAndEnglishForEveryConcept() throws {
        let (glossary, diagnostics) = try GlossaryReader.read(fileAt: Self.path)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(glossary.concepts.count >= 40)
        for concept in glossary.concepts {
            #expect(!(concept.terms[.korean] ?? []).isEmpty, "\(concept.id) has no Korean term")
            #expect(!(concept.terms[.english] ?? []).isEmpty, "\(concept.id) has no English term")
        }
    }

    @Test(.requires(.xmllint)) func validatesAgainstTheTBXCoreStructureSchema() throws {
        let (status, output) = try XMLLint.validate(Self.path)
        #expect(status == 0, "\(output)")
    }
}
