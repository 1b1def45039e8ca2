import ArgumentParser
import DariModel
import DariPipeline

/// `-o/--output`, the same on every subcommand that writes a file.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write; '-' for standard output.", valueName: "file"))
    var output: String?
}

/// Which language a site was written in and where its language roots are,
/// for every subcommand that reads a site.
struct SiteRootOptions: ParsableArguments {
    @Option(help: "The language the site was written in, the memory's source (default: dari.json's \"source\", else the site generator's default language, else ko).")
    var source: Language?

    @Option(help: "The original's root inside the site folder (default: the first of ko, kr, kor, ko-kr, korean there for Korean; of en, eng, en-us, en-gb, english for English).")
    var sourceRoot: String?

    @Option(help: "The translation's root inside the site folder (default: found by name, as for --source-root).")
    var targetRoot: String?

    var roots: SiteRoots { SiteRoots(source: sourceRoot, target: targetRoot, original: source) }

    /// True when no root is named (`--source` alone also applies to a memory).
    var isEmpty: Bool { sourceRoot == nil && targetRoot == nil }
}
