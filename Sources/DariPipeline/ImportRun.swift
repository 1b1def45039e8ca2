import DariChecks
import DariMemory
import DariModel
import Foundation

/// What `dari import` was asked to do.
public struct ImportRequest: Sendable {
    /// The translated work file (`dari todo`'s XLIFF 2.1, or 1.2).
    public var jobPath: String
    /// `--memory`: the memory the translations go into.
    public var memoryPath: String
    /// `--force`: an imported translation replaces a different one already in
    /// the memory (each is still listed).
    public var force: Bool

    public init(jobPath: String, memoryPath: String = "memory.xlf", force: Bool = false) {
        self.jobPath = jobPath
        self.memoryPath = memoryPath
        self.force = force
    }
}

/// A translation that was not put into the memory as it came.
public struct ImportConflict: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// The memory has another translation (made or changed since the work file was written).
        case differentTranslation = "different-translation"
        /// The original in the memory is not the one the work file was made for.
        case sourceChanged = "source-changed"
        /// The memory has no such segment any more.
        case missing
    }

    public var kind: Kind
    public var page: String
    public var unitID: String
    public var segmentID: String
    public var existing: String?
    public var imported: String

    /// One line: where, what, and what to do.
    public var description: String {
        let place = "\(page)#\(unitID)/\(segmentID)"
        switch kind {
        case .differentTranslation:
            return "\(place): conflict: the memory has \"\(existing ?? "")\", the work file \"\(imported)\""
        case .sourceChanged:
            return "\(place): conflict: the original changed since the work file was written; run dari todo again"
        case .missing:
            return "\(place): conflict: no such segment in the memory any more; run dari todo again"
        }
    }
}

/// What an import did.
public struct ImportOutcome: Sendable {
    /// Translations put into the memory.
    public var imported: Int
    /// Translations equal to what the memory had.
    public var unchanged: Int
    /// Segments the translator left empty.
    public var empty: Int
    /// Conflicts: with `--force`, the different-translation ones were imported.
    public var conflicts: [ImportConflict]
    /// The pages whose text must now be put in place: the memory has a
    /// translation that the target page does not contain yet.
    public var pagesToUpdate: [String]

    public var summary: String {
        var parts = ["imported \(imported) \(imported == 1 ? "translation" : "translations")"]
        if unchanged > 0 { parts.append("\(unchanged) already in the memory") }
        if empty > 0 { parts.append("\(empty) left empty") }
        if !conflicts.isEmpty { parts.append("\(conflicts.count) conflicts") }
        var text = parts.joined(separator: ", ")
        if !pagesToUpdate.isEmpty {
            text += "; put the new text into: " + pagesToUpdate.joined(separator: ", ")
        }
        return text
    }
}

/// Why an import wrote nothing.
public enum ImportError: DariError, Equatable {
    case conflicts([ImportConflict])

    public var description: String {
        switch self {
        case .conflicts(let conflicts):
            return conflicts.map(\.description).joined(separator: "\n")
                + "\nerror: \(conflicts.count) conflicts, nothing imported; keep the memory's translations by "
                + "removing them from the work file, or pass --force to replace them with the work file's"
        }
    }

    public var exitStatus: Int32 { ExitStatus.findings }
}

/// `dari import`: the translations of a work file into the memory. A
/// translation never silently replaces a different one: that is a conflict,
/// and nothing is written unless `--force` (then different translations are
/// replaced, and a segment whose original changed or that is gone is still
/// left alone). An outdated translation and text left in the original's
/// language are replaced without a conflict. The memory is written atomically.
public enum ImportRun {
    public static func run(_ request: ImportRequest) throws -> ImportOutcome {
        let job = try MemoryReader.read(fileAt: request.jobPath)
        let store = MemoryStores.store(at: request.memoryPath)
        try store.checkWritable()
        var memory = try store.read()
        let outcome = try merge(job, into: &memory, force: request.force)
        if outcome.imported > 0 { try store.write(memory) }
        return outcome
    }

    /// Puts `job`'s translations into `memory` (see `ImportRun`).
    /// - Throws: `ImportError.conflicts` when there are conflicts and not `force`.
    public static func merge(_ job: TranslationMemory, into memory: inout TranslationMemory, force: Bool) throws
        -> ImportOutcome {
        // Where each segment is: page → unit id → (file index, unit index).
        var units: [String: [String: (Int, Int)]] = [:]
        for (fileIndex, file) in memory.files.enumerated() {
            for (unitIndex, unit) in file.units.enumerated() { units[file.original, default: [:]][unit.id] = (fileIndex, unitIndex) }
        }
        var outcome = ImportOutcome(imported: 0, unchanged: 0, empty: 0, conflicts: [], pagesToUpdate: [])
        var changes: [(Int, Int, Int, [InlineContent])] = []
        var pages: Set<String> = []
        for file in job.files {
            for unit in file.units {
                for segment in unit.segments {
                    guard let target = segment.target, !InlineContent.plainText(target).isEmpty else {
                        outcome.empty += 1
                        continue
                    }
                    let imported = InlineContent.plainText(target)
                    func conflict(_ kind: ImportConflict.Kind, _ existing: String?) -> ImportConflict {
                        ImportConflict(kind: kind, page: file.original, unitID: unit.id, segmentID: segment.id,
                                       existing: existing, imported: imported)
                    }
                    guard let (fileIndex, unitIndex) = units[file.original]?[unit.id],
                          let segmentIndex = memory.files[fileIndex].units[unitIndex].segments
                              .firstIndex(where: { $0.id == segment.id }) else {
                        outcome.conflicts.append(conflict(.missing, nil))
                        continue
                    }
                    let current = memory.files[fileIndex].units[unitIndex].segments[segmentIndex]
                    if current.sourceText != segment.sourceText {
                        outcome.conflicts.append(conflict(.sourceChanged, current.targetText))
                        continue
                    }
                    let existing = current.targetText ?? ""
                    // The same text (an outdated translation the translator did not touch stays outdated).
                    if existing == imported {
                        outcome.unchanged += 1
                        continue
                    }
                    // An outdated translation, or text left in the original's
                    // language, is the one to replace; any other is someone's work.
                    if !existing.isEmpty && !current.isOutdated
                        && !WrongLanguage.isLeftInOriginalLanguage(existing, original: current.sourceText,
                                                                   language: memory.targetLanguage) {
                        outcome.conflicts.append(conflict(.differentTranslation, existing))
                        if !force { continue }
                    }
                    changes.append((fileIndex, unitIndex, segmentIndex, target))
                    pages.insert(memory.files[fileIndex].targetOriginal ?? memory.files[fileIndex].original)
                }
            }
        }
        if !outcome.conflicts.isEmpty && !force { throw ImportError.conflicts(outcome.conflicts) }
        for (fileIndex, unitIndex, segmentIndex, target) in changes {
            var segment = memory.files[fileIndex].units[unitIndex].segments[segmentIndex]
            segment.target = target
            segment.state = .translated
            segment.shape = (segment.shape.source, 1)
            // The translation now follows the original (no longer outdated),
            // and only the memory has it until someone puts it on the page.
            segment.change = .notOnPage
            segment.previousSource = nil
            memory.files[fileIndex].units[unitIndex].segments[segmentIndex] = segment
        }
        outcome.imported = changes.count
        outcome.pagesToUpdate = pages.sorted()
        return outcome
    }
}
