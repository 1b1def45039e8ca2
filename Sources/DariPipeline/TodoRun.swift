import DariAlignment
import DariChecks
import DariGlossary
import DariMatches
import DariMemory
import DariModel
import DariSite
import Foundation

/// The forms `dari todo` writes its work file in.
public enum TodoFormat: String, Sendable, CaseIterable {
    /// XLIFF 2.1 with notes, glossary and matches modules.
    case xliff
    /// XLIFF 1.2 for older CAT tools (the segments only).
    case xliff12
    /// A Markdown checklist per page, to paste into an issue.
    case markdown = "md"
}

/// What `dari todo` was asked to do.
public struct TodoRequest: Sendable {
    /// A site folder or a memory file.
    public var path: String
    /// `--memory`: the memory of a site (default `SITE/memory.xlf`).
    public var memoryPath: String?
    public var glossaryPath: String?
    public var configPath: String?
    public var format: TodoFormat
    /// `-o`: a file or "-"; nil = standard output for Markdown, `job.xlf` otherwise.
    public var output: String?
    public var roots: SiteRoots

    public init(path: String, memoryPath: String? = nil, glossaryPath: String? = nil, configPath: String? = nil,
                format: TodoFormat = .xliff, output: String? = nil, roots: SiteRoots = SiteRoots()) {
        self.path = path
        self.memoryPath = memoryPath
        self.glossaryPath = glossaryPath
        self.configPath = configPath
        self.format = format
        self.output = output
        self.roots = roots
    }

    public var destination: Destination { Destination(output ?? (format == .markdown ? "-" : "job.xlf")) }
}

/// What a todo run wrote.
public struct TodoOutcome: Sendable {
    public var bytes: [UInt8]
    public var destination: Destination
    /// How many segments need work, and on how many pages.
    public var segmentCount: Int
    public var pageCount: Int
    public var summary: String {
        "\(destination.name): \(segmentCount) \(segmentCount == 1 ? "segment" : "segments") to translate on "
            + "\(pageCount) \(pageCount == 1 ? "page" : "pages")"
    }
}

/// `dari todo`: the segments that need a translator (untranslated: a 1-0
/// bead or an empty target; wrong-language: the page has the original's
/// text in place of a translation; target-only: a 0-1 bead; outdated: the
/// original changed since the translation), with what the translator needs.
public enum TodoRun {
    /// Why a segment is in the work file.
    public enum Reason: String, Sendable {
        case untranslated, outdated
        case targetOnly = "target-only"
        /// The translation's page has text in the original's language (English
        /// left on the Korean page): the job offers it with no target.
        case wrongLanguage = "wrong-language"
    }

    public static func run(_ request: TodoRequest) throws -> TodoOutcome {
        guard InputFile.exists(request.path) else { throw FileReadError.notFound(path: request.path) }
        let isSite = InputFile.isFolder(request.path)
        let file = try DefaultFiles.configuration(named: request.configPath, near: request.path, isSite: isSite)
        var glossary: Glossary?
        if let path = request.glossaryPath ?? DefaultFiles.find(DefaultFiles.glossary, near: request.path, isSite: isSite) {
            glossary = try GlossaryReader.read(fileAt: path).0
        }

        // The memory: the site's stored memory when there is one (it carries
        // the outdated states), else the site aligned now.
        var memoryPath: String? = isSite ? (request.memoryPath ?? request.path + "/memory.xlf") : request.path
        let memory: TranslationMemory
        if let path = memoryPath, InputFile.exists(path) {
            memory = try MemoryStores.store(at: path).read()
        } else {
            memoryPath = nil
            let site = try Site(folder: request.path, original: request.roots.original, sourceRoot: request.roots.source,
                                targetRoot: request.roots.target, configuration: file)
            memory = try SiteAligner(sentenceAligner: SentenceAligner(glossary: glossary)).align(site)
                .oriented(for: site).memory
        }
        let index = try memoryPath.map { try MatchIndex.forMemory(at: $0, memory: memory) }
        let work = WorkList(memory: memory, glossary: glossary, index: index, urls: file?.urls ?? [:])

        let bytes: [UInt8]
        switch request.format {
        case .xliff:
            bytes = try XLIFF21Writer.render(work.memory) { file, unit in work.annotations[file.id + "\u{0}" + unit.id] }
        case .xliff12:
            bytes = try XLIFF12Writer.render(work.memory).bytes
        case .markdown:
            bytes = Array(work.markdown().utf8)
        }
        try request.destination.write(bytes)
        return TodoOutcome(bytes: bytes, destination: request.destination, segmentCount: work.segmentCount,
                           pageCount: work.memory.files.count)
    }

