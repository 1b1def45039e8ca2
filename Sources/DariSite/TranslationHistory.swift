import DariAlignment
import DariMemory
import DariModel

/// The translation state between runs: a freshly aligned memory compared
/// with the site's previous memory, segment by segment.
///
/// Segments are matched within their page (the memory file with the same
/// `original`) by the fingerprint of their original (`StateFingerprint`:
/// cosmetic edits do not count), never by position, so a paragraph that
/// moved on the page keeps its state. Then:
///
/// | original | translation | change |
/// | --- | --- | --- |
/// | found, same | same | `unchanged` (an outdated segment stays outdated) |
/// | found, same | edited | `target-edited`; an outdated segment becomes translated only when the edit follows the original's (`FollowEvidence`), else stays outdated |
/// | found, same | none on the page, an imported one in the memory | `not-on-page`: the imported translation is kept |
/// | not found | same as a previous segment's | `source-changed`: outdated, `previousSource` the original the translation was made for |
/// | not found | not found | `new` |
///
/// A previous segment that no current segment matched was removed: it is
/// reported per section (`RemovedText`), not kept.
public struct TranslationHistory: Sendable {
    let evidence: FollowEvidence

    /// - Parameters:
    ///   - aligner: the run's sentence aligner, whose word knowledge judges
    ///     whether an edited translation follows its original.
    ///   - original: the language of the memory's source.
    public init(aligner: any SentenceAligning, original: Language) {
        evidence = FollowEvidence(aligner: aligner, original: original)
    }

    /// `current` with every segment's `change` (and `previousSource`) set
    /// against `previous`, and what `previous` had that `current` has not.
    public func compare(_ current: TranslationMemory, with previous: TranslationMemory)
        -> (memory: TranslationMemory, removed: [RemovedText])
    {
        let previousByPage = Dictionary(previous.files.map { ($0.original, $0) }, uniquingKeysWith: { first, _ in first })
        var memory = current
        var removed: [RemovedText] = []
        for index in memory.files.indices {
            let file = memory.files[index]
            guard let old = previousByPage[file.original], old.targetOriginal == file.targetOriginal else {
                memory.files[index].units = file.units.map { unit in
                    var unit = unit
                    for segment in unit.segments.indices { unit.segments[segment].change = .new }
                    return unit
                }
                continue
            }
            let (units, leftOver) = compare(file, with: old)
            memory.files[index].units = units
            removed += Self.sections(leftOver, of: old)
        }
        // Pages gone since (or paired differently now): all their text is removed.
        let currentPages = Set(current.files.map { "\($0.original)\u{1}\($0.targetOriginal ?? "")" })
        for old in previous.files where !currentPages.contains("\(old.original)\u{1}\(old.targetOriginal ?? "")") {
            let everything = old.units.indices.flatMap { unit in old.units[unit].segments.indices.map { (unit, $0) } }
            removed += Self.sections(everything.filter { !old.units[$0.0].segments[$0.1].source.isEmpty }, of: old)
        }
        return (memory, removed)
    }

    private struct Previous {
        let unit: Int
        let segment: Int
        let value: MemorySegment
    }

