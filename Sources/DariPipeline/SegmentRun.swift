import DariICU
import DariModel
import DariSegmentation

/// What `dari segment` was asked to do.
public struct SegmentRequest: Sendable {
    /// A UTF-8 text file, or "-" for standard input.
    public var path: String
    public var language: Language

    public init(path: String, language: Language) {
        self.path = path
        self.language = language
    }
}

/// `dari segment`: one sentence per line, a blank line between documents.
public enum SegmentRun {
    /// Reads the request's text and hands the output to `emit` chunk by
    /// chunk, so a long input is never held twice.
    /// - Throws: `FileReadError` for input that cannot be read or is not
    ///   UTF-8; an ICU error when the segmenter cannot start.
    ///
    /// The bytes go to the segmenter as they were read: it checks UTF-8 and
    /// NFC line by line on its threads (see `DocumentStream`), which is the
    /// same check `InputText.read` makes, without a `String` of the whole input.
    /// - Parameter emit: gets UTF-8 chunks, each valid only during the call.
    public static func run(_ request: SegmentRequest, emit: (UnsafeBufferPointer<UInt8>) -> Void) throws {
        let bytes = try InputFile.bytes(atPathOrStandardInput: request.path)
        let stream = DocumentStream(segmenter: try Segmenter(language: request.language))
        do {
            try ByteOrderMark.dropped(from: bytes).withUnsafeBufferPointer { text in
                try stream.run(utf8: text, write: emit)
            }
        } catch let error as DocumentStream.InvalidUTF8 {
            throw FileReadError.notUTF8(path: request.path == InputFile.standardInput ? "<stdin>" : request.path,
                                        line: error.line)
        }
    }
}

/// Text input (a file or standard input) as NFC.
enum InputText {
    /// Reads `path` ("-" = standard input) as UTF-8 and normalises it to NFC.
    static func read(_ path: String) throws -> String {
        try Normalizer.nfc(try InputFile.utf8Text(at: path))
    }

    /// One sentence per line; a trailing newline does not make an empty sentence.
    ///
    /// Split on bytes, not `Character`s: "\r\n" is one `Character`, so a
    /// character split would read a Windows file as a single sentence (and
    /// grapheme breaking is slow on a long text).
    static func lines(_ text: String) -> [String] {
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line[...], as: UTF8.self)
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
