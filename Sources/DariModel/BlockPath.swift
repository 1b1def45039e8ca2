/// A block's structural path (`html/body/main/p[3]`), as a range of a text
/// that may hold the paths of every block of its page.
///
/// A path of its own was a heap string per block (64 bytes for
/// `html/body/p[12345]`), alive from the page's reading to its units: a
/// page of 16,000 blocks kept 1 MB of them. `PageBuilder` writes a page's
/// paths one after another into one text, and its blocks share it.
public struct BlockPath: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The whole path when `end` is negative, else the text `start..<end` (UTF-8 offsets) is taken from.
    private let text: String
    private let start: Int32
    private let end: Int32

    /// A path that is the whole of `path`.
    public init(_ path: String) {
        text = path
        start = 0
        end = -1
    }

    /// The path at UTF-8 offsets `range` of `text` (a page's paths, one after another).
    public init(in text: String, utf8Range range: Range<Int>) {
        self.text = text
        start = Int32(range.lowerBound)
        end = Int32(range.upperBound)
    }

    /// The same range of `text`: a path made before its page's text was complete.
    public func rebound(to text: String) -> BlockPath {
        end < 0 ? self : BlockPath(in: text, utf8Range: Int(start)..<Int(end))
    }

    public var string: String {
        if end < 0 { return text }
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: Int(start))
        let to = utf8.index(from, offsetBy: Int(end - start))
        return String(text[from..<to])
    }

    public var isEmpty: Bool { end < 0 ? text.isEmpty : start == end }

    public var description: String { string }

    public static func == (lhs: BlockPath, rhs: BlockPath) -> Bool { lhs.string == rhs.string }

    public func hash(into hasher: inout Hasher) { hasher.combine(string) }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(string)
    }
}
