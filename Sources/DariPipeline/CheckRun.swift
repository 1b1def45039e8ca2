import DariAlignment
import DariChecks
import DariGlossary
import DariMemory
import DariModel
import DariReports
import DariSite
import Foundation

/// What `dari check` was asked to do.
public struct CheckRequest: Sendable {
    /// An XLIFF memory (2.x or 1.2), a site folder (with ko/ and en/), or
    /// with `pairedPage` a page.
    public var path: String
    /// A page's translation (or original): `path` and this page are checked
    /// as one page pair, whatever their formats (`Site(pages:_:)`).
    public var pairedPage: String?
    /// `--glossary`: a TBX/CSV file or a folder of them; nil = look for `Glossary/`.
    public var glossaryPath: String?
    /// `--config`: nil = look for `dari.json`.
    public var configPath: String?
    /// `--baseline`: findings it lists are not reported.
    public var baselinePath: String?
    /// `--disable`: check ids turned off on top of the configuration.
    public var disabled: [String]
    /// For a site: where its language roots are.
    public var roots: SiteRoots
    /// For a site: a progress bar on standard error while it is aligned
    /// (`ProgressBar`: only on a terminal, only for a long run).
    public var showsProgress = false
    /// For a site, `--memory`: the previous memory its states are taken
    /// against; nil = SITE/memory.xlf when there is one.
    public var previousMemory: String?
    /// Whether the memory's pages and translated blocks are counted for a
    /// work summary (`CheckOutcome.tally`); false for a report that shows
    /// none (`ReportFormat.showsWorkSummary`), which then skips the count.
    public var countsWork = true

    public init(path: String, glossaryPath: String? = nil, configPath: String? = nil, baselinePath: String? = nil,
                disabled: [String] = [], roots: SiteRoots = SiteRoots(), pairedPage: String? = nil) {
        self.path = path
        self.pairedPage = pairedPage
        self.glossaryPath = glossaryPath
        self.configPath = configPath
        self.baselinePath = baselinePath
        self.disabled = disabled
        self.roots = roots
    }
}

/// What a check run found.
public struct CheckOutcome: Sendable {
    /// The findings to report: sorted, baseline applied.
    public var findings: [Finding]
    /// Every finding before the baseline (what `--write-baseline` records).
    public var allFindings: [Finding]
    /// How many findings the baseline accepted.
    public var baselined: Int
    /// The checks that ran, in registry order.
    public var checks: [any Check.Type]
    /// Warnings met while reading the glossary (not findings).
    public var diagnostics: [Diagnostic]
    /// The glossary file or folder used, nil when there was none.
    public var glossaryPath: String?
    /// How many memory units were checked.
    public var unitCount: Int
    /// The memory's pages and translated blocks, for the work summary; nil
    /// when the request did not ask for them (`CheckRequest.countsWork`).
    public var tally: MemoryTally?
}

/// `dari check`: read the memory (or build it from a site), the glossary,
/// the configuration and the baseline; run the checks.
public enum CheckRun {
    /// Runs the checks `request` names.
    /// - Throws: `FileReadError` (missing path), `SiteError`,
    ///   `ConfigurationError`, `MemoryReadError`, `GlossaryError`,
    ///   `CheckError`: each a `DariError` with its location and exit status.
    ///
    /// A site with a previous memory is checked incrementally when a full
    /// run left its `CheckCache`: only the page pairs that changed since are
    /// read, aligned and checked again (`IncrementalCheck`), with the
    /// findings a full run gives.
    public static func run(_ request: CheckRequest) throws -> CheckOutcome {
        let (outcome, memory, _) = try checked(request, incremental: true)
        // Freeing a large memory here took a tenth of a second on this thread
        // before the report could start, with the other core idle.
        Discard.later(memory)
        return outcome
    }

    /// `run`, keeping the memory that was checked and the configuration file
    /// read (`dari report` shows the memory with its findings).
    static func checked(_ request: CheckRequest) throws
        -> (outcome: CheckOutcome, memory: TranslationMemory, configuration: ConfigurationFile?) {
        let (outcome, memory, configuration) = try checked(request, incremental: false)
        // Only an incremental run goes without the whole memory.
        return (outcome, memory!, configuration)
    }

