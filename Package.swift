// swift-tools-version:6.0
// dari — Korean/English translation memory for bilingual websites.
//
// Package.swift is the data-flow diagram: each pipeline stage is a target that
// may only import the stages before it, so a backward dependency won't compile.
//
//   target             imports (all also import DariModel)         turns … into …
//   DariICU            CICU                                        ICU: break iterators, NFC
//   DariXML            CLibXML2                                    libxml2: HTML/XML events, writer
//   DariExtraction     DariXML, DariICU                            an HTML page → Page (a PageReader)
//   DariMarkdown       CCmarkGFM, DariExtraction, Yams, TOMLKit    a Markdown page → Page (a PageReader)
//   DariSegmentation   DariICU                                     a block → sentences
//   DariGlossary       DariXML, DariICU                            TBX/CSV → Glossary
//   DariAlignment      DariText, DariICU, DariGlossary             pages, blocks, sentences → pairs
//   DariMemory         DariXML                                     TranslationMemory ↔ XLIFF 2.1/1.2, TMX
//   DariSite           DariExtraction, DariMarkdown,               a site folder → its TranslationMemory
//                      DariSegmentation, CAllocator,
//                      DariAlignment, DariMemory                   (page formats: PageReaders)
//   DariChecks         DariText, DariICU, DariGlossary, DariMemory a memory (+ glossary) → findings
//   DariReports        DariChecks                                  findings → text, JSONL, SARIF, JUnit, GitHub
//   DariReview         DariReports, DariMemory                     memory + findings → the HTML review page
//   DariPipeline       every stage above                           the façade: one run per subcommand
//   dari               DariPipeline                                options → one run → printed
//
//   CICU ─ DariICU ─────┬─ DariSegmentation ───────────────┐
//   CLibXML2 ─ DariXML ─┼─ DariExtraction ─────────────────┼─ DariSite ───┐
//                       ├─ DariGlossary ─ DariAlignment ───┤              ├─ DariPipeline ─ dari
//                       └─ DariMemory ─────────────────────┴─ DariChecks ─ DariReports ─┤
//                                                                          └─ DariReview ─┘
//
// Under every stage: DariModel (the values that flow, the file reader
// `InputFile`, the `DariError` protocol and exit statuses, `dari.json` as
// `ConfigurationFile`, the `PageReader` protocol) and DariText (how each
// language writes numbers and which script a character is in).
import PackageDescription

