// swift-tools-version:6.0
// dari — Korean/English translation memory for bilingual websites.
//
// Package.swift is the data-flow diagram: each pipeline stage is a target that
// may only import the stages before it, so a backward dependency won't compile.
//
//   CICU ─ DariICU ┐                     ┌ DariGlossary ┐
//   CLibXML2 ─ DariXML ┴ DariExtraction ─ DariSegmentation ┴ DariPipeline ─ dari
//
// Under every stage: DariModel (the values that flow) and DariText (how each
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
    ],
    targets: [
        // C at the edges. Only DariICU imports CICU; only DariXML imports CLibXML2.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "DariICU", dependencies: ["CICU"]),
        .target(name: "DariXML", dependencies: ["CLibXML2", "DariModel"]),

        // Value types that cross stage boundaries.
        .target(name: "DariModel"),
        // How Korean and English write numbers and scripts: read by the
        // aligner (numbers as evidence) and by the checks (numbers that differ).
        .target(name: "DariText"),

        // Pipeline stages, in data-flow order.
        .target(name: "DariExtraction", dependencies: ["DariModel", "DariXML", "DariICU"]),
        .target(name: "DariSegmentation", dependencies: ["DariModel", "DariICU"]),
        .target(name: "DariGlossary", dependencies: ["DariModel", "DariXML", "DariICU"]),
        .target(
            name: "DariAlignment",
            dependencies: ["DariModel", "DariText", "DariICU", "DariGlossary"],
            resources: [.copy("Resources/lexicon-ko-en.tsv"), .copy("Resources/dictionary-ko-en.tsv")]
        ),
        .target(name: "DariMemory", dependencies: ["DariModel", "DariXML"]),
        .target(name: "DariChecks", dependencies: ["DariModel", "DariText", "DariMemory", "DariGlossary", "DariICU"]),
        .target(name: "DariReports", dependencies: ["DariModel", "DariChecks"]),
        .target(
            name: "DariPipeline",
            dependencies: [
                "DariModel", "DariExtraction", "DariSegmentation", "DariGlossary", "DariAlignment", "DariMemory",
                "DariChecks", "DariReports",
            ]
        ),

        // The thin executable.
        .executableTarget(
            name: "dari",
            dependencies: [
                "DariPipeline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .target(name: "DariTestSupport", dependencies: ["DariModel"]),

        .testTarget(name: "DariICUTests", dependencies: ["DariICU"]),
        .testTarget(name: "DariTextTests", dependencies: ["DariText"]),
        .testTarget(name: "DariXMLTests", dependencies: ["DariXML", "DariTestSupport"]),
        .testTarget(name: "DariAlignmentTests", dependencies: ["DariAlignment", "DariGlossary", "DariTestSupport"]),
        .testTarget(name: "DariPipelineTests", dependencies: ["DariPipeline", "DariXML", "DariTestSupport"]),
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
        .testTarget(name: "DariChecksTests", dependencies: ["DariChecks", "DariMemory", "DariGlossary", "DariTestSupport"]),
        .testTarget(
            name: "DariReportsTests", dependencies: ["DariReports", "DariChecks", "DariXML", "DariTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "dariTests", dependencies: ["DariTestSupport", "dari"]),
    ],
    swiftLanguageModes: [.v6]
)
