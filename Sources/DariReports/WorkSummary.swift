import DariChecks
import DariModel

/// How much work each page pair needs, most first: what an editor plans a
/// day with before reading single findings. Blocks and translated blocks come
/// from the memory; the rest from the findings reported (after the baseline),
/// so each count matches the findings listed for that page.
public struct WorkSummary: Sendable, Hashable {
    public var sourceLanguage: Language
    public var targetLanguage: Language
    /// Every page pair, those with the most work first (ties by name).
    public var pages: [PageWork]
    /// The whole site (or memory).
    public var totals: Totals

    /// The pages that need work, most first.
    public var pagesNeedingWork: [PageWork] { pages.filter { $0.work > 0 } }

    /// Combines `tally` (nil: no memory known, pages come from the findings'
    /// files) with `findings`.
    public init(tally: MemoryTally?, findings: [Finding]) {
        sourceLanguage = tally?.sourceLanguage ?? .korean
        targetLanguage = tally?.targetLanguage ?? .english
        var pages = (tally?.pages ?? []).map(PageWork.init)
        var byFileID: [String: Int] = [:], byPath: [String: Int] = [:]
        for (index, page) in pages.enumerated() {
            byFileID[page.fileID] = index
            for path in [page.sourcePage, page.targetPage].compactMap({ $0 }) where byPath[path] == nil {
                byPath[path] = index
            }
        }
        var wrongUnits: [Int: Set<String>] = [:]
        for finding in findings where finding.severity != .info {
            // A page-level finding may name its page only by path; one whose
            // page is not in the memory (a glossary file) becomes a page of its own.
            let index: Int
            if let id = finding.fileID, let known = byFileID[id] {
                index = known
            } else if let known = byPath[finding.location.file]
                        ?? pages.firstIndex(where: { $0.holds(finding.location.file) }) {
                index = known
                byPath[finding.location.file] = known
            } else {
                index = pages.count
                byPath[finding.location.file] = index
                pages.append(PageWork(name: finding.location.file))
            }
            pages[index].findingsByCheck[finding.checkID, default: 0] += 1
            switch Kind(of: finding) {
            case .pageInOneLanguage where !pages[index].fileID.isEmpty:
                continue  // the memory's page: its blocks count as missing
            case .wrongLanguage:
                pages[index].wrongLanguage += Self.wrongLanguageBlocks(finding)
                wrongUnits[index, default: []].formUnion(
                    ([finding.unitID] + Self.samePage(finding).map(\.unitID)).compactMap { $0 })
            case .untranslated:
                if let target = pages[index].targetPage, PageWork.path(finding.location.file, names: target) {
                    pages[index].missingInSource += 1
                } else {
                    pages[index].missingInTarget += 1
                }
            case .other, .pageInOneLanguage:
                if finding.severity == .error { pages[index].errors += 1 } else { pages[index].warnings += 1 }
            }
        }
        for index in pages.indices where pages[index].wrongLanguage > 0 {
            // Text in the wrong language is usually aligned with its original,
            // so the aligner counts it translated; it is not.
            let aligned = pages[index].translatedUnitIDs.subtracting(wrongUnits[index] ?? []).count
            pages[index].translated = max(0, min(aligned, pages[index].blocks - pages[index].wrongLanguage))
        }
        self.pages = pages.sorted { lhs, rhs in
            lhs.work != rhs.work ? lhs.work > rhs.work : lhs.name < rhs.name
        }
        totals = Totals(self.pages)
    }

    /// The site's sums.
    public struct Totals: Sendable, Hashable {
        public var pages: Int
        public var pagesNeedingWork: Int
        public var blocks: Int
        public var translated: Int
        public var missingInTarget: Int
        public var missingInSource: Int
        public var wrongLanguage: Int
        public var errors: Int
        public var warnings: Int
        /// Every warning and error, counted by check id.
        public var findingsByCheck: [String: Int]

        init(_ pages: [PageWork]) {
            self.pages = pages.count
            pagesNeedingWork = pages.count { $0.work > 0 }
            blocks = pages.reduce(0) { $0 + $1.blocks }
            translated = pages.reduce(0) { $0 + $1.translated }
            missingInTarget = pages.reduce(0) { $0 + $1.missingInTarget }
            missingInSource = pages.reduce(0) { $0 + $1.missingInSource }
            wrongLanguage = pages.reduce(0) { $0 + $1.wrongLanguage }
            errors = pages.reduce(0) { $0 + $1.errors }
            warnings = pages.reduce(0) { $0 + $1.warnings }
            findingsByCheck = pages.reduce(into: [:]) { counts, page in counts.merge(page.findingsByCheck, uniquingKeysWith: +) }
        }
    }

    /// Whether `finding` is about text left in the other language (the
    /// `untranslated` check's sentence, section or page wording), which the
    /// summary counts as wrong-language blocks, not as missing ones.
    public static func isWrongLanguage(_ finding: Finding) -> Bool {
        Kind(of: finding) == .wrongLanguage
    }

    /// What a finding counts as in the summary.
    enum Kind: Equatable {
        /// `missing-page`: the page's blocks are counted as missing instead.
        case pageInOneLanguage
        /// Text left in the other language (a sentence, a section or a page).
        case wrongLanguage
        /// A sentence or block with no counterpart.
        case untranslated
        /// Any other error or warning.
        case other