    /// `run`; with `incremental`, the memory is nil when the run took the
    /// incremental path and so never held the whole memory.
    static func checked(_ request: CheckRequest, incremental: Bool) throws
        -> (outcome: CheckOutcome, memory: TranslationMemory?, configuration: ConfigurationFile?) {
        guard InputFile.exists(request.path) else { throw FileReadError.notFound(path: request.path) }
        let isSite = InputFile.isFolder(request.path)

        let file = try DefaultFiles.configuration(named: request.configPath, near: request.path, isSite: isSite)
        var configuration = try file.map { try CheckConfiguration($0) } ?? CheckConfiguration()
        for id in request.disabled {
            guard CheckRegistry.check(withID: id) != nil else {
                throw CheckError.unknownCheck(file: CheckError.commandLine, line: 0, id: id,
                                              suggestion: CheckRegistry.suggestion(for: id))
            }
            configuration.disabled.insert(id)
        }

        var glossary: Glossary?
        var diagnostics: [Diagnostic] = []
        let glossaryPath = request.glossaryPath ?? DefaultFiles.find(DefaultFiles.glossary, near: request.path, isSite: isSite)
        if glossaryPath == nil {
            // Say so: otherwise the glossary checks are skipped without a word.
            diagnostics.append(Diagnostic(
                severity: .note, location: SourceLocation(file: request.path, line: 0),
                message: "no Glossary/ folder here or next to it, so the glossary checks do not run; "
                    + "add one (TBX or CSV, see docs/configuration.md) or name it with --glossary"))
        }
        if let glossaryPath {
            (glossary, diagnostics) = try GlossaryReader.read(fileAt: glossaryPath)
        }

        var memory: TranslationMemory
        let memoryPath: String?
        var removed: [RemovedText] = []
        let checker = Checker(configuration: configuration)
        // Fingerprints name files relative to the site root. A memory's page
        // paths already are (`ko/about.html`); its own lines are relative to its folder.
        func relative(_ findings: [Finding]) -> [Finding] {
            // Two pages are named as the user named them, and fingerprinted so.
            if request.pairedPage != nil { return findings }
            if isSite { return findings.map { $0.relative(toSite: request.path) } }
            // Found once, not per finding (a large memory has tens of thousands), and only
            // for a memory: Foundation traps on a site spelled "." (`deletingLastPathComponent`).
            // The memory's own name under it too: nearly every finding is on the memory.
            let memoryFolder = (request.path as NSString).deletingLastPathComponent
            let memoryName = findings.first { $0.location.file == request.path }?.relative(toSite: memoryFolder)
                .siteRelativeFile
            return findings.map { finding in
                guard finding.location.file == request.path else { return finding }
                var relative = finding
                relative.siteRelativeFile = memoryName
                return relative
            }
        }
        func outcome(_ findings: [Finding], unitCount: Int, tally: MemoryTally?) throws -> CheckOutcome {
            var reported = findings
            var baselined = 0
            if let baselinePath = request.baselinePath {
                (reported, baselined) = try Baseline.load(fileAt: baselinePath).newFindings(findings)
            }
            return CheckOutcome(findings: reported, allFindings: findings, baselined: baselined,
                                checks: checker.enabledChecks, diagnostics: diagnostics, glossaryPath: glossaryPath,
                                unitCount: unitCount, tally: tally)
        }
        // For a site with a previous memory: what lets the next run be incremental.
        var cache: IncrementalCheck?
        var pageHashes: [String: String] = [:]
        var previousMemory: TranslationMemory?
        var previousHash: String?
        var previousStamp: FileStamp?
        var recordedBytes: [UInt8] = []
        if isSite || request.pairedPage != nil {
            let site = try request.pairedPage.map { try Site(pages: request.path, $0, original: request.roots.original,
                                                             configuration: file) }
                ?? Site(folder: request.path, original: request.roots.original, sourceRoot: request.roots.source,
                        targetRoot: request.roots.target, configuration: file)
            if let generator = site.generatorLanguage { diagnostics.append(generator.note(site: request.path)) }
            // A page pair has no memory of its own unless --memory names one.
            let previousPath = PreviousMemory.path(explicit: request.previousMemory,
                                                   fallback: isSite ? Site.join(request.path, "memory.xlf") : nil)
            let settings = try PreviousMemory.settings(AlignerOptions(), glossaryPath: glossaryPath,
                                                       configuration: file)
            let aligner = SentenceAligner(glossary: glossary)
            if isSite, let previousPath, InputFile.isRegularFile(previousPath) {
                let disabled = request.disabled, request = request
                cache = IncrementalCheck(site: site, memoryPath: previousPath, alignmentSettings: settings, key: { memoryHash in
                                             IncrementalCheck.key(alignmentSettings: settings, configuration: file,
                                                                  disabled: disabled, request: request,
                                                                  original: site.original, memoryHash: memoryHash)
                                         },
                                         checker: checker, glossary: glossary, aligner: aligner)
            }
            if incremental, let cache, let found = try cache.run() {
                let findings = checker.finish(relative(found.findings.flatMap { $0 }), pages: found.pages)
                return (try outcome(findings, unitCount: found.unitCount, tally: request.countsWork ? found.tally : nil),
                        nil, file)
            }
            // Read here, not before: the incremental run reads only what it needs of the memory.
            // Its stamp is taken first: if the file changes while it is read, the next run sees another stamp.
            previousStamp = previousPath.flatMap { FileStamp(path: $0) }
            let previousBytes = try previousPath.map { try InputFile.bytes(at: $0) }
            previousHash = previousBytes.map(AlignmentCache.hash)
            recordedBytes = previousBytes ?? []
            let previous = try previousPath.map { try PreviousMemory.load(path: $0, bytes: previousBytes!, hash: previousHash) }
            let bar = request.showsProgress ? ProgressBar.onStandardError() : nil
            let result = try SiteAligner(sentenceAligner: aligner)
                .align(site, progress: bar?.reporter, reusing: previous?.reuse(settings: settings),
                       keepingCache: cache != nil)
                .oriented(for: site)
            memory = result.memory
            pageHashes = result.cachePages.mapValues(\.hash)
            bar?.finish()
            if let previous {
                (memory, removed) = previous.compare(memory, site: site, aligner: aligner)
                previousMemory = previous.memory
            }
            memoryPath = nil
        } else {
            memory = try MemoryStores.store(at: request.path).read()
            memoryPath = request.path
            // A memory names its own source; one that contradicts what the user said was aligned the other way.
            if let expected = request.roots.original ?? file?.sourceLanguage, memory.sourceLanguage != expected {
                let said = request.roots.original != nil ? "--source \(expected.tag)" : file.map(\.path) ?? "dari.json"
                throw CheckError.sourceMismatch(memory: request.path, source: memory.sourceLanguage, expected: expected,
                                                said: said)
            }
        }

        let input = CheckInput(memory: memory, glossary: glossary, memoryPath: memoryPath, removed: removed)
        // The work summary's tally reads only the memory: counted on a thread of
        // its own while the checks run, not on this one after them.
        let counted = memory
        let tally = request.countsWork ? Background { MemoryTally(counted) } : nil
        let perCheck = checker.findings(of: input)
        if let cache, let previousMemory {
            cache.record(input, findings: perCheck, previous: previousMemory, memoryBytes: recordedBytes,
                         memoryHash: previousHash!, memoryStamp: previousStamp, pagesHashes: pageHashes)
        }
        let findings = checker.finish(relative(perCheck.flatMap { $0 }), pages: PageFolders(memory.files))
        // The segments' texts, the shared passes' values and each check's own
        // list of findings: freed on another thread (see `run`).
        Discard.later((input, perCheck))
        return (try outcome(findings, unitCount: memory.files.reduce(0) { $0 + $1.units.count }, tally: tally?.value),
                memory, file)
    }
}

