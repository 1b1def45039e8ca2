import Foundation
import DariMemory
import DariModel
import DariText

/// The key under which two segments count as "the same text" for the
/// consistency checks: lower case, no whitespace (Korean spacing varies:
/// 할수/할 수), curly quotes as straight ones, trailing sentence punctuation
/// dropped. Segments are grouped by key in one pass, never compared pairwise.
enum ConsistencyKey {
    /// The key as UTF-8 bytes: byte arrays hash without the NFC
    /// normalisation String hashing does, which matters at 200,000 segments.
    static func make(_ text: String) -> [UInt8] {
        // On the UTF-8 bytes: ASCII and Hangul syllables (nearly every scalar
        // of a Korean/English memory) without decoding them, which the scalar
        // view did for every scalar (a third of the consistency checks' time
        // on a large memory). A syllable's bytes are what `appendHangulSyllable` writes.
        var text = text
        var hasCode = false
        var key = text.withUTF8 { bytes in
            var key: [UInt8] = []
            key.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte > 0x20 { key.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte) }
                    index += 1
                    continue
                }
                let (value, length) = Script.decodeScalar(utf8: bytes, at: index)
                if Script.isHangulSyllable(codePoint: value) {
                    key.append(bytes[index])
                    key.append(bytes[index + 1])
                    key.append(bytes[index + 2])
                } else {
                    if value == maskedCode.value { hasCode = true }
                    // Well-formed UTF-8 decodes to a valid scalar.
                    appendOther(Unicode.Scalar(value).unsafelyUnwrapped, to: &key)
                }
                index += length
            }
            return key
        }
        while let last = key.last, last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") {
            key.removeLast()
        }
        // Found while reading, so that text without inline code is read once.
        if hasCode {
            let neutral = particlesAfterCodeNeutral(text)
            if neutral != text { return make(neutral) }
        }
        return key
    }

    /// What the checks read in place of an inline code (`InlineContent.proseText`).
    static let maskedCode: Unicode.Scalar = "\u{FFFC}"

    /// `text` with each particle right after a masked inline code in one
    /// form: a Korean particle takes the form the hidden word's last sound
    /// asks for (`BIN`이라는 / `CONF`라는, `X`을 / `Y`를), so two sentences
    /// that differ only in the code they name are one wording.
    static func particlesAfterCodeNeutral(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let mark = rest.unicodeScalars.firstIndex(of: maskedCode) {
            let after = rest.unicodeScalars.index(after: mark)
            result += rest[..<after]
            rest = rest[after...]
            for (long, short) in particleForms where rest.hasPrefix(long) {
                result += short
                rest = rest.dropFirst(long.count)
                break
            }
        }
        return result + rest
    }

    /// A particle's form after a final consonant and the form after a vowel,
    /// longest first.
    static let particleForms: [(String, String)] = [
        ("이라는", "라는"), ("이라고", "라고"), ("이라면", "라면"), ("이라서", "라서"), ("이에요", "예요"),
        ("이라", "라"), ("이나", "나"), ("이며", "며"), ("이고", "고"), ("이다", "다"), ("이란", "란"),
        ("으로", "로"), ("을", "를"), ("은", "는"), ("과", "와"), ("이", "가"),
    ]

    /// A scalar neither ASCII nor a Hangul syllable, as the key writes it.
    private static func appendOther(_ scalar: Unicode.Scalar, to key: inout [UInt8]) {
        switch scalar {
        case "“", "”", "„", "″": key.append(UInt8(ascii: "\""))
        case "‘", "’", "′": key.append(UInt8(ascii: "'"))
        case "–", "—": key.append(UInt8(ascii: "-"))
        default:
            if Script.isWhitespace(scalar) {
                return
            } else if scalar.properties.changesWhenLowercased {
                key.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                key.append(contentsOf: String(scalar).utf8)
            }
        }
    }

    /// A Hangul syllable's UTF-8 (three bytes, U+AC00–U+D7A3), written
    /// directly: a String per syllable was a tenth of the consistency
    /// checks' time on a large memory.
    static func appendHangulSyllable(_ scalar: Unicode.Scalar, to key: inout [UInt8]) {
        let value = scalar.value
        key.append(UInt8(0xE0 | (value >> 12)))
        key.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
        key.append(UInt8(0x80 | (value & 0x3F)))
    }
}