let package = Package(
    name: "dari",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dari", targets: ["dari"]),
        .library(name: "DariPipeline", targets: ["DariPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Front matter of Markdown pages (DariMarkdown only).
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // SQLite for the fuzzy-match index (DariMatches), a cache beside the memory.
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        // C at the edges. Only DariICU imports CICU; only DariXML imports CLibXML2.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        // Only DariSite imports CAllocator: malloc_trim, which Swift's Glibc module leaves out.
        .target(name: "CAllocator"),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Only DariMarkdown imports CCmarkGFM. The extensions library ships no
        // pkg-config file: module.modulemap links both libraries by name.
        .systemLibrary(
            name: "CCmarkGFM",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "DariICU", dependencies: ["CICU"]),
        .target(name: "DariXML", dependencies: ["CLibXML2", "DariModel"]),

        // Value types that cross stage boundaries.
        .target(name: "DariModel", dependencies: ["DariText"]),
        // What every stage knows about the two languages' text, written once:
        // scripts and white space, numbers, Korean particles and English
        // endings (the glossary's term matcher), and a stable hash for ids.
        .target(name: "DariText"),

        // Pipeline stages, in data-flow order.
        .target(name: "DariExtraction", dependencies: ["DariModel", "DariXML", "DariICU"]),
        .target(
            name: "DariMarkdown",
            dependencies: [
                "DariModel", "DariText", "DariICU", "DariExtraction", "CCmarkGFM",
                .product(name: "Yams", package: "Yams"), .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .target(name: "DariSegmentation", dependencies: ["DariModel", "DariText", "DariICU"]),
        .target(name: "DariGlossary", dependencies: ["DariModel", "DariText", "DariXML", "DariICU"]),
        .target(
            name: "DariAlignment",
            dependencies: ["DariModel", "DariText", "DariICU", "DariGlossary", "DariSegmentation"],
            resources: [
                .copy("Resources/lexicon-ko-en.tsv"), .copy("Resources/dictionary-ko-en.tsv"),
                .copy("Resources/software-ko-en.tsv"),
            ]
        ),
        .target(name: "DariMemory", dependencies: ["DariModel", "DariXML"]),
        .target(
            name: "DariSite",
            dependencies: [
                "DariModel", "DariText", "DariExtraction", "DariMarkdown", "DariSegmentation", "DariAlignment",
                "DariMemory", "CAllocator",
            ]
        ),
        // An index over the memory for fuzzy matches (a rebuildable cache, never the record).
        .target(
            name: "DariMatches",
            dependencies: ["DariModel", "DariText", "DariMemory", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(name: "DariChecks", dependencies: ["DariModel", "DariText", "DariMemory", "DariGlossary", "DariICU"]),
        .target(name: "DariReports", dependencies: ["DariModel", "DariXML", "DariMemory", "DariChecks"]),
        .target(name: "DariReview", dependencies: ["DariModel", "DariText", "DariMemory", "DariChecks", "DariReports"]),
        .target(
            name: "DariPipeline",
            dependencies: [
                "DariModel", "DariExtraction", "DariSegmentation", "DariGlossary", "DariAlignment", "DariMemory",
                "DariSite", "DariChecks", "DariReports", "DariReview", "DariMatches",
            ]
        ),

        // The thin executable.
        .executableTarget(
            name: "dari",
            dependencies: [
                "DariPipeline", "DariModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .target(name: "DariTestSupport", dependencies: ["DariModel", "DariText"]),

        .testTarget(name: "DariModelTests", dependencies: ["DariModel", "DariTestSupport"]),
        .testTarget(name: "DariICUTests", dependencies: ["DariICU"]),
        .testTarget(name: "DariTextTests", dependencies: ["DariText"]),
        .testTarget(name: "DariXMLTests", dependencies: ["DariXML", "DariTestSupport"]),
        .testTarget(
            name: "DariAlignmentTests", dependencies: ["DariAlignment", "DariGlossary", "DariTestSupport"], exclude: ["Golden"]),
        .testTarget(
            name: "DariSiteTests",
            dependencies: ["DariSite", "DariAlignment", "DariMemory", "DariModel", "DariXML", "DariTestSupport"]
        ),
        .testTarget(
            name: "DariPipelineTests",
            dependencies: ["DariPipeline", "DariSite", "DariAlignment", "DariMemory", "DariXML", "DariTestSupport"]
        ),
        .testTarget(
            name: "DariMemoryTests",
            dependencies: ["DariMemory", "DariXML", "DariTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "DariExtractionTests",
            dependencies: ["DariExtraction", "DariTestSupport"],
            exclude: ["Golden"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "DariSegmentationTests",
            dependencies: ["DariSegmentation", "DariExtraction", "DariTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "DariGlossaryTests",
            dependencies: ["DariGlossary", "DariTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "DariMarkdownTests",
            dependencies: ["DariMarkdown", "DariPipeline", "DariSite", "DariChecks", "DariMemory", "DariTestSupport"]
        ),
        .testTarget(name: "DariMatchesTests", dependencies: ["DariMatches", "DariMemory", "DariTestSupport",
                                                             .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "DariChecksTests", dependencies: ["DariChecks", "DariMemory", "DariGlossary", "DariTestSupport"]),
        .testTarget(
            name: "DariReportsTests", dependencies: ["DariReports", "DariChecks", "DariMemory", "DariXML", "DariTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "DariReviewTests",
            dependencies: ["DariReview", "DariReports", "DariChecks", "DariMemory", "DariPipeline", "DariTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "dariTests", dependencies: ["DariTestSupport", "dari"], exclude: ["Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)
