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

    public init(check: CheckRequest, output: String) {
        self.check = check
        self.output = output
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
        let site = ReviewSite(memory: memory, findings: outcome.findings, urls: configuration?.urls ?? [:])
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
            try AtomicFile.write(Array(ReviewDocument.singleFile(site, title: title).utf8), to: request.output)
            written.append(request.output)
        }
        return ReportOutcome(files: written, pages: site.pages.count, segments: site.pages.reduce(0) { $0 + $1.rows.count },
                             findings: outcome.findings.count, diagnostics: outcome.diagnostics)
    }

    /// The name the review is titled with: the site folder's or memory's name.
    static func title(of path: String) -> String {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        let name = (trimmed as NSString).lastPathComponent
        return name.isEmpty || name == "." ? (FileManager.default.currentDirectoryPath as NSString).lastPathComponent : name
    }
}
