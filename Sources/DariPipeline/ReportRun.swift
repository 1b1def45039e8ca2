import DariMatches
import DariMemory
import DariModel
import DariReview
import Foundation

/// What `dari report` was asked to do: the checks of `dari check`, shown as a review page.
public struct ReportRequest: Sendable {
    /// The memory or site, glossary, configuration, baseline and disabled checks, as for `dari check`.
    public var check: CheckRequest
    /// `-o`: a file (`report.html`), or a folder when it ends with `/` or is
    /// one already (an `index.html` and one file per page pair).
    public var output: String
    /// How a single file holds its page views (as HTML for a small site, built on demand for a large one).
    public var pageViews: ReviewDocument.PageViews

    public init(check: CheckRequest, output: String, pageViews: ReviewDocument.PageViews = .automatic) {
        self.check = check
        self.output = output
        self.pageViews = pageViews
    }

    /// Whether the review is written as a folder of files.
    public var writesFolder: Bool { output.hasSuffix("/") || InputFile.isFolder(output) }
}

/// What a report run wrote.
public struct ReportOutcome: Sendable {
    /// The files written, the overview first.
    public var files: [String]
    /// Page pairs and segments shown, and findings marked.
    public var pages: Int
    public var segments: Int
    public var findings: Int
    /// Warnings met while reading the glossary, as for `dari check`.
    public var diagnostics: [Diagnostic]
}

/// `dari report`: check the memory (or site), then write the review page.
public enum ReportRun {
    /// - Throws: what `CheckRun.run` throws, and `AtomicFile.WriteError` when a file cannot be written.
    public static func run(_ request: ReportRequest) throws -> ReportOutcome {
        let (outcome, memory, configuration) = try CheckRun.checked(request.check)
        let matches = try fuzzyMatches(memory, memoryPath: InputFile.isFolder(request.check.path) ? nil : request.check.path)
        let site = ReviewSite(memory: memory, findings: outcome.findings, urls: configuration?.urls ?? [:],
                              matches: matches)
        let title = title(of: request.check.path)
        var written: [String] = []
        if request.writesFolder {
            let folder = request.output.hasSuffix("/") ? String(request.output.dropLast()) : request.output
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw AtomicFile.WriteError(path: folder, reason: "the folder cannot be made")
            }
            for file in ReviewDocument.folder(site, title: title) {
                let path = (folder.isEmpty ? "" : folder + "/") + file.name
                try AtomicFile.write(Array(file.html.utf8), to: path)
                written.append(path)
            }
        } else {
            try AtomicFile.write(Array(ReviewDocument.singleFile(site, title: title, pageViews: request.pageViews).utf8), to: request.output)
            written.append(request.output)
        }
        return ReportOutcome(files: written, pages: site.pages.count, segments: site.pages.reduce(0) { $0 + $1.rows.count },
                             findings: outcome.findings.count, diagnostics: outcome.diagnostics)
    }

    /// The best matches (≥ 50 %, three at most) for each untranslated
    /// segment, from an index of the memory's translated sentences: the
    /// memory file's cache beside it, or for a site aligned now an index in
    /// a temporary folder, removed afterwards.
    static func fuzzyMatches(_ memory: TranslationMemory, memoryPath: String?) throws -> [String: [ReviewMatch]] {
        let untranslated = memory.files.flatMap { file in
            file.units.flatMap { unit in
                unit.segments.filter { TodoRun.reason($0, language: memory.targetLanguage) == .untranslated }
                    .map { (ReviewMatch.key(file: file.id, unit: unit.id, segment: $0.id), $0.sourceText) }
            }
        }
        guard !untranslated.isEmpty else { return [:] }
        let index: MatchIndex
        var temporary: String?
        defer { if let temporary { try? FileManager.default.removeItem(atPath: temporary) } }
        if let memoryPath {
            index = try MatchIndex.forMemory(at: memoryPath, memory: memory)
        } else {
            let folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("dari-report-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))").path
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw AtomicFile.WriteError(path: folder, reason: "the temporary folder for the match index cannot be made")
            }
            temporary = folder
            index = try MatchIndex.build(MatchIndex.entries(of: memory), at: folder + "/matches.sqlite", memoryStamp: "")
        }
        var matches: [String: [ReviewMatch]] = [:]
        // The same sentence untranslated on many pages is looked up once.
        var known: [String: [ReviewMatch]] = [:]
        for (key, text) in untranslated {
            if let found = known[text] {
                if !found.isEmpty { matches[key] = found }
                continue
            }
            let found = try index.lookup(text, language: memory.sourceLanguage, limit: 3).map {
                ReviewMatch(percent: $0.percent, text: $0.entry.text, translation: $0.entry.translation, origin: $0.entry.origin)
            }
            known[text] = found
            if !found.isEmpty { matches[key] = found }
        }
        return matches
    }

    /// The name the review is titled with: the site folder's or memory's name.
    static func title(of path: String) -> String {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        let name = (trimmed as NSString).lastPathComponent
        return name.isEmpty || name == "." ? (FileManager.default.currentDirectoryPath as NSString).lastPathComponent : name
    }
}
