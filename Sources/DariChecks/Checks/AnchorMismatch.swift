import DariGlossary
import DariMemory
import DariModel

/// `anchor-mismatch`: a heading's anchor has no counterpart on the other
/// page of the pair.
///
/// Markdown sites give headings explicit anchors (`## Install {#install}`,
/// `<h2 id="install">`, an `<a id>` in the heading) so that links such as
/// `guide/#install` work in every language; the reader keeps the anchor in
/// the block's path (`h2[1]{#install}`). An explicit anchor on one page
/// that no heading of the other page has, explicitly or generated from its
/// text (`## Install` is `#install`), is a renamed or removed section whose
/// links now break on one side. A heading without an explicit anchor is
/// not reported (its generated anchor follows its translated text), nor
/// are pages without a counterpart (`missing-page`), nor the headings of
/// a section one page lacks (its one `untranslated` finding).
public struct AnchorMismatch: Check {
    public static let id = "anchor-mismatch"
    public static let defaultSeverity = Severity.warning
    public static let summary = "A heading's anchor has no counterpart on the other page."
    public static let example = "ko/guide.md:20: warning: [anchor-mismatch] the Korean heading '설정' has the anchor "
        + "#configure, which no English heading has; links to guide#configure break on the English page: give the "
        + "matching English heading {#configure}, or translate the missing section"
    public static let details = """
        Compares the explicit heading anchors of a Markdown page pair (`{#id}`, and in HTML written in the Markdown, \
        `id` on a heading or an `<a id>` or `<a name>` inside it) with the anchors of the other page's headings, explicit or \
        generated from their text, as sets, so reordered sections are fine; anchors are compared by their letters \
        and digits only, so the spellings of different generators (`what-s-new`, `whats-new`) agree. Only an \
        explicit anchor is reported: a generated one follows its translated text. A heading paired with its \
        translation whose anchors differ (one renamed) is one finding, on the translation's heading. A repeated heading's \
        anchor is also reached by its numbered form (the second "Usage" is `#usage-1`), as generators number them. \
        The headings of a section one page lacks are left to that section's one `untranslated` finding. \
        The `id` of a heading in an HTML page is not compared: generators make it from the heading's text in each \
        language (Sphinx gives a Korean heading `id1`) as often as authors keep it.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        let memory = input.memory
        for (fileIndex, file) in memory.files.enumerated() where file.isPaired {
            // A heading of a section one page lacks is that section's one `untranslated`
            // finding: the anchors its headings take with them are part of it.
            let inMissingSections = Set(Untranslated.missingSections(of: file, fileIndex: fileIndex)
                .filter(\.isHeaded).flatMap { Array($0.units) }.map { file.units[$0].id })
            // Each heading's anchor as a link reaches it: its explicit one,
            // else the one the generator makes from its text.
            var sourceAnchors: [(explicit: String?, key: String, unit: MemoryUnit)] = []
            var targetAnchors: [(explicit: String?, key: String, unit: MemoryUnit)] = []
            for unit in file.units {
                guard case .heading = unit.kind else { continue }
                if unit.sourcePath != nil {
                    let explicit = unit.sourcePath.flatMap { HeadingAnchor.explicit(inPath: $0) }
                    let text = unit.segments.map(\.sourceText).joined(separator: " ")
                    sourceAnchors.append((explicit, HeadingAnchor.key(explicit ?? text), unit))
                }
                if unit.targetPath != nil {
                    let explicit = unit.targetPath.flatMap { HeadingAnchor.explicit(inPath: $0) }
                    let text = unit.segments.compactMap(\.targetText).joined(separator: " ")
                    targetAnchors.append((explicit, HeadingAnchor.key(explicit ?? text), unit))
                }
            }
            let sourceKeys = Self.reachable(sourceAnchors.map(\.key)), targetKeys = Self.reachable(targetAnchors.map(\.key))
            // A heading paired with its translation, each with an anchor the other page lacks:
            // one anchor renamed on one side, one finding on the translation's heading.
            let unmatchedSource = Dictionary(sourceAnchors.filter { $0.explicit != nil && !targetKeys.contains($0.key) }
                .map { ($0.unit.id, $0.explicit!) }, uniquingKeysWith: { first, _ in first })
            var renamed = Set<String>()
            for (explicit, key, unit) in targetAnchors where !sourceKeys.contains(key) {
                guard let anchor = explicit, let original = unmatchedSource[unit.id],
                      !unit.suppressedChecks.contains(Self.id), let location = unit.targetLocation else { continue }
                renamed.insert(unit.id)
                let name = Self.pageName(file.original)
                findings.report(at: location, fileID: file.id, message:
                    "the \(memory.targetLanguage.name) heading '\(unit.segments.compactMap(\.targetText).joined(separator: " "))' "
                        + "has the anchor #\(anchor) where the \(memory.sourceLanguage.name) heading has #\(original); "
                        + "links to \(name)#\(original) break on the \(memory.targetLanguage.name) page and links to "
                        + "\(name)#\(anchor) on the \(memory.sourceLanguage.name) page: give both headings the same anchor")
            }
            for (explicit, key, unit) in sourceAnchors where !targetKeys.contains(key) && !renamed.contains(unit.id)
                && !inMissingSections.contains(unit.id) {
                guard let anchor = explicit, !unit.suppressedChecks.contains(Self.id),
                      let location = unit.sourceLocation else { continue }
                findings.report(at: location, fileID: file.id, message: Self.message(
                    anchor, heading: unit.segments.map(\.sourceText).joined(separator: " "), page: file.original,
                    has: memory.sourceLanguage, lacks: memory.targetLanguage))
            }
            for (explicit, key, unit) in targetAnchors where !sourceKeys.contains(key) && !renamed.contains(unit.id)
                && !inMissingSections.contains(unit.id) {
                guard let anchor = explicit, !unit.suppressedChecks.contains(Self.id),
                      let location = unit.targetLocation else { continue }
                findings.report(at: location, fileID: file.id, message: Self.message(
                    anchor, heading: unit.segments.compactMap(\.targetText).joined(separator: " "),
                    page: file.targetOriginal ?? file.original, has: memory.targetLanguage, lacks: memory.sourceLanguage))
            }
        }
    }

    /// The keys a link can name on a page whose headings have `keys`, in
    /// order: each, and for a repeated one its numbered form, as generators
    /// (VitePress, GitHub, Hugo) tell repeated headings apart (the second
    /// "Usage" is `#usage-1`, the third `#usage-2`).
    static func reachable(_ keys: [String]) -> Set<String> {
        var seen: [String: Int] = [:]
        var result = Set<String>()
        for key in keys {
            result.insert(key)
            let earlier = seen[key, default: 0]
            if earlier > 0 { result.insert(key + String(earlier)) }
            seen[key] = earlier + 1
        }
        return result
    }

    /// The page as a link names it: `guide` for `en/guide.md`.
    static func pageName(_ page: String) -> String {
        page.split(separator: "/").last.map { $0.split(separator: ".").first.map(String.init) ?? "" } ?? page
    }

    fileprivate static func message(_ anchor: String, heading: String, page: String, has: Language,
                                    lacks: Language) -> String {
        let name = pageName(page)
        return "the \(has.name) heading '\(heading)' has the anchor #\(anchor), which no \(lacks.name) heading has; "
            + "links to \(name)#\(anchor) break on the \(lacks.name) page: give the matching \(lacks.name) heading "
            + "{#\(anchor)}, or translate the missing section"
    }
}
