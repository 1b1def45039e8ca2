import DariText

/// The UTF-8 byte-order mark Windows editors (Notepad, Excel's "CSV UTF-8")
/// put at the start of a file. It is not text: left in, it would open the
/// first sentence, term or cell.
public enum ByteOrderMark {
    public static let utf8: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// `bytes` without a leading UTF-8 byte-order mark.
    public static func dropped(from bytes: [UInt8]) -> ArraySlice<UInt8> {
        bytes.starts(with: utf8) ? bytes.dropFirst(utf8.count) : bytes[...]
    }

    /// Whether `bytes`, after any byte-order mark, are only ASCII whitespace:
    /// a file that is there but empty.
    public static func isBlank(_ bytes: [UInt8]) -> Bool {
        dropped(from: bytes).allSatisfy(Script.isASCIIWhitespace)
    }
}
