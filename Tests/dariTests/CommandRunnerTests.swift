import DariTestSupport
import Foundation
import Testing

/// The runner every end-to-end test relies on: it runs the dari of this
/// build, and a program that hangs fails its test instead of the suite.
@Suite struct CommandRunnerTests {
    @Test func runsTheDariBuiltBesideTheTests() throws {
        let folder = CommandRunner.productsFolder
        let contents = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(contents.contains { $0.hasSuffix("PackageTests.xctest") }, "\(folder) does not hold the test bundle")
        #expect(try CommandRunner.dariExecutable() == folder + "/dari")
        // Built in this configuration: the folder is .build/<triple>/debug or .../release.
        #expect(["debug", "release"].contains(URL(fileURLWithPath: folder).lastPathComponent))
    }

    @Test func aProgramPastItsTimeLimitIsKilled() throws {
        let start = ContinuousClock.now
        #expect {
            try CommandRunner.runProcess("/bin/sleep", ["60"], timeout: .seconds(1))
        } throws: { error in
            "\(error)".hasPrefix("`sleep 60` did not finish within 1 s and was killed")
        }
        #expect(ContinuousClock.now - start < .seconds(30))
    }
}