        init(of finding: Finding) {
            switch finding.checkID {
            case "missing-page": self = .pageInOneLanguage
            case "untranslated":
                self = WorkSummary.wrongLanguagePhrases.contains { Self.bytes(of: finding.message, contain: $0) }
                    ? .wrongLanguage : .untranslated
            default: self = .other
            }
        }

        /// Whether `text`'s UTF-8 bytes contain `phrase`'s. Not Foundation's
        /// `contains` (NSString's range(of:), bridging every message: 7 % of
        /// an incremental `dari check` on LibreOffice help), nor the
        /// standard library's generic `firstRange(of:)`, which was slower
        /// still (docs/benchmarks/incremental.md). The phrases are ASCII and
        /// the check follows each with its own ASCII wording, so the bytes
        /// match where the characters do.
        static func bytes(of text: String, contain phrase: String) -> Bool {
            var text = text, phrase = phrase
            return text.withUTF8 { text in
                phrase.withUTF8 { phrase in
                    guard phrase.count <= text.count else { return false }
                    guard !phrase.isEmpty else { return true }
                    for start in 0...(text.count - phrase.count) {
                        var offset = 0
                        while offset < phrase.count, text[start + offset] == phrase[offset] { offset += 1 }
                        if offset == phrase.count { return true }
                    }
                    return false
                }
            }
        }
    }

    /// How the `untranslated` check words text in the wrong language: a
    /// sentence or section ("… are English on the Korean page") or a whole
    /// page ("ko/a.html is in English: 3 of 40 blocks are Korean").
    /// `WorkSummaryTests` runs the check, so a change of wording fails there.
    static let wrongLanguagePhrases = ["English on the Korean page", "Korean on the English page", " is in English: ",
                                       " is in Korean: "]

    /// The blocks a wrong-language finding covers: a page's "N of M blocks
    /// are Korean" gives M − N; a section, its first block and the related
    /// ones on its page. Text repeated on many pages (a template) is one
    /// finding whose other pages are related too: it counts once, on its page.
    static func wrongLanguageBlocks(_ finding: Finding) -> Int {
        if finding.unitID == nil, let (right, all) = blockCounts(in: finding.message), all >= right {
            return all - right
        }
        return 1 + samePage(finding).count
    }

    /// The finding's related places on its own page.
    private static func samePage(_ finding: Finding) -> [RelatedLocation] {
        finding.relatedLocations.filter { $0.location.file == finding.location.file }
    }

    /// "3 of 40 blocks" in `message`, as (3, 40).
    private static func blockCounts(in message: String) -> (Int, Int)? {
        let words = message.split(separator: " ")
        guard let of = words.indices.first(where: {
            words[$0] == "of" && $0 > 0 && $0 + 2 < words.count && words[$0 + 2] == "blocks"
        }), let part = Int(words[of - 1]), let whole = Int(words[of + 1]) else { return nil }
        return (part, whole)
    }
}

/// One page pair's work, in blocks and findings.
public struct PageWork: Sendable, Hashable {
    /// The page a person knows the pair by (the source page, else the target page).
    public var name: String
    public var fileID: String
    public var sourcePage: String?
    public var targetPage: String?
    /// Blocks with text on either page.
    public var blocks: Int
    /// Blocks whose every sentence has a counterpart and is not in the wrong language.
    public var translated: Int
    /// Source text the target page lacks: a page in the source language only
    /// counts all its blocks; a pair, its `untranslated` findings on the source page.
    public var missingInTarget = 0
    /// Target text with no source (the reverse).
    public var missingInSource = 0
    /// Blocks in the other language than their page's.
    public var wrongLanguage = 0
    /// Other findings, by severity.
    public var errors = 0
    public var warnings = 0
    /// Every warning and error on the pair, counted by check id.
    public var findingsByCheck: [String: Int] = [:]
    fileprivate var translatedUnitIDs: Set<String> = []

    /// How much there is to do: every missing or wrong-language block and every other error or warning.
    public var work: Int { missingInTarget + missingInSource + wrongLanguage + errors + warnings }

    public var isPaired: Bool { sourcePage != nil && targetPage != nil }

    init(_ tally: PageTally) {
        name = tally.name
        fileID = tally.fileID
        sourcePage = tally.sourcePage
        targetPage = tally.targetPage
        blocks = tally.blocks
        translated = tally.translatedUnitIDs.count
        translatedUnitIDs = tally.translatedUnitIDs
        if !tally.isPaired {
            if tally.sourcePage != nil { missingInTarget = tally.blocks } else { missingInSource = tally.blocks }
            translated = 0
        }
    }

    /// Whether `path`, as a finding names it, is one of this pair's pages.
    func holds(_ path: String) -> Bool {
        [sourcePage, targetPage].contains { $0.map { Self.path(path, names: $0) } ?? false }
    }

    /// Whether a finding's `path` names `page`: the same path, or the page
    /// under the folder the site was named by (`site/en/a.html` for `en/a.html`).
    static func path(_ path: String, names page: String) -> Bool {
        path == page || path.hasSuffix("/" + page)
    }

    /// A file the findings name that the memory does not hold (its `fileID` is empty).
    init(name: String) {
        self.name = name
        fileID = ""
        blocks = 0
        translated = 0
    }
}
