@testable import DariPipeline
import DariModel
import DariTestSupport
import Foundation
import Testing

/// A file's stamp changes with every write, and pieces of a file are read
/// only while it keeps the stamp they were asked for.
@Suite struct FileStampTests {
    @Test func aWriteChangesTheStampAndAFreshFileIsNotSettled() throws {
        let folder = try ScratchFolder("dari-stamp")
        let path = try folder.write("memory.xlf", "<xliff>one</xliff>")
        let stamp = try #require(FileStamp(path: path))
        #expect(stamp.size == 18)
        #expect(FileStamp(path: path) == stamp)
        #expect(!stamp.isSettled(), "written just now")
        #expect(FileStamp(numbers: stamp.numbers) == stamp)
        #expect(FileStamp(numbers: Array(stamp.numbers.dropLast())) == nil)
        _ = try folder.write("memory.xlf", "<xliff>two</xliff>")
        #expect(FileStamp(path: path) != stamp, "same size, written again")
        #expect(FileStamp(path: folder.path + "/none.xlf") == nil)
    }

    @Test func piecesAreReadOnlyFromTheFileWithTheStamp() throws {
        let folder = try ScratchFolder("dari-stamp")
        let path = try folder.write("memory.xlf", "<head><file a/><file b/><tail>")
        let stamp = try #require(FileStamp(path: path))
        let pieces = try #require(InputFile.bytes(at: path, ranges: [0..<6, 15..<24, 24..<30], stamped: stamp))
        #expect(pieces.map { String(decoding: $0, as: UTF8.self) } == ["<head>", "<file b/>", "<tail>"])
        #expect(InputFile.bytes(at: path, ranges: [25..<31], stamped: stamp) == nil, "past the end")
        _ = try folder.write("memory.xlf", "<head><file c/><file d/><tail>")
        #expect(InputFile.bytes(at: path, ranges: [0..<6], stamped: stamp) == nil, "another stamp")
    }
}
