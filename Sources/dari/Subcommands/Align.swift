import ArgumentParser
import DariModel
import DariPipeline
import Foundation

struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Align the two language versions of a site into an XLIFF 2.1 translation memory.",
        discussion: """
            Site mode: 'dari align SITE' finds SITE/ko and SITE/en, pairs the pages \
            (dari.json mapping, hreflang links, mirrored paths), aligns their blocks \
            and sentences, and writes SITE/memory.xlf (or -o PATH) atomically. \
            Pages, blocks and sentences with no counterpart are listed on standard error.

            Page-pair mode: 'dari align PAGE_A PAGE_B' aligns two pages that translate \
            each other (any format; their languages come from their lang, else their \
            script) and prints the memory (or writes -o PATH).

            Benchmark mode: 'dari align --segmented KO.txt EN.txt' aligns two files \
            of one sentence per line and prints beads ('[0, 1]:[0]', '[2]:[]').
            """
    )

    @Argument(help: "The site folder (site mode), two pages (page-pair mode), or the Korean and English sentence files (with --segmented).")
    var paths: [String]

    @Flag(help: "Read one sentence per line from KO.txt and EN.txt instead of a site.")
    var segmented = false

    @Option(help: "With --segmented: 'beads' (vecalign format) or 'tsv' (score, Korean, English).")
    var format: SegmentedAlignRequest.Format = .beads

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Where to write the memory (default: SITE/memory.xlf; '-' for standard output).", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp(
        "The previous memory, to give each segment its state since then (default: the memory this run replaces, SITE/memory.xlf).",
        valueName: "file"))
    var memory: String?

    @OptionGroup var roots: SiteRootOptions

    @Option(help: ArgumentHelp(
        "Switch signals off, to measure what each adds: a comma-separated list of length, numbers, latin, names, punctuation, lexical, dictionary.",
        valueName: "signals"))
    var without: String?

    @Option(help: "A word-association file (ko<TAB>en lines, see Scripts/train-lexicon.py) instead of the bundled one; the bundled dictionary is still used (--without dictionary drops it).")
    var lexicon: String?

    @Flag(help: "Do not list what has no counterpart.")
    var quiet = false

    func validate() throws {
        _ = try signals()
        if segmented {
            guard paths.count == 2 else {
                throw ValidationError("--segmented needs two files: the Korean and the English sentences, one per line.")
            }
            guard output == nil, memory == nil, roots.isEmpty, roots.source == nil else {
                throw ValidationError("-o, --memory, --source, --source-root and --target-root are for site mode; drop them with --segmented.")
            }
        } else {
            guard paths.count == 1 || paths.count == 2 else {
                throw ValidationError("Name one site folder (it holds ko/ and en/), two pages, or pass --segmented KO.txt EN.txt.")
            }
            guard paths.count == 1 || roots.isEmpty else {
                throw ValidationError("--source-root and --target-root name folders inside a site; drop them for a page pair.")
            }
        }
    }

    func run() throws {
        try Diagnostics.exitOnError {
            if segmented {
                try alignSegmented()
            } else {
                try alignSite()
            }
        }
    }

    private func alignSegmented() throws {
        let request = SegmentedAlignRequest(sourcePath: paths[0], targetPath: paths[1], format: format,
                                            aligner: try alignerOptions())
        try OutputWriter.writeStandardOutput(try AlignRun.run(request))
    }

    /// The signals `--without` leaves on, and whether the bundled dictionary is used.
    private func signals() throws -> (AlignmentConfiguration, useDictionary: Bool) {
        var signals: [AlignmentSignal] = []
        for name in (without ?? "").split(separator: ",") {
            let name = name.trimmingCharacters(in: .whitespaces)
            guard let signal = AlignmentSignal(rawValue: name) else {
                throw ValidationError("Unknown signal '\(name)'; use \(AlignmentSignal.allNames).")
            }
            signals.append(signal)
        }
        let configuration = AlignmentConfiguration().without(signals)
        return (configuration, configuration.useDictionary)
    }

    /// The sentence aligner the options ask for, in either mode.
    private func alignerOptions() throws -> AlignerOptions {
        let (configuration, useDictionary) = try signals()
        return AlignerOptions(configuration: configuration, useDictionary: useDictionary, lexiconPath: lexicon)
    }

    private func alignSite() throws {
        let outcome = try AlignRun.run(AlignRequest(site: paths[0], roots: roots.roots, output: output,
                                                    aligner: alignerOptions(), showsProgress: true,
                                                    pairedPage: paths.count == 2 ? paths[1] : nil,
                                                    previousMemory: memory))
        for diagnostic in outcome.diagnostics { Diagnostics.print(diagnostic) }
        if !quiet {
            for line in outcome.summary { Diagnostics.printError(line) }
            for removed in outcome.removed {
                Diagnostics.printError("\(removed.location): \(removed.segmentCount) sentence(s) removed since the previous memory")
            }
            if case let .file(path) = outcome.destination { Diagnostics.printError("wrote \(path)") }
        }
    }
}
