import DariAlignment
import DariGlossary
import DariMemory
import DariModel
import DariSite

/// The sentence aligner a run asks for: signals, word lists and glossary.
public struct AlignerOptions: Sendable {
    /// Which signals are on, and their weights (`--without`).
    public var configuration: AlignmentConfiguration
    /// Whether the bundled dictionary is used (`--without dictionary`).
    public var useDictionary: Bool
    /// `--lexicon`: a word-association file instead of the bundled one.
    public var lexiconPath: String?

    public init(configuration: AlignmentConfiguration = AlignmentConfiguration(), useDictionary: Bool = true,
                lexiconPath: String? = nil) {
        self.configuration = configuration
        self.useDictionary = useDictionary
        self.lexiconPath = lexiconPath
    }

    /// The aligner, with `glossary` as a dictionary of its own.
    /// - Throws: `LexiconError` when the lexicon file cannot be used.
    func sentenceAligner(glossary: Glossary?) throws -> SentenceAligner {
        let associations = try lexiconPath.map { try BilingualLexicon(contentsOf: $0) } ?? BilingualLexicon.bundledAssociations
        let dictionary = useDictionary ? BilingualLexicon.bundledDictionary : nil
        let words = associations?.merging(dictionary) ?? dictionary
        return SentenceAligner(configuration: configuration, glossary: glossary, lexicon: words)
    }
}

/// Which language a site was written in, and where its language roots are:
/// found by name (`ko`, `en`…) unless given.
public struct SiteRoots: Sendable, Equatable {
    /// `--source-root`: the original's root, relative to the site folder.
    public var source: String?
    /// `--target-root`: the translation's root, relative to the site folder.
    public var target: String?
    /// `--source`: the language the site was written in; nil: `dari.json`'s
    /// `source`, else Korean. For a memory, the language its source must be in.
    public var original: Language?

    public init(source: String? = nil, target: String? = nil, original: Language? = nil) {
        self.source = source
        self.target = target
        self.original = original
    }
}

/// What `dari align SITE` was asked to do.
public struct AlignRequest: Sendable {
    /// The site folder (it holds the language roots), or with `pairedPage` a page.
    public var site: String
    /// A page's translation (or original): `site` and this page are aligned
    /// as one page pair (`Site(pages:_:)`), the memory written to standard output unless `output` says otherwise.
    public var pairedPage: String?
    public var roots: SiteRoots
    /// `-o`: a file, or "-" for standard output; nil = SITE/memory.xlf.
    public var output: String?
    public var aligner: AlignerOptions
    /// A progress bar on standard error while the site is aligned (`ProgressBar`:
    /// only on a terminal, only for a long run).
    public var showsProgress: Bool
    /// `--memory`: the previous memory to compare with; nil = the memory
    /// this run replaces (`-o`, else SITE/memory.xlf) when there is one.
    public var previousMemory: String?

    public init(site: String, roots: SiteRoots = SiteRoots(), output: String? = nil,
                aligner: AlignerOptions = AlignerOptions(), showsProgress: Bool = false, pairedPage: String? = nil,
                previousMemory: String? = nil) {
        self.site = site
        self.pairedPage = pairedPage
        self.roots = roots
        self.output = output
        self.aligner = aligner
        self.showsProgress = showsProgress
        self.previousMemory = previousMemory
    }

    /// Where the memory goes.
    public var destination: Destination {
        Destination(output ?? (pairedPage == nil ? Site.join(site, "memory.xlf") : "-"))
    }
}

/// What aligning a site produced.
public struct AlignOutcome: Sendable {
    public var memory: TranslationMemory
    /// Warnings from reading the pages (malformed markup that was repaired).
    public var diagnostics: [Diagnostic]
    /// What has no counterpart, one line each (`SiteAligner.Result.summary`).
    public var summary: [String]
    public var destination: Destination
    /// What the previous memory had and this one has not (empty without a previous memory).
    public var removed: [RemovedText]
}

/// What `dari align --segmented` was asked to do: two files of one sentence per line.
public struct SegmentedAlignRequest: Sendable {
    /// How beads are printed.
    public enum Format: String, Sendable, CaseIterable {
        /// vecalign's `[0, 1]:[0]`.
        case beads
        /// score, source sentences, target sentences.
        case tsv
    }

