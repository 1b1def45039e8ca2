/// How a bilingual site keeps its two languages apart on disk: the values of
/// `dari.json`'s `"layout"`, for a site whose layout dari cannot tell by
/// itself (`Site` in DariSite finds it and lists what it found).
public enum SiteLayoutKind: String, Sendable, CaseIterable, Equatable {
    /// A folder per language, at the top of the site or below it: `ko/` ↔
    /// `en/`, `content/ko` ↔ `content/en` (Hugo by directory), `docs/ko` ↔ `docs/en`.
    case folders
    /// Docusaurus: `docs/…` (the default locale) ↔
    /// `i18n/ko/docusaurus-plugin-content-docs/current/…`, and `blog/…` ↔
    /// `i18n/ko/docusaurus-plugin-content-blog/…`; versioned docs and other
    /// docs plugins' folders too (`DocusaurusLayout`).
    case docusaurus
    /// A language suffix on the file name: `page.ko.md` ↔ `page.md` or
    /// `page.en.md` (Hugo by file name, MkDocs i18n's suffix structure; also `.html`).
    case suffix
    /// One language's pages in a folder, the other's in a language folder
    /// inside it: `_posts/…` ↔ `_posts/ko/…` (Jekyll Polyglot's default
    /// language at the top of a collection, each other one in a folder named
    /// for it), or English pages at the top of a site and Korean ones in `ko/`.
    case subfolder

    /// `"folders", "docusaurus", "suffix" or "subfolder"`, for messages.
    public static var choices: String {
        let quoted = allCases.map { "\"\($0.rawValue)\"" }
        return quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
    }

    /// What to write instead of a generator's name, which does not say the
    /// layout (Hugo keeps languages in folders or in file names): nil for
    /// any other word.
    public static func advice(for generator: String) -> String? {
        switch generator.lowercased() {
        case "hugo": "for \(generator), \"folders\" (content/ko ↔ content/en) or \"suffix\" (about.ko.md ↔ about.md)"
        case "jekyll": "for \(generator), \"subfolder\" (_posts/ko ↔ _posts), \"folders\" (ko ↔ en) or \"suffix\" (about.ko.md ↔ about.md)"
        case "mkdocs": "for MkDocs i18n, \"suffix\" (index.ko.md ↔ index.md) or \"folders\" (docs/ko ↔ docs/en)"
        default: nil
        }
    }
}
