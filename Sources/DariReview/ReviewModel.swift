import DariChecks
import DariMemory
import DariModel
import DariText
import DariReports

/// What the review page shows, before any HTML: the site's work summary and,
/// per page pair, one row per aligned segment with its state and findings.
/// Built once from a memory and the findings reported on it.
public struct ReviewSite: Sendable, Hashable {
    /// The original's language (the memory's source): the left column.
    public var sourceLanguage: Language
    public var targetLanguage: Language
    /// The work per page pair and the site's totals (`WorkSummary`, as `dari check --format summary`).
    public var summary: WorkSummary
    /// Every page pair, in the summary's order (most work first).
    public var pages: [ReviewPage]
    /// Findings per check id over the whole site, by check id.
    public var checkCounts: [CheckCount]
    /// Findings that name no page of the memory (a glossary file).
    public var otherFindings: [ReviewFinding]
    /// Segments whose original changed since their translation was made.
    public var outdated: Int
    /// Whether the memory knows the translation state at all (some segment has a `change`).
    public var knowsChanges: Bool

    /// A segment score below this is shown: the aligner was unsure of the pair.
    public static let lowConfidence = 0.5

    /// - Parameters:
    ///   - urls: the live sites' base URLs by language (`dari.json` `urls`); pages link there when known.
    ///   - matches: fuzzy matches for untranslated segments, by `ReviewMatch.key`; shown under them.
    public init(memory: TranslationMemory, findings: [Finding], urls: [Language: String] = [:],
                matches: [String: [ReviewMatch]] = [:]) {
        sourceLanguage = memory.sourceLanguage
        targetLanguage = memory.targetLanguage
        summary = WorkSummary(tally: MemoryTally(memory), findings: findings)
        let filesByID = Dictionary(memory.files.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        // Each finding goes to its page pair: by file id, else by the page path it names.
        var findingsByFile: [String: [Finding]] = [:]
        var other: [Finding] = []
        var fileByPath: [String: String] = [:]
        for file in memory.files {
            for path in [file.sourceOriginalExists ? file.original : nil, file.targetOriginal ?? (file.sourceOriginalExists ? nil : file.original)]
                .compactMap({ $0 }) where fileByPath[path] == nil {
                fileByPath[path] = file.id
            }
        }
        for finding in findings {
            if let id = finding.fileID, filesByID[id] != nil {
                findingsByFile[id, default: []].append(finding)
            } else if let id = Self.file(named: finding.location.file, in: fileByPath) {
                findingsByFile[id, default: []].append(finding)
            } else {
                other.append(finding)
            }
        }
        // A file the memory does not hold (a glossary) is a page of the summary's own, named by its path.
        for work in summary.pages where work.fileID.isEmpty {
            findingsByFile["path:" + work.name] = other.filter { $0.location.file == work.name }
            other.removeAll { $0.location.file == work.name }
        }
        otherFindings = other.map(ReviewFinding.init)

        var counts: [String: (Severity, Int)] = [:]
        for finding in findings {
            let previous = counts[finding.checkID]
            counts[finding.checkID] = (max(previous?.0 ?? finding.severity, finding.severity), (previous?.1 ?? 0) + 1)
        }
        checkCounts = counts.keys.sorted().map { CheckCount(checkID: $0, severity: counts[$0]!.0, count: counts[$0]!.1) }

        pages = summary.pages.enumerated().map { index, work in
            ReviewPage(work: work, number: index + 1, file: filesByID[work.fileID],
                       findings: findingsByFile[work.fileID.isEmpty ? "path:" + work.name : work.fileID] ?? [],
                       sourceLanguage: memory.sourceLanguage,
                       targetLanguage: memory.targetLanguage, urls: urls, matches: matches)
        }
        outdated = pages.reduce(0) { $0 + $1.outdated }
        knowsChanges = memory.files.contains { $0.units.contains { $0.segments.contains { $0.change != nil } } }
    }

    /// The file id of the page `path` names: the path itself, or the page
    /// under the site folder a finding was reported with (`site/en/a.html`).
    static func file(named path: String, in fileByPath: [String: String]) -> String? {
        if let id = fileByPath[path] { return id }
        var rest = Substring(path)
        while let slash = rest.firstIndex(of: "/") {
            rest = rest[rest.index(after: slash)...]
            if let id = fileByPath[String(rest)] { return id }
        }
        return nil
    }
}

/// How many findings one check reported, with the highest severity among them.
public struct CheckCount: Sendable, Hashable {
    public var checkID: String
    public var severity: Severity
    public var count: Int
}

/// A finding as the review shows it.
public struct ReviewFinding: Sendable, Hashable {
    public var checkID: String
    public var severity: Severity
    public var message: String
    /// `file:line` where an editor fixes it.
    public var location: String

