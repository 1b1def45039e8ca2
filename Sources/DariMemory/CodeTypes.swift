/// What the interchange formats call an HTML element's inline code: TMX
/// 1.4b's `type` and XLIFF 1.2's `ctype` (each spec's list of values), with
/// `x-ELEMENT` for the elements a spec has no word for. One table per
/// format, read by its writer and, reversed, by its reader.
struct CodeTypes: Sendable {
    /// Element → type, for codes that open and close (`<b>…</b>`).
    let paired: [String: String]
    /// Element → type, for standalone codes (`<br/>`).
    let standalone: [String: String]

    static let tmx = CodeTypes(
        paired: ["a": "link", "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "ulined",
                 "font": "font"],
        standalone: ["img": "image", "br": "lb"])

    static let xliff12 = CodeTypes(
        paired: ["a": "link", "b": "bold", "i": "italic", "u": "underlined"],
        standalone: ["img": "image", "br": "lb"])

    func pairedType(_ element: String) -> String { paired[element] ?? InlineCodes.extensionName(element) }

    func standaloneType(_ element: String) -> String { standalone[element] ?? InlineCodes.extensionName(element) }

    /// The element a type stands for (`x-span` → `span`), `fallback` for a
    /// type the table does not know. Types several elements share give the
    /// first in name order (`bold` → `b`).
    func element(forType type: String?, fallback: String) -> String {
        guard let type else { return fallback }
        for table in [paired, standalone] {
            if let element = table.filter({ $0.value == type }).keys.min() { return element }
        }
        if type.hasPrefix("x-") && type.count > 2 { return String(type.dropFirst(2)) }
        return fallback
    }
}