    public var sourcePath: String
    public var targetPath: String
    public var format: Format
    public var aligner: AlignerOptions

    public init(sourcePath: String, targetPath: String, format: Format = .beads,
                aligner: AlignerOptions = AlignerOptions()) {
        self.sourcePath = sourcePath
        self.targetPath = targetPath
        self.format = format
        self.aligner = aligner
    }
}

/// `dari align`: a site into its memory, or two sentence files into beads.
public enum AlignRun {
    /// Aligns the site and writes its memory (`MemoryStores`, or standard output).
    ///
    /// The glossary `dari check` would use (in the site folder or next to
    /// it) is also the aligner's dictionary, so both see the same memory.
    /// - Throws: `SiteError`, `ConfigurationError`, `GlossaryError`,
    ///   `LexiconError`, the page reader's error, `MemoryWriteError`.
    public static func run(_ request: AlignRequest) throws -> AlignOutcome {
        let destination = request.destination
        // A memory path that would be refused is refused before the alignment, not after it.
        if case let .file(path) = destination { try MemoryStores.store(at: path).checkWritable() }
        let isSite = request.pairedPage == nil
        let configuration = try DefaultFiles.configuration(named: nil, near: request.site, isSite: isSite)
        let site = try request.pairedPage.map { try Site(pages: request.site, $0, original: request.roots.original,
                                                         configuration: configuration) }
            ?? Site(folder: request.site, original: request.roots.original, sourceRoot: request.roots.source,
                    targetRoot: request.roots.target, configuration: configuration)
        let glossaryPath = DefaultFiles.find(DefaultFiles.glossary, near: request.site, isSite: isSite)
        let glossary = try glossaryPath.map { try GlossaryReader.read(fileAt: $0).0 }
        // A page pair has no memory of its own unless -o or --memory names one.
        let previous = try PreviousMemory.load(
            explicit: request.previousMemory,
            fallback: destination.filePath ?? (isSite ? Site.join(request.site, "memory.xlf") : nil))
        let settings = try PreviousMemory.settings(request.aligner, glossaryPath: glossaryPath,
                                                   configuration: configuration)
        let bar = request.showsProgress ? ProgressBar.onStandardError() : nil
        let aligner = try request.aligner.sentenceAligner(glossary: glossary)
        var result = try SiteAligner(sentenceAligner: aligner)
            .align(site, progress: bar?.reporter, reusing: previous?.reuse(settings: settings),
                   keepingCache: destination.filePath != nil)
            .oriented(for: site)
        bar?.finish()
        var removed: [RemovedText] = []
        if let previous { (result.memory, removed) = previous.compare(result.memory, site: site, aligner: aligner) }
        switch destination {
        case .standardOutput:
            let output = ByteSink.standardOutput()
            try XLIFF21Writer.write(result.memory) { try output.write($0) }
            try output.flush()
        case let .file(path):
            try MemoryStores.store(at: path).write(result.memory)
            // The cache names the memory by its bytes, as written.
            if let written = AlignmentCache.hash(fileAt: path) {
                AlignmentCache(settings: settings, memoryHash: written, pages: result.cachePages).write(forMemory: path)
            }
        }
        return AlignOutcome(memory: result.memory,
                            diagnostics: (site.generatorLanguage.map { [$0.note(site: request.site)] } ?? []) + result.diagnostics,
                            summary: result.summary,
                            destination: destination, removed: removed)
    }

    /// Aligns two files of one sentence per line and renders the beads.
    /// - Throws: `FileReadError`, `LexiconError`.
    public static func run(_ request: SegmentedAlignRequest) throws -> String {
        let source = InputText.lines(try InputText.read(request.sourcePath))
        let target = InputText.lines(try InputText.read(request.targetPath))
        let beads = try request.aligner.sentenceAligner(glossary: nil).align(source: source, target: target)
        var text = ""
        for bead in beads {
            switch request.format {
            case .beads:
                text += bead.vecalignLine + "\n"
            case .tsv:
                let korean = bead.source.map { source[$0] }.joined(separator: " ")
                let english = bead.target.map { target[$0] }.joined(separator: " ")
                text += XLIFF21Writer.formatScore(bead.score) + "\t" + korean + "\t" + english + "\n"
            }
        }
        return text
    }
}
