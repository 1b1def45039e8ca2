/// A heading's anchor: the id a link to the section names. Translations
/// keep it so that links work in both languages (`## 설치 {#install}` for
/// `## Install`), which makes it structure that pairs the two headings, as
/// well as something to compare.
public enum HeadingAnchor {
    /// The anchor a reader put in a block's path (`…/h2[1]{#install}`):
    /// Markdown's `{#id}`, or the `id` of an HTML heading.
    public static func explicit(inPath path: String) -> String? {
        guard path.hasSuffix("}"), let open = path.range(of: "{#", options: .backwards) else { return nil }
        let anchor = path[open.upperBound..<path.index(before: path.endIndex)]
        return anchor.isEmpty ? nil : String(anchor)
    }

    /// An anchor, or a heading's text, as generators turn it into an
    /// anchor, spelled the same whichever generator made it: lowercase
    /// letters and digits only (`What's New in 2.0`, `what-s-new-in-2-0`
    /// of VitePress and `whats-new-in-20` of Docusaurus all give `whatsnewin20`).
    public static func key(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }
}
