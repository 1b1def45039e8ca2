import DariGlossary
import DariMemory
import DariModel

/// `anchor-mismatch`: a heading's anchor has no counterpart on the other
/// page of the pair.
///
/// Markdown sites give headings explicit anchors (`## Install {#install}`,
/// `<h2 id="install">`, an `<a id>` in the heading) so that links such as
/// `guide/#install` work in every language; the reader keeps the anchor in
/// the block's path (`h2[1]{#install}`). An anchor on one page that no
/// heading of the other page has is a renamed or removed section whose
/// links now break on one side. Headings without an explicit anchor are
/// not compared (their generated anchors follow their text, which is
/// translated), nor are pages without a counterpart (`missing-page`).
public struct AnchorMismatch: Check {
    public static let id = "anchor-mismatch"
    public static let defaultSeverity = Severity.warning
    public static let summary = "A heading's anchor has no counterpart on the other page."
    public static let example = "ko/guide.md:20: warning: [anchor-mismatch] the Korean heading '설정' has the anchor "
        + "#configure, which no English heading has; links to guide#configure break on the English page: give the "
        + "matching English heading {#configure}, or translate the missing section"
    public static let details = """
        Compares the explicit heading anchors of a page pair (Markdown `{#id}`, `id` on an HTML heading, an \
        `<a id>` or `<a name>` inside the heading) as sets, so reordered sections are fine. Generated anchors \
        (a heading without an explicit one) are not compared.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        let memory = input.memory
        for file in memory.files where file.isPaired {
            var sourceAnchors: [(anchor: String, unit: MemoryUnit)] = []
            var targetAnchors: [(anchor: String, unit: MemoryUnit)] = []
            for unit in file.units {
                guard case .heading = unit.kind else { continue }
                if let anchor = unit.sourcePath.flatMap { Self.anchor(inPath: $0) } { sourceAnchors.append((anchor, unit)) }
                if let anchor = unit.targetPath.flatMap { Self.anchor(inPath: $0) } { targetAnchors.append((anchor, unit)) }
            }
            let sourceSet = Set(sourceAnchors.map(\.anchor)), targetSet = Set(targetAnchors.map(\.anchor))
            for (anchor, unit) in sourceAnchors where !targetSet.contains(anchor) {
                guard !unit.suppressedChecks.contains(Self.id), let location = unit.sourceLocation else { continue }
                findings.report(at: location, fileID: file.id, message: Self.message(
                    anchor, heading: unit.segments.map(\.sourceText).joined(separator: " "), page: file.original,
                    has: memory.sourceLanguage, lacks: memory.targetLanguage))
            }
            for (anchor, unit) in targetAnchors where !sourceSet.contains(anchor) {
                guard !unit.suppressedChecks.contains(Self.id), let location = unit.targetLocation else { continue }
                findings.report(at: location, fileID: file.id, message: Self.message(
                    anchor, heading: unit.segments.compactMap(\.targetText).joined(separator: " "),
                    page: file.targetOriginal ?? file.original, has: memory.targetLanguage, lacks: memory.sourceLanguage))
            }
        }
    }

    /// The anchor a reader put in a block's path (`…/h2[1]{#install}`).
    static func anchor(inPath path: String) -> String? {
        guard path.hasSuffix("}"), let open = path.range(of: "{#", options: .backwards) else { return nil }
        let anchor = path[open.upperBound..<path.index(before: path.endIndex)]
        return anchor.isEmpty ? nil : String(anchor)
    }

    fileprivate static func message(_ anchor: String, heading: String, page: String, has: Language,
                                    lacks: Language) -> String {
        let name = page.split(separator: "/").last.map { $0.split(separator: ".").first.map(String.init) ?? "" } ?? page
        return "the \(has.name) heading '\(heading)' has the anchor #\(anchor), which no \(lacks.name) heading has; "
            + "links to \(name)#\(anchor) break on the \(lacks.name) page: give the matching \(lacks.name) heading "
            + "{#\(anchor)}, or translate the missing section"
    }
}
