import DariChecks
import DariGlossary
import DariMemory
import DariModel
import Testing

/// A check's specification written as marked lines, one segment each:
///
///     ! 구출팀은 떠났다. | The extraction team left.     ← a finding is expected here
///       구출팀이 왔다. | The rescue team came.           ← no finding
///
/// `source | target`; the target `<none>` means no target element and
/// `<empty>` an empty one. Inline codes are written `{1}…{/1}` (paired) and
/// `{2/}` (standalone). Line n becomes unit `u<n>` (blank lines do not count);
/// `scores[n - 1]` is its bead score.
struct CheckSpec {
    var memory: TranslationMemory
    /// Unit ids on lines marked `!`.
    var expected: Set<String>

    /// - Parameter sourceLanguage: the memory's source; with `.english` the
    ///   lines read `English | Korean` and the pages are `en/page.html` → `ko/page.html`.
    init(_ spec: String, file: String = "memory.xlf", scores: [Double?] = [], sourceLanguage: Language = .korean) {
        var units: [MemoryUnit] = []
        var expected = Set<String>()
        for line in spec.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let marked = line.hasPrefix("!")
            let body = line.dropFirst(2)
            let parts = body.components(separatedBy: " | ")
            let id = "u\(units.count + 1)"
            if marked { expected.insert(id) }
            let source = Self.content(parts[0])
            let target: [InlineContent]? = parts.count < 2 || parts[1] == "<none>"
                ? nil : parts[1] == "<empty>" ? [] : Self.content(parts[1])
            let score = units.count < scores.count ? scores[units.count] : nil
            let segment = MemorySegment(id: "s1", source: source, target: target,
                                        state: target == nil ? .initial : .translated, score: score,
                                        shape: (1, target == nil ? 0 : 1))
            units.append(MemoryUnit(id: id, kind: .paragraph, sourceLocation: nil, targetLocation: nil, sourcePath: nil,
                                    targetPath: nil, segments: [segment]))
        }
        let source = sourceLanguage.tag, target = sourceLanguage.other.tag
        memory = TranslationMemory(sourceLanguage: sourceLanguage, targetLanguage: sourceLanguage.other,
                                   files: [MemoryFile(id: "f1", original: "\(source)/page.html",
                                                      targetOriginal: "\(target)/page.html", units: units)])
        self.expected = expected
    }

    /// Runs `check` alone and returns the ids of the units it flagged (a
    /// group's related units included) and its findings.
    func run(_ check: any Check.Type, glossary: Glossary? = nil) -> (flagged: Set<String>, findings: [Finding]) {
        let findings = Checker(checks: [check]).run(memory, glossary: glossary, memoryPath: "memory.xlf")
        return (Set(findings.flatMap { [$0.unitID].compactMap { $0 } + $0.relatedLocations.compactMap(\.unitID) }),
                findings)
    }

    /// Expects `check` to flag exactly the marked lines.
    func expect(_ check: any Check.Type, glossary: Glossary? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let (flagged, findings) = run(check, glossary: glossary)
        #expect(flagged == expected, "messages: \(findings.map { "\($0.unitID ?? "-"): \($0.message)" })",
                sourceLocation: sourceLocation)
        for finding in findings {
            #expect(finding.checkID == check.id, sourceLocation: sourceLocation)
            #expect(finding.message.contains(";"), "a message says what to do next: \(finding.message)",
                    sourceLocation: sourceLocation)
        }
    }

    /// The spec's page copied onto `pages` page pairs: page n (from 1) is
    /// `original(n)` → `translation(n)`, with file id `f<n>`, then changed by
    /// `change` (its own text, its lines).
    mutating func copyPage(to pages: Int, original: (Int) -> String, translation: (Int) -> String,
                           _ change: (inout MemoryFile, Int) -> Void = { _, _ in }) {
        let file = memory.files[0]
        memory.files = (1...pages).map { page in
            var copy = file
            copy.id = "f\(page)"
            copy.original = original(page)
            copy.targetOriginal = translation(page)
            change(&copy, page)
            return copy
        }
    }

    /// `{1}`, `{/1}`, `{2/}` markers as inline codes.
    static func content(_ text: String) -> [InlineContent] {
        var result: [InlineContent] = []
        var buffer = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            buffer += rest[..<open]
            let code = rest[rest.index(after: open)..<close]
            if !buffer.isEmpty { result.append(.text(buffer)); buffer = "" }
            if code.hasPrefix("/"), let id = Int(code.dropFirst()) {
                result.append(.end(id: id, element: "a", original: "</a>"))
            } else if code.hasSuffix("/"), let id = Int(code.dropLast()) {
                result.append(.standalone(id: id, element: "br", original: "<br>"))
            } else if let id = Int(code) {
                result.append(.start(id: id, element: "a", original: "<a href=\"/x\">"))
            }
            rest = rest[rest.index(after: close)...]
        }
        buffer += rest
        if !buffer.isEmpty { result.append(.text(buffer)) }
        return result
    }
}