    /// The units of `file` with their changes, and the previous segments no
    /// current one matched (unit and segment indices into `old`).
    private func compare(_ file: MemoryFile, with old: MemoryFile) -> ([MemoryUnit], [(Int, Int)]) {
        let sourcePage: String? = file.original, targetPage = file.targetOriginal
        func key(_ segment: MemorySegment) -> StateFingerprint { StateFingerprint(segment.source, page: sourcePage) }
        func targetKey(_ segment: MemorySegment) -> StateFingerprint? {
            segment.target.map { StateFingerprint($0, page: targetPage) }.flatMap { $0.text.isEmpty ? nil : $0 }
        }
        // Queues in page order: of two equal sentences, the first matches the first.
        var bySource: [StateFingerprint: [Previous]] = [:], byTarget: [StateFingerprint: [Previous]] = [:]
        var used = Set<[Int]>()
        for (unitIndex, unit) in old.units.enumerated() {
            for (segmentIndex, segment) in unit.segments.enumerated() {
                let previous = Previous(unit: unitIndex, segment: segmentIndex, value: segment)
                if !segment.source.isEmpty { bySource[key(segment), default: []].append(previous) }
                if let target = targetKey(segment) { byTarget[target, default: []].append(previous) }
            }
        }
        func take(_ queue: inout [StateFingerprint: [Previous]], _ fingerprint: StateFingerprint) -> Previous? {
            guard var candidates = queue[fingerprint] else { return nil }
            candidates.removeAll { used.contains([$0.unit, $0.segment]) }
            guard !candidates.isEmpty else { queue[fingerprint] = nil; return nil }
            let found = candidates.removeFirst()
            queue[fingerprint] = candidates
            used.insert([found.unit, found.segment])
            return found
        }

        /// The unused previous segment whose original shares most words with
        /// `segment`'s (at least half, by Dice), the first of equals.
        func similarUnused(to segment: MemorySegment) -> Previous? {
            let words = WordChanges.words(key(segment).text)
            guard !words.isEmpty else { return nil }
            var best: Previous?, bestScore = 0.5
            for (unitIndex, unit) in old.units.enumerated() {
                for (segmentIndex, candidate) in unit.segments.enumerated()
                where !candidate.source.isEmpty && candidate.target != nil && !used.contains([unitIndex, segmentIndex]) {
                    let other = WordChanges.words(key(candidate).text)
                    let (gained, _) = WordChanges.between(key(candidate).text, key(segment).text)
                    let shared = words.count - gained.count
                    let score = 2 * Double(shared) / Double(words.count + other.count)
                    if score >= bestScore, best == nil || score > bestScore {
                        best = Previous(unit: unitIndex, segment: segmentIndex, value: candidate)
                        bestScore = score
                    }
                }
            }
            return best
        }

        var units = file.units
        // First every segment whose original is unchanged, so that a changed
        // original cannot take a previous segment an unchanged one needs.
        var pending: [(Int, Int)] = []
        for unitIndex in units.indices {
            for segmentIndex in units[unitIndex].segments.indices {
                let segment = units[unitIndex].segments[segmentIndex]
                let fingerprint = segment.source.isEmpty ? targetKey(segment) : key(segment)
                var match: Previous?
                if let fingerprint {
                    match = segment.source.isEmpty ? take(&byTarget, fingerprint) : take(&bySource, fingerprint)
                }
                if let match {
                    units[unitIndex].segments[segmentIndex] = state(of: segment, unchangedOriginal: match.value,
                                                                    targetPage: targetPage)
                } else {
                    pending.append((unitIndex, segmentIndex))
                }
            }
        }
        for (unitIndex, segmentIndex) in pending {
            var segment = units[unitIndex].segments[segmentIndex]
            segment.previousSource = nil
            if !segment.source.isEmpty, let target = targetKey(segment), let match = take(&byTarget, target) {
                // The translation is the one a previous original had: that original changed.
                let madeFor = match.value.isOutdated ? match.value.previousSource ?? match.value.sourceText
                    : match.value.sourceText
                // An outdated segment whose original went back to the text its translation was made for.
                if match.value.isOutdated, StateFingerprint.normalisedText(madeFor) == key(segment).text {
                    segment.change = .unchanged  // changed back to what the translation was made for
                } else {
                    segment.change = .sourceChanged
                    segment.previousSource = madeFor
                }
            } else if !segment.source.isEmpty, let match = similarUnused(to: segment) {
                // Both sides edited since: the translation follows the original's edit, or it is outdated.
                let madeFor = match.value.isOutdated ? match.value.previousSource ?? match.value.sourceText
                    : match.value.sourceText
                used.insert([match.unit, match.segment])
                if let old = match.value.targetText, let new = segment.targetText, !new.isEmpty,
                   !evidence.follows(previousSource: madeFor, source: segment.sourceText, oldTarget: old, newTarget: new)
                {
                    segment.change = .sourceChanged
                    segment.previousSource = madeFor
                } else {
                    segment.change = .new
                }
            } else {
                segment.change = .new
            }
            units[unitIndex].segments[segmentIndex] = segment
        }
        var leftOver: [(Int, Int)] = []
        for (unitIndex, unit) in old.units.enumerated() {
            for segmentIndex in unit.segments.indices where !used.contains([unitIndex, segmentIndex]) {
                leftOver.append((unitIndex, segmentIndex))
            }
        }
        return (units, leftOver)
    }

    /// The change of `segment`, whose original is the same as `previous`'s.
    private func state(of segment: MemorySegment, unchangedOriginal previous: MemorySegment,
                       targetPage: String?) -> MemorySegment {
        var segment = segment
        segment.previousSource = nil
        let oldTarget = previous.target.map { StateFingerprint($0, page: targetPage) }
        let newTarget = segment.target.map { StateFingerprint($0, page: targetPage) }
        let targetEdited = oldTarget != newTarget
        // An imported translation that is still not on the page is kept, never dropped.
        if previous.change == .notOnPage, newTarget.map({ $0.text.isEmpty }) ?? true {
            segment.target = previous.target
            segment.state = previous.state
            segment.shape = (segment.shape.source, previous.shape.target)
            segment.change = .notOnPage
            return segment
        }
        if previous.isOutdated, let madeFor = previous.previousSource, let old = previous.targetText {
            // An outdated translation stays outdated until it follows the original's edit.
            if targetEdited, let new = segment.targetText, !new.isEmpty,
               evidence.follows(previousSource: madeFor, source: segment.sourceText, oldTarget: old, newTarget: new)
            {
                segment.change = .targetEdited
            } else if segment.target != nil {
                segment.change = .sourceChanged
                segment.previousSource = madeFor
            } else {
                segment.change = .targetEdited
            }
        } else {
            segment.change = targetEdited ? .targetEdited : .unchanged
        }
        return segment
    }

    /// Removed segments of `old`, one value per section (the segments under
    /// one heading), in page order.
    static func sections(_ removed: [(Int, Int)], of old: MemoryFile) -> [RemovedText] {
        var headings: [Int: String] = [:]
        var heading: String?
        for (index, unit) in old.units.enumerated() {
            if case .heading = unit.kind { heading = unit.segments.map(\.sourceText).joined(separator: " ") }
            if let heading { headings[index] = heading }
        }
        var result: [RemovedText] = []
        for (unitIndex, segmentIndex) in removed {
            let unit = old.units[unitIndex], segment = unit.segments[segmentIndex]
            let section = headings[unitIndex]
            // A 0-1 segment (text only in the translation) has no original to report.
            guard !segment.source.isEmpty else { continue }
            if var last = result.last, last.heading == section {
                last.segmentCount += 1
                result[result.count - 1] = last
                continue
            }
            let location = unit.sourceLocation(of: segment) ?? SourceLocation(file: old.original, line: 0)
            result.append(RemovedText(page: old.original, fileID: old.id, location: location, heading: section,
                                      segmentCount: 1, firstSource: segment.sourceText))
        }
        return result
    }
}