extension CheckRun {
    /// The report of `outcome` as `format`. In GitHub Actions the text
    /// report also carries the workflow annotations, so findings show on
    /// the pull request without a second step. `summaryAtEnd` (for a
    /// terminal) puts the text report's work summary last, where it stays on screen.
    public static func report(_ outcome: CheckOutcome, as format: ReportFormat, colour: Bool,
                              inGitHubActions: Bool, summaryAtEnd: Bool = false) -> String {
        let context = ReportContext(checks: outcome.checks, colour: colour, baselined: outcome.baselined,
                                    tally: outcome.tally, summaryAtEnd: summaryAtEnd)
        var report = ReportRenderer.render(outcome.findings, as: format, context: context)
        if inGitHubActions && format == .text {
            report += GitHubAnnotations.render(outcome.findings)
        }
        return report
    }

    /// The workflow annotations of `outcome` (`::error file=…`).
    public static func annotations(_ outcome: CheckOutcome) -> String {
        GitHubAnnotations.render(outcome.findings)
    }

    /// One line for stderr when the report went to a file: the counts.
    public static func summary(_ outcome: CheckOutcome) -> String {
        TextReport.summary(outcome.findings, baselined: outcome.baselined)
    }

    /// The baseline file that accepts every finding of `outcome`.
    public static func baseline(_ outcome: CheckOutcome) -> String {
        Baseline.render(outcome.allFindings)
    }
}

/// Values dropped on a thread of their own: freeing a large memory (its
/// units, their strings, the checks' records) is serial work the caller
/// need not wait for.
private enum Discard {
    static func later<Value>(_ value: Value) {
        let box = Box(value)
        Thread.detachNewThread { box.drop() }
    }

    /// Holds the value until the thread drops it (only that thread touches it after `later`).
    private final class Box<Held>: @unchecked Sendable {
        private var value: Held?
        init(_ value: Held) { self.value = value }
        func drop() { value = nil }
    }
}

/// A value computed on a thread of its own, waited for when read. Not
/// `Concurrently.run`: that is `concurrentPerform`, and the checks run in a
/// `concurrentPerform` of their own, which libdispatch narrows when nested.
private final class Background<Value: Sendable>: @unchecked Sendable {
    // Written once by the thread, before `done` is signalled; read after waiting for it.
    private var computed: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ compute: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            computed = compute()
            done.signal()
        }
    }

    /// The value, once computed.
    var value: Value {
        done.wait()
        defer { done.signal() }
        return computed!
    }
}
