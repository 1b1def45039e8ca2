import DariMemory
import DariModel

/// A section of the original that is mostly not translated is one problem:
/// the editor translates the section. Where the translation kept its
/// heading and a few copied lines (a table's labels, a code block) but not
/// its prose (the httpd manual's untranslated directives: an English
/// description, "has not been translated yet", and no row, paragraph or
/// example of the English), each block was a finding of its own, five to
/// eight for one section. A section here is a heading of the original and
/// the blocks up to the next heading of any level, the translation's
/// one-sided blocks among them included.
///
/// When `minimumUntranslated` or more of its blocks of the original are
/// untranslated (no counterpart, or a counterpart still in the original's
/// language), at least `minimumShare` of them, and they gave two findings or
/// more, the section's `untranslated` findings on those blocks and the
/// `code-mismatch` findings on its one-sided code blocks fold into one
/// finding at its heading, which lists them as related places. Findings on
/// the translation's own extra blocks are not folded: they are another edit.
enum UntranslatedSections {
    static let minimumUntranslated = 3
    static let minimumShare = 0.5

    /// `lists` (one per check, as `Checker.findings` gives them) with the
    /// findings of mostly untranslated sections folded into one each.
    static func folded(_ lists: [[Finding]], memory: TranslationMemory) -> [[Finding]] {
        let sourceName = memory.sourceLanguage.name, targetName = memory.targetLanguage.name
        // A finding of the original's text left untranslated: on the original's page (no
        // translation), or its language on the translation's page (English, the original,
        // on the Korean page). Not one on the translation's own text, which has no
        // original: that is another edit.
        let originalOnTranslation = memory.sourceLanguage == .english
        let koreanSide = Side.holding(.korean, in: memory)
        func isUntranslatedOriginal(_ finding: Finding, _ unit: MemoryUnit) -> Bool {
            finding.checkID == Untranslated.id
                && (finding.location.file == unit.sourceLocation?.file
                    || originalOnTranslation && finding.message.contains(Untranslated.englishOnKoreanPage))
        }
        var byFile: [String: [Finding]] = [:]
        for finding in lists.joined() where finding.checkID == Untranslated.id || finding.checkID == CodeMismatch.id {
            if let file = finding.fileID, finding.unitID != nil { byFile[file, default: []].append(finding) }
        }
        var replaced: [Finding: Finding?] = [:]
        for file in memory.files where file.isPaired {
            // Most pages of a large memory have no heading, and nothing to fold.
            guard let findings = byFile[file.id], case let sections = sections(of: file), !sections.isEmpty
            else { continue }
            var unitsByID: [String: MemoryUnit] = [:]
            for index in sections.joined() { unitsByID[file.units[index].id] = file.units[index] }
            // The units of the original with a finding of their text left untranslated.
            var reported = Set<String>()
            for finding in findings {
                guard let id = finding.unitID, let unit = unitsByID[id], isUntranslatedOriginal(finding, unit) else { continue }
                reported.insert(id)
            }
            guard !reported.isEmpty else { continue }
            for section in sections {
                let units = section.map { file.units[$0] }
                // A heading paired as a guess (a page whose headings each side sorts its own
                // way, `Name` with `소수점 자리`) names no section of the translation.
                if units[0].targetLocation != nil, let score = units[0].segments.first?.score,
                   score < CheckInput.guessScore { continue }
                // An image's alt text that repeats its caption is part of the caption's block.
                let original = zip(section, units).dropFirst().filter { index, unit in
                    unit.sourceLocation != nil
                        && !(koreanSide.map { Untranslated.repeatsItsCaption(unit: index, of: file, koreanSide: $0) } ?? false)
                }.map(\.1)
                let untranslated = original.filter { unit in
                    unit.targetLocation == nil || reported.contains(unit.id) && unit.kind != .code
                }
                guard untranslated.count >= minimumUntranslated,
                      Double(untranslated.count) >= minimumShare * Double(original.count) else { continue }
                let ids = Set(untranslated.map(\.id))
                let folded = findings.filter { finding in
                    guard let id = finding.unitID, ids.contains(id), let unit = unitsByID[id] else { return false }
                    if isUntranslatedOriginal(finding, unit) { return true }
                    return finding.checkID == CodeMismatch.id && finding.message.contains(CodeMismatch.noCounterpart)
                }
                // In `untranslated`'s list, where the section's finding takes the first one's place.
                guard folded.count >= 2, let first = folded.first(where: { $0.checkID == Untranslated.id }) else { continue }
                let heading = units[0]
                let title = heading.segments.first.map { InlineContent.proseText($0.source) } ?? ""
                let location = heading.targetLocation ?? heading.sourceLocation ?? first.location
                let lastLine = untranslated.compactMap { $0.sourceLocation?.line }.max() ?? 0
                let section = Finding(
                    checkID: Untranslated.id, severity: first.severity, location: location, unitID: heading.id,
                    fileID: file.id,
                    message: "the section '\(title.excerpt(40))' is mostly not translated: \(untranslated.count) of its "
                        + "\(original.count) \(sourceName) blocks (to line \(lastLine)) have no \(targetName) "
                        + "translation or are still in \(sourceName); translate the section on the \(targetName) page",
                    source: title, target: heading.segments.first?.target.map(InlineContent.proseText),
                    relatedLocations: folded.flatMap { [RelatedLocation(location: $0.location, unitID: $0.unitID)]
                        + $0.relatedLocations })
                for finding in folded { replaced[finding] = .some(nil) }
                replaced[first] = section
            }
        }
        guard !replaced.isEmpty else { return lists }
        return lists.map { list in
            list.compactMap { finding -> Finding? in
                if let replacement = replaced[finding] { return replacement }
                return finding
            }
        }
    }

    /// Each heading of the original with the units up to the next heading of
    /// the original (indices into `file.units`, the heading first).
    static func sections(of file: MemoryFile) -> [[Int]] {
        var sections: [[Int]] = []
        var current: [Int]?
        for (index, unit) in file.units.enumerated() {
            if case .heading = unit.kind, unit.sourceLocation != nil {
                if let current { sections.append(current) }
                current = [index]
            } else {
                current?.append(index)
            }
        }
        if let current { sections.append(current) }
        return sections
    }
}
