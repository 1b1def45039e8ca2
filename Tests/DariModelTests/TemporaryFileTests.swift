import DariTestSupport
import Foundation
import Testing
@testable import DariModel

/// A run killed while writing (`kill -9`) leaves `.NAME.dari-PID.XXXXXX`; the
/// next write of the same file removes it, never a live writer's (issue 18).
@Suite struct TemporaryFileTests {
    /// A process id no process has: a child that has exited and been reaped.
    private static func deadProcessID() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    private static func leave(_ name: String, in folder: String, minutesAgo: Int) throws -> String {
        let path = folder + "/" + name
        try "partial".write(toFile: path, atomically: false, encoding: .utf8)
        let date = Date(timeIntervalSinceNow: -Double(minutesAgo * 60))
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
        return path
    }

    @Test func aKilledRunsLeftoverIsRemovedByTheNextWrite() throws {
        let scratch = try ScratchFolder("dari-temporary")
        let dead = try Self.deadProcessID()
        let leftover = try Self.leave(".memory.xlf.dari-\(dead).a1B2c3", in: scratch.path, minutesAgo: 5)
        try AtomicFile.write(Array("new".utf8), to: scratch.path + "/memory.xlf")
        #expect(!FileManager.default.fileExists(atPath: leftover))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["memory.xlf"])
    }

    @Test func aLiveWritersFileAFreshFileAndOtherFilesAreKept() throws {
        let scratch = try ScratchFolder("dari-temporary")
        let dead = try Self.deadProcessID()
        let kept = [
            try Self.leave(".memory.xlf.dari-\(getppid()).a1B2c3", in: scratch.path, minutesAgo: 60),  // alive
            try Self.leave(".memory.xlf.dari-\(getpid()).d4E5f6", in: scratch.path, minutesAgo: 60),  // this process
            try Self.leave(".memory.xlf.dari-\(dead).g7H8i9", in: scratch.path, minutesAgo: 0),  // still being written?
            try Self.leave(".report.txt.dari-\(dead).j1K2l3", in: scratch.path, minutesAgo: 60),  // another file's
            try Self.leave(".memory.xlf.backup", in: scratch.path, minutesAgo: 60),  // the user's own
        ]
        try AtomicFile.write(Array("new".utf8), to: scratch.path + "/memory.xlf")
        for path in kept { #expect(FileManager.default.fileExists(atPath: path), "\(path)") }
    }

    @Test func theTemporaryFileNamesItsWriter() {
        #expect(TemporaryFiles.writer(of: ".m.xlf.dari-123.abcDEF", for: "m.xlf") == 123)
        #expect(TemporaryFiles.writer(of: ".m.xlf.dari-123.abc", for: "m.xlf") == nil)
        #expect(TemporaryFiles.writer(of: ".m.xlf.abcDEF", for: "m.xlf") == nil)
        #expect(TemporaryFiles.writer(of: ".m.xlf.dari-x.abcDEF", for: "m.xlf") == nil)
    }
}
