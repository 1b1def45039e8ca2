// swift-tools-version:6.0
// libFuzzer targets for dari's parsers, one per input format. A package of
// its own so the normal `swift build` and `swift test` never see them.
//
// Build and run them with Scripts/fuzz.sh: it passes the sanitizer and
// coverage flags for every module (so coverage reaches into dari's code,
// not just these few lines) and links libFuzzer. See README.md.
import PackageDescription

/// One executable per parser; its main.swift calls `fuzz { bytes in … }`.
///
/// The façade `DariPipeline` does not re-export the stages, so each target
/// imports the module of the parser it feeds (`DariMemory`, `DariSite`, …).
/// They come with the `DariPipeline` product, which is built from every
/// stage: dari needs no product per stage only for fuzzing.
func fuzzTarget(_ name: String) -> Target {
    .executableTarget(name: name, dependencies: ["FuzzSupport", .product(name: "DariPipeline", package: "dari")])
}

let package = Package(
    name: "dari-fuzz",
    dependencies: [.package(name: "dari", path: "..")],
    targets: [
        .target(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer"]),
        fuzzTarget("FuzzHTML"),
        fuzzTarget("FuzzXLIFF2"),
        fuzzTarget("FuzzXLIFF12"),
        fuzzTarget("FuzzTBX"),
        fuzzTarget("FuzzCSV"),
        fuzzTarget("FuzzConfig"),
        fuzzTarget("FuzzMarkdown"),
    ],
    swiftLanguageModes: [.v6]
)
