import DariTestSupport
import Foundation
import Testing

/// An independent oracle: the fixtures dari reads as valid TBX v3 must pass
/// the ISO 30042 core-structure RELAX NG schema in ../shared/schemas, and the
/// ones dari rejects for their structure must fail it.
@Suite(.requires(.xmllint))
struct TBXSchemaTests {
    @Test(arguments: ["basic-v3.tbx", "prefixed-v3.tbx", "no-english.tbx"])
    func validFixturesPassTheSchema(_ name: String) throws {
        let result = try XMLLint.validate(Fixture.path(name))
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(arguments: [
        "term-outside-termsec.tbx", "termsec-outside-langsec.tbx", "termsec-without-term.tbx",
        "two-terms-in-termsec.tbx",
    ])
    func structurallyBrokenFixturesFailTheSchema(_ name: String) throws {
        let result = try XMLLint.validate(Fixture.path(name))
        #expect(result.status != 0, "xmllint accepted \(name)")
    }
}

enum XMLLint {
    static let schema = RepositoryPaths.shared().map { $0 + "/schemas/tbx/TBXcoreStructV03.rng" }

    /// Runs `xmllint --noout --nonet --relaxng TBXcoreStructV03.rng file`;
    /// a test calling it needs `.requires(.xmllint)`.
    /// - Returns: the exit status and what xmllint printed.
    static func validate(_ file: String) throws -> (status: Int32, output: String) {
        let result = try Oracle.xmllint.run(["--noout", "--nonet", "--relaxng", try #require(schema, RepositoryPaths.sharedMissing), file])
        return (result.status, result.stdout + result.stderr)
    }
}