    init(_ finding: Finding) {
        checkID = finding.checkID
        severity = finding.severity
        message = finding.message
        // The page as the site knows it (`en/a.html`), however the site folder was spelled.
        let file = finding.siteRelativeFile ?? finding.location.file
        location = finding.location.line > 0 ? "\(file):\(finding.location.line)" : file
    }
}

/// One page pair (or a page in one language only) with its rows.
public struct ReviewPage: Sendable, Hashable {
    public var work: PageWork
    /// Its place in the overview (1 = most work), which also names its anchor and file.
    public var number: Int
    public var rows: [ReviewRow]
    /// Findings about the page as a whole (a missing page, a page in the wrong language).
    public var pageFindings: [ReviewFinding]
    /// Findings per check on this page.
    public var checkCounts: [CheckCount]
    /// Blocks with an outdated segment.
    public var outdatedBlocks: Int
    /// Outdated segments.
    public var outdated: Int
    /// The live pages, when `dari.json` gives the sites' URLs.
    public var sourceURL: String?
    public var targetURL: String?

    /// The page's anchor in one file and its file name in a folder (`page-0007`).
    public var slug: String {
        let digits = String(number)
        return "page-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Every state its rows are in, and every check and severity of its findings (for the overview's filters).
    public var states: Set<RowState> { Set(rows.map(\.state)) }

    init(work: PageWork, number: Int, file: MemoryFile?, findings: [Finding], sourceLanguage: Language,
         targetLanguage: Language, urls: [Language: String], matches: [String: [ReviewMatch]] = [:]) {
        self.work = work
        self.number = number
        sourceURL = work.sourcePage.flatMap { Self.url(of: $0, base: urls[sourceLanguage], language: sourceLanguage) }
        targetURL = work.targetPage.flatMap { Self.url(of: $0, base: urls[targetLanguage], language: targetLanguage) }

        // Unit findings to the segment whose text they quote, else the unit's first segment.
        var byUnit: [String: [Finding]] = [:]
        var page: [Finding] = []
        for finding in findings {
            if let unit = finding.unitID { byUnit[unit, default: []].append(finding) } else { page.append(finding) }
        }
        var rows: [ReviewRow] = []
        var unitIDs: Set<String> = []
        for unit in file?.units ?? [] {
            unitIDs.insert(unit.id)
            let unitFindings = byUnit[unit.id] ?? []
            var placed = [[Finding]](repeating: [], count: unit.segments.count)
            // Text in the wrong language marks the segment it quotes, else the whole block.
            var wrongLanguage = [Bool](repeating: false, count: unit.segments.count)
            for finding in unitFindings where !placed.isEmpty {
                let quoted = unit.segments.firstIndex {
                    (finding.source != nil && $0.sourceText == finding.source)
                        || (finding.target != nil && $0.targetText == finding.target)
                }
                placed[quoted ?? 0].append(finding)
                if WorkSummary.isWrongLanguage(finding) {
                    if let quoted { wrongLanguage[quoted] = true } else { wrongLanguage = wrongLanguage.map { _ in true } }
                }
            }
            for (index, segment) in unit.segments.enumerated() {
                var row = ReviewRow(unit: unit, segment: segment, index: index, findings: placed[index],
                                    wrongLanguage: wrongLanguage[index])
                if row.state == .untranslated, let file {
                    row.matches = matches[ReviewMatch.key(file: file.id, unit: unit.id, segment: segment.id)] ?? []
                }
                rows.append(row)
            }
        }
        // A finding whose unit is not in the memory (or a unit with no segments) is the page's.
        page += byUnit.filter { !unitIDs.contains($0.key) }.sorted { $0.key < $1.key }.flatMap(\.value)
        page += (file?.units ?? []).filter(\.segments.isEmpty).flatMap { byUnit[$0.id] ?? [] }
        self.rows = rows
        pageFindings = page.map(ReviewFinding.init)

        var counts: [String: (Severity, Int)] = [:]
        for finding in findings {
            let previous = counts[finding.checkID]
            counts[finding.checkID] = (max(previous?.0 ?? finding.severity, finding.severity), (previous?.1 ?? 0) + 1)
        }
        checkCounts = counts.keys.sorted().map { CheckCount(checkID: $0, severity: counts[$0]!.0, count: counts[$0]!.1) }
        outdated = rows.count { $0.state == .outdated }
        outdatedBlocks = Set(rows.filter { $0.state == .outdated }.map(\.unitID)).count
    }

    /// The live page: the base URL of its language and the page's path below its language folder.
    static func url(of page: String, base: String?, language: Language) -> String? {
        guard var base else { return nil }
        if !base.hasSuffix("/") { base += "/" }
        // Memory pages are `ko/about.html`: the first folder is the language root.
        let path = page.split(separator: "/", maxSplits: 1)
        return base + (path.count == 2 ? String(path[1]) : page)
    }
}

/// A translated sentence of the memory like an untranslated one (a fuzzy
/// match from `DariMatches`), offered under it.
public struct ReviewMatch: Sendable, Hashable {
    /// Similarity as a whole percentage (50–100).
    public var percent: Int
    /// The sentence in the original's language, and its translation.
    public var text: String
    public var translation: String
    /// Where it is in the memory: `page#unit/segment`.
    public var origin: String

