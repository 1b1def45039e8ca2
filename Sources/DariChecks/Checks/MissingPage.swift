import DariGlossary
import DariMemory
import DariModel

/// `missing-page`: a page that exists in one language only.
public struct MissingPage: Check {
    public static let id = "missing-page"
    public static let defaultSeverity = Severity.error
    public static let summary = "A page exists in one language only."
    public static let example = "ko/news.html: error: [missing-page] ko/news.html has no English page; "
        + "translate it, or link the existing translation with <link rel=\"alternate\" hreflang=\"en\">"
    public static let details = """
        Pages are paired as `dari align` pairs them: by the `pages` map of `dari.json`, by `hreflang` \
        alternate links, or by mirrored paths.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        for file in input.memory.files {
            if file.targetOriginal == nil {
                findings.report(at: SourceLocation(file: file.original, line: 0), fileID: file.id,
                                message: Self.noTarget(file.original, input.memory.targetLanguage))
            } else if !file.sourceOriginalExists, let page = file.targetOriginal {
                findings.report(at: SourceLocation(file: page, line: 0), fileID: file.id,
                                message: Self.noSource(page, input.memory.sourceLanguage))
            }
        }
    }

    fileprivate static func noTarget(_ page: String, _ language: Language) -> String {
        "\(page) has no \(language.name) page; translate it, or link the existing translation with "
            + "<link rel=\"alternate\" hreflang=\"\(language.tag)\">"
    }

    fileprivate static func noSource(_ page: String, _ language: Language) -> String {
        "\(page) has no \(language.name) page; add the \(language.name) original, or delete the page if it is obsolete"
    }
}
