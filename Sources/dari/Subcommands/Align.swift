import ArgumentParser
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

            Benchmark mode: 'dari align --segmented KO.txt EN.txt' aligns two files \
            of one sentence per line and prints beads ('[0, 1]:[0]', '[2]:[]').
            """
    )

    @Argument(help: "The site folder (site mode), or the Korean and English sentence files (with --segmented).")
    var paths: [String]

    @Flag(help: "Read one sentence per line from KO.txt and EN.txt instead of a site.")
    var segmented = false

    @Option(help: "With --segmented: 'beads' (vecalign format) or 'tsv' (score, Korean, English).")
    var format: BeadFormat = .beads

    @Option(name: .shortAndLong, help: "Where to write the memory (default: SITE/memory.xlf; '-' for standard output).")
    var output: String?

    @Option(help: "The source language root inside the site folder (default: the first of ko, kr, kor, ko-kr, korean there).")
    var sourceRoot: String?

    @Option(help: "The target language root inside the site folder (default: the first of en, eng, en-us, en-gb, english there).")
    var targetRoot: String?

    @Option(help: ArgumentHelp(
        "Switch signals off, to measure what each adds: a comma-separated list of length, numbers, latin, names, punctuation, lexical, dictionary.",
        valueName: "signals"))
    var without: String?

    @Option(help: "A word-association file (ko<TAB>en lines, see Scripts/train-lexicon.py) instead of the bundled one; the bundled dictionary is still used (--without dictionary drops it).")
    var lexicon: String?

    @Flag(help: "Do not list what has no counterpart.")
    var quiet = false

    enum BeadFormat: String, ExpressibleByArgument, CaseIterable {
        case beads, tsv
    }

    func validate() throws {
        _ = try signals()
        if segmented {
            guard paths.count == 2 else {
                throw ValidationError("--segmented needs two files: the Korean and the English sentences, one per line.")
            }
            guard output == nil, sourceRoot == nil, targetRoot == nil else {
                throw ValidationError("-o, --source-root and --target-root are for site mode; drop them with --segmented.")
            }
        } else {
            guard paths.count == 1 else {
                throw ValidationError("Name one site folder (it holds ko/ and en/), or pass --segmented KO.txt EN.txt.")
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
        let source = try InputText.read(paths[0]).sentenceLines
        let target = try InputText.read(paths[1]).sentenceLines
        let beads = try sentenceAligner(glossary: nil).align(source: source, target: target)
        var text = ""
        for bead in beads {
            switch format {
            case .beads:
                text += bead.vecalignLine + "\n"
            case .tsv:
                let korean = bead.source.map { source[$0] }.joined(separator: " ")
                let english = bead.target.map { target[$0] }.joined(separator: " ")
                text += XLIFF21Writer.formatScore(bead.score) + "\t" + korean + "\t" + english + "\n"
            }
        }
        FileHandle.standardOutput.write(Data(text.utf8))
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
    private func sentenceAligner(glossary: Glossary?) throws -> SentenceAligner {
        let (configuration, useDictionary) = try signals()
        let associations = try lexicon.map { try BilingualLexicon(contentsOf: $0) } ?? BilingualLexicon.bundledAssociations
        let dictionary = useDictionary ? BilingualLexicon.bundledDictionary : nil
        let words = associations?.merging(dictionary) ?? dictionary
        return SentenceAligner(configuration: configuration, glossary: glossary, lexicon: words)
    }

    private func alignSite() throws {
        let site = try Site(folder: paths[0], sourceRoot: sourceRoot, targetRoot: targetRoot)
        // The glossary `dari check` would use (in the site folder or next to
        // it) is also the aligner's dictionary, so both see the same memory.
        let glossary = try CheckRun.defaultFile("Glossary", for: paths[0], isSite: true)
            .map { try GlossaryReader.read(fileAt: $0).0 }
        let result = try SiteAligner(sentenceAligner: sentenceAligner(glossary: glossary)).align(site)
        for diagnostic in result.diagnostics { Diagnostics.print(diagnostic) }
        let destination = output ?? Site.join(paths[0], "memory.xlf")
        if destination == "-" {
            FileHandle.standardOutput.write(Data(try XLIFF21Writer.render(result.memory)))
        } else {
            try result.writeMemory(to: destination)
        }
        if !quiet {
            for line in result.summary { Diagnostics.printError(line) }
            if destination != "-" { Diagnostics.printError("wrote \(destination)") }
        }
    }
}

private extension String {
    /// One sentence per line; a trailing newline does not make an empty sentence.
    ///
    /// Split on bytes, not `Character`s: "\r\n" is one `Character`, so a
    /// character split would read a Windows file as a single sentence (and
    /// grapheme breaking is slow on a long text).
    var sentenceLines: [String] {
        var lines = utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line[...], as: UTF8.self)
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