    public init(percent: Int, text: String, translation: String, origin: String) {
        self.percent = percent
        self.text = text
        self.translation = translation
        self.origin = origin
    }

    /// How a segment's matches are keyed: its file, unit and segment ids.
    public static func key(file: String, unit: String, segment: String) -> String {
        file + "\u{0}" + unit + "\u{0}" + segment
    }
}

/// What state a segment is in, as the review marks it.
public enum RowState: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Text in the original with nothing on the translation's side.
    case untranslated
    /// Text in the translation with nothing on the original's side.
    case sourceMissing = "source-missing"
    /// The original changed after the translation was made.
    case outdated
    /// The translation (or the original) is in the other language.
    case wrongLanguage = "wrong-language"
    /// Both sides have text.
    case translated

    /// How the state reads on the page (never colour alone).
    public var label: String {
        switch self {
        case .untranslated: return "untranslated"
        case .sourceMissing: return "no original"
        case .outdated: return "outdated"
        case .wrongLanguage: return "wrong language"
        case .translated: return "translated"
        }
    }

    public static func < (lhs: RowState, rhs: RowState) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One aligned segment: the original and the translation side by side.
public struct ReviewRow: Sendable, Hashable {
    public var unitID: String
    public var segmentID: String
    /// The block kind (`h2`, `p`, `@alt`…), shown on a unit's first row.
    public var kind: String
    /// Whether this is its unit's first segment (a block starts here).
    public var startsUnit: Bool
    /// The sides' content with inline codes; nil or empty when the side has no text.
    public var source: [InlineContent]
    public var target: [InlineContent]?
    public var sourceLine: Int?
    public var targetLine: Int?
    public var state: RowState
    /// How the segment changed since the previous memory; nil: no state known.
    public var change: SegmentChange?
    /// The aligner's score when it is below `ReviewSite.lowConfidence`.
    public var lowScore: Double?
    public var findings: [ReviewFinding]
    /// For an outdated segment with its earlier original: what changed, word by word.
    public var diff: [WordDiff.Piece]?
    /// For an untranslated segment: translated sentences of the memory like it, best first.
    public var matches: [ReviewMatch] = []

    init(unit: MemoryUnit, segment: MemorySegment, index: Int, findings: [Finding], wrongLanguage: Bool) {
        unitID = unit.id
        segmentID = segment.id
        kind = unit.kind.description
        startsUnit = index == 0
        source = segment.source
        target = segment.target
        sourceLine = unit.sourceLocation(of: segment)?.line
        targetLine = unit.targetLocation(of: segment)?.line
        change = segment.change
        let hasSource = Self.hasText(segment.sourceText), hasTarget = Self.hasText(segment.targetText ?? "")
        if hasSource && !hasTarget {
            state = .untranslated
        } else if !hasSource && hasTarget {
            state = .sourceMissing
        } else if segment.isOutdated {
            state = .outdated
        } else if wrongLanguage {
            state = .wrongLanguage
        } else {
            state = .translated
        }
        lowScore = segment.score.flatMap { $0 < ReviewSite.lowConfidence && hasSource && hasTarget ? $0 : nil }
        self.findings = findings.map(ReviewFinding.init)
        diff = segment.isOutdated ? segment.previousSource.map { WordDiff.pieces(from: $0, to: segment.sourceText) } : nil
    }

    /// Whether the original side has text.
    public var hasSource: Bool { Self.hasText(InlineContent.plainText(source)) }
    /// Whether the translation side has text.
    public var hasTarget: Bool { Self.hasText(target.map(InlineContent.plainText) ?? "") }

    static func hasText(_ text: String) -> Bool {
        text.unicodeScalars.contains { !$0.properties.isWhitespace }
    }
}
