import DariModel
import DariTestSupport
import Foundation
import Testing

/// The one file reader: each way a read fails is its own error with its status.
@Suite struct InputFileTests {
    @Test func readsBytesAndTextWithoutTheByteOrderMark() throws {
        let scratch = try ScratchFolder("dari-input")
        let path = try scratch.write("a.txt", ByteOrderMark.utf8 + Array("하나\n".utf8))
        #expect(try InputFile.bytes(at: path).count == 3 + 7)
        #expect(try InputFile.utf8Text(at: path) == "하나\n")
    }

    /// A pipe would block the read until a writer came; a device such as
    /// /dev/zero would never end. Neither is opened.
    @Test func aPipeOrADeviceIsRefusedWithoutBeingOpened() throws {
        let scratch = try ScratchFolder("dari-input")
        let pipe = scratch.path + "/page.html"
        #expect(mkfifo(pipe, 0o600) == 0)
        #expect(throws: FileReadError.notRegularFile(path: pipe)) { try InputFile.bytes(at: pipe) }
        #expect(throws: FileReadError.notRegularFile(path: pipe)) { try InputFile.requireReadableFile(at: pipe) }
        let zero = scratch.path + "/zero.html"
        try FileManager.default.createSymbolicLink(atPath: zero, withDestinationPath: "/dev/zero")
        #expect(throws: FileReadError.notRegularFile(path: zero)) { try InputFile.bytes(at: zero) }
        #expect(FileReadError.notRegularFile(path: pipe).exitStatus == ExitStatus.ioError)
        #expect(!InputFile.isRegularFile(pipe) && !InputFile.isRegularFile(zero))
    }

    @Test func eachFailureIsNamed() throws {
        let scratch = try ScratchFolder("dari-input", files: ["folder/x.txt": "x"])
        let missing = scratch.path + "/nothing.txt"
        #expect(throws: FileReadError.notFound(path: missing)) { try InputFile.bytes(at: missing) }
        #expect(throws: FileReadError.isDirectory(path: scratch.path + "/folder")) {
            try InputFile.bytes(at: scratch.path + "/folder")
        }
        #expect(throws: FileReadError.isDirectory(path: scratch.path + "/folder")) {
            try InputFile.requireReadableFile(at: scratch.path + "/folder")
        }
        #expect(FileReadError.notFound(path: missing).exitStatus == ExitStatus.ioError)
    }

    @Test func textThatIsNotUTF8NamesItsLine() throws {
        let scratch = try ScratchFolder("dari-input")
        let path = try scratch.write("b.txt", Array("one\ntwo\n".utf8) + [0xFF, 0x0A])
        #expect(throws: FileReadError.notUTF8(path: path, line: 3)) { try InputFile.utf8Text(at: path) }
        #expect(FileReadError.notUTF8(path: path, line: 3).exitStatus == ExitStatus.dataError)
    }

    /// An error that is not dari's is a bug, reported as malformed input.
    @Test func everyErrorHasAStatus() {
        struct Foreign: Error {}
        #expect(ExitStatus.of(Foreign()) == ExitStatus.dataError)
        #expect(ExitStatus.of(FileReadError.permissionDenied(path: "p")) == ExitStatus.ioError)
    }
}
