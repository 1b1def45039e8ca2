/// The two languages dari pairs. Korean is the source side by convention.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case korean = "ko"
    case english = "en"

    /// The BCP 47 tag written into XLIFF `xml:lang` and used as the ICU locale.
    public var tag: String { rawValue }

    /// Parses a BCP 47 tag leniently: "ko", "ko-KR", "EN-us" all work.
    public init?(tag: String) {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() }
        guard let primary, let language = Language(rawValue: primary) else { return nil }
        self = language
    }
}
