import DariModel
import Foundation

/// The language a static site generator's own configuration names as the
/// site's default, which is the language its pages were written in: Hugo's
/// `defaultContentLanguage`, Docusaurus's `i18n.defaultLocale`, the MkDocs
/// i18n plugin's default language, Jekyll Polyglot's `default_lang`.
///
/// A Hugo or Docusaurus site translated into Korean says `en` there, so
/// `dari check .` in it takes English as the original without `--source`
/// (and without it, every missing Korean page would be "add the Korean
/// original"). Only Korean and English count; a site whose default is
/// another language says nothing here. `--source` and `dari.json`'s
/// `"source"` come first.
public struct GeneratorLanguage: Sendable, Equatable {
    public var language: Language
    /// The configuration file that says so, relative to the site folder.
    public var file: String
    /// The setting as written (`defaultContentLanguage = "en"`), for the note.
    public var setting: String

    public init(language: Language, file: String, setting: String) {
        self.language = language
        self.file = file
        self.setting = setting
    }

    /// One generator's configuration files and the setting that names the default.
    private struct Source {
        var files: [String]
        var pattern: String
    }

    /// A language tag as the configurations write it (`en`, `"ko-KR"`, `'en_US'`).
    private static let tag = #"["'`]?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)["'`]?"#

    private static let sources: [Source] = {
        let hugoNames = ["hugo", "config"].flatMap { name in ["toml", "yaml", "yml", "json"].map { "\(name).\($0)" } }
        return [
            // Hugo: TOML `key = "en"`, YAML `key: en`, JSON `"key": "en"`; Hugo reads keys in any case.
            Source(files: hugoNames + hugoNames.map { "config/_default/" + $0 },
                   pattern: #"(?mi)^[ \t]*"?defaultContentLanguage"?[ \t]*[=:][ \t]*"# + tag),
            // Docusaurus: `i18n: { defaultLocale: 'en', locales: [...] }`, one key per line as its templates write it.
            Source(files: ["docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs", "docusaurus.config.cjs"],
                   pattern: #"(?m)^[ \t]*["']?defaultLocale["']?[ \t]*:[ \t]*"# + tag),
            // Astro (Starlight, Astro's i18n routing): `defaultLocale: 'en'` in its configuration.
            Source(files: ["astro.config.mjs", "astro.config.ts", "astro.config.js", "astro.config.mts"],
                   pattern: #"(?m)^[ \t]*["']?defaultLocale["']?[ \t]*:[ \t]*"# + tag),
            // MkDocs i18n plugin: `default_language: en` (up to 0.x) or a `languages:` item with `default: true`.
            Source(files: ["mkdocs.yml", "mkdocs.yaml"],
                   pattern: #"(?m)^[ \t]*default_language[ \t]*:[ \t]*"# + tag),
            Source(files: ["mkdocs.yml", "mkdocs.yaml"],
                   pattern: #"(?m)^[ \t]*-[ \t]*locale[ \t]*:[ \t]*"# + tag + #"[ \t]*\n(?:[ \t]+[A-Za-z_]+[ \t]*:.*\n)*?[ \t]+default[ \t]*:[ \t]*true\b"#),
            // Jekyll Polyglot.
            Source(files: ["_config.yml", "_config.yaml"],
                   pattern: #"(?m)^[ \t]*default_lang[ \t]*:[ \t]*"# + tag),
        ]
    }()

    /// What the generator configuration in `folder` (or, when `folder` is
    /// the generator's content folder, in its parent) says; nil when there
    /// is none, or it names neither Korean nor English.
    public static func find(in folder: String) -> GeneratorLanguage? {
        for (base, prefix) in [(folder, ""), (Site.join(folder, ".."), "../")] {
            for source in sources {
                for file in source.files {
                    let path = Site.join(base, file)
                    // A configuration is small; a larger file is not one.
                    guard InputFile.isRegularFile(path), let size = InputFile.size(of: path), size < 1 << 20,
                          let text = try? String(contentsOfFile: path, encoding: .utf8),
                          let found = match(source.pattern, in: text) else { continue }
                    guard let language = Language(tag: found.tag) else { return nil }
                    return GeneratorLanguage(language: language, file: prefix + file, setting: found.setting)
                }
            }
        }
        return nil
    }

    private static func match(_ pattern: String, in text: String) -> (tag: String, setting: String)? {
        guard let expression = try? NSRegularExpression(pattern: pattern),
              let result = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let tagRange = Range(result.range(at: 1), in: text),
              let whole = Range(result.range, in: text) else { return nil }
        let setting = text[whole].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        return (String(text[tagRange]), setting)
    }

    /// The note that says where the original came from and how to change it.
    public func note(site folder: String) -> Diagnostic {
        Diagnostic(severity: .note, location: SourceLocation(file: folder, line: 0),
                   message: "taking \(language.name) as the original language, as \(file) says (\(setting)); "
                       + "--source or \"source\" in dari.json says otherwise")
    }
}