/// A byte string (a key or a wording) as a dictionary key, hashed in one
/// call over its bytes: `[UInt8]`'s own `hash(into:)` feeds the hasher one
/// byte at a time, which was a sixth of the consistency checks' time on a
/// large memory. Equal when the bytes are, as `[UInt8]` is.
struct ByteKey: Hashable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}

/// Groups segments that share one side's key and differ on the other's;
/// shared by `inconsistent-target` and `inconsistent-source`.
///
/// On real sites nearly every group was noise (0 of 28 sampled on a
/// 2,561-page documentation set; 363 groups on the GIMP manual), from four
/// patterns, each a rule below: labels and headings of one or two words
/// (a term's translation depends on its context: "Dialog" and "Dialogs",
/// a menu name and a heading), text that is not in its side's language (an
/// index entry left in English on the Korean page), pairs the aligner was
/// unsure of (a misaligned list), and variants that differ only in case,
/// spacing or punctuation ("Save as" and "Save as…").
enum ConsistencyGroups {
    /// Groups of record indices (in memory order) whose `same` keys are equal
    /// and whose `differing` texts take two or more wordings, in memory
    /// order of their first member.
    static func find(_ input: CheckInput, sameSide: Side, similarVariantsOnly: Bool = false) -> [[Int]] {
        var groups: [ByteKey: [Int]] = [:]
        var order: [ByteKey] = []
        func otherText(of index: Int) -> String {
            let record = input.segments[index]
            return sameSide == .source ? record.target ?? "" : record.source
        }
        for (index, keys) in input.consistencyKeys.result.enumerated() {
            guard let key = (sameSide == .source ? keys.source : keys.target).map(ByteKey.init) else { continue }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        let translatesIntoKorean = sameSide == .source && input.memory.targetLanguage == .korean
        var result: [[Int]] = []
        for key in order {
            guard let grouped = groups[key], grouped.count > 1 else { continue }
            // A sentence repeated word for word (the common group) has one wording:
            // equal bytes make equal wordings, so it is passed over without them.
            let firstText = otherText(of: grouped[0])
            if grouped.dropFirst().allSatisfy({ sameBytes(otherText(of: $0), firstText) }) { continue }
            // An entry that is nothing but a link (a contents line), paired with an entry
            // that links elsewhere, is a wrong pair: its two wordings are two entries.
            let members = grouped.filter { !isLinkEntryPairedElsewhere(input.segments[$0], in: input) }
            guard members.count > 1 else { continue }
            // A Korean translator glosses a term at its first use on a page (`컴포넌트(component)`):
            // with or without the gloss, the wording is the same.
            let texts = members.map { ByteKey(glossFreeWording(otherText(of: $0))) }
            let variants = Array(Set(texts))
            guard variants.count > 1 else { continue }
            // Wordings that differ only in their digits are one wording with a changed number:
            // `number-mismatch` reports the member whose number disagrees with its own pair.
            guard Set(variants.map { ByteKey($0.bytes.map { (0x30...0x39).contains($0) ? 0x30 : $0 }) }).count > 1
            else { continue }
            // A wording that is another minus whole sentences at either end is the same
            // translation paired in part (the rest of it in a neighbour's bead).
            if isOneWordingInParts(members.map(otherText)) { continue }
            // A sentence met twice and translated twice with the same content in other grammar
            // is style, not inconsistency (`KoreanRewording`). Text repeated in three or more
            // places is boilerplate, where readers judged even a changed ending worth unifying.
            // Only translations: an original worded two ways (밝혔다 and 전했다 for one English
            // sentence) may have been edited on one page, which its translator must see.
            if translatesIntoKorean, members.count == 2,
               KoreanRewording.isRewording(withoutGlosses(otherText(of: members[0])),
                                           withoutGlosses(otherText(of: members[1]))) { continue }
            if !similarVariantsOnly {
                result.append(members)
                continue
            }
            // Keep the members whose text is a near variant of another member's
            // (bigrams of the consistency key, punctuation kept, as measured).
            let bigrams = variants.map { variant -> [UInt64: Int] in
                let member = members[texts.firstIndex(of: variant) ?? 0]
                return Similarity.bigrams(String(decoding: ConsistencyKey.make(otherText(of: member)), as: UTF8.self))
            }
            var near = Set<ByteKey>()
            for i in variants.indices {
                for j in variants.indices where j > i {
                    if Similarity.dice(bigrams[i], bigrams[j]) >= Similarity.nearVariant {
                        near.insert(variants[i])
                        near.insert(variants[j])
                    }
                }
            }
            let kept = zip(members, texts).filter { near.contains($0.1) }.map(\.0)
            if kept.count > 1 { result.append(kept) }
        }
        return result
    }

    /// Whether `record` pairs two entries that are each nothing but a link,
    /// to different places (`TagMismatch.linkPlaces`): a contents list the
    /// aligner paired by position ("Other sources of dynamic content",
    /// `#dynamic`, with the Korean entry for `#saliasedcgi`).
    static func isLinkEntryPairedElsewhere(_ record: SegmentRecord, in input: CheckInput) -> Bool {
        let segment = input.segment(of: record)
        guard let target = segment.target, TagMismatch.isLinkOnly(segment.source), TagMismatch.isLinkOnly(target)
        else { return false }
        return TagMismatch.linkPlaces(segment.source).isDisjoint(with: TagMismatch.linkPlaces(target))
    }

    /// The wording of `text` that the groups compare and count (`wording`
    /// without glosses): what tells two translations of one sentence apart.
    static func glossFreeWording(_ text: String) -> [UInt8] {
        wording(withoutGlosses(text))
    }

    /// `text` without the English glosses a Korean translator puts after a
    /// term (`컴포넌트(component)가`, `인스턴스(instance)`, `요청 (CSR)`):
    /// a parenthesis after a Hangul syllable (a space between them or not)
    /// that holds only Latin letters, spaces, hyphens and commas. Text
    /// without a gloss is returned as it is, untouched.
    static func withoutGlosses(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "(")) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let beforeParenthesis = result.last == " " ? result.dropLast().last : result.last
            if scalar == "(", let last = beforeParenthesis, Script.isHangulSyllable(last),
               let close = scalars[(index + 1)...].firstIndex(of: ")"), close > index + 1,
               scalars[(index + 1)..<close].allSatisfy({ Script.isLatinLetter($0) || " -,".unicodeScalars.contains($0) }),
               scalars[(index + 1)..<close].contains(where: Script.isLatinLetter) {
                index = close + 1
                continue
            }
            result.append(scalar)
            index += 1
        }
        return String(result)
    }

    /// Whether `a` and `b` have the same UTF-8 bytes (not String's `==`,
    /// which compares canonical equivalents equal): one `memcmp` over
    /// native Strings' contiguous bytes, where `elementsEqual` over the
    /// `utf8` views, a byte at a time, was a sixth of these checks' time
    /// on a large memory.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        let compared = a.utf8.withContiguousStorageIfAvailable { first in
            b.utf8.withContiguousStorageIfAvailable { second in
                first.isEmpty || memcmp(first.baseAddress!, second.baseAddress!, first.count) == 0
            }
        }
        return (compared ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }

    /// True when every text of `texts` is the longest of them, or the
    /// longest with whole sentences dropped from its start or end: one
    /// translation, split across beads in some places ("11.11. 어떤 사용자는
    /// mawk를 좋아하고 … 어떤 사람은 vim을 …" and "어떤 사람은 vim을 …"). A
    /// wording that drops words inside a sentence is a different one.
    static func isOneWordingInParts(_ texts: [String]) -> Bool {
        let trimmed = Set(texts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        guard trimmed.count > 1, let longest = trimmed.max(by: { $0.count < $1.count }) else { return false }
        return trimmed.allSatisfy { text in
            guard text != longest, !text.isEmpty else { return true }
            if longest.hasSuffix(text) {
                let rest = longest.dropLast(text.count)
                return rest.last?.isWhitespace == true && endsSentence(rest)
            }
            if longest.hasPrefix(text) {
                return endsSentence(Substring(text)) && longest.dropFirst(text.count).first?.isWhitespace == true
            }
            return false
        }
    }

    /// Whether `text`, trailing white space aside, ends with sentence punctuation.
    private static func endsSentence(_ text: Substring) -> Bool {
        guard let last = text.reversed().first(where: { !$0.isWhitespace && !$0.unicodeScalars.allSatisfy(isCloser) })
        else { return false }
        return last.unicodeScalars.count == 1 && isTerminator(last.unicodeScalars.first!)
    }

    /// The keys a segment is grouped by on each side, nil on a side it
    /// takes no part in a group on.
    struct SideKeys: Sendable {
        var source: [UInt8]?
        var target: [UInt8]?
    }

    /// The keys `record` (whose bead scored `score`) is grouped by: on a
    /// side, nil when it takes no part in a group there (no translation, a
    /// copy, a bead the aligner is not confident in, not a sentence in its
    /// side's language). Both sides at once: the two `inconsistent-*` checks
    /// read the same keys, and each text's key is made once.
    ///
    /// `englishSentences` gives `WrongLanguage.englishSentences` of the
    /// record's Korean-side text when the run has found them already
    /// (`CheckInput.englishSentences`); nil: found here.
    static func keys(of record: SegmentRecord, score: Double?, sourceLanguage: Language,
                     targetLanguage: Language, englishSentences: (() -> [Substring])? = nil) -> SideKeys {
        guard let target = record.translatedTarget, record.hasSource, !record.isCopy, isConfident(score)
        else { return SideKeys() }
        let source = record.source
        // Text on the other page that is not in that page's language is no translation: English
        // left on the Korean page, paired by position, is `untranslated`'s finding, and Korean
        // in the English text `hangul-in-target`'s; neither is a wording to compare.
        func isWritten(_ text: String, in language: Language) -> Bool {
            Self.isWritten(text, in: language, englishSentences: englishSentences)
        }
        let groupsBySource = isSentence(source) && isWritten(source, in: sourceLanguage)
            && isWritten(target, in: sourceLanguage.other)
        let groupsByTarget = isSentence(target) && isWritten(target, in: targetLanguage)
            && isWritten(source, in: targetLanguage.other)
        guard groupsBySource || groupsByTarget else { return SideKeys() }
        let sourceKey = ConsistencyKey.make(source), targetKey = ConsistencyKey.make(target)
        // A text copied across (a name, an English label on the Korean page) is not a translation.
        guard sourceKey != targetKey else { return SideKeys() }
        return SideKeys(source: groupsBySource ? sourceKey : nil, target: groupsByTarget ? targetKey : nil)
    }

    /// `keys` of every segment of `memory`, `records` in order, computed by
    /// whichever checks ask first (`SharedWork`). `englishSentences` are
    /// those of the records' Korean-side text (`CheckInput.englishSentences`):
    /// the Korean text's test reads them rather than finding them again, which
    /// was the larger part of this pass on a large memory.
    static func sharedKeys(of records: [SegmentRecord], in memory: TranslationMemory,
                           englishSentences: SharedWork<[Substring]>) -> SharedWork<SideKeys> {
        let sourceLanguage = memory.sourceLanguage, targetLanguage = memory.targetLanguage
        // With one side Korean and the other English, the Korean text `isWritten`
        // tests is the Korean side's, the one the shared sentences were found in.
        let shareSentences = sourceLanguage != targetLanguage
        return SharedWork(count: records.count) { range in
            // Taken when a chunk first needs them: most records are no sentence or have no translation.
            var sentences: [[Substring]]?
            return range.map { index in
                let record = records[index]
                let score = record.score
                let found: (() -> [Substring])? = shareSentences ? {
                    if sentences == nil { sentences = englishSentences.result }
                    return sentences![index]
                } : nil
                return keys(of: record, score: score, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                            englishSentences: found)
            }
        }
    }

    /// Reports each group once: at the first place that uses its rarest
    /// wording (the likely odd one out), every other member as a related
    /// location carrying its own wording.
    ///
    /// Groups whose members are on the same pages are one finding
    /// (`shared`): two pages that share a passage (React's `useCallback`
    /// and `useMemo` references, 41 sentences; a blog post and the index
    /// that quotes it) were translated apart, and an editor brings the one
    /// in line with the other once, not sentence by sentence.
    static func report(_ groups: [[Int]], in input: CheckInput, side: Side, into findings: inout FindingCollector,
                       message: (_ variants: Int, _ places: Int, _ others: [String]) -> String,
                       shared: (_ groups: Int, _ otherPages: [String]) -> String) {
        struct Group {
            var members: [Int]
            var lead: Int
            var variants: Int
        }
        var byPages: [[Int]: [Group]] = [:]
        var order: [[Int]] = []
        for members in groups {
            let wordings = members.map { index -> ByteKey in
                let record = input.segments[index]
                return ByteKey(glossFreeWording(side == .target ? record.target ?? "" : record.source))
            }
            var uses: [ByteKey: Int] = [:]
            for text in wordings { uses[text, default: 0] += 1 }
            let rarest = uses.values.min() ?? 1
            let lead = wordings.firstIndex { uses[$0] == rarest } ?? 0
            // A page is a memory file (a page pair). A memory checked on its own keeps
            // each group apart: its files need not be pages (a QA set is one file).
            // (Negative: no file index; one key per group.)
            let pages = input.memoryPath != nil ? [-1 - members[0]]
                : Set(members.map { input.segments[$0].fileIndex }).sorted()
            if byPages[pages] == nil { order.append(pages) }
            byPages[pages, default: []].append(Group(members: members, lead: lead, variants: uses.count))
        }
        func relatedPlaces(_ group: Group, leaving lead: Int?) -> (related: [RelatedLocation], names: [String]) {
            var related: [RelatedLocation] = []
            var names: [String] = []
            for (position, index) in group.members.enumerated() where position != lead {
                let record = input.segments[index]
                let location = input.location(of: record, side: side)
                let unitID = input.unit(of: record).id
                related.append(RelatedLocation(location: location, unitID: unitID,
                                               text: displayText(of: index, side: side, in: input)))
                names.append(location.line > 0 && input.memoryPath == nil ? location.description : unitID)
            }
            return (related, names)
        }
        for pages in order {
            let found = byPages[pages]!
            if found.count == 1, let group = found.first {
                let (related, names) = relatedPlaces(group, leaving: group.lead)
                findings.report(input.segments[group.members[group.lead]], in: input, side: side,
                                message: message(group.variants, group.members.count, names), relatedLocations: related)
                continue
            }
            // At the first group's odd one out; every other member of every group is a related place.
            let first = found.min { $0.members[$0.lead] < $1.members[$1.lead] }!
            let leadRecord = input.segments[first.members[first.lead]]
            let leadPage = input.location(of: leadRecord, side: side).file
            var related: [RelatedLocation] = []
            for group in found {
                let isFirst = group.members == first.members
                related += relatedPlaces(group, leaving: isFirst ? group.lead : nil).related
            }
            let otherPages = Set(related.map(\.location.file)).subtracting([leadPage]).sorted()
            findings.report(leadRecord, in: input, side: side,
                            message: shared(found.count, otherPages), relatedLocations: related)
        }
    }

    /// The text of member `index` on `side` as the page shows it, inline
    /// code included, as a related place quotes it. (Wordings are compared
    /// with code as one placeholder: sentences made from one template with
    /// different code, "`hotUpdate` was first introduced in v6.0", share a key.)
    static func displayText(of index: Int, side: Side, in input: CheckInput) -> String {
        let segment = input.segment(of: input.segments[index])
        return side == .target ? segment.targetText ?? "" : segment.sourceText
    }

    /// Bead scores below this are the aligner's guesses, not evidence that
    /// one text was translated two ways. Measured on the alignment dev bench
    /// (news-dev and nk-dev, clean and noisy, 3,860 1-1 and larger beads;
    /// docs/judgments/bead-score-calibration.py): beads scored below 0.75 were
    /// right 12 times of 16 (0.65–0.75: 5 of 9), beads at 0.75 or above 3,730
    /// of 3,844 (0.97).
    static let confidentScore = 0.75

    /// True when a bead's score (nil for memories that carry none) is confident.
    static func isConfident(_ score: Double?) -> Bool {
        guard let score else { return true }
        return score >= confidentScore
    }

    /// True when `text` reads as a sentence: two or more words closed by
    /// sentence punctuation, or five or more words that are not a list of
    /// terms of up to four words each. Shorter units are labels and headings ("이미지 창",
    /// "Image Windows") whose translation depends on their context (singular
    /// or plural, a menu name or a heading), and a list of terms with no full
    /// stop is an index or menu entry ("곱하기, Darken Layer Modes, Legacy
    /// Layer Modes"); term consistency is the glossary's job.
    static func isSentence(_ text: String) -> Bool {
        // On the UTF-8 bytes, decoding only the non-ASCII scalars: the scalar
        // view's iterator was most of this function's time on a large memory.
        var text = text
        return text.withUTF8 { bytes in
            var words = 0, inWord = false, longestItem = 0, itemWords = 0
            var last: UInt32?
            var index = 0
            while index < bytes.count {
                let (value, length) = Script.decodeScalar(utf8: bytes, at: index)
                index += length
                if Script.isWhitespace(codePoint: value) {
                    inWord = false
                    continue
                }
                if value == 0x2C || value == 0x3001 || value == 0x3B {  // , 、 ;
                    longestItem = max(longestItem, itemWords)
                    itemWords = 0
                }
                if isAlphabetic(value) || (0x30...0x39).contains(value) {
                    if !inWord {
                        words += 1
                        itemWords += 1
                    }
                    inWord = true
                }
                if !isCloser(value) { last = value }
            }
            longestItem = max(longestItem, itemWords)
            guard words >= 2, let last else { return false }
            if isTerminator(last) { return true }
            return words >= 5 && longestItem > 4
        }
    }

    // `Unicode.Scalar.Properties` looks each scalar up in the standard
    // library's tables; these answer the same for ASCII and Hangul syllables
    // (nearly every scalar of a Korean/English memory) without the lookup,
    // which was a third of the consistency checks' time on a large memory.
    // White space is `Script.isWhitespace`, the property written out.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool { Script.isWhitespace(scalar) }

    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool { isAlphabetic(scalar.value) }

    private static func isAlphabetic(_ value: UInt32) -> Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        if Script.isHangulSyllable(codePoint: value) { return true }
        // A valid scalar: decoded from a String.
        return Unicode.Scalar(value).unsafelyUnwrapped.properties.isAlphabetic
    }

    // A switch, not a Set: `isSentence` asks for every scalar, and hashing
    // each one was a fifth of its time on a large memory.
    private static func isTerminator(_ scalar: Unicode.Scalar) -> Bool { isTerminator(scalar.value) }

    private static func isTerminator(_ value: UInt32) -> Bool {
        switch value {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F: return true  // . ! ? … 。 ！ ？
        default: return false
        }
    }

    /// Quotes and brackets that may follow the full stop.
    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool { isCloser(scalar.value) }

    private static func isCloser(_ value: UInt32) -> Bool {
        switch value {
        case 0x22, 0x27, 0x201D, 0x2019, 0x29, 0x5D, 0x300D, 0x300F: return true  // " ' ” ’ ) ] 」 』
        default: return false
        }
    }

    /// True when `text` is written in `language` alone: Korean text has
    /// Hangul and no English sentence, English text has Latin letters and no
    /// Hangul. An English index entry on the Korean page is not a Korean
    /// source that was translated, nor English with a Korean phrase left in
    /// it a translation to compare; and a Korean sentence with an English one
    /// glued to it (English left on the page, paired with its neighbour's
    /// bead) is `untranslated`'s finding, not a second wording of the Korean
    /// sentence.
    /// `englishSentences`, when given, are `WrongLanguage.englishSentences(in: text)`.
    static func isWritten(_ text: String, in language: Language, englishSentences: (() -> [Substring])? = nil) -> Bool {
        switch language {
        case .korean:
            return Script.containsHangul(text) && (englishSentences?() ?? WrongLanguage.englishSentences(in: text)).isEmpty
        case .english: return Script.containsLatin(text) && !Script.containsHangul(text)
        }
    }

    /// A wording as a reader tells it apart: letters and digits only, lower
    /// case, English words without their inflection (`englishStem`); "Save
    /// as" and "Save as…", "e-mail" and "E-Mail", "Layer — Key reference" and
    /// "Layers — Key reference", a page title "Unifying Return Types" and its
    /// index entry "Unify return types" are one wording.
    static func wording(_ text: String) -> [UInt8] {
        var key: [UInt8] = []
        var word: [UInt8] = []
        // After a Latin word, a number or code, a particle's form depends on how the reader
        // pronounces it (`open`을/를, `SSR`이/가): both forms are one wording.
        var afterLatin = false
        func flush() {
            englishStem(&word)
            key.append(contentsOf: word)
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            guard isAlphabetic(scalar) || Script.isDigit(scalar) else {
                flush()
                // A particle follows its word directly, or a closing quote or bracket;
                // U+FFFC stands for inline code.
                if isWhitespace(scalar) { afterLatin = false } else if scalar == "\u{FFFC}" { afterLatin = true }
                continue
            }
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                word.append((0x41...0x5A).contains(byte) ? byte + 32 : byte)
                afterLatin = true
            } else if Script.isHangulSyllable(scalar) {
                flush()
                if afterLatin {
                    // 으로 and 로 alike: the 으 is left out, and 로 is still the particle.
                    if scalar == "으" { continue }
                    ConsistencyKey.appendHangulSyllable(particleForm(scalar), to: &key)
                } else {
                    ConsistencyKey.appendHangulSyllable(scalar, to: &key)
                }
                afterLatin = false
            } else {
                flush()
                key.append(contentsOf: String(scalar).lowercased().utf8)
                afterLatin = false
            }
        }
        flush()
        return key
    }

    /// A lower-case ASCII word without its English inflection, so that the
    /// forms of one word are one: a plural or third person -s or -es
    /// ("types", "boxes", "applies"), then -ing or -ed where a vowel is left
    /// ("unifying", "created"; not "string"), then a final e ("use", "type")
    /// and one of a final double consonant ("running", "install"). Crude, and
    /// the same for every form, which is what comparing needs.
    static func englishStem(_ word: inout [UInt8]) {
        let s = UInt8(ascii: "s"), e = UInt8(ascii: "e")
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard word.count > count else { return false }
            return suffix.withUTF8Buffer { word[(word.count - count)...].elementsEqual($0) }
        }
        func hasVowel(before suffix: Int) -> Bool {
            word[..<(word.count - suffix)].contains { "aeiouy".utf8.contains($0) }
        }
        if word.count > 3, word.last == s, word[word.count - 2] != s {
            if word.count > 4, ends("ies") {
                word.removeLast(3)
                word.append(UInt8(ascii: "y"))
            } else if ends("es"), [s, UInt8(ascii: "x"), UInt8(ascii: "z"), UInt8(ascii: "h")].contains(word[word.count - 3]) {
                word.removeLast(2)
            } else {
                word.removeLast()
            }
        }
        if word.count > 5, ends("ing"), hasVowel(before: 3) {
            word.removeLast(3)
        } else if word.count > 4, ends("ied") {
            word.removeLast(3)
            word.append(UInt8(ascii: "y"))
        } else if word.count > 4, ends("ed"), hasVowel(before: 2) {
            word.removeLast(2)
        }
        if word.count > 3, word.last == e { word.removeLast() }
        if word.count > 3, let last = word.last, last == word[word.count - 2], !"aeiou".utf8.contains(last),
           (0x61...0x7A).contains(last) {
            word.removeLast()
        }
    }

    /// One form of each particle pair whose choice follows the sound before
    /// it: 을/를, 이/가, 은/는, 과/와.
    private static func particleForm(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "을": return "를"
        case "이": return "가"
        case "은": return "는"
        case "과": return "와"
        default: return scalar
        }
    }

    /// Where the texts of several groups are: "repeated on this page", or
    /// "this page shares with en/b.html".
    static func sharedBy(_ otherPages: [String]) -> String {
        otherPages.isEmpty ? "repeated on this page" : "this page shares with " + list(otherPages)
    }

    static func list(_ others: [String]) -> String {
        let shown = others.prefix(5).joined(separator: ", ")
        return others.count > 5 ? shown + " and \(others.count - 5) more" : shown
    }
}

/// Character-bigram overlap, for telling an edited sentence from an unrelated one.
enum Similarity {
    /// Dice coefficient at or above which two texts are versions of one
    /// sentence. An edit (했다 → 하였다, 밝혔다 → 전했다) keeps a long
    /// sentence above 0.8; two unrelated sentences that happen to share a
    /// translation (a misaligned line, a dictionary gloss) stay below 0.3.
    static let nearVariant = 0.5

    static func bigrams(_ text: String) -> [UInt64: Int] {
        var counts: [UInt64: Int] = [:]
        var previous: UInt32?
        for scalar in text.unicodeScalars {
            if let previous { counts[UInt64(previous) << 32 | UInt64(scalar.value), default: 0] += 1 }
            previous = scalar.value
        }
        return counts
    }

    static func dice(_ a: [UInt64: Int], _ b: [UInt64: Int]) -> Double {
        let total = a.values.reduce(0, +) + b.values.reduce(0, +)
        guard total > 0 else { return 1 }
        var shared = 0
        for (gram, count) in a { shared += min(count, b[gram] ?? 0) }
        return Double(2 * shared) / Double(total)
    }
}
