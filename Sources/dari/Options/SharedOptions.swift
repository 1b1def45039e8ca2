import ArgumentParser
import DariPipeline

/// `-o/--output`, the same on every subcommand that writes a file.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write; '-' for standard output.", valueName: "file"))
    var output: String?
}

/// Where a site's language roots are, for every subcommand that reads a site.
struct SiteRootOptions: ParsableArguments {
    @Option(help: "The source language root inside the site folder (default: the first of ko, kr, kor, ko-kr, korean there).")
    var sourceRoot: String?

    @Option(help: "The target language root inside the site folder (default: the first of en, eng, en-us, en-gb, english there).")
    var targetRoot: String?

    var roots: SiteRoots { SiteRoots(source: sourceRoot, target: targetRoot) }

    var isEmpty: Bool { sourceRoot == nil && targetRoot == nil }
}
