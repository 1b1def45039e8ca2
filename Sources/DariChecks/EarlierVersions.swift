import DariMemory
import DariModel

/// A translation that follows an earlier version of its original: blocks
/// with no counterpart on both pages, scattered over the page (the original
/// added, removed and rewrote paragraphs here and there since the
/// translation was made), rather than a section missing in one place.
///
/// Block by block, such a page gives an `untranslated` finding for every
/// new or rewritten paragraph on one side and every old one on the other,
/// and the pairs in between, made of a new sentence and an old one, give
/// number and link differences that are only the two versions differing.
/// The editor's task is one: bring the translation up to the current
/// version. So `untranslated` reports the page once, with its counts, and
/// the checks that compare the two sides of a pair (`foldedChecks`) report
/// nothing more on it (`Checker`).
public struct EarlierVersion: Sendable, Equatable {
    /// The translation's first block with no counterpart (else its page).
    public var location: SourceLocation
    /// Blocks of the original, and how many have no counterpart.
    public var originalBlocks: Int
    public var originalOnly: Int
    /// Blocks of the translation, and how many have no counterpart.
    public var translationBlocks: Int
    public var translationOnly: Int

    /// Checks comparing the two pages whose findings on such a page are the
    /// versions differing (code, sections and their anchors included).
    static let foldedChecks: Set<String> = ["number-mismatch", "tag-mismatch", "url-mismatch", "code-mismatch",
                                            "anchor-mismatch", "moved-block"]

    /// How much one-sided text makes a page an earlier version's
    /// translation: blocks with no counterpart on each page, in this many
    /// separate places, together this share of the page's blocks. A section
    /// the translation lacks is one place (`untranslated` reports it as a
    /// section); a page that adds two paragraphs is not an earlier version.
    static let minimumOneSidedPerPage = 3
    static let minimumPlaces = 3
    static let minimumShare = 0.3

    /// Per paired file of `memory` (by index) whose translation follows an earlier version.
    static func find(in memory: TranslationMemory) -> [Int: EarlierVersion] {
        var result: [Int: EarlierVersion] = [:]
        for (fileIndex, file) in memory.files.enumerated() where file.isPaired {
            var originalBlocks = 0, translationBlocks = 0, originalOnly = 0, translationOnly = 0, places = 0
            var inPlace = false
            var first: SourceLocation?
            // By index: `for unit in` copied every unit, all its fields retained.
            for index in file.units.indices {
                let source = file.units[index].sourceLocation != nil, target = file.units[index].targetLocation != nil
                if source { originalBlocks += 1 }
                if target { translationBlocks += 1 }
                if source && !target { originalOnly += 1 }
                if target && !source {
                    translationOnly += 1
                    if first == nil { first = file.units[index].targetLocation }
                }
                let oneSided = source != target
                if oneSided && !inPlace { places += 1 }
                inPlace = oneSided
            }
            let blocks = file.units.count
            guard originalOnly >= minimumOneSidedPerPage, translationOnly >= minimumOneSidedPerPage,
                  places >= minimumPlaces, blocks > 0,
                  Double(originalOnly + translationOnly) >= minimumShare * Double(blocks) else { continue }
            result[fileIndex] = EarlierVersion(
                location: first ?? SourceLocation(file: file.targetOriginal ?? file.original, line: 0),
                originalBlocks: originalBlocks, originalOnly: originalOnly,
                translationBlocks: translationBlocks, translationOnly: translationOnly)
        }
        return result
    }

    /// `findings` without those of `foldedChecks` on the pages `untranslated`
    /// reported as an earlier version's translation.
    static func folded(_ findings: [Finding], pages: Set<String>) -> [Finding] {
        guard !pages.isEmpty else { return findings }
        return findings.filter { finding in
            guard foldedChecks.contains(finding.checkID), let file = finding.fileID else { return true }
            return !pages.contains(file)
        }
    }
}
