import DariICU
import DariModel
import Foundation

/// Why an input could not be read. Each case knows its sysexits code so the
/// CLI can map it without a table of its own.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(path: String)
    case isDirectory(path: String)
    case unreadable(path: String, reason: String)
    case notUTF8(path: String, line: Int)
    /// `dari check FOLDER` before the site aligner exists.

    public var description: String {
        switch self {
        case let .notFound(path):
            return "\(path): error: no such file; check the path and run again"
        case let .isDirectory(path):
            return "\(path): error: is a folder, not a file; name a file inside it"
        case let .unreadable(path, reason):
            return "\(path): error: cannot read the file (\(reason)); check its permissions"
        case let .notUTF8(path, line):
            return "\(path):\(line): error: the text is not valid UTF-8; convert it with iconv -t UTF-8 and run again"
        }
    }

    /// 74 (EX_IOERR) for files that cannot be read, 65 (EX_DATAERR) for bad content.
    public var exitCode: Int32 {
        switch self {
        case .notFound, .isDirectory, .unreadable: return ExitStatus.ioError
        case .notUTF8: return ExitStatus.dataError
        }
    }
}

/// dari's exit statuses (sysexits.h), documented in the README.
public enum ExitStatus {
    /// Nothing at or above the failure threshold.
    public static let success: Int32 = 0
    /// Findings at or above `--fail-on`.
    public static let findings: Int32 = 1
    /// EX_USAGE: bad command line.
    public static let usage: Int32 = 64
    /// EX_DATAERR: input that is malformed or cannot be decoded.
    public static let dataError: Int32 = 65
    /// EX_CANTCREAT: an output file dari will not replace.
    public static let cantCreate: Int32 = 73
    /// EX_IOERR: a file that cannot be read or written.
    public static let ioError: Int32 = 74
}

/// Reads text input (a file or standard input) as NFC.
public enum InputText {
    /// Reads `path` ("-" = standard input) as UTF-8 and normalises it to NFC.
    /// A byte-order mark is dropped (`ByteOrderMark`).
    public static func read(_ path: String) throws -> String {
        let bytes = Array(ByteOrderMark.dropped(from: try readBytes(path)))
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw InputError.notUTF8(path: path == "-" ? "<stdin>" : path, line: firstInvalidLine(bytes))
        }
        return try Normalizer.nfc(text)
    }

    /// The raw bytes of `path` ("-" = standard input).
    public static func readBytes(_ path: String) throws -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError.notFound(path: path)
        }
        if isDirectory.boolValue { throw InputError.isDirectory(path: path) }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw InputError.unreadable(path: path, reason: "\(error.localizedDescription)")
        }
    }

    private static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
