/// The two languages dari pairs. Either can be a site's original (`dari.json`
/// `"source"`); Korean is the default.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case korean = "ko"
    case english = "en"

    /// The BCP 47 tag written into XLIFF `xml:lang` and used as the ICU locale.
    public var tag: String { rawValue }

    /// "Korean", "English", for messages.
    public var name: String { self == .korean ? "Korean" : "English" }

    /// The other language of the pair.
    public var other: Language { self == .korean ? .english : .korean }

    /// Parses a BCP 47 tag leniently: "ko", "ko-KR", "EN-us" all work.
    public init?(tag: String) {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() }
        guard let primary, let language = Language(rawValue: primary) else { return nil }
        self = language
    }
}