    /// Why `segment` needs work, nil when it does not; `language` is the
    /// translation's (the memory's target language).
    public static func reason(_ segment: MemorySegment, language: Language) -> Reason? {
        if segment.isOutdated { return .outdated }
        let source = segment.sourceText.trimmingCharacters(in: .whitespacesAndNewlines)
        let target = (segment.targetText ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if source.isEmpty { return target.isEmpty ? nil : .targetOnly }
        if target.isEmpty { return .untranslated }
        return WrongLanguage.isLeftInOriginalLanguage(target, original: source, language: language) ? .wrongLanguage : nil
    }
}

/// The work of a memory: its segments that need a translator, as a smaller
/// memory (the same file, unit and segment ids, so `dari import` finds them
/// back) and, per unit, the notes, glossary entries and matches.
struct WorkList {
    var memory: TranslationMemory
    /// By file id + NUL + unit id.
    var annotations: [String: UnitAnnotations] = [:]
    /// Markdown lines per page, in order.
    var pages: [(title: String, items: [String])] = []
    var segmentCount = 0

    init(memory full: TranslationMemory, glossary: Glossary?, index: MatchIndex?, urls: [Language: String]) {
        memory = TranslationMemory(sourceLanguage: full.sourceLanguage, targetLanguage: full.targetLanguage, files: [])
        for file in full.files {
            // Every source sentence of the page in order, for the neighbours.
            let sentences = file.units.flatMap { unit in unit.segments.map { (unit.id, $0.id, $0.sourceText) } }
                .filter { !$0.2.isEmpty }
            var position: [String: Int] = [:]
            for (offset, sentence) in sentences.enumerated() { position[sentence.0 + "\u{0}" + sentence.1] = offset }
            var headings: [(level: Int, text: String)] = []
            var kept: [MemoryUnit] = []
            var items: [String] = []
            let url = WorkList.url(of: file, language: full.sourceLanguage, urls: urls)
            for unit in file.units {
                if case let .heading(level) = unit.kind {
                    headings.removeAll { $0.level >= level }
                    let text = unit.segments.map(\.sourceText).joined(separator: " ")
                    headings.append((level, text.isEmpty ? unit.segments.compactMap(\.targetText).joined(separator: " ") : text))
                }
                let work = unit.segments.compactMap { segment in
                    TodoRun.reason(segment, language: full.targetLanguage).map { (segment, $0) }
                }
                guard !work.isEmpty else { continue }
                var smaller = unit
                // Text in the wrong language is not a translation to start from:
                // the job leaves the target empty, so a CAT tool offers the segment.
                smaller.segments = work.map { segment, reason in
                    guard reason == .wrongLanguage else { return segment }
                    var empty = segment
                    empty.target = nil
                    empty.state = .initial
                    empty.shape = (segment.shape.source, 0)
                    return empty
                }
                kept.append(smaller)
                var notes: [UnitAnnotations.Note] = [UnitAnnotations.Note(category: "page", text: WorkList.page(of: file))]
                if let url { notes.append(UnitAnnotations.Note(category: "url", text: url)) }
                let path = headings.map(\.text).joined(separator: " › ")
                if !path.isEmpty { notes.append(UnitAnnotations.Note(category: "headings", text: path)) }
                var glossaryEntries: [UnitAnnotations.GlossaryEntry] = []
                var matches: [UnitAnnotations.Match] = []
                for (segment, reason) in work {
                    segmentCount += 1
                    let prefix = work.count > 1 ? segment.id + ": " : ""
                    notes.append(UnitAnnotations.Note(category: "reason", text: prefix + WorkList.explain(reason)))
                    if let offset = position[unit.id + "\u{0}" + segment.id] {
                        if offset > 0 {
                            notes.append(UnitAnnotations.Note(category: "context", text: prefix + "before: " + sentences[offset - 1].2))
                        }
                        if offset + 1 < sentences.count {
                            notes.append(UnitAnnotations.Note(category: "context", text: prefix + "after: " + sentences[offset + 1].2))
                        }
                    }
                    if let previous = segment.previousSource {
                        notes.append(UnitAnnotations.Note(category: "previous-source", text: prefix + previous))
                    }
                    if reason == .wrongLanguage, let onPage = segment.targetText {
                        notes.append(UnitAnnotations.Note(category: "on-page", text: prefix + onPage))
                    }
                    let text = reason == .targetOnly ? segment.targetText ?? "" : segment.sourceText
                    let language = reason == .targetOnly ? full.targetLanguage : full.sourceLanguage
                    if let glossary {
                        glossaryEntries += WorkList.terms(in: text, language: language, glossary: glossary,
                                                          segmentID: segment.id)
                    }
                    if let index, reason != .targetOnly {
                        let own = "\(file.original)#\(unit.id)/\(segment.id)"
                        let found = (try? index.lookup(text, language: language, limit: 4)) ?? []
                        for match in found where match.entry.origin != own {
                            matches.append(UnitAnnotations.Match(segmentID: segment.id, source: match.entry.text,
                                                                 target: match.substituted ?? match.entry.translation,
                                                                 similarity: match.similarity, origin: match.entry.origin))
                        }
                    }
                    items.append(WorkList.item(segment: segment, unit: unit, reason: reason, headings: path,
                                               glossary: glossaryEntries.filter { $0.segmentID == segment.id },
                                               matches: matches.filter { $0.segmentID == segment.id }))
                }
                annotations[file.id + "\u{0}" + unit.id] = UnitAnnotations(notes: notes, glossary: glossaryEntries,
                                                                           matches: matches)
            }
            guard !kept.isEmpty else { continue }
            var smallerFile = file
            smallerFile.units = kept
            memory.files.append(smallerFile)
            pages.append((WorkList.page(of: file) + (url.map { " (\($0))" } ?? ""), items))
        }
    }

