import DariGlossary
import DariMemory
import DariModel
import DariText

/// `number-mismatch`: a number in the Korean is missing from the English
/// (changed, mistyped or dropped).
///
/// Numbers are compared as values, whatever the script writes around them:
/// 1,000명 = 1,000; 3천 = 3,000; 12조3천억 = 12.3 trillion; 2000년 = 2000;
/// 4,800km = 4,800 km; 3.5% = 3.5 percent. English numbers written as words
/// ("three", "twice", "a dozen", "May", "World War II") count; metric units may
/// be converted (240km ≈ 150 miles, within 6 %); a Korean day of the month
/// may become a weekday ("3일" → "on Monday") or go when the English gives no
/// calendar date; a year may become "last year"; numbers in parentheses
/// (Korean adds conversions there) are not required when the English has
/// none, nor is a trailing date stamp ("     2005.10"); an estimate written
/// as two neighbouring numbers (2, 3년) may be "a couple" or "a few"; an English scale
/// word said once covers the bare numbers beside it ("2 to 3 million"). Numbers are matched
/// one to one; words with digits (IPv6, python3, 2.0.40) are read as wholes.
///
/// Korean digits are looked for in the English whichever language is the
/// original: every changed number leaves a Korean number unmatched. When
/// English is the original, English digit numbers the Korean dropped are
/// looked for too, but only those Korean does not write as words (세 명 for
/// "3 people"): 13 and above, and decimals. The finding is on the
/// translation's page.
public struct NumberMismatch: Check {
    public static let id = "number-mismatch"
    public static let defaultSeverity = Severity.error
    public static let summary = "A number differs between the original and its translation, or the translation lacks it."
    public static let example = "en/people.html:40: error: [number-mismatch] the Korean has 1,000 but the English "
        + "does not (it has 900); correct the number or add it"
    public static let details = """
        Numbers are compared as values, whatever the script writes around them: 1,000명 = 1,000; 3천 = 3,000; \
        12조3천억 = 12.3 trillion; 2000년 = 2000; 4,800km = 4,800 km ≈ 2,983 miles; 3.5% = 3.5 percent. English \
        numbers written as words ("three", "twice", "both", "a dozen", "May", "World War II") count; metric \
        units may be converted (240km ≈ 150 miles, within 6 %); a Korean day of the month may become a \
        weekday ("3일" → "on Monday") or go when the English gives no calendar date; a year may become "last \
        year"; numbers in parentheses (Korean adds conversions there) and a trailing date stamp are not \
        required; a scale word said once covers the bare numbers beside it ("2 to 3 million", "150 million \
        today and 200 tomorrow"); an ordinal fixed in a Korean word (제3자 "third party", 2차적 "derivative"), \
        a legal article (제 6 조), list markers numbered "(1)" where the English letters them "(a)", and the end \
        of a range of years written with two digits (1994–98) are not changed numbers. Korean digits are looked \
        for in the English whichever language is the original; when \
        English is the original, English numbers of 13 and above (and decimals) the Korean lacks are \
        reported too (Korean often writes small numbers as words, 세 명). The finding is on the translation's page.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        guard let koreanSide = input.side(of: .korean), let englishSide = input.side(of: .english) else { return }
        // The translation is what an editor corrects, whichever language it is in.
        let englishOriginal = englishSide == .source
        var balancedUnits: [SegmentPosition: Bool] = [:]
        func isBalanced(_ record: SegmentRecord) -> Bool {
            let key = SegmentPosition(file: record.fileIndex, unit: record.unitIndex)
            if let known = balancedUnits[key] { return known }
            let balanced = Self.numbersAgree(in: input.unit(of: record), koreanSide: koreanSide,
                                             englishOriginal: englishOriginal)
            balancedUnits[key] = balanced
            return balanced
        }
        for record in input.segments {
            guard let target = record.translatedTarget, record.hasSource,
                !record.isCopy
            else { continue }
            let korean = Self.compared(koreanSide == .source ? record.source : target)
            let english = Self.compared(englishSide == .source ? record.source : target)
            // English left on the Korean page is compared only with its own copy (the same
            // words, a number changed).
            if input.isPairedByPositionOnly(record) { continue }
            // A changed number leaves a Korean number unmatched whichever side
            // was written first: compare Korean against English in both directions.
            // `Script.isDigit` is ASCII 0-9, one byte each, and no byte of another
            // scalar is below 0x80: the bytes are tested without decoding the scalars.
            if korean.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
               let (missing, unmatched) = Self.compare(korean: korean, english: english) {
                if Self.agreesWithSeparatorsSwapped(korean: korean, english: english) || isBalanced(record)
                    || Self.agreesWithInlineCode(record, in: input, koreanSide: koreanSide, englishOriginal: englishOriginal) {
                    continue
                }
                // The number to correct on the translation's page: the Korean one,
                // or the English copy left over from a changed one.
                findings.report(record, in: input, side: .target,
                                message: englishOriginal ? Self.changedInKorean(missing, unmatched)
                                    : Self.message(missing: missing, unmatched: unmatched),
                                at: englishOriginal ? missing.first : unmatched.first)
            } else if englishOriginal, let dropped = Self.dropped(english: english, korean: korean), !isBalanced(record),
                      !Self.agreesWithInlineCode(record, in: input, koreanSide: koreanSide, englishOriginal: englishOriginal) {
                findings.report(record, in: input, side: .target, message: Self.droppedFromKorean(dropped))
            }
        }
    }

    /// `text` as its numbers are compared: without its URLs and e-mail
    /// addresses, whose digits (`/f3/`, `f3read`) are `url-mismatch`'s to
    /// compare as one address, and with a letter or digit marked inside a
    /// word read as the word (`IPv[4]` is IPv4, `[z]eros` is zeros).
    static func compared(_ text: String) -> String {
        let text = Script.withoutLetterMarks(text)
        guard URLMismatch.mayHaveAddress(text) else { return text }
        var result = text
        for address in URLMismatch.addresses(text) {
            result = result.replacingOccurrences(of: address, with: " ")
        }
        return result
    }

    /// Whether the numbers agree when the text of inline code is read too:
    /// one side writes as code what the other writes as text (`:0` and
    /// `` `:0` ``, `` `7z` `` and 7z), so the number is on both. Code alone
    /// is never compared (the prose checks leave it out); this only keeps a
    /// number that is there from being reported missing.
    static func agreesWithInlineCode(_ record: SegmentRecord, in input: CheckInput, koreanSide: Side,
                                     englishOriginal: Bool) -> Bool {
        let segment = input.segment(of: record)
        guard let fullTarget = segment.targetText else { return false }
        let fullSource = segment.sourceText
        guard fullSource != record.source || fullTarget != record.translatedTarget else { return false }
        let (korean, english) = koreanSide == .source
            ? (compared(fullSource), compared(fullTarget))
            : (compared(fullTarget), compared(fullSource))
        guard compare(korean: korean, english: english) == nil else { return false }
        return !englishOriginal || dropped(english: english, korean: korean) == nil
    }

    /// Whether the numbers of a block of several sentence pairs agree when
    /// the block is read whole: a translator who moves a number into the
    /// neighbouring sentence ("GIMP 2.6 also enhances …" → `…김프 2.6의 새
    /// 심볼 목록을…` one sentence later) changed no number; the sentence
    /// pairs differ only because the sentences were cut differently.
    static func numbersAgree(in unit: MemoryUnit, koreanSide: Side, englishOriginal: Bool) -> Bool {
        guard unit.segmentCount > 1 else { return false }
        let sources = unit.segments.map { InlineContent.proseText($0.source) }.joined(separator: " ")
        let targets = unit.segments.compactMap { $0.target.map(InlineContent.proseText) }.joined(separator: " ")
        let (korean, english) = koreanSide == .source ? (sources, targets) : (targets, sources)
        guard compare(korean: korean, english: english) == nil else { return false }
        return !englishOriginal || dropped(english: english, korean: korean) == nil
    }

    /// Whether the numbers agree once either side (or both) is read the
    /// other convention's way (`withSeparatorsSwapped`): the English may be
    /// the one written so ("2.600 currency units" for 2600).
    static func agreesWithSeparatorsSwapped(korean: String, english: String) -> Bool {
        let swappedKorean = withSeparatorsSwapped(korean), swappedEnglish = withSeparatorsSwapped(english)
        let readings: [(String?, String?)] = [(swappedKorean, english), (korean, swappedEnglish),
                                              (swappedKorean, swappedEnglish)]
        return readings.contains { korean, english in
            guard let korean, let english else { return false }
            return compare(korean: korean, english: english) == nil
        }
    }

    /// `text` read the other convention's way, nil when nothing changes: a
    /// comma between digits that is not a thousands separator is a decimal
    /// comma ("0,1" → "0.1", "153,75" → "153.75"), and a dot followed by
    /// exactly three digits separates thousands ("50.000" → "50,000"). A
    /// translation made from a European-language edition writes numbers so;
    /// when this reading matches the other side, the numbers were not changed.
    static func withSeparatorsSwapped(_ text: String) -> String? {
        var scalars = Array(text.unicodeScalars)
        var swapped = false
        for index in scalars.indices.dropFirst().dropLast()
        where Script.isDigit(scalars[index - 1]) && Script.isDigit(scalars[index + 1]) {
            var digits = 0
            while index + 1 + digits < scalars.count, Script.isDigit(scalars[index + 1 + digits]) { digits += 1 }
            if scalars[index] == ",", digits != 3 {
                scalars[index] = "."
            } else if scalars[index] == ".", digits == 3 {
                scalars[index] = ","
            } else {
                continue
            }
            swapped = true
        }
        return swapped ? String(String.UnicodeScalarView(scalars)) : nil
    }

    /// English numbers a Korean translation dropped: digit numbers the Korean
    /// does not have in any form, when no Korean number is left over that
    /// could be their changed copy (that is `compare`'s finding). Only
    /// numbers Korean does not write as words count: 13 and above, decimals,
    /// not an identifier (IPv6) or a leading section number.
    static func dropped(english: String, korean: String) -> [String]? {
        let englishNumbers = NumberReader.english(english)
        guard !englishNumbers.isEmpty else { return nil }
        let koreanNumbers = NumberReader.korean(korean)
        let koreanKeys = Set(koreanNumbers.flatMap(\.keys))
        let converted = koreanNumbers.compactMap(\.converted)
        // A section number ("11.11. Some users like…") is the page's numbering, which the Korean page may keep apart.
        let sectionNumber = SectionNumber.leading(in: english).map(String.init) ?? ""
        // The digits of a name the Korean writes together (Base 64 for Base64).
        let apart = spelledApart(koreanNumbers, in: english, among: englishNumbers).digits
        var missing: [String] = []
        for (index, number) in englishNumbers.enumerated()
        where !number.isIdentifier && !number.isDesignation && !number.keys.contains(where: koreanKeys.contains) {
            if sectionNumber.hasPrefix(number.text) || apart.contains(index) { continue }
            guard number.value >= 13 || number.value != number.value.rounded(),
                  !NumberReader.approximatelyContains(converted, number.value), !missing.contains(number.text)
            else { continue }
            missing.append(number.text)
        }
        return missing.isEmpty ? nil : missing
    }

    /// True when `number` is the numerator or the denominator of a fraction
    /// the Korean writes in figures (`1/3`, `3분의 1`) and the English in
    /// words ("a third of their lifetime", "three quarters").
    static func isFractionInWords(_ number: NumberReader.Number, korean: String, english: String) -> Bool {
        guard UTF8Search.contains(korean, "/") || UTF8Search.contains(korean, "분의") else { return false }
        let fractions = NumberReader.englishFractions(english).filter { numerator, denominator in
            number.keys.contains(NumberReader.key(Double(numerator)))
                || number.keys.contains(NumberReader.key(Double(denominator)))
        }
        guard !fractions.isEmpty else { return false }
        let compact = korean.filter { !$0.isWhitespace }
        return fractions.contains { numerator, denominator in
            compact.contains("\(numerator)/\(denominator)") || compact.contains("\(denominator)분의\(numerator)")
        }
    }

    /// The message for a pair whose numbers disagree, nil when they agree.
    ///
    /// Numbers are matched one to one (a multiset: a Korean 38 twice against
    /// an English 38 and 39 leaves one 38 unmatched). A Korean number whose
    /// value the English has but already used for another is missing only
    /// when some English digit number is left over (a changed copy), not
    /// when the English says it once for two mentions.
    static func compare(korean: String, english: String) -> (missing: [String], unmatched: [String])? {
        let koreanNumbers = NumberReader.korean(korean)
        guard !koreanNumbers.isEmpty else { return nil }
        let englishNumbers = NumberReader.english(english)
        let pairing = match(koreanNumbers, englishNumbers)
        let englishKeys = Set(englishNumbers.flatMap(\.keys))
        // A name with its digits apart on one side (SHA 256, Base 64) and together on the other (SHA256).
        let koreanApart = spelledApart(koreanNumbers, in: english, among: englishNumbers)
        let englishApart = spelledApart(englishNumbers, in: korean, among: koreanNumbers)
        let partly = partlyTranslatedNames(koreanNumbers, englishNumbers, korean: korean)
        let absorbedKorean = koreanApart.names.union(englishApart.digits).union(partly.korean)
        let absorbedEnglish = englishApart.names.union(koreanApart.digits).union(partly.english)
        let leftOver = englishNumbers.indices.contains { pairing.english[$0] == nil && !absorbedEnglish.contains($0) }
        var words: Set<Int64>?
        var day: Bool?
        // Korean adds conversions and glosses in parentheses ("(약 1600억원)") that
        // English leaves out; when the English keeps a parenthesis, its numbers count.
        // A byte test first: Foundation's Character-wise `contains` was a tenth
        // of this function's time, and without the byte there is no "(" to find.
        let englishHasAside = english.utf8.contains(UInt8(ascii: "(")) && english.contains("(")
        var missing: [String] = []
        for (index, number) in koreanNumbers.enumerated() where pairing.korean[index] == nil && !absorbedKorean.contains(index) {
            if number.keys.contains(where: englishKeys.contains), !leftOver { continue }
            if number.isParenthesised && !englishHasAside || number.isTrailingStamp { continue }
            if number.isYear, NumberReader.mentionsRelativeYear(english) { continue }
            if let converted = number.converted,
                NumberReader.approximatelyContains(englishNumbers.map(\.value), converted)
            {
                continue
            }
            if words == nil { words = NumberReader.englishWordValues(english) }
            if number.isOneWithCounter, NumberReader.hasWordForOne(english) { continue }
            // "2, 3년 전" is "a couple of years ago", "3, 4명" "a few people".
            if number.isEstimate, !leftOver, NumberReader.mentionsEstimate(english) { continue }
            if let words, number.keys.contains(where: words.contains) { continue }
            if number.isPercent, let value = number.keys.first.map({ Double($0) / 1000 }),
                NumberReader.englishFractionPercents(english).contains(where: { abs($0 - value) <= 4 })
            {
                continue
            }
            // A fraction Korean writes 1/3 or 3분의 1 and English "a third".
            if Self.isFractionInWords(number, korean: korean, english: english) { continue }
            // A forum named by its member count (6자회담: the six-party talks, "the talks"), a
            // designation (제 8호 태풍: Typhoon Fung-Wong) and a word with digits (IPv6, G20) are
            // names; unless the English has a number left over that could be a changed copy
            // (2.0.40 → 2.0.41), a translation may name them in words.
            // So is an ordinal fixed in a word (제3자: "third party", 2차적: "derivative").
            if number.isForumName || number.isDesignation || number.isIdentifier || number.isOrdinalWord, !leftOver {
                continue
            }
            // "(1) … (2) …" for the English "(a) … (b) …".
            if number.isEnumerator, NumberReader.hasLetterEnumerators(english) { continue }
            // "5가지 특성인 최소, 최대, …": the Korean counts the list the English gives.
            if let kinds = number.kindCount, !leftOver, NumberReader.listsItems(kinds, in: english) { continue }
            // 6개국 외무장관 회동: "the talks"; "6개국은 촉구했다": "the parties pressed".
            if number.isMemberCount, !leftOver, NumberReader.mentionsParties(english) { continue }
            if number.isDay || number.isMonth {
                // A weekday or "yesterday" for 28일, "last month" for 7월; or no calendar date
                // at all: English news translations drop the Korean dateline. A day written
                // with its month (July 28) must still match.
                if day == nil { day = NumberReader.mentionsDay(english) || !NumberReader.namesMonth(english) }
                if day == true || number.isMonth && NumberReader.mentionsRelativeMonth(english) { continue }
            }
            if !missing.contains(number.text) { missing.append(number.text) }
        }
        guard !missing.isEmpty else { return nil }
        var unmatched: [String] = []
        for (index, number) in englishNumbers.enumerated() where pairing.english[index] == nil && !absorbedEnglish.contains(index) {
            if !unmatched.contains(number.text) { unmatched.append(number.text) }
        }
        return (missing, unmatched)
    }

    /// The names among `numbers` (letters, then digits: SHA256, Base64,
    /// SemVer2) that `text` writes with a space or hyphen before the digits
    /// (SHA 256, SHA-256), and the numbers of `others` that are those digits:
    /// one name, spelled two ways, not a number changed.
    static func spelledApart(_ numbers: [NumberReader.Number], in text: String, among others: [NumberReader.Number])
        -> (names: Set<Int>, digits: Set<Int>)
    {
        var names = Set<Int>(), digits = Set<Int>()
        var lowered: String?
        for (index, number) in numbers.enumerated() where number.isIdentifier {
            let letters = number.text.prefix { $0.isASCII && $0.isLetter }
            let rest = number.text.dropFirst(letters.count)
            guard !letters.isEmpty, !rest.isEmpty, rest.allSatisfy({ $0.isASCII && $0.isNumber }) else { continue }
            let lower = lowered ?? text.lowercased()
            lowered = lower
            let name = letters.lowercased()
            guard [" ", "-"].contains(where: { lower.contains(name + $0 + rest) }),
                  let digit = others.indices.first(where: { others[$0].text == rest && !digits.contains($0) }) else { continue }
            names.insert(index)
            digits.insert(digit)
        }
        return (names, digits)
    }

    /// The names with digits the Korean writes with their word part
    /// translated: `KIP37 컨트랙트` and `KIP37멀티토큰` for the English
    /// `KIP37Contract` and `KIP37MultiToken`. A Korean name that ends in its
    /// digits, followed by Korean words (the translated part), and begins an
    /// English name whose rest is letters is that name. (`Web3` of
    /// `Web3-Onboard` is no translation of `Web3Onboard`.)
    static func partlyTranslatedNames(_ korean: [NumberReader.Number], _ english: [NumberReader.Number],
                                      korean text: String) -> (korean: Set<Int>, english: Set<Int>)
    {
        func isFollowedByHangul(_ name: String) -> Bool {
            var rest = text[...]
            while let range = rest.range(of: name) {
                var after = rest[range.upperBound...]
                if after.first == " " { after = after.dropFirst() }
                if let next = after.unicodeScalars.first, Script.isHangulSyllable(next) { return true }
                rest = rest[range.upperBound...]
            }
            return false
        }
        var koreanNames = Set<Int>(), englishNames = Set<Int>()
        for (k, name) in korean.enumerated()
        where name.isIdentifier && name.text.last?.isNumber == true && isFollowedByHangul(name.text) {
            guard let e = english.indices.first(where: { index in
                let other = english[index].text
                return !englishNames.contains(index) && english[index].isIdentifier && other.count > name.text.count
                    && other.hasPrefix(name.text)
                    && other.dropFirst(name.text.count).allSatisfy { $0.isASCII && $0.isLetter }
            }) else { continue }
            koreanNames.insert(k)
            englishNames.insert(e)
        }
        return (koreanNames, englishNames)
    }

    /// A one-to-one pairing of Korean and English numbers that share a value,
    /// as large as possible (augmenting paths; sentences hold few numbers).
    static func match(_ korean: [NumberReader.Number], _ english: [NumberReader.Number])
        -> (korean: [Int?], english: [Int?])
    {
        var koreanMate = [Int?](repeating: nil, count: korean.count)
        var englishMate = [Int?](repeating: nil, count: english.count)
        let englishKeys = english.map { Set($0.keys) }
        func augment(_ k: Int, _ seen: inout [Bool]) -> Bool {
            for e in english.indices where !seen[e] && korean[k].keys.contains(where: englishKeys[e].contains) {
                seen[e] = true
                let freed = englishMate[e].map { augment($0, &seen) } ?? true
                if freed {
                    englishMate[e] = k
                    koreanMate[k] = e
                    return true
                }
            }
            return false
        }
        for k in korean.indices {
            var seen = [Bool](repeating: false, count: english.count)
            _ = augment(k, &seen)
        }
        return (koreanMate, englishMate)
    }

    /// English written first: a Korean number the English original lacks was changed in translation.
    fileprivate static func changedInKorean(_ missing: [String], _ unmatched: [String]) -> String {
        let has = unmatched.isEmpty ? "" : " (it has \(unmatched.joined(separator: ", ")))"
        return "the Korean has \(missing.joined(separator: ", ")) but the English original does not\(has); "
            + "correct the number in the Korean"
    }

    fileprivate static func droppedFromKorean(_ missing: [String]) -> String {
        "the English original has \(missing.joined(separator: ", ")) but the Korean does not; add the number to the Korean"
    }

    fileprivate static func message(missing: [String], unmatched: [String]) -> String {
        let list = missing.joined(separator: ", ")
        let has = unmatched.isEmpty ? "" : " (it has \(unmatched.joined(separator: ", ")))"
        return "the Korean has \(list) but the English does not\(has); correct the number or add it"
    }
}
