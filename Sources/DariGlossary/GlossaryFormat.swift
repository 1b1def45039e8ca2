/// The file formats a glossary can be read from.
public enum GlossaryFormat: String, Sendable, Hashable, CaseIterable {
    /// TBX v3 (ISO 30042:2019, `<tbx>`) or TBX v2 (`<martif>`), DCA or DCT style.
    case tbx
    /// Comma-separated values (RFC 4180) with a header row.
    case csv
    /// Tab-separated values, with the same quoting rules as CSV.
    case tsv

    /// The format a file name's extension names, ignoring case: .tbx and
    /// .xml are TBX, .csv is CSV, .tsv is TSV.
    /// - Returns: nil for any other extension.
    public init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "tbx", "xml": self = .tbx
        case "csv": self = .csv
        case "tsv": self = .tsv
        default: return nil
        }
    }
}
