import DariMemory
import DariModel

/// A page pair whose entries each side orders its own way (an index sorted
/// by each language's alphabet). `tag-mismatch` finds it: most of its
/// linked units link to different pages on the two sides, one finding for
/// the page. Block alignment keeps the order of both pages, so it also
/// leaves many blocks on both sides without a counterpart in place, and each
/// was an `untranslated` finding (359 on the GIMP manual's index) for what
/// is one problem: the page as a whole. Where both sides have
/// `minimumOneSided` such blocks, the page's `untranslated` and `moved-block`
/// findings fold into `tag-mismatch`'s one, which counts them. A page with
/// blocks missing on one side only (a glossary that gained entries) keeps
/// its findings: those entries are missing, not moved.
enum ReorderedPages {
    static let minimumOneSided = 10
    static let foldedChecks: Set<String> = [Untranslated.id, MovedBlock.id]

    /// `lists` (one per check, as `Checker.findings` gives them) with the
    /// findings of reordered pages folded into their `tag-mismatch` finding.
    static func folded(_ lists: [[Finding]], memory: TranslationMemory) -> [[Finding]] {
        var counts: [String: (source: Int, target: Int)] = [:]
        for finding in lists.joined() where finding.checkID == TagMismatch.id
            && finding.message.hasSuffix(TagMismatch.reorderedConclusion) {
            guard let id = finding.fileID, let file = memory.files.first(where: { $0.id == id }) else { continue }
            var source = 0, target = 0
            for index in file.units.indices {
                let hasSource = file.units[index].sourceLocation != nil, hasTarget = file.units[index].targetLocation != nil
                if hasSource && !hasTarget { source += 1 }
                if hasTarget && !hasSource { target += 1 }
            }
            if source >= minimumOneSided, target >= minimumOneSided { counts[id] = (source, target) }
        }
        guard !counts.isEmpty else { return lists }
        return lists.map { list in
            list.compactMap { finding in
                guard let id = finding.fileID, let (source, target) = counts[id] else { return finding }
                if foldedChecks.contains(finding.checkID) { return nil }
                guard finding.checkID == TagMismatch.id, finding.message.hasSuffix(TagMismatch.reorderedConclusion)
                else { return finding }
                var page = finding
                page.message = String(finding.message.dropLast(TagMismatch.reorderedConclusion.count))
                    + ", and \(source) \(memory.sourceLanguage.name) and \(target) \(memory.targetLanguage.name) blocks "
                    + "have no counterpart in place" + TagMismatch.reorderedConclusion
                return page
            }
        }
    }
}
