import DariModel
import DariTestSupport
import Foundation
import Testing
@testable import DariMemory

/// The files in Fixtures/, copied into the test bundle.
let fixtures = FixtureFolder(bundle: .module)

/// `sampleMemory()` plus what else the writers must carry: a page that
/// exists only in English, attribute and heading blocks, a kind dari does
/// not know, scores with three decimals, characters XML must escape,
/// tabs and a carriage return, a standalone code in a target, two codes
/// in one segment and a unit whose codes split over three segments.
func richMemory() -> TranslationMemory {
    var memory = sampleMemory()
    let unit = MemoryUnit(
        id: "u-img1-alt", kind: .attribute(name: "alt"),
        sourceLocation: SourceLocation(file: "ko/about.html", line: 41),
        targetLocation: SourceLocation(file: "en/about.html", line: 44),
        sourcePath: "html/body/main/img[1]@alt", targetPath: "html/body/main/img[1]@alt",
        segments: [MemorySegment(id: "s1", source: [.text("두만강 \"다리\" & <강>")],
                                 target: [.text("The \"bridge\" & <river>\tat\r dusk")],
                                 state: .reviewed, score: 1, shape: (1, 1))])
    let heading = MemoryUnit(
        id: "u-h2", kind: .heading(level: 2),
        sourceLocation: SourceLocation(file: "ko/about.html", line: 50),
        targetLocation: SourceLocation(file: "en/about.html", line: 52),
        sourcePath: "html/body/main/h2[1]", targetPath: "html/body/main/h2[1]",
        segments: [
            MemorySegment(id: "s1",
                          source: [.start(id: 1, element: "strong", original: "<strong class=\"x\">"), .text("하나"),
                                   .end(id: 1, element: "strong", original: "</strong>"),
                                   .standalone(id: 2, element: "img", original: "<img src=\"a.png\" alt=\"\">"),
                                   .start(id: 3, element: "span", original: "<span>"), .text("둘.")],
                          target: [.start(id: 1, element: "strong", original: "<strong class=\"x\">"), .text("One"),
                                   .end(id: 1, element: "strong", original: "</strong>"),
                                   .standalone(id: 2, element: "br", original: "<br>"),
                                   .start(id: 3, element: "span", original: "<span>"), .text("Two.")],
                          state: .final, score: 0.5, shape: (1, 1)),
            MemorySegment(id: "s2", source: [.text("셋.")], target: [.text("Three.")], state: .translated,
                          score: 0.25, shape: (2, 1)),
            MemorySegment(id: "s3", source: [.text("넷."), .end(id: 3, element: "span", original: "</span>")],
                          target: [.text("Four."), .end(id: 3, element: "span", original: "</span>")],
                          state: .translated, score: 0.125, shape: (1, 1)),
        ])
    let custom = MemoryUnit(
        id: "u-dt", kind: .other(element: "dt"), sourceLocation: SourceLocation(file: "ko/about.html", line: 60),
        targetLocation: nil, sourcePath: "html/body/dl/dt[1]", targetPath: nil,
        segments: [MemorySegment(id: "s1", source: [.text("용어")], target: [], state: .initial, shape: (1, 0))])
    memory.files[0].units += [unit, heading, custom]
    memory.files.append(MemoryFile(
        id: "f-contact", original: "en/contact.html", targetOriginal: "en/contact.html", sourceOriginalExists: false,
        units: [MemoryUnit(id: "u-p1", kind: .paragraph, sourceLocation: nil,
                           targetLocation: SourceLocation(file: "en/contact.html", line: 9),
                           sourcePath: nil, targetPath: "html/body/p[1]",
                           segments: [MemorySegment(id: "s1", source: [], target: [.text("Write to us.")],
                                                    state: .initial, shape: (0, 1))])]))
    return memory
}
