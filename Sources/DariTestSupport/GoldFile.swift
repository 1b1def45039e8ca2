/// A sentence-split gold file in the KSS benchmark format used by
/// `shared/bench/segment_bench.py`: one sentence per line, a blank line
/// between documents; a document's text is its lines concatenated as they are.
public struct GoldDocument: Sendable {
    public var text: String
    public var sentences: [String]
}

public enum GoldFile {
    public static func parse(_ contents: String) -> [GoldDocument] {
        var documents: [GoldDocument] = []
        var lines: [String] = []
        func flush() {
            if !lines.isEmpty {
                documents.append(GoldDocument(text: lines.joined(), sentences: lines.map { $0.trimmingWhitespace() }))
            }
            lines = []
        }
        for rawLine in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : String(rawLine)
            if line.trimmingWhitespace().isEmpty { flush() } else { lines.append(line) }
        }
        flush()
        return documents
    }
}
