import DariText

/// Text with its expected sentence boundaries written inline, so a test
/// reads as the specification: `"Dr. Kim came. ¦He left."` expects two
/// sentences. The marker `¦` (U+00A6) sits where the next sentence starts;
/// it is removed before the text is segmented.
public struct MarkedText: Sendable {
    public static let marker: Character = "¦"

    /// The text without markers.
    public let text: String
    /// The expected sentences, whitespace trimmed.
    public let sentences: [String]

    public init(_ marked: String) {
        text = marked.replacingAll(Self.marker, with: "")
        sentences = marked.split(separator: Self.marker, omittingEmptySubsequences: true)
            .map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty }
    }
}

extension StringProtocol {
    /// The string without leading and trailing Unicode whitespace.
    public func trimmingWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, Script.isWhitespace(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, Script.isWhitespace(last) { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    fileprivate func replacingAll(_ character: Character, with replacement: String) -> String {
        var result = ""
        for element in self {
            if element == character { result += replacement } else { result.append(element) }
        }
        return result
    }
}
