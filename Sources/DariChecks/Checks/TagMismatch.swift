import DariGlossary
import DariMemory
import DariModel
import DariText

/// `tag-mismatch`: the target's inline codes differ from the source's in
/// what a reader sees: a link to another place, an image, a line break.
///
/// Independently written pages legitimately differ in styling (`em`,
/// `strong`, `span`, `acronym`, `code`…) and in generated anchors (`<a
/// name>`, `#idm8778`); on real sites those were most of this check's
/// findings (about 2 of 10 sampled were real), so they are not compared.
/// Link targets are compared with the language part of the path or query
/// normalised (`/ko/about.html` ≡ `/en/about.html`, `?hl=ko` ≡ `?hl=en`) and
/// without the fragment. Codes of a memory that does not say what they are
/// (XLIFF `<pc>`, `<ph>`, `<g>`, `<x>`) are compared by kind and element, not
/// by id, so renumbering is fine. A unit with one side only is not compared:
/// the missing side is `untranslated`'s finding. A page pair where most
/// linked units point at different places is one finding for the page.
public struct TagMismatch: Check {
    public static let id = "tag-mismatch"
    public static let defaultSeverity = Severity.error
    public static let summary = "The target's links, images or line breaks differ from the source's."
    public static let example = "en/index.html:22: error: [tag-mismatch] the English lacks the source's "
        + "<a href=\"/ko/about.html\">; put the link around the matching English words"
    public static let details = """
        Compares what a reader sees: link targets (the language part of the path, a language query parameter and \
        the fragment dropped; a link to the reader's language edition of the same site, or to the same page on the reader's country \
        mirror, is the same link), images \
        by their address (an image alone in its paragraph too: its alt text carries it, so a translation that \
        still shows an older screenshot is found) and line breaks (not one that ends its paragraph, which shows \
        nothing). Styling, anchors and a site's own \
        components (MDX, web components) are ignored, and a unit \
        with no counterpart is not compared. A page whose links mostly point elsewhere on the two sides is one \
        finding (its entries ordered otherwise, as an index sorted by each language's alphabet; when both sides \
        also have ten or more blocks with no counterpart in place, the finding counts them and `untranslated` \
        reports none of them), and so is one link rewritten the same way in three or more places. A link written from the page \
        (`./a.md`) and the same page written from the root (`/docs/a.md`) are one link, and so are a relative \
        link that climbs out of the site (`../std/…`) and the same path on a host (`https://doc.rust-lang.org/std/…`); \
        a macro written as a call (`{{jsxref("Array/at", "at()")}}`) is compared by its name and first argument, \
        and an MDN cross-reference (`jsxref`, `domxref`, `cssxref`, `Glossary`) is the link it makes, the same as a \
        Markdown link to that page. \
        Two relative links, each written from its own page (`programs/httpd.html`, `./programs/httpd.html`), are one \
        link when they name one page. A sentence that links the same places as its counterpart, some of them more \
        often, differs in nothing a reader follows. A name linked to its own page (`[noImplicitAny](/tsconfig#noImplicitAny)`, \
        `<a href="programs/httpd.html">httpd</a>`) that the translation writes without the link is one finding for \
        the page, all such names listed; a name the translation links and the original does not is no finding. \
        On Markdown pages it also \
        finds markup the reader sees as text: a link written with a space before its address (`[Harbor] \
        (https://…)`), and emphasis a Korean particle undid (`**정리(cleaned up)**됩니다`, `_chart archive_라고`), \
        which CommonMark cannot close there.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        Self.reportEmphasisShownAsText(input, into: &findings)
        var mismatches: [Mismatch] = []
        var linkedUnits: [Int: Int] = [:]
        // Whether the last unit asked about carries the same codes on both sides:
        // a unit's records are consecutive, so one answer at a time is enough
        // (a dictionary of every unit, keyed by arrays, was grown and hashed for each).
        var lastUnit: (key: SegmentPosition, agrees: Bool, segments: Int)?
        // The codes of the last unit that disagrees, both sides summed over its sentences.
        var unitCodes: (key: SegmentPosition, source: [String: Int], target: [String: Int])?
        var pageLinks: [Int: (source: [String: Int], target: [String: Int])] = [:]
        for (index, record) in input.segments.enumerated() {
            guard record.translatedTarget != nil, record.hasSource, !input.isPairedByPositionOnly(record) else { continue }
            let segment = input.segment(of: record)
            guard let target = segment.target else { continue }
            // A block whose two sides carry the same codes has no wrong link, even
            // when a link sits in a sentence the aligner cut differently on each side.
            let unitKey = SegmentPosition(file: record.fileIndex, unit: record.unitIndex)
            if lastUnit?.key != unitKey {
                let unit = input.unit(of: record)
                lastUnit = (unitKey, Self.sameCodes(in: unit), unit.segmentCount)
            }
            if lastUnit?.agrees == true { continue }
            let endsBlock = record.segmentIndex == lastUnit!.segments - 1
            var sourceCodes = Self.codes(segment.source, atBlockEnd: endsBlock)
            var targetCodes = Self.codes(target, atBlockEnd: endsBlock)
            if sourceCodes.counts != targetCodes.counts,
               Self.linkPlaces(segment.source) == Self.linkPlaces(target) {
                Self.countSharedLinksOnce(&sourceCodes.counts, &targetCodes.counts)
            }
            let links = sourceCodes.counts.keys.contains { $0.hasPrefix("link ") }
                || targetCodes.counts.keys.contains { $0.hasPrefix("link ") }
            if links { linkedUnits[record.fileIndex, default: 0] += 1 }
            guard sourceCodes.counts != targetCodes.counts else { continue }
            // An entry that is nothing but a link (a menu or contents line) is identified by
            // where it points: when the two sides point at different places the aligner paired
            // two different entries, not one with a wrong link.
            if Self.isLinkOnly(segment.source), Self.isLinkOnly(target),
                Set(sourceCodes.counts.keys).isDisjoint(with: targetCodes.counts.keys)
            {
                // Still evidence of a reordered page (below), never a finding of its own.
                mismatches.append(Mismatch(record: index, missing: [], extra: [], retargeted: true, rewrite: nil,
                                           isQuiet: true))
                continue
            }
            // An entry of a link list ("Related topics") that an aligner paired with the wrong
            // one: each link it has that the other side lacks is elsewhere on the other page,
            // where its real counterpart is.
            let namedEntries = Self.areListEntriesNamedByOtherLinks(input.unit(of: record).kind, segment.source, target)
            if segment.score != nil, Self.isLinkOnly(segment.source) || Self.isLinkOnly(target) || namedEntries {
                if pageLinks[record.fileIndex] == nil { pageLinks[record.fileIndex] = Self.links(ofFile: record.fileIndex, in: input) }
                let page = pageLinks[record.fileIndex]!
                let unmatched = Self.unmatchedLinks(sourceCodes.counts, targetCodes.counts)
                let extraLinks = Self.unmatchedLinks(targetCodes.counts, sourceCodes.counts)
                if !unmatched.isEmpty || !extraLinks.isEmpty,
                   unmatched.allSatisfy({ page.target[$0, default: 0] > 0 }),
                   extraLinks.allSatisfy({ page.source[$0, default: 0] > 0 })
                {
                    // Still evidence of a reordered page (below), never a finding of its own.
                    mismatches.append(Mismatch(record: index, missing: [], extra: [], retargeted: true, rewrite: nil,
                                               isQuiet: true))
                    continue
                }
            }
            // A code the sentence lacks that another sentence of the block's other side
            // has (and the block as a whole does not lack) moved between sentences: the
            // aligner paired the sentences of a paragraph written otherwise by position,
            // and the reader of the block misses no link.
            if lastUnit!.segments > 1, unitCodes?.key != unitKey {
                let totals = Self.blockCodes(of: input.unit(of: record))
                unitCodes = (unitKey, totals.source, totals.target)
            }
            let block = lastUnit!.segments > 1 ? unitCodes : nil
            var missing: [String] = [], extra: [String] = []
            var missingKeys: [String] = [], extraKeys: [String] = []
            for (code, count) in sourceCodes.counts.sorted(by: { $0.key < $1.key }) {
                let have = targetCodes.counts[code] ?? 0
                if let block, block.target[code, default: 0] >= block.source[code, default: 0] { continue }
                if have < count {
                    missing.append(sourceCodes.shown[code] ?? code)
                    missingKeys.append(code)
                }
            }
            for (code, count) in targetCodes.counts.sorted(by: { $0.key < $1.key }) {
                let have = sourceCodes.counts[code] ?? 0
                if let block, block.source[code, default: 0] >= block.target[code, default: 0] { continue }
                if have < count {
                    extra.append(targetCodes.shown[code] ?? code)
                    extraKeys.append(code)
                }
            }
            // A link to the reader's language edition of the site the original links to
            // (`ko.vite.dev` for `vite.dev`) is that link, whatever its page is called there;
            // so is the same page on the reader's country mirror (`ftp.kr.debian.org`).
            let file = input.file(of: record)
            for (missingIndex, missingShown) in missing.enumerated().reversed() {
                guard let address = Self.address(shown: missingShown),
                      let match = extra.firstIndex(where: { shown in
                          Self.address(shown: shown).map {
                              LinkAddress.sameSiteInAnotherLanguage(address, $0)
                                  || LinkAddress.localMirrorsNeutral(address) == LinkAddress.localMirrorsNeutral($0)
                                  || Self.samePageOtherwiseWritten(address, on: file.original, $0,
                                                                   on: file.targetOriginal ?? file.original)
                          } ?? false
                      }) else { continue }
                missing.remove(at: missingIndex)
                missingKeys.remove(at: missingIndex)
                extra.remove(at: match)
                extraKeys.remove(at: match)
            }
            // A translator's note (`(… - 옮긴이)`, `(역주: …)`) adds links the original has no place for.
            if Self.hasTranslatorsNote(record.translatedTarget ?? "", input.memory.targetLanguage) { extra = [] }
            if Self.hasTranslatorsNote(record.source, input.memory.sourceLanguage) { missing = [] }
            // A Markdown link written with a space before its address (`[Harbor]
            // (https://goharbor.io/)`) shows as text: the link is there, broken.
            var brokenLinks: [String] = []
            for (missingIndex, missingShown) in missing.enumerated().reversed() {
                guard let address = Self.address(shown: missingShown),
                      let written = Self.linkWrittenAsText(to: address, in: record.translatedTarget ?? "") else { continue }
                missing.remove(at: missingIndex)
                brokenLinks.insert(written, at: 0)
            }
            if !brokenLinks.isEmpty {
                findings.report(record, in: input, side: .target, message: Self.brokenLinkMessage(
                    brokenLinks, input.memory.targetLanguage))
                continue
            }
            // A link that shows its own address, which the other side writes out bare, is
            // that link: Markdown renderers link a bare address or e-mail by themselves
            // (Hugo's linkify, GFM), and the reader sees the address either way (Let's
            // Encrypt's privacy policy). A link named otherwise ("Harbor") is lost there.
            let texts = [record.source, record.translatedTarget ?? ""]
            for index in missing.indices.reversed() where Self.isWrittenOut(missing[index], inBoth: texts) {
                missing.remove(at: index)
                missingKeys.remove(at: index)
            }
            for index in extra.indices.reversed() where Self.isWrittenOut(extra[index], inBoth: texts) {
                extra.remove(at: index)
                extraKeys.remove(at: index)
            }
            let retargeted = sourceCodes.counts.keys.contains { $0.hasPrefix("link ") && targetCodes.counts[$0] == nil }
                && targetCodes.counts.keys.contains { $0.hasPrefix("link ") && sourceCodes.counts[$0] == nil }
            // A name linked to its own reference page (`<a href="programs/httpd.html">httpd</a>`,
            // `[noImplicitAny](/tsconfig#noImplicitAny)`), which the target writes without the
            // link: an original that has since linked every name of a kind (TypeScript's
            // compiler options, Apache httpd's programs and modules, which its build links from
            // markup the older translation lacks). A unit that lacks nothing else is one finding
            // for its page, below; a name the target links and the source does not takes the
            // reader nowhere wrong.
            var unlinked: [[String]] = []
            let differed = !missing.isEmpty || !extra.isEmpty
            if differed {
                let sourceLinks = Self.linkTexts(segment.source), targetLinks = Self.linkTexts(target)
                // The text as shown, inline code included (the prose text masks it).
                let sourceText = InlineContent.plainText(segment.source), targetText = InlineContent.plainText(target)
                for index in missing.indices.reversed()
                where Self.isLinkedName(Self.address(shown: missing[index]), texts: sourceLinks[missingKeys[index]],
                                        in: targetText) {
                    let names = sourceLinks[missingKeys[index]] ?? []
                    // The target links the name to another page (`mpm_common.html#user` for
                    // `mod_unixd.html#user`, a repository that moved): a link to update.
                    if extraKeys.contains(where: { targetLinks[$0] == names }) { continue }
                    unlinked.insert(names, at: 0)
                }
                for index in extra.indices.reversed()
                where Self.isLinkedName(Self.address(shown: extra[index]), texts: targetLinks[extraKeys[index]],
                                        in: sourceText)
                    && !missingKeys.contains(where: { sourceLinks[$0] == targetLinks[extraKeys[index]] }) {
                    extra.remove(at: index)
                    extraKeys.remove(at: index)
                }
            }
            // A unit whose only difference is names left without their links (the target's
            // extra links of its own names were dropped above).
            if !unlinked.isEmpty, unlinked.count == missing.count, extra.isEmpty {
                mismatches.append(Mismatch(record: index, missing: [], extra: [], retargeted: retargeted, rewrite: nil,
                                           unlinkedNames: unlinked.flatMap { $0 }))
                continue
            }
            guard !missing.isEmpty || !extra.isEmpty else {
                // Links to the same names, written otherwise: still evidence of a reordered
                // page (below), never a finding of its own.
                if retargeted, differed {
                    mismatches.append(Mismatch(record: index, missing: [], extra: [], retargeted: true, rewrite: nil,
                                               isQuiet: true))
                }
                continue
            }
            mismatches.append(Mismatch(record: index, missing: missing, extra: extra, retargeted: retargeted,
                                       rewrite: missing.count == 1 && extra.count == 1
                                           && missingKeys[0].hasPrefix("link ") && extraKeys[0].hasPrefix("link ")
                                           ? LinkRewrite(missing: Self.address(shown: missing[0]),
                                                         extra: Self.address(shown: extra[0])) : nil,
                                       linesOnly: (missingKeys + extraKeys).allSatisfy { $0 == "line break" }))
        }
        // A page pair where most linked units point elsewhere on the two sides is one problem:
        // its entries are ordered differently (an index sorted by each language's alphabet gave
        // 985 such findings on one GIMP page) or misaligned, not hundreds of wrong links.
        let retargetedPerFile = Dictionary(grouping: mismatches.filter(\.retargeted)) {
            input.segments[$0.record].fileIndex
        }
        var reordered = Set<Int>()
        for (file, members) in retargetedPerFile
        where members.count >= Self.reorderedMinimum && 2 * members.count >= linkedUnits[file, default: 0] {
            reordered.insert(file)
            let first = input.segments[members[0].record]
            let related = members.dropFirst().prefix(Self.relatedLimit).map { member -> RelatedLocation in
                let record = input.segments[member.record]
                return RelatedLocation(location: input.location(of: record, side: .target),
                                       unitID: input.unit(of: record).id, text: record.target)
            }
            let others = mismatches.count { input.segments[$0.record].fileIndex == file } - members.count
            findings.report(first, in: input, side: .target,
                            message: Self.reorderedMessage(members.count, of: linkedUnits[file, default: 0],
                                                           others: others),
                            relatedLocations: Array(related))
        }
        // One link rewritten the same way in many places (a repository or a profile
        // that moved: React's Korean pages link to github.com/facebook/react 29 times
        // where the English now says github.com/react/react) is one problem.
        var byRewrite: [LinkRewrite: [Int]] = [:]
        for (position, mismatch) in mismatches.enumerated() {
            guard let rewrite = mismatch.rewrite, !reordered.contains(input.segments[mismatch.record].fileIndex) else { continue }
            byRewrite[rewrite, default: []].append(position)
        }
        var grouped = Set<Int>()
        // Mismatches that are one problem: one finding at the first, the others related.
        func reportGroup(_ members: [Int], message: String) {
            grouped.formUnion(members)
            let related = members.dropFirst().prefix(Self.relatedLimit).map { member -> RelatedLocation in
                let record = input.segments[mismatches[member].record]
                return RelatedLocation(location: input.location(of: record, side: .target),
                                       unitID: input.unit(of: record).id, text: record.target)
            }
            findings.report(input.segments[mismatches[members[0]].record], in: input, side: .target,
                            message: message, relatedLocations: Array(related))
        }
        for (rewrite, members) in byRewrite.sorted(by: { $0.value[0] < $1.value[0] }) where members.count >= Self.rewriteMinimum {
            reportGroup(members, message: "the \(input.memory.targetLanguage.name) links to '\(rewrite.target)…' where the "
                + "source links to '\(rewrite.source)…', here and in \(members.count - 1) other places; update the links")
        }
        // Line breaks set apart on many sentences of one page (a translator who ends every
        // line of a Markdown page with two spaces: 32 findings on one page) are one habit.
        var lineBreaks: [Int: [Int]] = [:]
        for (position, mismatch) in mismatches.enumerated()
        where mismatch.linesOnly && !grouped.contains(position) && !mismatch.isQuiet {
            lineBreaks[input.segments[mismatch.record].fileIndex, default: []].append(position)
        }
        for (_, members) in lineBreaks.sorted(by: { $0.value[0] < $1.value[0] }) where members.count >= Self.rewriteMinimum {
            let extra = members.allSatisfy { mismatches[$0].missing.isEmpty }
            let missing = members.allSatisfy { mismatches[$0].extra.isEmpty }
            let differ = extra ? "have a line break the source lacks" : missing ? "lack the source's line break"
                : "break their lines where the source does not, or not where it does"
            reportGroup(members, message: "\(members.count) sentences on this page \(differ) (here and in the related "
                + "places); make the target's line breaks match the source's")
        }
        // Names left without their links on one page: one finding for the page.
        var unlinked: [Int: [Int]] = [:]
        for (position, mismatch) in mismatches.enumerated() where !mismatch.unlinkedNames.isEmpty {
            let file = input.segments[mismatch.record].fileIndex
            if !reordered.contains(file) { unlinked[file, default: []].append(position) }
        }
        for (_, members) in unlinked.sorted(by: { $0.value[0] < $1.value[0] }) {
            var names: [String] = []
            for member in members {
                for name in mismatches[member].unlinkedNames where !names.contains(name) { names.append(name) }
            }
            reportGroup(members, message: Self.unlinkedNamesMessage(names, places: members.count,
                                                                    input.memory.targetLanguage))
        }
        for (position, mismatch) in mismatches.enumerated()
        where !grouped.contains(position) && !mismatch.isQuiet && mismatch.unlinkedNames.isEmpty {
            let record = input.segments[mismatch.record]
            // On a reordered page no pair is evidence of a wrong link.
            if reordered.contains(record.fileIndex) { continue }
            findings.report(record, in: input, side: .target,
                            message: Self.message(missing: mismatch.missing, extra: mismatch.extra,
                                                  input.memory.targetLanguage))
        }
    }

    /// Korean translators mark what they add "옮긴이" (the translator) or
    /// "역주"/"역자 주" (translator's note), usually in parentheses at the end
    /// of the sentence.
    static func hasTranslatorsNote(_ text: String, _ language: Language) -> Bool {
        guard language == .korean, mayHaveTranslatorsNote(text) else { return false }
        return text.contains("옮긴이") || text.contains("역자 주") || text.contains("역자주")
            || text.contains("(역주") || text.contains("[역주") || text.contains("역주)")
    }

    /// False when `text` cannot hold a translator's note: every marker has
    /// 역 or 옮, and a text with neither, precomposed, nor a conjoining jamo
    /// (U+1100–U+11FF, with which Foundation's search still matches them by
    /// canonical equivalence) has none. Six Foundation searches of every
    /// mismatched unit's Korean text were most of this check's own time.
    static func mayHaveTranslatorsNote(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index + 2 < bytes.count {
                switch (bytes[index], bytes[index + 1], bytes[index + 2]) {
                case (0xEC, 0x97, 0xAD), (0xEC, 0x98, 0xAE), (0xE1, 0x84...0x87, _): return true // 역, 옮, a jamo
                default: index += 1
                }
            }
            return false
        }
    }

    /// One unit whose codes differ: what the target lacks and adds, and
    /// whether a link points at another place on each side.
    /// The link codes `codes` has more of than `other`.
    private static func unmatchedLinks(_ codes: [String: Int], _ other: [String: Int]) -> [String] {
        codes.filter { $0.key.hasPrefix("link ") && other[$0.key, default: 0] < $0.value }.map(\.key)
    }

    /// How often each link code occurs on each page of file `fileIndex`.
    private static func links(ofFile fileIndex: Int, in input: CheckInput)
        -> (source: [String: Int], target: [String: Int])
    {
        var source: [String: Int] = [:], target: [String: Int] = [:]
        for unit in input.memory.files[fileIndex].units {
            for segment in unit.segments {
                for (code, count) in codes(segment.source).counts where code.hasPrefix("link ") { source[code, default: 0] += count }
                for (code, count) in codes(segment.target ?? []).counts where code.hasPrefix("link ") {
                    target[code, default: 0] += count
                }
            }
        }
        return (source, target)
    }

    private struct Mismatch {
        var record: Int
        var missing: [String]
        var extra: [String]
        var retargeted: Bool
        /// One link of the source's, pointing elsewhere in the target: the rewrite it shows.
        var rewrite: LinkRewrite?
        /// A wrong pair of list entries: evidence of a reordered page, no finding.
        var isQuiet = false
        /// Nothing differs but line breaks.
        var linesOnly = false
        /// Names the source links to their own pages and the target writes
        /// without the links (`isLinkedName`): reported once per page, with
        /// nothing else of the unit's.
        var unlinkedNames: [String] = []
    }

    /// How a target's link differs from its source's when the two end alike:
    /// the parts before their common end (`github.com/facebook/react` for
    /// `github.com/react/react`, whatever file each names after it).
    struct LinkRewrite: Hashable {
        var source: String
        var target: String

        init?(missing: String?, extra: String?) {
            guard let missing, let extra else { return nil }
            let a = Array(missing), b = Array(extra)
            var common = 0
            while common < min(a.count, b.count), a[a.count - 1 - common] == b[b.count - 1 - common] { common += 1 }
            // Cut the common end at a path separator, so the parts are whole hosts or folders.
            var cut = common
            while cut > 0, a[a.count - cut] != "/" { cut -= 1 }
            source = String(a[..<(a.count - cut)])
            target = String(b[..<(b.count - cut)])
            guard !source.isEmpty, !target.isEmpty, source != target else { return nil }
        }
    }

    /// The address of a link as a finding shows it: a Markdown link's
    /// `](address "title")`, an HTML `<a href>`.
    static func address(shown: String) -> String? {
        if shown.hasPrefix("]("), shown.hasSuffix(")") {
            let inside = shown.dropFirst(2).dropLast()
            return String(inside.prefix { $0 != " " })
        }
        return StartTag.attribute("href", in: shown)
    }

    /// True when `shown` is a link (`](mailto:privacy@example.org)`,
    /// `<a href="https://example.org/">`) whose address, or e-mail address,
    /// both `texts` write out: the side with the link shows it as its text.
    static func isWrittenOut(_ shown: String, inBoth texts: [String]) -> Bool {
        guard var address = address(shown: shown) else { return false }
        if address.hasPrefix("mailto:") { address.removeFirst("mailto:".count) }
        guard address.count >= 6, address.contains("@") || address.contains("://") else { return false }
        return texts.allSatisfy { $0.contains(address) }
    }

    /// The text inside each link of `content`, by the link's comparison key
    /// (`VisibleCodes.key`): an HTML link's key is in its start tag, a
    /// Markdown link's in its end (`](address)`).
    static func linkTexts(_ content: [InlineContent]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        var open: [(id: Int, key: String?, text: String)] = []
        for piece in content {
            switch piece {
            case let .text(text):
                for index in open.indices { open[index].text += text }
            case let .start(id, element, original) where element.lowercased() == "a":
                open.append((id, VisibleCodes.key(element: element, original: original, kind: "start"), ""))
            case let .end(id, element, original) where element.lowercased() == "a":
                guard let index = open.lastIndex(where: { $0.id == id }) else { continue }
                let link = open.remove(at: index)
                guard let key = link.key ?? VisibleCodes.key(element: element, original: original, kind: "end"),
                      key.hasPrefix("link ") else { continue }
                result[key, default: []].append(link.text)
            default:
                continue
            }
        }
        return result
    }

    /// True when every text of the link to `address` is a name (one word,
    /// or a dotted or called one: `mod_speling`, `Array.prototype.slice()`,
    /// `MIME-type`) that the address ends in, as its last path part or its
    /// fragment, and that `otherText` writes too: the name linked to its own
    /// page, which the other side names without the link.
    static func isLinkedName(_ address: String?, texts: [String]?, in otherText: String) -> Bool {
        guard let end = addressEnd(address), let texts, !texts.isEmpty else { return false }
        let ends = [end.page, end.fragment].filter { !$0.isEmpty }
        guard !ends.isEmpty else { return false }
        return texts.allSatisfy { text in
            let name = text.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, !name.contains(" "), containsName(name, in: otherText) else { return false }
            // `Array.prototype.slice()` ends in `slice`.
            let tail = name.hasSuffix("()") ? name.dropLast(2) : Substring(name)
            let parts = [squeezed(tail), squeezed(tail.split(separator: ".").last ?? "")]
            return parts.contains { !$0.isEmpty && ends.contains($0) }
        }
    }

    /// Whether `text` has `name` as a whole identifier (case aside): not
    /// inside a longer one (`mod_cache` in `mod_cache_disk`), a Korean
    /// particle or an English plural after it allowed (`mod_cache를`, `UserDirs`).
    static func containsName(_ name: String, in text: String) -> Bool {
        func isIdentifierPart(_ character: Character?) -> Bool {
            guard let character, character.isASCII else { return false }
            // Not `-`: a flag is written `--noImplicitAny`.
            return character.isLetter || character.isNumber || character == "_"
        }
        var searched = text.startIndex..<text.endIndex
        while let found = text.range(of: name, options: .caseInsensitive, range: searched) {
            let before = found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : nil
            var end = found.upperBound
            // An English plural (`<a>UserDir</a>s`, "UserDirs을") is the name.
            if end < text.endIndex, text[end] == "s" { end = text.index(after: end) }
            let after = found.upperBound < text.endIndex ? text[found.upperBound] : nil
            let afterPlural = end < text.endIndex ? text[end] : nil
            if !isIdentifierPart(before), !isIdentifierPart(after) || !isIdentifierPart(afterPlural) { return true }
            searched = text.index(after: found.lowerBound)..<text.endIndex
        }
        return false
    }

    /// The page an address names, by its last path part without extension,
    /// and its fragment, each in letters and digits alone (`httpd` and `""`
    /// for `../programs/httpd.html`, `glossary` and `mimetype` for
    /// `glossary.html#mime-type`): what a link to a name's own page ends in.
    static func addressEnd(_ address: String?) -> (page: String, fragment: String)? {
        guard let address else { return nil }
        var path = address.prefix { $0 != "?" && $0 != "#" }
        while path.hasSuffix("/") { path = path.dropLast() }
        var last = path.split(separator: "/").last.map(Substring.init) ?? ""
        if let dot = last.lastIndex(of: "."), dot != last.startIndex { last = last[..<dot] }
        let fragment = address.firstIndex(of: "#").map { address[address.index(after: $0)...] } ?? ""
        return (squeezed(last), squeezed(fragment))
    }

    /// `text` lower-cased, in letters and digits alone.
    private static func squeezed<S: StringProtocol>(_ text: S) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            .map(Character.init))
    }

    /// `[text] (address)` in `text`, as written, when the text holds a link
    /// to `address` with white space between `]` and `(`: Markdown shows it
    /// as text, brackets and address and all.
    static func linkWrittenAsText(to address: String, in text: String) -> String? {
        guard !address.isEmpty, let found = text.range(of: "(" + address) else { return nil }
        var before = found.lowerBound
        var spaces = 0
        while before > text.startIndex, text[text.index(before: before)].isWhitespace {
            before = text.index(before: before)
            spaces += 1
        }
        guard spaces > 0, before > text.startIndex, text[text.index(before: before)] == "]",
              let open = text[..<before].lastIndex(of: "["),
              let close = text[found.upperBound...].firstIndex(of: ")") else { return nil }
        return String(text[open...close])
    }

    fileprivate static func brokenLinkMessage(_ links: [String], _ language: Language) -> String {
        let quoted = links.map { "'\($0.excerpt(60))'" }.joined(separator: ", ")
        return "the \(language.name) writes the link\(links.count == 1 ? "" : "s") \(quoted) with a space between ']' and "
            + "'(', which Markdown shows as text; remove the space"
    }

    /// A rewrite seen at least this often is one finding for all its places.
    static let rewriteMinimum = 3

    /// At least this many units of a page pair with links pointing elsewhere,
    /// and at least half its linked units, make the page one finding.
    static let reorderedMinimum = 10
    /// Related locations listed for a reordered page (the message gives the count).
    static let relatedLimit = 50

    /// True when the unit's sources together carry the codes its targets do.
    static func sameCodes(in unit: MemoryUnit) -> Bool {
        // Most units have nothing but text: no code to count on either side.
        // Segment by segment: `segments` builds an array for a unit of one segment.
        if (0..<unit.segmentCount).allSatisfy({ index in
            let segment = unit.segment(at: index)
            return isTextOnly(segment.source) && isTextOnly(segment.target ?? [])
        }) { return true }
        return codes(unit.segments.flatMap(\.source), atBlockEnd: true).counts
            == codes(unit.segments.flatMap { $0.target ?? [] }, atBlockEnd: true).counts
    }

    /// The codes of `unit`'s two sides, each summed over its sentences (a sentence
    /// with no counterpart included), counted as `codes` counts one sentence's.
    static func blockCodes(of unit: MemoryUnit) -> (source: [String: Int], target: [String: Int]) {
        var source: [String: Int] = [:], target: [String: Int] = [:]
        for index in 0..<unit.segmentCount {
            let segment = unit.segment(at: index), endsBlock = index == unit.segmentCount - 1
            source.merge(codes(segment.source, atBlockEnd: endsBlock).counts, uniquingKeysWith: +)
            if let text = segment.target { target.merge(codes(text, atBlockEnd: endsBlock).counts, uniquingKeysWith: +) }
        }
        if linkPlaces(unit.segments.flatMap(\.source)) == linkPlaces(unit.segments.flatMap { $0.target ?? [] }) {
            countSharedLinksOnce(&source, &target)
        }
        return (source, target)
    }

    private static func isTextOnly(_ content: [InlineContent]) -> Bool {
        content.allSatisfy { piece in
            if case .text = piece { return true }
            return false
        }
    }

    /// Each code a reader sees, as a key with its count, and how to show it (`VisibleCodes`).
    /// - Parameter atBlockEnd: `content` ends its block, where a line break with no text
    ///   after it shows nothing (`…감사합니다.<br/>` closing a paragraph; `<br />` before a
    ///   badge that the other page puts in a paragraph of its own) and is left out.
    static func codes(_ content: [InlineContent], atBlockEnd: Bool = false) -> (counts: [String: Int], shown: [String: String]) {
        guard atBlockEnd else { return VisibleCodes.counted(content) }
        let lastText = content.lastIndex { piece in
            if case let .text(text) = piece { return !text.allSatisfy(\.isWhitespace) }
            return false
        } ?? -1
        guard content[(lastText + 1)...].contains(where: isLineBreak) else { return VisibleCodes.counted(content) }
        return VisibleCodes.counted(content.enumerated().filter { $0.offset <= lastText || !isLineBreak($0.element) }.map(\.element))
    }

    /// Two sides that link the same places (`linkPlaces`) link them once
    /// each, however often each links them: a sentence that links `Number`
    /// twice (`{{jsxref("Number")}}의 정적 속성 … {{jsxref("Number")}} 객체`)
    /// sends its reader where the other's one link does. Images and line
    /// breaks still count one by one.
    static func countSharedLinksOnce(_ source: inout [String: Int], _ target: inout [String: Int]) {
        for code in Array(source.keys) where code.hasPrefix("link ") && target[code] != nil {
            source[code] = 1
            target[code] = 1
        }
    }

    /// The distinct places `content` links to: each link's page as the
    /// check compares it, with its fragment as written. Links are compared
    /// without their fragments (a Korean heading's generated anchor is not
    /// the English one's), so only the same fragments on both sides say that
    /// a page linked more often on one side is no other place: `core.html`
    /// linked twice for `#servername` and `#virtualhost` against once is a
    /// directive's link lost.
    static func linkPlaces(_ content: [InlineContent]) -> Set<String> {
        var places = Set<String>()
        for piece in content {
            let element: String, original: String, kind: String
            switch piece {
            case .text: continue
            case let .start(_, name, text): (element, original, kind) = (name, text, "start")
            case let .standalone(_, name, text): (element, original, kind) = (name, text, "standalone")
            case let .end(_, name, text): (element, original, kind) = (name, text, "end")
            }
            guard let key = VisibleCodes.key(element: element, original: original, kind: kind),
                  key.hasPrefix("link ") else { continue }
            var fragment = ""
            if let hash = original.firstIndex(of: "#") {
                fragment = String(original[hash...].prefix { !"\"') >".contains($0) })
            }
            places.insert(key + fragment)
        }
        return places
    }

    private static func isLineBreak(_ piece: InlineContent) -> Bool {
        if case let .standalone(_, element, _) = piece { return element.lowercased() == "br" }
        return false
    }

    /// True when every visible character of `content` is inside a link.
    static func isLinkOnly(_ content: [InlineContent]) -> Bool {
        var openLinks: [Int] = [], sawLink = false
        for piece in content {
            switch piece {
            case let .text(text):
                if openLinks.isEmpty, text.contains(where: { !$0.isWhitespace && !$0.isPunctuation }) { return false }
            case let .start(id, element, original):
                if opensLink(element, original) {
                    openLinks.append(id)
                    sawLink = true
                }
            case let .end(id, _, _):
                if openLinks.last == id { openLinks.removeLast() }
            case .standalone:
                continue
            }
        }
        return sawLink
    }


    /// Korean Markdown whose emphasis the reader sees as asterisks or
    /// underscores: CommonMark closes `**` right before a letter only when no
    /// punctuation precedes it (`**정리(cleaned up)**됩니다`, `**“이름”**가`
    /// stay as written), and `_` never before a letter (`_차트 아카이브_라고`),
    /// so a particle glued to the emphasis undoes it. Delimiters that are
    /// still in the parsed text, closing right before a Hangul letter, on a
    /// Markdown page whose other side emphasises there, are one finding.
    static func reportEmphasisShownAsText(_ input: CheckInput, into findings: inout FindingCollector) {
        guard let koreanSide = input.side(of: .korean) else { return }
        // The Markdown pages, found once: most memories have none, and their records are not walked.
        let markdown = Set(input.memory.files.indices.filter { index in
            let file = input.memory.files[index]
            let page = koreanSide == .source ? file.original : file.targetOriginal ?? ""
            return page.hasSuffix(".md") || page.hasSuffix(".mdx")
        })
        guard !markdown.isEmpty else { return }
        for record in input.segments where record.hasSource && record.translatedTarget != nil {
            guard markdown.contains(record.fileIndex),
                  let korean = input.text(of: record, in: .korean),
                  korean.utf8.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") }),
                  let shown = emphasisShownAsText(in: korean) else { continue }
            let segment = input.segment(of: record)
            let other = (koreanSide == .source ? segment.target : segment.source) ?? []
            guard other.contains(where: { piece in
                if case let .start(_, element, _) = piece { return element == "em" || element == "strong" }
                return false
            }) else { continue }
            let mark = shown.prefix { $0 == "*" || $0 == "_" }
            let rule = mark.hasPrefix("_") ? "'\(mark)' right before a letter"
                : "'\(mark)' right before a letter when punctuation precedes it"
            findings.report(record, in: input, side: koreanSide, message: "the Korean shows '\(shown.excerpt(40))' with "
                + "its emphasis marks: Markdown does not close \(rule); write <strong>…</strong> or <em>…</em> instead",
                            at: shown)
        }
    }

    /// The first `**…**`, `__…__`, `*…*` or `_…_` in `text` that opens after
    /// a space, punctuation or the start and closes right before a Hangul
    /// letter where CommonMark cannot close it, with the letter; nil when
    /// there is none.
    static func emphasisShownAsText(in text: String) -> String? {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard character == "*" || character == "_",
                  index == 0 || characters[index - 1].isWhitespace || characters[index - 1].isPunctuation else {
                index += 1
                continue
            }
            var run = 1
            while index + run < characters.count, characters[index + run] == character { run += 1 }
            let delimiter = String(repeating: character, count: run)
            let start = index + run
            guard run <= 2, start < characters.count, !characters[start].isWhitespace else {
                index += run
                continue
            }
            // The closing run on the same line.
            var end = start
            while end + run <= characters.count, characters[end] != "\n" {
                if String(characters[end..<end + run]) == delimiter, !characters[end - 1].isWhitespace,
                   end + run == characters.count || characters[end + run] != character {
                    // CommonMark does not close here: `_` before a letter, `*` before
                    // a letter after punctuation.
                    if end + run < characters.count, characters[end + run].unicodeScalars.first.map(Script.isHangul) == true,
                       character == "_" || characters[end - 1].isPunctuation {
                        return String(characters[index...(end + run)])
                    }
                    break
                }
                end += 1
            }
            index += run
        }
        return nil
    }

    /// Whether two addresses are one page written from the site's root on
    /// one side and from the page on the other (`/topics/plugins.md` and
    /// `../topics/plugins.md` or, on a page in `topics/`, `./plugins.md`):
    /// the relative one, resolved against the folder of the page that holds
    /// it, ends with the other.
    static func samePageOtherwiseWritten(_ first: String, on firstPage: String, _ second: String,
                                         on secondPage: String) -> Bool {
        func isRelative(_ address: String) -> Bool { address.hasPrefix("./") || address.hasPrefix("../") }
        // A heading of this page by its anchor (`#s3-static-website-hosting`) and by the
        // page's own address (`/ko/guides/deploy/aws/#s3-정적-웹사이트-호스팅`): the
        // anchor is the heading's words, translated.
        for (anchor, address, page) in [(first, second, secondPage), (second, first, firstPage)]
        where anchor.hasPrefix("#") && address.hasPrefix("/") && address.contains("#") {
            let own = LinkAddress.languageNeutral(String(page.split(separator: ".").dropLast().joined(separator: ".")))
            let linked = LinkAddress.languageNeutral(String(address.dropFirst()))
            if !linked.isEmpty, own == linked || own.hasSuffix("/" + linked) { return true }
        }
        for (relative, page, url) in [(first, firstPage, second), (second, secondPage, first)]
        where isRelative(relative) && url.contains("://") && Self.isOutsideTheSite(relative, from: page, as: url) {
            return true
        }
        // Two relative addresses of one page, each from its own page (`programs/httpd.html`
        // and `./programs/httpd.html`, `httpd.html` from `programs/` and `../programs/httpd.html`).
        if let one = Self.resolved(first, from: firstPage), let other = Self.resolved(second, from: secondPage),
           one == other { return true }
        let (relative, page, absolute): (String, String, String)
        if isRelative(first), second.hasPrefix("/"), !second.hasPrefix("//") {
            (relative, page, absolute) = (first, firstPage, second)
        } else if isRelative(second), first.hasPrefix("/"), !first.hasPrefix("//") {
            (relative, page, absolute) = (second, secondPage, first)
        } else {
            return false
        }
        if Self.isSourceFileLinkToBuiltPage(relative, absolute) { return true }
        guard let resolved = Self.resolved(relative, from: page) else { return false }
        let rooted = LinkAddress.languageNeutral(String(absolute.dropFirst()))
        return !rooted.isEmpty && (resolved == rooted || resolved.hasSuffix("/" + rooted))
    }

    /// A relative address (no scheme, not from the root, not an anchor)
    /// resolved from `page`'s folder, language-neutral; nil for any other.
    static func resolved(_ address: String, from page: String) -> String? {
        guard !address.isEmpty, !address.hasPrefix("/"), !address.hasPrefix("#"), !address.contains(":") else { return nil }
        var folders = page.split(separator: "/").dropLast().map(String.init)
        for segment in address.split(separator: "/") {
            if segment == "." { continue }
            if segment == ".." {
                guard !folders.isEmpty else { return nil }
                folders.removeLast()
            } else {
                folders.append(String(segment))
            }
        }
        let neutral = LinkAddress.languageNeutral(folders.joined(separator: "/"))
        return neutral.isEmpty ? nil : neutral
    }

    /// Whether `relative` climbs out of the site from `page` (more `..`
    /// than the page has folders below its language folder, or below the
    /// root) and `url` is the same path on a host: the original relies on
    /// being served beside what it links (the Rust book's `../std/…` under
    /// doc.rust-lang.org), and a translation served elsewhere must write the
    /// host (`https://doc.rust-lang.org/std/…`).
    static func isOutsideTheSite(_ relative: String, from page: String, as url: String) -> Bool {
        let path = relative.prefix { $0 != "#" && $0 != "?" }.split(separator: "/")
        let climbs = path.prefix { $0 == ".." || $0 == "." }.filter { $0 == ".." }.count
        let folders = page.split(separator: "/").dropLast()
        let depth = folders.count - (folders.lastIndex { LinkAddress.isLanguage($0.lowercased()) } ?? -1)
        guard climbs > 0, climbs >= depth,
              let scheme = url.range(of: "://") else { return false }
        let tail = LinkAddress.languageNeutral(path.drop { $0 == ".." || $0 == "." }.joined(separator: "/"))
        let hosted = url[scheme.upperBound...].drop { $0 != "/" }
        let key = LinkAddress.languageNeutral(String(hosted.dropFirst()))
        return !tail.isEmpty && (key == tail || key.hasSuffix("/" + tail))
    }

    /// Whether `relative` names a Markdown source file (`./library-structures.md`)
    /// and `absolute` the page the site builds from it, under the site's own
    /// address scheme (`/docs/handbook/declaration-files/library-structures.html`):
    /// a translator links the file that works where the sources are read, and the
    /// built address has folders of its own, so only the page's name can be
    /// compared (case, spaces and punctuation aside: `global.d.ts.md` builds
    /// `global-d-ts.html`). An absolute link to a source file (`/topics/a.md`)
    /// names the file itself and is resolved as written.
    static func isSourceFileLinkToBuiltPage(_ relative: String, _ absolute: String) -> Bool {
        func path(_ address: String) -> Substring {
            address.prefix { $0 != "#" && $0 != "?" }
        }
        func name(_ path: Substring) -> (slug: String, source: Bool)? {
            guard var last = path.split(separator: "/").last.map(String.init)?.lowercased() else { return nil }
            var source = false
            for sourceExtension in [".md", ".mdx"] where last.hasSuffix(sourceExtension) {
                last.removeLast(sourceExtension.count)
                source = true
            }
            for builtExtension in [".html", ".htm"] where last.hasSuffix(builtExtension) {
                last.removeLast(builtExtension.count)
            }
            let slug = last.unicodeScalars.split { !($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
                .map { String(String.UnicodeScalarView($0)) }.joined(separator: "-")
            return (slug, source)
        }
        guard let linked = name(path(relative)), linked.source,
              let built = name(path(absolute)), !built.source,
              // A folder's own page says nothing of which folder.
              !["index", "readme", ""].contains(linked.slug) else { return false }
        return linked.slug == built.slug
    }

    /// Whether a code opens a link: HTML's `<a href>`, Markdown's `[`.
    static func opensLink(_ element: String, _ original: String) -> Bool {
        element.lowercased() == "a" && (original == "[" || VisibleCodes.linkTarget(original) != nil)
    }

    /// Two list entries that each open with a link, to different places
    /// ("helm-git - Install charts…" and "helm-monitor - …"): a list of tools
    /// or pages names its entries by their links, so the two are different
    /// entries, paired wrongly when each link is elsewhere on the other page
    /// (the lists were reordered). Entries that open with the same link are
    /// one entry, and any other link that differs in them is a difference.
    static func areListEntriesNamedByOtherLinks(_ kind: BlockKind, _ source: [InlineContent],
                                                _ target: [InlineContent]) -> Bool {
        guard case .listItem = kind, let first = openingLink(source), let second = openingLink(target) else { return false }
        return first != second
    }

    /// The key of the link `content` opens with (white space aside), nil when it opens with anything else.
    static func openingLink(_ content: [InlineContent]) -> String? {
        var openID: Int?
        for (index, piece) in content.enumerated() {
            switch piece {
            case let .text(text) where openID == nil:
                if !text.allSatisfy(\.isWhitespace) { return nil }
            case let .start(id, element, original) where openID == nil:
                guard opensLink(element, original) else { return nil }
                openID = id
            case let .end(id, _, _) where id == openID:
                return codes(Array(content[...index])).counts.keys.first { $0.hasPrefix("link ") }
            case .standalone where openID == nil:
                return nil
            default:
                continue
            }
        }
        return nil
    }

    fileprivate static func reorderedMessage(_ count: Int, of linked: Int, others: Int) -> String {
        let more = others > 0 ? " (and \(others) more \(others == 1 ? "has" : "have") a link on one side only)" : ""
        return "\(count) of the \(linked) units with links on this page pair link to different pages on the two "
            + "sides\(more)" + reorderedConclusion
    }

    /// How the finding for a reordered page ends (`ReorderedPages` adds its counts before it).
    static let reorderedConclusion = ": the entries are ordered differently or paired wrongly; compare the two pages as a whole"

    fileprivate static func unlinkedNamesMessage(_ names: [String], places: Int, _ language: Language) -> String {
        let shown = names.prefix(3).map { "'\($0.excerpt(40))'" }.joined(separator: ", ")
            + (names.count > 3 ? " and \(names.count - 3) more" : "")
        let whereText = places == 1 ? "" : ", here and in \(places - 1) other place\(places == 2 ? "" : "s") on this page"
        return "the \(language.name) names \(shown) without the source's link\(names.count == 1 ? "" : "s") to "
            + "\(names.count == 1 ? "its" : "their") own page\(names.count == 1 ? "" : "s")\(whereText); link "
            + "\(names.count == 1 ? "it" : "them") as the source does"
    }

    fileprivate static func message(missing: [String], extra: [String], _ language: Language) -> String {
        var parts: [String] = []
        // "the source's line break", not "the source's a line break" (a Markdown break, shown in words).
        let owned = missing.map { $0 == VisibleCodes.markdownLineBreak ? "line break" : $0 }
        if !missing.isEmpty { parts.append("the \(language.name) lacks the source's \(owned.joined(separator: " "))") }
        if !extra.isEmpty { parts.append("the \(language.name) has \(extra.joined(separator: " ")) that the source lacks") }
        return parts.joined(separator: "; ") + "; make the target's links, images and line breaks match the source's"
    }
}