    static func page(of file: MemoryFile) -> String {
        file.targetOriginal.map { "\(file.original) → \($0)" } ?? file.original
    }

    static func explain(_ reason: TodoRun.Reason) -> String {
        switch reason {
        case .untranslated: return "untranslated: translate this sentence"
        case .outdated: return "outdated: the original changed since it was translated; update the translation"
        case .targetOnly: return "target-only: this sentence has no original; write the original or remove it"
        case .wrongLanguage: return "wrong-language: the translated page has this text in the original's language; translate it"
        }
    }

    /// The page's published address, from `dari.json`'s `urls`: the path
    /// below its language root appended to that language's address.
    static func url(of file: MemoryFile, language: Language, urls: [Language: String]) -> String? {
        guard let base = urls[language] else { return nil }
        var path = Substring(file.original)
        if let slash = path.firstIndex(of: "/") { path = path[path.index(after: slash)...] }
        return base.hasSuffix("/") ? base + path : base + "/" + path
    }

    /// Glossary terms found in `text`, each with its preferred translations.
    static func terms(in text: String, language: Language, glossary: Glossary, segmentID: String)
        -> [UnitAnnotations.GlossaryEntry] {
        let other: Language = language == .korean ? .english : .korean
        var seen: Set<String> = []
        var entries: [UnitAnnotations.GlossaryEntry] = []
        for match in glossary.terms.matches(in: text, language: language) {
            let concept = glossary.concepts[match.entry.conceptIndex]
            guard seen.insert(concept.id).inserted else { continue }
            let translations = glossary.preferredTerm(for: concept, language: other).map { [$0.text] }
                ?? concept.terms(in: other).map(\.text)
            entries.append(UnitAnnotations.GlossaryEntry(segmentID: segmentID, term: match.entry.term.text,
                                                         translations: translations, origin: glossary.source))
        }
        return entries
    }

    /// One checklist line (and its sub-items) for Markdown.
    static func item(segment: MemorySegment, unit: MemoryUnit, reason: TodoRun.Reason, headings: String,
                     glossary: [UnitAnnotations.GlossaryEntry], matches: [UnitAnnotations.Match]) -> String {
        let line = unit.sourceLocation(of: segment).map { ":\($0.line)" } ?? ""
        let text = reason == .targetOnly ? segment.targetText ?? "" : segment.sourceText
        var lines = ["- [ ] \(markdownEscaped(text)) — *\(reason.rawValue)* (`\(unit.id)/\(segment.id)`\(line))"]
        if !headings.isEmpty { lines.append("  - under: \(markdownEscaped(headings))") }
        if let previous = segment.previousSource { lines.append("  - was: \(markdownEscaped(previous))") }
        if reason == .outdated, let target = segment.targetText {
            lines.append("  - old translation: \(markdownEscaped(target))")
        }
        if reason == .wrongLanguage, let target = segment.targetText {
            lines.append("  - on the page: \(markdownEscaped(target))")
        }
        for entry in glossary {
            lines.append("  - glossary: \(markdownEscaped(entry.term)) → \(markdownEscaped(entry.translations.joined(separator: ", ")))")
        }
        for match in matches.prefix(2) {
            lines.append("  - match \(Int((match.similarity * 100).rounded(.down))) %: \(markdownEscaped(match.target))")
        }
        return lines.joined(separator: "\n")
    }

    static func markdownEscaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { result.append("\\") }
            result.append(character == "\n" ? " " : character)
        }
        return result
    }

    func markdown() -> String {
        var out = ""
        for page in pages {
            out += "### \(WorkList.markdownEscaped(page.title))\n\n"
            out += page.items.joined(separator: "\n") + "\n\n"
        }
        if pages.isEmpty { out = "Nothing to translate: every segment has an up-to-date translation.\n" }
        return out
    }
}
