import Foundation
import DariGlossary
import DariMemory
import DariModel
import DariText

/// `untranslated`: a sentence or block with no counterpart (a 1-0 or 0-1
/// bead), a missing or empty target, or English prose left on a Korean page
/// (`WrongLanguage`), whichever language is the original: a Korean page that
/// is mostly English is one finding for the page.
public struct Untranslated: Check {
    public static let id = "untranslated"
    public static let defaultSeverity = Severity.error
    public static let summary = "A sentence or block has no translation: no target, an empty one, or text on one side only."
    public static let example = "ko/prayer.html:57: error: [untranslated] '이번 주부터 온라인 중보기도 모임이…' has no English "
        + "translation; translate it on the English page"
    public static let details = """
        A 1-0 or 0-1 bead is a sentence or block the aligner found no counterpart for on the other page; a \
        memory from another tool may also hold segments with a missing or empty target. English prose on a \
        Korean page is untranslated too, whichever page is the original. One problem is one finding: a section \
        or a run of four or more blocks with no counterpart, three or more entries one list has on one page \
        only (new releases), one-sided sentences in a row in one block (an added passage, an old translation \
        left beside the new one), a run of English blocks on a Korean page (names and dates between them do not \
        end it), a page that is mostly in the other language (a block with English prose and no Hangul \
        counts as English), English left in the same block (a title) on most pages of one folder, a section of \
        the original (a heading and the blocks up to the next heading) at least half of whose blocks, three or \
        more, have no translation or are still in the original's language (its one-sided code blocks included), \
        and a table row the other page lacks, label and value. Text \
        without letters (a section number), a translator's note, a lead-in a translator adds before an example \
        (`예를 들면 다음과 같습니다:`, "For example:") and the caption one version gives an example whose code \
        has its counterpart (`예제`, "Example: MIME type") need no counterpart. Nor does the other half of a sentence the \
        translator split in two: the pair beside it is off the usual length ratio without it, or it carries the \
        pair's code and numbers, or it opens by pointing back (`이는`, `따라서`, `즉`) beside English with a clause \
        to split off (", which", ", so", "i.e."). A one-sided sentence on each side with the same inline code, a \
        block or two apart, is one sentence the aligner paired apart. A link's tooltip or an image's alt text \
        whose element the other page's paragraph lacks is part of that missing element (`tag-mismatch`), and an \
        image's alt text that repeats its figure's caption beside it is part of the caption's finding.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        let target = input.memory.targetLanguage, source = input.memory.sourceLanguage
        let koreanSide = input.side(of: .korean)
        var englishPages: [Int: PageLanguage] = [:]
        var englishSegments = Set<Position>()
        // Blocks whose one-sided Korean sentences translate the English copied beside them.
        var besideTranslation = Set<Position>()
        if let koreanSide {
            englishPages = Self.koreanPagesInEnglish(input, koreanSide: koreanSide)
            for (fileIndex, page) in englishPages.sorted(by: { $0.key < $1.key }) {
                findings.report(at: page.location, fileID: input.memory.files[fileIndex].id,
                                message: "\(page.location.file) is in English: \(page.korean) of \(page.blocks) blocks "
                                    + "are Korean; translate the page into Korean", identifiedByPage: true)
            }
            (englishSegments, besideTranslation) = reportEnglish(input, koreanSide: koreanSide, skipping: englishPages,
                                                                 into: &findings)
        }
        // A translation of an earlier version is one finding for its page (`EarlierVersion`).
        let earlier = input.earlierVersions.filter { englishPages[$0.key] == nil }
        for (fileIndex, page) in earlier.sorted(by: { $0.key < $1.key }) {
            let file = input.memory.files[fileIndex]
            findings.report(at: page.location, fileID: file.id, message: Self.earlierVersion(
                page, translation: file.targetOriginal ?? file.original, original: file.original, source: source,
                target: target), identifiedByPage: true)
        }
        let sectionUnits = reportMissingSections(input, skipping: englishSegments, earlier: earlier, into: &findings)
        /// The text of `record`'s one side, as the page shows it (inline code included).
        func text(_ record: SegmentRecord, _ side: Side) -> String {
            side == .source ? input.segment(of: record).sourceText : input.segment(of: record).targetText ?? ""
        }
        /// A sentence with no counterpart, on its own.
        func reportAlone(_ record: SegmentRecord, _ side: Side) {
            reportRun([record], side)
        }
        /// Sentences with no counterpart, one after another in one block: one
        /// edit (a passage added to one version, or an old translation left
        /// beside the new one), one finding at the first, the others related.
        func reportRun(_ records: [SegmentRecord], _ side: Side) {
            // The others' lines, once each, where they are not the first's.
            var lines = [input.location(of: records[0], side: side)]
            for record in records.dropFirst() {
                let location = input.location(of: record, side: side)
                if !lines.contains(location) { lines.append(location) }
            }
            // Cells of one table row (`areCellsOfOneRow`) are a row, not a block.
            let place = records.first!.unitIndex == records.last!.unitIndex ? "block" : "row"
            findings.report(records[0], in: input, side: side, message: side == .source
                ? Self.noTarget(text(records[0], side), more: records.count - 1, target, in: place)
                : Self.noSource(text(records[0], side), more: records.count - 1, source, in: place),
                relatedLocations: lines.dropFirst().map { RelatedLocation(location: $0) },
                covering: records.count > 1 ? records : [])
        }
        // The run of one-sided sentences being gathered, reported when the next one does not continue it.
        var run: (records: [SegmentRecord], side: Side)?
        func addToRun(_ record: SegmentRecord, _ side: Side) {
            if let (records, runSide) = run, let last = records.last, runSide == side,
               last.fileIndex == record.fileIndex,
               last.unitIndex == record.unitIndex && last.segmentIndex + 1 == record.segmentIndex
                || Self.areCellsOfOneRow(last, record, side: side, in: input) {
                run?.records.append(record)
                return
            }
            if let (records, runSide) = run { reportRun(records, runSide) }
            run = ([record], side)
        }
        // Each page pair's inline codes, read when a one-sided name is asked about.
        var inlineCodes: [Int: Set<String>] = [:]
        /// Whether `text` is one word without Hangul (`httpd`, `mod_rewrite`)
        /// that its page pair writes as inline code.
        func isCodeName(_ text: String, _ record: SegmentRecord) -> Bool {
            let name = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty, !name.contains(where: \.isWhitespace), !Script.containsHangul(name) else { return false }
            if inlineCodes[record.fileIndex] == nil { inlineCodes[record.fileIndex] = Self.inlineCodes(of: input.file(of: record)) }
            return inlineCodes[record.fileIndex]!.contains("`" + name.lowercased())
        }
        // One-sided entries of one list, reported together after the loop (`ListEntries`).
        var listEntries = ListEntries()
        let pairedApart = Self.pairsAcrossBlocks(input)
        for (index, record) in input.segments.enumerated() {
            // Only a sentence with one side is reported (below), and nothing
            // before that has an effect: the others skip the unit's and file's copies.
            guard record.hasSource != (record.translatedTarget != nil) else { continue }
            if earlier[record.fileIndex] != nil || Self.isSplitOff(index, in: input) || pairedApart.contains(Position(record)) {
                continue
            }
            if Self.belongsToAMissingElement(record, in: input) { continue }
            if englishSegments.contains(Position(record))
                || sectionUnits.contains(Position(file: record.fileIndex, unit: record.unitIndex)) { continue }
            // The Korean beside an English copy translates it (`copiesBesideTheirTranslation`).
            if besideTranslation.contains(Position(file: record.fileIndex, unit: record.unitIndex)),
               record.hasSource == (koreanSide == .source) { continue }
            let file = input.file(of: record)
            let unit = input.unit(of: record)
            // A block with no counterpart at all (the aligner's 1-0 / 0-1 unit)
            // is one finding, at its first sentence: the editor adds one block.
            let wholeBlockAlone = unit.segmentCount > 1 && (unit.targetLocation == nil) != (unit.sourceLocation == nil)
            if wholeBlockAlone, record.segmentIndex > 0 { continue }
            // A translator's note has no original by design.
            if !record.hasSource, TranslatorsNote.isMarked(
                wholeBlockAlone ? unit.segments.compactMap { $0.target.map(InlineContent.proseText) }.joined(separator: " ")
                    : record.translatedTarget ?? "", in: target) { continue }
            // Text without a letter (a section number "14.20.3.", a figure
            // "(3)", a lone symbol) reads the same in both languages, and so
            // does an appendix's section number ("F.2.").
            let text = record.hasSource ? record.source : record.translatedTarget ?? ""
            if !Self.hasLetter(text) || SectionNumber.isSectionNumber(text.trimmingCharacters(in: .whitespaces)) { continue }
            // "For example:" added by a translator before an example says nothing to translate back.
            if Self.isLeadIn(text) { continue }
            // Nor does a caption one version gives its example ("예제", "Example: MIME type").
            if Self.isCaptionOfPairedCode(record, in: input) { continue }
            // A name alone (a "See also" entry `httpd`), which the page pair writes as code
            // elsewhere: the other page has it in an inline code, which is not prose to pair.
            if isCodeName(text, record) { continue }
            if let english = input.side(of: .english), Self.isKoreanOnTheEnglishPage(record, englishSide: english) {
                continue
            }
            if record.hasSource {
                // A page with no counterpart at all is one missing-page finding, not one per sentence.
                guard file.targetOriginal != nil, record.translatedTarget == nil else { continue }
                if !listEntries.add(record, side: .source, in: input) { addToRun(record, .source) }
            } else if record.translatedTarget != nil, file.sourceOriginalExists {
                if !listEntries.add(record, side: .target, in: input) { addToRun(record, .target) }
            }
        }
        if let (records, side) = run { reportRun(records, side) }
        for (side, entries) in listEntries.lists {
            guard entries.count >= ListEntries.minimumEntries else {
                for record in entries { reportAlone(record, side) }
                continue
            }
            let related = entries.dropFirst().map { input.location(of: $0, side: side) }
            findings.report(entries[0], in: input, side: side,
                            message: Self.listEntries(text(entries[0], side), more: entries.count - 1,
                                                      lastLine: related.last?.line ?? 0,
                                                      missingIn: side == .source ? target : source,
                                                      isOriginal: side == .target),
                            relatedLocations: related.map { RelatedLocation(location: $0) })
        }
    }

    /// The one-sided entries of each list, in page order: entries a list
    /// gained on one page since the other was translated (new releases,
    /// features, links). Three or more in one list are one finding, an
    /// update of that list, wherever in it they are; fewer are found each.
    struct ListEntries {
        static let minimumEntries = 3

        struct Key: Hashable {
            var file: Int, side: Side, list: Substring
        }

        private var entries: [Key: [SegmentRecord]] = [:]
        private var order: [Key] = []

        /// Takes `record`, one-sided on `side`, when it is the first sentence
        /// of a list entry that has no counterpart at all.
        mutating func add(_ record: SegmentRecord, side: Side, in input: CheckInput) -> Bool {
            let unit = input.unit(of: record)
            guard case .listItem = unit.kind, record.segmentIndex == 0,
                  (side == .source ? unit.targetLocation : unit.sourceLocation) == nil,
                  let path = side == .source ? unit.sourcePath : unit.targetPath,
                  let entry = path.range(of: "/li[", options: .backwards) ?? path.range(of: "li[", options: .anchored)
            else { return false }
            let key = Key(file: record.fileIndex, side: side, list: path[..<entry.lowerBound])
            if entries[key] == nil { order.append(key) }
            entries[key, default: []].append(record)
            return true
        }

        /// Each list's side and entries, lists in the order their first entry was met.
        var lists: [(side: Side, entries: [SegmentRecord])] { order.map { ($0.side, entries[$0] ?? []) } }
    }

    /// True when `text` only introduces what follows (`예를 들면 다음과
    /// 같습니다:`, `다음과 같이:`, "For example:"): a sentence ending with a
    /// colon whose words are all words of such a formula. A translator adds
    /// one before an example or a command where the original runs on; there
    /// is nothing in it to carry to the other page.
    static func isLeadIn(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasSuffix(":") || trimmed.hasSuffix("：") else { return false }
        let words = trimmed.lowercased().split { !$0.isLetter }.map(String.init)
        return !words.isEmpty && words.allSatisfy(leadInWords.contains)
    }

    /// Whether `record`, one-sided, is the caption of a code example whose
    /// code has its counterpart: a short heading (`captionMaximumWords`)
    /// that its container (`<div class="example"><h3>예제</h3><pre>…`) holds
    /// with a code block right after it, paired. One version titles its
    /// examples and the other does not (the httpd manual's Korean "예제",
    /// "서버 설정"; its newer English "Example: MIME type"): the example is
    /// there on both pages, and its code is compared by `code-mismatch`. An
    /// example whose code is missing too is a missing section, caption and all.
    static func isCaptionOfPairedCode(_ record: SegmentRecord, in input: CheckInput) -> Bool {
        let file = input.file(of: record)
        let unit = file.units[record.unitIndex]
        guard case .heading = unit.kind, record.unitIndex + 1 < file.units.count else { return false }
        let side: Side = record.hasSource ? .source : .target
        let text = side == .source ? record.source : record.translatedTarget ?? ""
        guard text.split(whereSeparator: \.isWhitespace).count <= captionMaximumWords else { return false }
        let next = file.units[record.unitIndex + 1]
        guard next.kind == .code, next.sourceLocation != nil, next.targetLocation != nil,
              let path = side == .source ? unit.sourcePath : unit.targetPath,
              let nextPath = side == .source ? next.sourcePath : next.targetPath else { return false }
        func container(_ path: String) -> Substring { path[..<(path.lastIndex(of: "/") ?? path.startIndex)] }
        return !container(path).isEmpty && container(path) == container(nextPath)
    }

    /// Whether `next` opens the table cell right after `last`'s, in the same
    /// row on `side`: a row's label and value ("지원:", "아파치 2.0.51
    /// 이후부터") that the other page lacks are one row to add, not two.
    static func areCellsOfOneRow(_ last: SegmentRecord, _ next: SegmentRecord, side: Side, in input: CheckInput) -> Bool {
        guard next.unitIndex == last.unitIndex + 1, next.segmentIndex == 0, last.fileIndex == next.fileIndex else { return false }
        let file = input.file(of: next)
        func row(_ unit: MemoryUnit) -> Substring? {
            guard let path = side == .source ? unit.sourcePath : unit.targetPath,
                  let cell = path.range(of: "/tr[", options: .backwards),
                  let close = path[cell.upperBound...].firstIndex(of: "]") else { return nil }
            return path[...close]
        }
        guard let first = row(file.units[last.unitIndex]) else { return false }
        return first == row(file.units[next.unitIndex])
    }

    /// The most words a caption of an example has ("Example: File extension").
    static let captionMaximumWords = 4

    /// The words of the formulas that introduce an example, in both languages.
    static let leadInWords: Set<String> = [
        "예를", "들면", "들어", "들어서", "예컨대", "예", "예시", "예시는", "예시로", "다음과", "다음", "다음처럼", "아래와", "아래",
        "아래처럼", "같습니다", "같이", "같다", "이렇게", "이와", "for", "example", "instance", "e", "g", "as", "follows",
        "like", "this", "here", "is", "an",
    ]

    /// Whether the one-sided sentence `input.segments[index]` is part of its
    /// neighbour's translation: a translator who splits one long sentence in
    /// two (or joins two) leaves one of them without a partner when the
    /// sentence aligner pairs the other. Length tells: the neighbour's pair
    /// is off the usual length ratio without the sentence (|z| ≥ 0.9, in
    /// spreads of the log ratio) and close to it with the sentence
    /// (|z| ≤ 0.5). A sentence appended to a balanced pair makes it worse,
    /// and stays reported. The ratio is that of a translation: a neighbour
    /// whose Korean side has no Hangul (English left on the Korean page) is
    /// no evidence, or a sentence added to the original next to a stale
    /// English copy would pass for half of it.
    static func isSplitOff(_ index: Int, in input: CheckInput) -> Bool {
        let record = input.segments[index]
        let unit = input.unit(of: record)
        guard unit.sourceLocation != nil, unit.targetLocation != nil,
              record.hasSource != (record.translatedTarget != nil) else { return false }
        let sourceIsKorean = input.memory.sourceLanguage == .korean
        let loneText = record.hasSource ? record.source : record.translatedTarget ?? ""
        let lone = Self.letters(loneText)
        let loneIsKorean = record.hasSource == sourceIsKorean
        let opener = loneIsKorean ? Self.continuationOpener(of: loneText) : nil
        for neighbour in [index - 1, index + 1] where input.segments.indices.contains(neighbour) {
            let other = input.segments[neighbour]
            guard other.fileIndex == record.fileIndex, other.unitIndex == record.unitIndex, other.hasSource,
                  let translation = other.translatedTarget else { continue }
            let (source, target) = (Self.letters(other.source), Self.letters(translation))
            let koreanText = sourceIsKorean ? other.source : translation
            guard Script.containsHangul(koreanText) else { continue }
            let (korean, english) = sourceIsKorean ? (source, target) : (target, source)
            let before = Self.lengthZ(korean: korean, english: english)
            let after = loneIsKorean ? Self.lengthZ(korean: korean + lone, english: english)
                : Self.lengthZ(korean: korean, english: english + lone)
            if abs(before) >= 0.9, abs(after) <= 0.5 { return true }
            if Self.carriesPartOf(record, neighbour: other, in: input) { return true }
            if let opener, Self.joinsAClause(sourceIsKorean ? translation : other.source, opening: neighbour > index,
                                             restating: Self.restatingOpeners.contains(opener)) {
                return true
            }
        }
        return false
    }

    /// The opener with which the Korean `text` points back at the sentence
    /// before it (`이는`, `이를 통해`, `이때`) or draws its consequence
    /// (`따라서`, `그러면`, `즉`): the second half of an English sentence
    /// that the translator made a sentence of its own ("…, which we will
    /// cover shortly" → `이에 대해서는 곧 다룹니다.`; "…, so you can't use
    /// React's JSX transform" → `따라서 …`). Beside a translated sentence of
    /// the same block, such a sentence is that translation's other half,
    /// whatever the lengths say: Korean translations run long, so a half
    /// rarely unbalances the pair. Read on ten site pairs (issue 17,
    /// docs/benchmarks/real-sites.md), 27 of 32 such lone sentences were a
    /// translator's split; the other 5 stood beside a sentence paired with
    /// another one on pages translated from an older original. The English
    /// beside it must have a clause to split off (`joinsAClause`): a Korean
    /// sentence added beside a plain one is reported.
    static func continuationOpener(of text: String) -> String? {
        let text = text.trimmingCharacters(in: .whitespaces)
        return continuationOpeners.first { opener in
            guard text.hasPrefix(opener) else { return false }
            var rest = text.dropFirst(opener.count)
            // A noun takes its particle (`이때는`, `이 경우에`).
            if continuationNouns.contains(opener), let particle = ["에는", "에도", "에", "는", "도"].first(where: rest.hasPrefix) {
                rest = rest.dropFirst(particle.count)
            }
            // The opener is a word of its own: `이는` but not `이는지`, `즉` but not `즉시`.
            guard let next = rest.unicodeScalars.first else { return false }
            return !Script.isHangul(next)
        }
    }

    /// Whether the English `text` carries a clause a translator would make a
    /// sentence of its own: a relative or consequence clause, a restatement,
    /// a cause (", which …", ", so …", "; …", " - i.e. …", "because …"), or,
    /// when it comes after the lone Korean sentence (`opening`), a start
    /// that points back ("This is a waterfall: …"). Without one, a Korean
    /// sentence opening with `이는` beside it is a sentence of its own: added
    /// to the translation, or kept from an older original.
    /// A restatement (`restating`: `즉`, `다시 말해`) may also follow a
    /// semicolon ("…has no effect on the DOM; it is the same as if…").
    static func joinsAClause(_ text: String, opening: Bool, restating: Bool = false) -> Bool {
        let lower = " " + text.lowercased() + " "
        if clauseJoiners.contains(where: lower.contains) { return true }
        if restating, lower.contains(";") { return true }
        // A colon inside the sentence (not one that introduces what follows it).
        let core = text.trimmingCharacters(in: .whitespaces)
        if core.dropLast().contains(": ") { return true }
        return opening && pointingStarts.contains { lower.hasPrefix(" " + $0 + " ") }
    }

    /// What joins a clause a Korean translation may split off (lower case,
    /// spaced). Not a semicolon: technical English joins two statements with
    /// one far more often than a translator splits there.
    static let clauseJoiners = [
        ", which", " which ", ", so ", " so that ", " so you ", " so we ", " - ", " — ", " – ", "i.e.", "that is,",
        " meaning", " because ", " since ", " therefore", " thus", " hence", "vice versa", "vice-versa", " otherwise",
        "as a result", "in other words", "in this case", "in which case", ", where ", " when ", " and so ",
        "much like", "just like",
    ]

    /// The openers that restate the sentence before.
    static let restatingOpeners = ["즉", "다시 말해", "다시 말하면"]

    /// Words that open an English sentence by pointing back at the one before.
    static let pointingStarts = ["this", "that", "these", "those", "it", "so", "thus", "therefore", "then"]

    /// Openers of a Korean sentence that continue the one before it: a
    /// demonstrative pointing back (이 + particle or noun) or a connective of
    /// consequence, cause or restatement ("…, because …" → `왜냐하면 …`). Contrast (`하지만`, `그러나`) and
    /// addition (`또한`) are left out: they as often open a sentence a
    /// translator added or kept from an older original.
    static let continuationOpeners: [String] = [
        "이는", "이를", "이에", "이것은", "이것이", "이것을", "이로써", "이로 인해", "이 때문에", "이렇게", "이와 같이",
        "이처럼", "이 경우", "이때", "이 때", "따라서", "그래서", "그러므로", "그러면", "즉", "반대로", "반대의 경우",
        "그 결과", "결과적으로", "왜냐하면", "그렇지 않으면", "다시 말해", "다시 말하면",
    ]

    /// The openers that end in a noun, which may take a particle.
    static let continuationNouns: Set<String> = ["이 경우", "이때", "이 때", "반대의 경우", "그 결과"]

    /// Whether `record` is the attribute text (a link's `title` tooltip, an
    /// image's `alt`) of an element that the other page's version of its
    /// paragraph lacks altogether (the English `<a href="glossary.html#apr"
    /// title="see glossary">` beside a Korean paragraph with no glossary
    /// link): the missing element is `tag-mismatch`'s one finding, and its
    /// tooltip is part of it, not a sentence to translate on its own.
    static func belongsToAMissingElement(_ record: SegmentRecord, in input: CheckInput) -> Bool {
        let file = input.memory.files[record.fileIndex]
        let unit = file.units[record.unitIndex]
        let side: Side = record.hasSource ? .source : .target
        guard case let .attribute(name) = unit.kind, let path = side == .source ? unit.sourcePath : unit.targetPath,
              let at = path.range(of: "@" + name, options: .backwards) else { return false }
        let text = record.hasSource ? record.source : record.translatedTarget ?? ""
        // The paragraph that holds the element: the nearest unit before it whose path on this side
        // is the start of the attribute's (`…/p[1]` for `…/p/a[1]@title`; an index of 1 may be left out).
        func withoutFirstIndexes(_ path: Substring) -> String { path.replacingOccurrences(of: "[1]", with: "") }
        let elementPath = withoutFirstIndexes(path[..<at.lowerBound])
        for hostIndex in stride(from: record.unitIndex - 1, through: max(0, record.unitIndex - 20), by: -1) {
            let host = file.units[hostIndex]
            guard let hostPath = side == .source ? host.sourcePath : host.targetPath else { continue }
            guard elementPath.hasPrefix(withoutFirstIndexes(Substring(hostPath)) + "/") else { continue }
            // The element that carries the attribute, and whether the other side has one with its address.
            let own = host.segments.flatMap { side == .source ? $0.source : $0.target ?? [] }
            let other = host.segments.flatMap { side == .source ? $0.target ?? [] : $0.source }
            guard !other.isEmpty else { return false }
            func tags(_ content: [InlineContent]) -> [String] {
                content.compactMap { piece in
                    switch piece {
                    case let .start(_, _, original), let .standalone(_, _, original): original
                    default: nil
                    }
                }
            }
            let written = name + "=\"" + text.trimmingCharacters(in: .whitespaces) + "\""
            guard let element = tags(own).first(where: { $0.contains(written) }),
                  let address = StartTag.address(in: element) else { return false }
            let key = LinkAddress.languageNeutral(address)
            return !tags(other).contains { StartTag.address(in: $0).map { LinkAddress.languageNeutral($0) == key } ?? false }
        }
        return false
    }

    /// Whether `record`'s unit is an attribute text (an image's `alt`, a
    /// tooltip) that a block beside it on the Korean page holds word for word:
    /// a figure whose title and alt text say the same (the GIMP manual's
    /// `<p class="title">그림 17.352. “Checkerboard” filter options</p>` over
    /// `<img alt="“Checkerboard” filter options">`), left in English, is one
    /// English caption to translate, found at the caption.
    static func repeatsItsCaption(_ record: SegmentRecord, in input: CheckInput, koreanSide: Side) -> Bool {
        repeatsItsCaption(unit: record.unitIndex, of: input.memory.files[record.fileIndex], koreanSide: koreanSide)
    }

    /// Whether unit `unitIndex` of `file` repeats its caption (see above).
    static func repeatsItsCaption(unit unitIndex: Int, of file: MemoryFile, koreanSide: Side) -> Bool {
        let unit = file.units[unitIndex]
        guard case .attribute = unit.kind else { return false }
        func text(_ unit: MemoryUnit) -> String {
            unit.segments.compactMap { koreanSide == .source ? $0.sourceText : $0.targetText }
                .joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let own = text(unit)
        guard own.contains(where: \.isLetter) else { return false }
        let near = max(0, unitIndex - captionDistance)...min(file.units.count - 1, unitIndex + captionDistance)
        return near.contains { index in
            guard index != unitIndex else { return false }
            if case .attribute = file.units[index].kind { return false }
            return text(file.units[index]).contains(own)
        }
    }

    /// How many units away a figure's caption may be from its image's alt text.
    static let captionDistance = 3

    /// One-sided sentences that translate each other a block or two apart:
    /// the aligner paired their blocks otherwise (a paragraph the translation
    /// joins to the next, a list item it moves). A sentence on each side with
    /// the same inline code (one or more, compared lower-cased, and nothing
    /// else that is copied verbatim differing), at most two blocks apart, as
    /// long as a translation of it is (|z| ≤ 1), is one translated sentence,
    /// not two untranslated ones (`자세한 내용은 kubectl logs 문서를 참조한다.`
    /// three blocks from "See the kubectl logs documentation for more
    /// details."). Each sentence pairs with its nearest such partner once.
    static func pairsAcrossBlocks(_ input: CheckInput) -> Set<Position> {
        var lone: [Int: (sources: [SegmentRecord], targets: [SegmentRecord])] = [:]
        for record in input.segments where record.hasSource != (record.translatedTarget != nil) {
            if record.hasSource { lone[record.fileIndex, default: ([], [])].sources.append(record) } else {
                lone[record.fileIndex, default: ([], [])].targets.append(record)
            }
        }
        let sourceIsKorean = input.memory.sourceLanguage == .korean
        func codes(_ record: SegmentRecord) -> Set<String> {
            let segment = input.segment(of: record)
            return Self.verbatim(record.hasSource ? segment.source : segment.target ?? [])
        }
        var paired = Set<Position>()
        for (_, sides) in lone where !sides.sources.isEmpty && !sides.targets.isEmpty {
            // Both sides are in memory order: each source looks only at the targets two blocks around it.
            var targetCodes: [Int: Set<String>] = [:], taken = Set<Int>(), first = 0
            for source in sides.sources {
                while first < sides.targets.count, sides.targets[first].unitIndex < source.unitIndex - 2 { first += 1 }
                let sourceCodes = codes(source)
                guard sourceCodes.contains(where: { $0.hasPrefix("`") }) else { continue }
                let sourceLetters = Self.letters(source.source)
                var partner: Int?
                for index in first..<sides.targets.count {
                    let target = sides.targets[index]
                    guard target.unitIndex <= source.unitIndex + 2 else { break }
                    guard !taken.contains(index), target.unitIndex != source.unitIndex else { continue }
                    if targetCodes[index] == nil { targetCodes[index] = codes(target) }
                    guard targetCodes[index] == sourceCodes else { continue }
                    let targetLetters = Self.letters(target.translatedTarget ?? "")
                    let (korean, english) = sourceIsKorean ? (sourceLetters, targetLetters) : (targetLetters, sourceLetters)
                    guard abs(Self.lengthZ(korean: korean, english: english)) <= 1 else { continue }
                    // The nearest; the earlier of two as near.
                    if let best = partner, abs(sides.targets[best].unitIndex - source.unitIndex)
                        <= abs(target.unitIndex - source.unitIndex) { continue }
                    partner = index
                }
                guard let partner else { continue }
                taken.insert(partner)
                paired.insert(Position(source))
                paired.insert(Position(sides.targets[partner]))
            }
        }
        return paired
    }

    /// Whether the lone sentence `record` carries what its neighbour's
    /// translation left out: the inline code and numbers it shares with the
    /// neighbour's other side are missing from the neighbour's own side
    /// (`…unlike import.meta.env.X in JS, where it is undefined` split off
    /// as `이와는 달리 JS는 import.meta.env.X로 … undefined로 …`). Code and
    /// numbers are copied verbatim, so they say where the content went when
    /// the lengths cannot (a wordy translation). Either everything it
    /// carries comes from there, or two items or more do: a translator who
    /// splits a sentence may add a code of their own to explain it (`이 때
    /// 가상 모듈의 이름은 virtual:posts 또는 virtual:posts/helpers와 같이
    /// 플러그인 이름인 posts를…`), while a sentence added to the page rarely
    /// repeats two codes its neighbour's translation dropped.
    static func carriesPartOf(_ record: SegmentRecord, neighbour: SegmentRecord, in input: CheckInput) -> Bool {
        let lone = input.segment(of: record), pair = input.segment(of: neighbour)
        guard let pairTarget = pair.target else { return false }
        let carried = Self.verbatim(record.hasSource ? lone.source : lone.target ?? [])
        guard !carried.isEmpty else { return false }
        let (other, own) = record.hasSource ? (pairTarget, pair.source) : (pair.source, pairTarget)
        let shared = carried.intersection(Self.verbatim(other))
        let dropped = shared.subtracting(Self.verbatim(own))
        guard !dropped.isEmpty else { return false }
        return shared.count == carried.count || dropped.count >= 2
    }

    /// The inline code texts (lower-cased) and digit runs of `content`:
    /// what a translation copies verbatim.
    static func verbatim(_ content: [InlineContent]) -> Set<String> {
        var result = Set<String>()
        var code = "", open: Int?
        func digitRuns(_ text: String) {
            var run = ""
            for scalar in text.unicodeScalars {
                if Script.isDigit(scalar) { run.unicodeScalars.append(scalar); continue }
                if !run.isEmpty { result.insert("#" + run); run = "" }
            }
            if !run.isEmpty { result.insert("#" + run) }
        }
        for piece in content {
            switch piece {
            case let .start(id, element, _) where open == nil && InlineContent.codeElements.contains(element):
                open = id
                code = ""
            case let .end(id, _, _) where id == open:
                let text = code.trimmingCharacters(in: .whitespaces).lowercased()
                if !text.isEmpty { result.insert("`" + text) }
                open = nil
            case let .text(text):
                if open != nil { code += text } else { digitRuns(text) }
            default:
                break
            }
        }
        return result
    }

    /// Non-space characters.
    private static func letters(_ text: String) -> Int {
        text.unicodeScalars.count { !Script.isWhitespace($0) }
    }

    /// How far an English–Korean length pair is from the usual ratio (2.1
    /// English characters per Korean one), in spreads (0.45) of its log.
    private static func lengthZ(korean: Int, english: Int) -> Double {
        log((Double(english) + 1) / (2.1 * Double(korean) + 1)) / 0.45
    }

    /// A section missing on one page (a heading with no counterpart and the
    /// blocks after it that have none either) is one finding, at its heading,
    /// with its other blocks as related locations; so is a run of
    /// `minimumHeadlessRun` blocks or more with no counterpart and no heading
    /// of their own (the entries a changelog or a list gained since the
    /// translation). Returns the units covered ([file, unit]).
    private func reportMissingSections(_ input: CheckInput, skipping covered: Set<Position>,
                                       earlier: [Int: EarlierVersion],
                                       into findings: inout FindingCollector) -> Set<Position> {
        var sectionUnits = Set<Position>()
        let target = input.memory.targetLanguage, source = input.memory.sourceLanguage
        // Each unit's records, found once (a filter per section would go over the whole memory each time),
        // and only when there is a section: most memories have none.
        var recordsOfUnit: [Position: [SegmentRecord]]?
        for (fileIndex, file) in input.memory.files.enumerated() where file.isPaired && earlier[fileIndex] == nil {
            for section in Self.missingSections(of: file, fileIndex: fileIndex, skipping: covered) {
                let (index, end, side, isHeaded) = (section.units.lowerBound, section.units.upperBound, section.side,
                                                    section.isHeaded)
                let grouped = recordsOfUnit ?? Dictionary(grouping: input.segments) {
                    Position(file: $0.fileIndex, unit: $0.unitIndex)
                }
                recordsOfUnit = grouped
                let records = (index..<end).flatMap { grouped[Position(file: fileIndex, unit: $0)] ?? [] }
                guard let first = records.first else { continue }
                let related = records.dropFirst().filter { $0.segmentIndex == 0 }
                    .map { RelatedLocation(location: input.location(of: $0, side: side)) }
                let title = side == .source ? first.source : first.translatedTarget ?? ""
                // The last block may be code, which has no record (`SegmentRecords`).
                let lastUnit = file.units[end - 1]
                let lastLine = max((side == .source ? lastUnit.sourceLocation : lastUnit.targetLocation)?.line ?? 0,
                                   related.last?.location.line ?? 0)
                let message: String
                if isHeaded {
                    let section = "the section '\(title.excerpt(40))' (\(end - index) blocks"
                        + (lastLine > 0 ? ", to line \(lastLine))" : ")")
                    message = side == .source
                        ? section + " has no \(target.name) translation; translate it on the \(target.name) page"
                        : section + " has no \(source.name) original; add it to the \(source.name) page, or delete it if "
                            + "it no longer belongs"
                } else {
                    // Quoted by its first text of two words or more: a run that starts at a
                    // "top" link or a one-word label is known by what follows.
                    let quoted = records.lazy.map { side == .source ? $0.source : $0.translatedTarget ?? "" }
                        .first { $0.split(whereSeparator: \.isWhitespace).count >= 2 } ?? title
                    let run = "\(end - index) blocks in a row from '\(quoted.excerpt(40))'"
                        + (lastLine > 0 ? " (to line \(lastLine))" : "")
                    message = side == .source
                        ? run + " have no \(target.name) translation; translate them on the \(target.name) page"
                        : run + " have no \(source.name) original; add them to the \(source.name) page, or delete them "
                            + "if they no longer belong"
                }
                findings.report(first, in: input, side: side, message: message, relatedLocations: related,
                                covering: records)
                for unit in index..<end { sectionUnits.insert(Position(file: fileIndex, unit: unit)) }
            }
        }
        return sectionUnits
    }

    /// The runs of blocks on one side of `file` only that are one problem
    /// each, a missing section: a heading and what follows it, or
    /// `minimumHeadlessRun` blocks or more. Blocks at `covered` (segment 0
    /// of the unit) end a run. Other checks leave the blocks of a section to
    /// its one `untranslated` finding (a code block in it is no
    /// `code-mismatch` of its own).
    static func missingSections(of file: MemoryFile, fileIndex: Int, skipping covered: Set<Position> = [])
        -> [(units: Range<Int>, side: Side, isHeaded: Bool)] {
        /// The side the unit at `index` has alone (nil: both or neither),
        /// read in place: copying every unit to ask was most of this function's time.
        func loneSide(_ index: Int) -> Side? {
            let hasSource = file.units[index].sourceLocation != nil, hasTarget = file.units[index].targetLocation != nil
            guard hasSource != hasTarget else { return nil }
            return hasSource ? .source : .target
        }
        var sections: [(units: Range<Int>, side: Side, isHeaded: Bool)] = []
        var index = 0
        while index < file.units.count {
            guard let side = loneSide(index), !covered.contains(Position(file: fileIndex, unit: index, segment: 0))
            else {
                index += 1
                continue
            }
            var end = index + 1
            while end < file.units.count, loneSide(end) == side,
                  !covered.contains(Position(file: fileIndex, unit: end, segment: 0)) { end += 1 }
            let isHeaded: Bool
            if case .heading = file.units[index].kind { isHeaded = true } else { isHeaded = false }
            guard end - index >= (isHeaded ? 2 : minimumHeadlessRun) else {
                index = isHeaded ? end : index + 1
                continue
            }
            sections.append((index..<end, side, isHeaded))
            index = end
        }
        return sections
    }

    /// English on a Korean page, one finding per problem: a run of blocks
    /// that are wholly English (a section pasted from the English page) is one
    /// finding at its first block, with the others as related locations; a
    /// Korean block with English sentences left in it is one finding at the
    /// first of them. Returns the segments covered ([file, unit, segment]),
    /// which get no other `untranslated` finding (on a page that is mostly
    /// English too).
    private func reportEnglish(_ input: CheckInput, koreanSide: Side, skipping pages: [Int: PageLanguage],
                               into findings: inout FindingCollector) -> (covered: Set<Position>, besideTranslation: Set<Position>) {
        var covered = Set<Position>()
        var besideTranslation = Set<Position>()
        var run: [(record: SegmentRecord, sentences: [Substring], covered: [SegmentRecord])] = []
        var runIsBesideTranslation = false
        // Blocks that are English alone, reported at the end: one left in English at
        // the same place on most pages of a folder is one choice (`sameBlockAcrossFolder`).
        var loneBlocks: [(record: SegmentRecord, sentences: [Substring], covered: [SegmentRecord])] = []
        // Every block reported as English, lone or in a section: a folder's
        // pages count whichever finding their block is part of.
        var englishBlocks: [SegmentRecord] = []
        // Quotations (an `aside` or a `blockquote`) left in English, lone or with
        // their credit line, reported at the end: kept in the original on most pages
        // of a folder, they are one choice (`quotationsAcrossFolder`).
        var quotations: [[(record: SegmentRecord, sentences: [Substring], covered: [SegmentRecord])]] = []
        func flush() {
            guard let first = run.first else { return }
            if !runIsBesideTranslation { englishBlocks += run.map(\.record) }
            if !runIsBesideTranslation, Self.isQuotation(input.unit(of: first.record), koreanSide: koreanSide) {
                quotations.append(run)
                run = []
                return
            }
            if run.count == 1, !runIsBesideTranslation {
                loneBlocks.append(first)
                run = []
                return
            }
            reportRun()
        }
        func reportRun() {
            guard let first = run.first else { return }
            let sentences = run.flatMap(\.sentences)
            let related = run.dropFirst().map { input.location(of: $0.record, side: koreanSide) }
            let message = runIsBesideTranslation
                ? Self.englishBesideTranslation(String(sentences[0]), more: sentences.count - 1)
                : run.count == 1
                ? Self.english(String(sentences[0]), more: sentences.count - 1)
                : Self.englishSection(String(sentences[0]), sentences: sentences.count, blocks: run.count,
                                      lastLine: related.last?.line ?? 0)
            // At the line of the first English sentence, which may be deep in a Korean paragraph.
            findings.report(first.record, in: input, side: koreanSide, message: message,
                            relatedLocations: related.map { RelatedLocation(location: $0) },
                            covering: run.flatMap(\.covered), onlyItsSide: true, atSentence: String(sentences[0]))
            run = []
            runIsBesideTranslation = false
        }
        let records = input.segments
        let englishOfSegment = input.englishSentences.result
        // The translations beside a copied block are covered: no finding of their own.
        let besideBlocks = Self.copyBlocksBesideTheirTranslation(input, koreanSide: koreanSide)
        covered.formUnion(besideBlocks.translations)
        // English repeated on most pages is template text (`RepeatedFindings`
        // reports it once for the site): it stays a block of its own, never
        // part of a page's English section.
        // (Counted for every text without Hangul: a short copy of the original
        // is English too, though no prose.)
        var pagesOfEnglish: [String: Set<Int>] = [:]
        // By index: a record bound whole was copied for every segment.
        for index in records.indices {
            guard let text = koreanSide == .source ? records[index].source : records[index].translatedTarget,
                  !text.isEmpty, !Script.containsHangul(text) else { continue }
            pagesOfEnglish[text, default: []].insert(records[index].fileIndex)
        }
        let templatePages = RepeatedFindings.threshold(pageCount: input.memory.files.count)
        let templateText = Set(pagesOfEnglish.filter { $0.value.count >= templatePages }.keys)
        var headingCopies = Set<String>()
        for record in records {
            guard case .heading = input.unit(of: record).kind,
                  let text = koreanSide == .source ? record.source : record.translatedTarget,
                  let copy = Self.shortCopy(record, text: text, koreanSide: koreanSide, isHeading: true) else { continue }
            headingCopies.insert(copy)
        }
        for block in SegmentRecord.blocks(of: records) {
            let (unitStart, unitEnd) = (block.lowerBound, block.upperBound)
            if let last = run.last, last.record.fileIndex != records[unitStart].fileIndex { flush() }
            // An image's alt text that repeats its figure's caption is the caption's finding.
            if Self.repeatsItsCaption(records[unitStart], in: input, koreanSide: koreanSide) {
                for index in unitStart..<unitEnd { covered.insert(Position(records[index])) }
                continue
            }
            // The block's runs of English segments: a Korean segment between
            // two English ones ends a run, so each run is found at its own line.
            var blockRuns: [(record: SegmentRecord, sentences: [Substring], covered: [SegmentRecord])] = []
            var runOpen = false
            var koreanText = ""
            for index in unitStart..<unitEnd {
                let record = records[index]
                guard let text = koreanSide == .source ? record.source : record.translatedTarget else { continue }
                koreanText += text
                let english = Self.englishSentences(of: record, in: input, text: text, koreanSide: koreanSide,
                                                   sentences: englishOfSegment[index], headingCopies: headingCopies)
                guard !english.isEmpty else {
                    if Self.hasLetter(text) { runOpen = false }
                    continue
                }
                if runOpen, let last = blockRuns.indices.last {
                    blockRuns[last].sentences += english
                    blockRuns[last].covered.append(record)
                } else {
                    blockRuns.append((record, english, [record]))
                    runOpen = true
                }
                covered.insert(Position(record))
            }
            // A block with nothing on the Korean page does not end a section;
            // on a page that is mostly English the page finding says it all.
            if !Self.hasLetter(koreanText) || pages[records[unitStart].fileIndex] != nil { continue }
            // A block with letters but neither Hangul nor English prose (a
            // heading that is a name, a list of links, a date) belongs to the
            // section around it: only Korean text ends a run of English.
            guard let first = blockRuns.first else {
                if Script.containsHangul(koreanText) { flush() }
                continue
            }
            if Script.containsHangul(koreanText) {
                flush()
                // The original copied next to its own translation (a translator who kept the
                // English to translate from): the aligner pairs the copy with the original, and
                // the Korean sentences, left without a partner, are that translation, not text
                // the original lacks (React's Korean docs). One finding, for the copy.
                let isBeside = Self.copiesBesideTheirTranslation(records[unitStart..<unitEnd], runs: blockRuns,
                                                                 koreanSide: koreanSide)
                if isBeside {
                    besideTranslation.insert(Position(file: records[unitStart].fileIndex, unit: records[unitStart].unitIndex))
                }
                for blockRun in blockRuns {
                    run = [blockRun]
                    runIsBesideTranslation = isBeside
                    flush()
                }
            } else if besideBlocks.copies.contains(Position(file: first.record.fileIndex, unit: first.record.unitIndex)) {
                // A block of English copied next to its Korean translation's block.
                flush()
                run = [(first.record, blockRuns.flatMap(\.sentences), blockRuns.flatMap(\.covered))]
                runIsBesideTranslation = true
                flush()
            } else if blockRuns.count == 1, first.covered.count == 1, templateText.contains(koreanText) {
                flush()
                run = [first]
                flush()
            } else {
                run.append((first.record, blockRuns.flatMap(\.sentences), blockRuns.flatMap(\.covered)))
            }
        }
        flush()
        // Only quotations of their own page: text on several pages is template
        // text (LibreOffice's "Search in all modules" box), folded as such.
        let ownQuotations = quotations.indices.filter { index in
            let record = quotations[index][0].record
            let text = (koreanSide == .source ? record.source : record.translatedTarget) ?? ""
            return (pagesOfEnglish[text]?.count ?? 0) <= 1
        }
        let quotationGroups = Self.quotationsAcrossFolder(ownQuotations.map { quotations[$0][0].record }, in: input,
                                                          koreanSide: koreanSide)
            .map { group in (members: group.members.map { ownQuotations[$0] }, pages: group.pages, folder: group.folder,
                             folderPages: group.folderPages) }
        var inGroup = Set<Int>()
        for group in quotationGroups {
            let first = quotations[group.members[0]][0]
            let others = group.members.dropFirst().map { quotations[$0][0] }
            findings.report(first.record, in: input, side: koreanSide,
                            message: Self.quotationsAcrossFolder(String(first.sentences[0]), quotations: group.members.count,
                                                                 pages: group.pages, of: group.folderPages, folder: group.folder),
                            relatedLocations: others.map {
                                RelatedLocation(location: input.location(of: $0.record, side: koreanSide))
                            },
                            covering: group.members.flatMap { quotations[$0].flatMap(\.covered) }, onlyItsSide: true,
                            atSentence: String(first.sentences[0]))
            inGroup.formUnion(group.members)
        }
        for (index, quotation) in quotations.enumerated() where !inGroup.contains(index) {
            if quotation.count == 1 {
                loneBlocks.append(quotation[0])
            } else {
                run = quotation
                reportRun()
            }
        }
        loneBlocks.sort { ($0.record.fileIndex, $0.record.unitIndex) < ($1.record.fileIndex, $1.record.unitIndex) }
        var folded = Set<Int>()
        let lone = Set(loneBlocks.map { Position($0.record) })
        let inSections = englishBlocks.filter { !lone.contains(Position($0)) }
        for group in Self.sameBlockAcrossFolder(loneBlocks.map(\.record), alsoIn: inSections, in: input,
                                                koreanSide: koreanSide) {
            let members = group.members
            let first = loneBlocks[members[0]]
            let others = members.dropFirst().map { loneBlocks[$0] }
            findings.report(first.record, in: input, side: koreanSide,
                            message: Self.englishAcrossFolder(String(first.sentences[0]), pages: group.pages,
                                                              of: group.folderPages, folder: group.folder),
                            relatedLocations: others.map {
                                RelatedLocation(location: input.location(of: $0.record, side: koreanSide))
                            },
                            covering: first.covered, onlyItsSide: true, atSentence: String(first.sentences[0]))
            folded.formUnion(members)
        }
        for (index, block) in loneBlocks.enumerated() where !folded.contains(index) {
            let message = Self.english(String(block.sentences[0]), more: block.sentences.count - 1)
            // At the line of the first English sentence, which may be deep in a Korean paragraph.
            findings.report(block.record, in: input, side: koreanSide, message: message, covering: block.covered,
                            onlyItsSide: true, atSentence: String(block.sentences[0]))
        }
        return (covered, besideTranslation)
    }

    /// The Korean page of `file`, nil when it has none.
    static func koreanPage(_ file: MemoryFile, koreanSide: Side) -> String? {
        koreanSide == .source ? file.original : file.targetOriginal
    }

    /// The folder of a page's path (up to its last `/`; "" at the top).
    static func folder(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    }

    /// How many Korean pages each folder holds.
    static func koreanPagesPerFolder(_ input: CheckInput, koreanSide: Side) -> [String: Int] {
        Dictionary(input.memory.files.compactMap { koreanPage($0, koreanSide: koreanSide).map { (folder(of: $0), 1) } },
                   uniquingKeysWith: +)
    }

    /// True when `unit`'s block on the Korean side is in a quotation: an
    /// `aside` (a pull quote) or a `blockquote`, or its credit line there.
    static func isQuotation(_ unit: MemoryUnit, koreanSide: Side) -> Bool {
        if case .blockquote = unit.kind { return true }
        guard let path = koreanSide == .source ? unit.sourcePath : unit.targetPath else { return false }
        return path.split(separator: "/").contains { step in
            let name = step.prefix { $0.isLetter || $0.isNumber }
            return name == "aside" || name == "blockquote"
        }
    }

    /// Groups of `records` (the first blocks of quotations left in English,
    /// indices in order) on most pages of one folder of the Korean side: at
    /// least `RepeatedFindings.minimumPages` pages and half of the folder's.
    /// Translators who keep every pull quote in its original words (the Open
    /// Source Guides: 54 quotations on 10 of 12 pages, each a different text)
    /// made one choice, which an editor settles once.
    static func quotationsAcrossFolder(_ records: [SegmentRecord], in input: CheckInput, koreanSide: Side)
        -> [(members: [Int], pages: Int, folder: String, folderPages: Int)] {
        var byFolder: [String: [Int]] = [:]
        for (index, record) in records.enumerated() {
            guard let path = koreanPage(input.file(of: record), koreanSide: koreanSide) else { continue }
            byFolder[folder(of: path), default: []].append(index)
        }
        var pagesInFolder: [String: Int]?
        var result: [(members: [Int], pages: Int, folder: String, folderPages: Int)] = []
        for (name, members) in byFolder {
            let pages = Set(members.map { records[$0].fileIndex }).count
            guard pages >= RepeatedFindings.minimumPages else { continue }
            let counts = pagesInFolder ?? koreanPagesPerFolder(input, koreanSide: koreanSide)
            pagesInFolder = counts
            let total = counts[name] ?? 0
            guard Double(pages) >= Double(total) * RepeatedFindings.minimumShare else { continue }
            result.append((members, pages, name, total))
        }
        return result.sorted { $0.members[0] < $1.members[0] }
    }

    /// Groups of `records` (indices into it, in order) that are the same
    /// block (its kind and its place in the page's structure, such as the
    /// front matter's title) on most pages of one folder of the Korean side:
    /// at least `RepeatedFindings.minimumPages` pages and half of the
    /// folder's. A folder of generated reference pages that keeps every
    /// title in English (Astro's error reference, 133 of 148 pages) made the
    /// one choice 133 times; an editor settles it once, and the pages that
    /// differ are listed with it. Records on the same page count once, and
    /// so do the pages where the same text at the same place is part of an
    /// English section (`sections`: reported there, not folded). Text that repeats on most
    /// of the site's pages is left out: it is template text, reported once
    /// for the whole site (`RepeatedFindings`).
    static func sameBlockAcrossFolder(_ records: [SegmentRecord], alsoIn sections: [SegmentRecord] = [],
                                      in input: CheckInput, koreanSide: Side)
        -> [(members: [Int], pages: Int, folder: String, folderPages: Int)] {
        func page(_ file: MemoryFile) -> String? { koreanPage(file, koreanSide: koreanSide) }
        func folder(_ path: String) -> String { Self.folder(of: path) }
        func text(_ record: SegmentRecord) -> String? { koreanSide == .source ? record.source : record.translatedTarget }
        var pagesOfText: [String: Set<Int>] = [:]
        for record in records { pagesOfText[text(record) ?? "", default: []].insert(record.fileIndex) }
        let template = RepeatedFindings.threshold(pageCount: input.memory.files.count)
        struct Place: Hashable {
            var folder: String, kind: BlockKind, path: String?
        }
        func place(of record: SegmentRecord) -> Place? {
            guard let path = page(input.file(of: record)) else { return nil }
            let unit = input.unit(of: record)
            return Place(folder: folder(path), kind: unit.kind,
                         path: koreanSide == .source ? unit.sourcePath : unit.targetPath)
        }
        var groups: [Place: [Int]] = [:]
        for (index, record) in records.enumerated() where (pagesOfText[text(record) ?? ""]?.count ?? 0) < template {
            guard let place = place(of: record) else { continue }
            groups[place, default: []].append(index)
        }
        // A section's block counts when it is the same text as a lone one at its
        // place (template text a section swallowed), not any text that happens
        // to sit at the same path (the third paragraph of a page).
        var textsAt: [Place: Set<String>] = [:]
        for (place, members) in groups { textsAt[place] = Set(members.map { text(records[$0]) ?? "" }) }
        var sectionPages: [Place: Set<Int>] = [:]
        for record in sections {
            guard let place = place(of: record), textsAt[place]?.contains(text(record) ?? "") == true else { continue }
            sectionPages[place, default: []].insert(record.fileIndex)
        }
        var pagesInFolder: [String: Int]?
        var result: [(members: [Int], pages: Int, folder: String, folderPages: Int)] = []
        for (place, members) in groups {
            var pages = Set<Int>()
            let onePerPage = members.filter { pages.insert(records[$0].fileIndex).inserted }
            let pageCount = pages.union(sectionPages[place] ?? []).count
            guard pageCount >= RepeatedFindings.minimumPages else { continue }
            let counts = pagesInFolder ?? koreanPagesPerFolder(input, koreanSide: koreanSide)
            pagesInFolder = counts
            let total = counts[place.folder] ?? 0
            guard Double(pageCount) >= Double(total) * RepeatedFindings.minimumShare else { continue }
            result.append((onePerPage, pageCount, place.folder, total))
        }
        return result.sorted { $0.members[0] < $1.members[0] }
    }

    /// Blocks of the Korean page that copy their English original whole
    /// (`copies`) next to a block with no counterpart that is Korean
    /// (`translations`): a translator who kept the English paragraph above or
    /// below its translation. The copy pairs with the original, so the
    /// translation is left alone and is no text the original lacks.
    static func copyBlocksBesideTheirTranslation(_ input: CheckInput, koreanSide: Side)
        -> (copies: Set<Position>, translations: Set<Position>) {
        var copies = Set<Position>(), translations = Set<Position>()
        func koreanText(_ segment: MemorySegment) -> String? {
            koreanSide == .source ? (segment.source.isEmpty ? nil : segment.sourceText) : segment.targetText
        }
        func englishText(_ segment: MemorySegment) -> String? {
            koreanSide == .source ? segment.targetText : (segment.source.isEmpty ? nil : segment.sourceText)
        }
        for (fileIndex, file) in input.memory.files.enumerated() where file.isPaired {
            let units = file.units
            func isCopy(_ unit: MemoryUnit) -> Bool {
                !unit.segments.isEmpty && unit.segments.allSatisfy { segment in
                    guard let korean = koreanText(segment), !Script.containsHangul(korean), Self.hasLetter(korean) else { return false }
                    return Self.sameWords(korean, englishText(segment))
                }
            }
            // A translation keeps the original's names, code and numbers: the Korean block
            // has at least two of them, all in the copy. Position alone is no evidence: on a
            // partly translated page a Korean paragraph the original lacks often stands next
            // to an English one (site_bench's injected Korean blocks on the GIMP manual), and
            // the next list item, about another component, is no translation either.
            func names(_ unit: MemoryUnit) -> Set<String> {
                let text = unit.segments.compactMap(koreanText).joined(separator: " ")
                return Set(text.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.filter { $0.count >= 2 }
                    .map { $0.lowercased() })
            }
            // From the lone Korean blocks, which are few, to their neighbours.
            for index in units.indices {
                // The sides tested in place before the unit is copied: most units have both.
                let hasSource = units[index].sourceLocation != nil, hasTarget = units[index].targetLocation != nil
                let hasKorean = koreanSide == .source ? hasSource : hasTarget
                let hasEnglish = koreanSide == .source ? hasTarget : hasSource
                guard hasKorean, !hasEnglish else { continue }
                let unit = units[index]
                guard Script.containsHangul(unit.segments.compactMap(koreanText).joined(separator: " ")) else { continue }
                for neighbour in [index - 1, index + 1] where units.indices.contains(neighbour) {
                    let copy = units[neighbour]
                    let kept = names(unit)
                    guard copy.kind == unit.kind, kept.count >= 2, isCopy(copy), kept.isSubset(of: names(copy)) else { continue }
                    copies.insert(Position(file: fileIndex, unit: neighbour))
                    for segment in unit.segments.indices {
                        translations.insert(Position(file: fileIndex, unit: index, segment: segment))
                    }
                    break
                }
            }
        }
        return (copies, translations)
    }

    /// True when the two texts are the same words (white space aside).
    static func sameWords(_ first: String?, _ second: String?) -> Bool {
        guard let first, let second else { return false }
        return first.split(whereSeparator: \.isWhitespace) == second.split(whereSeparator: \.isWhitespace)
    }

    /// True when a block's English segments on the Korean page are copies of
    /// the original they are paired with, and the block also has Korean
    /// sentences with no partner, at least half as many as the copies'
    /// sentences: the copy and its translation side by side.
    static func copiesBesideTheirTranslation(_ records: ArraySlice<SegmentRecord>,
                                             runs: [(record: SegmentRecord, sentences: [Substring], covered: [SegmentRecord])],
                                             koreanSide: Side) -> Bool {
        let copies = runs.flatMap(\.covered)
        guard !copies.isEmpty, copies.allSatisfy({ record in
            let korean = koreanSide == .source ? record.source : record.translatedTarget
            let english = koreanSide == .source ? record.translatedTarget : (record.hasSource ? record.source : nil)
            return sameWords(korean, english)
        }) else { return false }
        let alone = records.filter { record in
            let korean = koreanSide == .source ? (record.hasSource ? record.source : nil) : record.translatedTarget
            let english = koreanSide == .source ? record.translatedTarget : (record.hasSource ? record.source : nil)
            return english == nil && korean.map(Script.containsHangul) == true
        }
        return !alone.isEmpty && 2 * alone.count >= runs.reduce(0) { $0 + $1.sentences.count }
    }

    /// The English sentences of a segment's Korean-page text; a short one
    /// ("Web forum", "What should I do?") counts when it is the same as the
    /// English page's text: a copy left untranslated, not a name (see
    /// `WrongLanguage.isShortEnglishCopy`).
    /// A table of contents repeats its headings: a short copy that is also
    /// a heading's text (`headingCopies`) is found at the heading only.
    /// `sentences` are the text's `WrongLanguage.englishSentences`
    /// (`CheckInput.englishSentences`).
    static func englishSentences(of record: SegmentRecord, in input: CheckInput, text: String, koreanSide: Side,
                                 sentences english: [Substring], headingCopies: Set<String>) -> [Substring] {
        // A quotation copied unchanged from the other page (the error message
        // a troubleshooting page explains) is quoted, not left untranslated.
        if case .blockquote = input.unit(of: record).kind,
           let other = koreanSide == .source ? record.translatedTarget : (record.hasSource ? record.source : nil),
           other.split(whereSeparator: \.isWhitespace) == text.split(whereSeparator: \.isWhitespace) { return [] }
        // A copy of the original that the page also quotes or writes as code (an error's
        // page titled with the message it quotes as printed) is kept as written.
        if !english.isEmpty, let other = koreanSide == .source ? record.translatedTarget : (record.hasSource ? record.source : nil),
           sameWords(other, text),
           isCodeOrQuoted(text.split(whereSeparator: \.isWhitespace).joined(separator: " "), onPageOf: input.file(of: record),
                          besides: record.unitIndex) { return [] }
        guard english.isEmpty,
              let copy = shortCopy(record, text: text, koreanSide: koreanSide, isHeading: input.unit(of: record).kind.isHeading)
        else { return english }
        // A short copy the page sets in bold or italics whole is a label it names (a benchmark
        // table's `**dev cold start**`), as a name in title case is, unless it closes like a
        // sentence or a lead-in (`**See Also:**`).
        let segment = input.segment(of: record)
        if !(copy.last.map { ".!?:;".contains($0) } ?? false),
           isEmphasisedWhole(koreanSide == .source ? segment.source : segment.target ?? []) { return [] }
        if case .heading = input.unit(of: record).kind {} else if headingCopies.contains(copy) { return [] }
        let file = input.file(of: record)
        if namesPage(copy, file.original) || file.targetOriginal.map({ namesPage(copy, $0) }) == true { return [] }
        if isCodeOrQuoted(copy, onPageOf: file, besides: record.unitIndex) { return [] }
        return [Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))]
    }

    /// Whether `copy` is in lower case and spells the name of the page's
    /// file (`docker cp` on `docker-cp.md`, `jj tag delete` on
    /// `jj-tag-delete.md`): a page about a command or directive is titled
    /// with its name, which both languages keep. A title in sentence case
    /// is words to translate even when the file is named after them
    /// (`Python examples` on `python_examples.html`). `-`, `_`, `.` and
    /// white space all separate words.
    static func namesPage(_ copy: String, _ path: String) -> Bool {
        guard !copy.unicodeScalars.contains(where: { $0.properties.isUppercase }) else { return false }
        func words(_ text: Substring) -> [String] {
            text.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." || $0.isWhitespace }).map { $0.lowercased() }
        }
        let name = path.split(separator: "/").last ?? ""
        let stem = name.lastIndex(of: ".").map { name[..<$0] } ?? name
        let pageWords = words(stem)
        return pageWords.count >= 2 && words(Substring(copy)) == pageWords
    }

    /// Whether `content` is one run of text inside one bold or italic element.
    static func isEmphasisedWhole(_ content: [InlineContent]) -> Bool {
        let pieces = content.filter {
            if case let .text(text) = $0 { return !text.allSatisfy(\.isWhitespace) }
            return true
        }
        guard pieces.count == 3, case let .start(id, element, _) = pieces[0], case .text = pieces[1],
              case let .end(endID, _, _) = pieces[2], endID == id else { return false }
        return ["strong", "b", "em", "i"].contains(element)
    }

    /// Whether the page writes `copy` as code or quotes it: the text of an
    /// inline code, the start of a line of a code block (after a `$` prompt,
    /// comments left out), or a part of another block that is a quotation.
    /// A command's reference page is titled with the command (`helm plugin
    /// update`), which its usage block opens with; an error's page with the
    /// message it quotes as the program prints it (Astro's `> **MissingSharp**:
    /// Could not find Sharp. Please install…`). Both pages keep them as they are.
    static func isCodeOrQuoted(_ copy: String, onPageOf file: MemoryFile, besides unitIndex: Int) -> Bool {
        let wanted = copy.lowercased()
        func words(_ text: some StringProtocol) -> String {
            text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
        }
        for (index, unit) in file.units.enumerated() {
            if case .blockquote = unit.kind, index != unitIndex {
                if unit.segments.contains(where: { words($0.sourceText).contains(wanted) || words($0.targetText ?? "").contains(wanted) }) {
                    return true
                }
                continue
            }
            for segment in unit.segments {
                if unit.kind == .code {
                    for text in [segment.sourceText, segment.targetText ?? ""] {
                        for line in CodeMismatch.withoutComments(text).split(separator: "\n") {
                            var line = words(line)[...]
                            if line.hasPrefix("$ ") { line = line.dropFirst(2) }
                            if line == wanted || line.hasPrefix(wanted + " ") { return true }
                        }
                    }
                } else {
                    for content in [segment.source, segment.target ?? []] where verbatim(content).contains("`" + wanted) {
                        return true
                    }
                }
            }
        }
        return false
    }

    /// The inline code texts of a page pair, lower-cased, each after a
    /// backquote (`verbatim`).
    static func inlineCodes(of file: MemoryFile) -> Set<String> {
        var result = Set<String>()
        for unit in file.units where unit.kind != .code {
            for index in 0..<unit.segmentCount {
                let segment = unit.segment(at: index)
                for code in verbatim(segment.source).union(verbatim(segment.target ?? [])) where code.hasPrefix("`") {
                    result.insert(code)
                }
            }
        }
        return result
    }

    /// The text, its white space normalised, when it is a short English copy.
    static func shortCopy(_ record: SegmentRecord, text: String, koreanSide: Side, isHeading: Bool) -> String? {
        guard let other = koreanSide == .source ? record.translatedTarget : record.source,
              WrongLanguage.isShortEnglishCopy(text, of: other, isHeading: isHeading) else { return nil }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether `record` is Korean text alone on the English page (a caption
    /// or heading left untranslated there). That is `hangul-in-target`'s
    /// finding, whose message says to translate it where it stands; "add it
    /// to the Korean page" would send the editor to the wrong page, and two
    /// findings for one leftover are one too many.
    static func isKoreanOnTheEnglishPage(_ record: SegmentRecord, englishSide: Side) -> Bool {
        let text: String?
        switch englishSide {
        case .source: text = record.hasSource && record.translatedTarget == nil ? record.source : nil
        case .target: text = record.hasSource ? nil : record.translatedTarget
        }
        guard let text, let share = Script.hangulShare(of: text) else { return false }
        return share >= 0.5
    }

    static func hasLetter(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// The one finding for a translation of an earlier version of its original.
    static func earlierVersion(_ page: EarlierVersion, translation: String, original: String, source: Language,
                               target: Language) -> String {
        "\(translation) translates an earlier version of \(original): \(page.originalOnly) of \(page.originalBlocks) "
            + "\(source.name) blocks have no \(target.name) counterpart and \(page.translationOnly) of "
            + "\(page.translationBlocks) \(target.name) blocks no \(source.name) one, in many places; bring the "
            + "\(target.name) page up to the current \(source.name) page (its sentences, numbers and links are not "
            + "reported one by one)"
    }

    /// How many one-sided blocks in a row, without a heading of their own,
    /// are one problem: more than a paragraph and its neighbours, which are
    /// each their own edit (an added paragraph, a removed note).
    static let minimumHeadlessRun = 4

    typealias Position = SegmentPosition

    struct PageLanguage {
        /// The page's first English block.
        var location: SourceLocation
        var korean: Int
        var blocks: Int
    }

    /// Per file whose Korean page is mostly English prose: where it is and
    /// how many of its blocks are Korean. A page needs three English blocks,
    /// more English blocks than Korean ones, and twice as many English as
    /// Korean blocks that translate a block of the English page; a block is
    /// English when it has English prose and no Hangul (a conference
    /// listing's `March 26, 2026. In-person in Paris`), whatever names or
    /// dates are beside it. A Korean block with no English counterpart (a
    /// translator's note, a paragraph added on the Korean page) is not
    /// progress in translating the page, and counting it would let one such
    /// block turn the page's one finding into one per English section.
    static func koreanPagesInEnglish(_ input: CheckInput, koreanSide: Side) -> [Int: PageLanguage] {
        var result: [Int: PageLanguage] = [:]
        for (fileIndex, file) in input.memory.files.enumerated() {
            var english = 0, korean = 0, translating = 0
            var first: SourceLocation?
            // By index, a unit of one segment read without the array `segments` builds.
            // The unit read in place, not copied: a copy of every unit was a third of this function's time.
            for unitIndex in file.units.indices {
                func koreanSideText(_ segment: MemorySegment) -> String {
                    koreanSide == .source ? segment.sourceText : (segment.targetText ?? "")
                }
                let text = file.units[unitIndex].segmentCount == 1 ? koreanSideText(file.units[unitIndex].segment(at: 0))
                    : file.units[unitIndex].segments.map(koreanSideText).joined(separator: " ")
                if Script.containsHangul(text) {
                    korean += 1
                    let hasEnglish = (0..<file.units[unitIndex].segmentCount).contains {
                        let segment = file.units[unitIndex].segment(at: $0)
                        return koreanSide == .source ? !(segment.target ?? []).isEmpty : !segment.source.isEmpty
                    }
                    if hasEnglish { translating += 1 }
                } else if !WrongLanguage.englishSentences(in: text).isEmpty {
                    english += 1
                    if first == nil {
                        first = koreanSide == .source ? file.units[unitIndex].sourceLocation : file.units[unitIndex].targetLocation
                    }
                }
            }
            let page = koreanSide == .source ? file.original : (file.targetOriginal ?? file.original)
            if english >= 3, english > korean, english >= 2 * translating {
                result[fileIndex] = PageLanguage(location: first ?? SourceLocation(file: page, line: 0), korean: korean,
                                                 blocks: english + korean)
            }
        }
        return result
    }

    /// What every message about English left on a Korean page says, and
    /// what `UntranslatedSections` reads them by.
    static let englishOnKoreanPage = "English on the Korean page"

    fileprivate static func english(_ sentence: String, more: Int) -> String {
        let others = more == 0 ? "" : more == 1 ? " and 1 more sentence" : " and \(more) more sentences"
        return "'\(sentence.excerpt())'\(others) of this block \(more == 0 ? "is" : "are") \(englishOnKoreanPage); "
            + "translate \(more == 0 ? "it" : "them") into Korean (or mark the text translate=\"no\" if it must stay in English)"
    }

    fileprivate static func englishAcrossFolder(_ sentence: String, pages: Int, of total: Int, folder: String) -> String {
        "'\(sentence.excerpt())' is \(englishOnKoreanPage), and so is the same block on \(pages - 1) more of the "
            + "\(total) pages in \(folder.isEmpty ? "the site's top folder" : folder + "/"); translate them into Korean "
            + "(or mark them translate=\"no\" if the folder keeps them in English on purpose)"
    }

    fileprivate static func quotationsAcrossFolder(_ sentence: String, quotations: Int, pages: Int, of total: Int,
                                                   folder: String) -> String {
        "'\(sentence.excerpt())' is \(englishOnKoreanPage), and so are \(quotations - 1) more quotations on "
            + "\(pages - 1) more of the \(total) pages in \(folder.isEmpty ? "the site's top folder" : folder + "/"); "
            + "translate them into Korean (or mark them translate=\"no\" if the folder keeps quotations in their "
            + "original words on purpose)"
    }

    fileprivate static func englishBesideTranslation(_ sentence: String, more: Int) -> String {
        let others = more == 0 ? "" : more == 1 ? " and 1 more sentence" : " and \(more) more sentences"
        return "'\(sentence.excerpt())'\(others) of this block \(more == 0 ? "is" : "are") the English original copied "
            + "next to \(more == 0 ? "its" : "their") Korean translation; delete the English from the Korean page"
    }

    fileprivate static func englishSection(_ sentence: String, sentences: Int, blocks: Int, lastLine: Int) -> String {
        return "'\(sentence.excerpt())' and \(sentences - 1) more sentence\(sentences == 2 ? "" : "s") in \(blocks) blocks"
            + (lastLine > 0 ? " (to line \(lastLine))" : "")
            + " are \(englishOnKoreanPage); translate the section into Korean (or mark it translate=\"no\" if it "
            + "must stay in English)"
    }

    fileprivate static func listEntries(_ text: String, more: Int, lastLine: Int, missingIn language: Language,
                                        isOriginal: Bool) -> String {
        "'\(text.excerpt())' and \(more) more entr\(more == 1 ? "y" : "ies") of this list"
            + (lastLine > 0 ? " (to line \(lastLine))" : "")
            + (isOriginal
                ? " have no \(language.name) original; add them to the \(language.name) page's list, or delete them if "
                    + "they no longer belong"
                : " have no \(language.name) translation; add them to the \(language.name) page's list")
    }

    fileprivate static func noTarget(_ text: String, more: Int, _ language: Language, in place: String = "block") -> String {
        guard more > 0 else {
            return "'\(text.excerpt())' has no \(language.name) translation; translate it on the \(language.name) page"
        }
        return "'\(text.excerpt())' and \(more) more sentence\(more == 1 ? "" : "s") after it in this \(place) have no "
            + "\(language.name) translation; translate them on the \(language.name) page"
    }

    fileprivate static func noSource(_ text: String, more: Int, _ language: Language, in place: String = "block") -> String {
        guard more > 0 else {
            return "'\(text.excerpt())' has no \(language.name) original; add it to the \(language.name) page, or "
                + "delete it if it no longer belongs"
        }
        return "'\(text.excerpt())' and \(more) more sentence\(more == 1 ? "" : "s") after it in this \(place) have no "
            + "\(language.name) original; add them to the \(language.name) page, or delete them if they no longer belong"
    }
}