import Foundation

/// A small glossary for the tests: (Korean, English, status) rows, one concept each
/// unless `concept` groups them.
func testGlossary(_ rows: [(concept: String, ko: String?, en: String?, status: TermStatus)]) -> Glossary {
    var concepts: [String: Concept] = [:]
    var order: [String] = []
    let location = DariModel.SourceLocation(file: "test.tbx", line: 1)
    for row in rows {
        if concepts[row.concept] == nil {
            order.append(row.concept)
            concepts[row.concept] = Concept(id: row.concept, terms: [:], location: location)
        }
        if let ko = row.ko {
            concepts[row.concept]?.terms[.korean, default: []].append(
                Term(text: ko, language: .korean, status: row.status, location: location))
        }
        if let en = row.en {
            concepts[row.concept]?.terms[.english, default: []].append(
                Term(text: en, language: .english, status: row.status, location: location))
        }
    }
    return Glossary(source: "test.tbx", concepts: order.compactMap { concepts[$0] })
}

/// Runs `checks` on one paired block, English original, its sentences as
/// (English, Korean) beads ("" for none); `x` in backticks is inline code,
/// as Markdown writes it.
func pairedBlock(_ beads: [(String, String)], checks: [any Check.Type]) -> [Finding] {
    pairedBlocks([beads], checks: checks)
}

/// `pairedBlock` for several blocks of one page pair, one after another
/// (lines 3, 5, 7 …).
func pairedBlocks(_ blocks: [[(String, String)]], checks: [any Check.Type]) -> [Finding] {
    func content(_ text: String) -> [InlineContent] {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated().flatMap { index, piece -> [InlineContent] in
            guard index % 2 == 1 else { return piece.isEmpty ? [] : [.text(String(piece))] }
            return [.start(id: index, element: "code", original: "`"), .text(String(piece)),
                    .end(id: index, element: "code", original: "`")]
        }
    }
    let units = blocks.enumerated().map { index, beads in
        let segments = beads.enumerated().map { number, bead in
            MemorySegment(id: "s\(number + 1)", source: bead.0.isEmpty ? [] : content(bead.0),
                          target: bead.1.isEmpty ? nil : content(bead.1), state: bead.1.isEmpty ? .initial : .translated,
                          shape: (bead.0.isEmpty ? 0 : 1, bead.1.isEmpty ? 0 : 1))
        }
        return MemoryUnit(id: "u\(index + 1)", kind: .paragraph,
                          sourceLocation: SourceLocation(file: "en/a.md", line: 3 + 2 * index),
                          targetLocation: SourceLocation(file: "ko/a.md", line: 3 + 2 * index), sourcePath: nil,
                          targetPath: nil, segments: segments)
    }
    let memory = TranslationMemory(sourceLanguage: .english, targetLanguage: .korean, files: [
        MemoryFile(id: "f1", original: "en/a.md", targetOriginal: "ko/a.md", units: units),
    ])
    return Checker(checks: checks).run(memory)
}
