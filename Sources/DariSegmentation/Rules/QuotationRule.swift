/// Removes boundaries inside quotations and brackets.
///
/// Measured failure: raw ICU breaks inside quoted speech (nested.txt,
/// precision 0.67): `1699년에 한 학자는 "어떤 것은 … 만들기도 한다. 새부리 …"` is one
/// sentence, and so is `(가능한!) 어디든 …`. A quotation that closes after a
/// full stop still ends its sentence there: the boundary after the closing
/// mark is kept (`"Go home." She left.`).
///
/// Quotes pair up only when both marks are found within `maximumSpan` units
/// of the same text; an unpaired mark (a stray `"` or an apostrophe) never
/// swallows the rest of a block, and a straight quote that opens a word
/// (` "but`) is never taken as the close of an earlier one: news text leaves a
/// quotation open at the end of a paragraph, and pairing it with the next
/// quotation glued the sentences between them (issue 19, news-gold.txt).
/// A straight mark and a curly one pair up ("…” and “…"), as Korean news
/// mixes them.
///
/// In English a quotation that is a sentence run of its own (it opens a
/// sentence and closes one, `"We sent a car. The patient was taken to
/// hospital." Police said…`) keeps its sentence ends; one embedded in a
/// sentence (`He said, "I came. I saw."`, `"Go. Now," he said.`) stays whole.
struct QuotationRule: SegmentationRule {
    let name = "quotation"
    /// The longest quotation or parenthesis (UTF-16 units) that suppresses
    /// boundaries; the dev set's longest quoted passage is about 400.
    var maximumSpan = 1500

    private static let pairs: [(open: UInt16, close: UInt16)] = [
        (0x201C, 0x201D),  // “ ”
        (0x2018, 0x2019),  // ‘ ’
        (0x300C, 0x300D),  // 「 」
        (0x300E, 0x300F),  // 『 』
        (0x3008, 0x3009),  // 〈 〉
        (0x300A, 0x300B),  // 《 》
        (0x3010, 0x3011),  // 【 】
        (0x00AB, 0x00BB),  // « »
        (0x28, 0x29),  // ( )
        (0x5B, 0x5D),  // [ ]
        (0xFF08, 0xFF09),  // （ ）
    ]

    func apply(to context: inout BoundaryContext) {
        // Without boundaries only Korean dialogue can add one.
        guard !context.boundaries.isEmpty || context.language == .korean else { return }
        let spans = quotedSpans(in: context)
        guard !spans.isEmpty else { return }
        // ICU ends "<죽자.>" before the ">" it does not know as a closing mark;
        // such a boundary belongs after the mark, unless a particle glued to
        // the mark continues the sentence (`<…>라고 말한다`).
        let closes = Set(spans.map(\.upperBound))
        let text = context.text
        for boundary in context.boundaries where closes.contains(boundary) {
            if boundary + 1 < text.count, Scalars.isHangulSyllable(text[boundary + 1]) {
                context.removeBoundaries { candidate, _ in candidate == boundary }
            } else {
                context.moveBoundary(from: boundary, to: boundary + 1)
            }
        }
        let units = context.text
        if context.language == .korean {
            context.addBoundaries(Self.betweenUtterances(spans, in: units))
            // A quoted title after a cross-reference label is a name in the sentence:
            // `12.4절. “알려진 버그 로그가 있나요?” 참조하십시오.` goes on after it.
            let titleEnds = Set(spans.filter { Self.followsReferenceLabel($0.lowerBound, in: units) }
                .flatMap { [$0.upperBound + 1, $0.upperBound + 2] })
            if !titleEnds.isEmpty {
                context.removeBoundaries { boundary, next in
                    titleEnds.contains(boundary) && next < units.count && Scalars.isHangulSyllable(units[next])
                }
            }
        }
        let standalone = context.language == .english
            ? Set(spans.filter { Self.isSentenceRun($0, in: units) }.map(\.lowerBound)) : []
        context.removeBoundaries { boundary, _ in
            // Binary search the sorted, non-overlapping outer spans.
            var low = 0, high = spans.count
            while low < high {
                let mid = (low + high) / 2
                if spans[mid].upperBound <= boundary { low = mid + 1 } else { high = mid }
            }
            return low < spans.count && spans[low].lowerBound < boundary && boundary < spans[low].upperBound
                && !standalone.contains(spans[low].lowerBound)
        }
    }

    /// True when the quotation opening at `start` follows a Korean
    /// cross-reference label (`12.4절.`, `3장`), a space between them allowed.
    static func followsReferenceLabel(_ start: Int, in units: [UInt16]) -> Bool {
        var index = start - 1
        while index >= 0, Scalars.isSpace(units[index]) { index -= 1 }
        if index >= 0, units[index] == 0x2E { index -= 1 }
        guard index >= 1, units[index] == 0xC808 || units[index] == 0xC7A5 else { return false }  // 절, 장
        return (0x30...0x39).contains(units[index - 1])
    }

    /// Korean dialogue written as quotations without final punctuation
    /// (`"밥 먹었어" "응 먹었어"`): two quotations that follow each other with
    /// only a space between them are two utterances, when the first opens a
    /// sentence and the second ends without a particle (`"가자" "빨리"라고
    /// 외쳤다` is one sentence). Issue 19 lists such quotes among the held-out misses.
    static func betweenUtterances(_ spans: [Range<Int>], in units: [UInt16]) -> [Int] {
        var added: [Int] = []
        for (first, second) in zip(spans, spans.dropFirst()) {
            let gap = (first.upperBound + 1)..<second.lowerBound
            guard !gap.isEmpty, units[gap].allSatisfy(Scalars.isSpace),
                  isQuotationMark(units[first.lowerBound]), isQuotationMark(units[second.lowerBound]) else { continue }
            var before = first.lowerBound
            while before > 0, Scalars.isSpace(units[before - 1]) { before -= 1 }
            if before > 0, !(Scalars.isTerminal(units[before - 1]) || Scalars.isCloser(units[before - 1])) { continue }
            let after = second.upperBound + 1
            if after < units.count, Scalars.isHangulSyllable(units[after]) { continue }
            added.append(first.upperBound + 1)
        }
        return added
    }

    private static func isQuotationMark(_ unit: UInt16) -> Bool {
        unit == 0x22 || unit == 0x201C || unit == 0x2018 || unit == 0x27 || unit == 0x300C || unit == 0x300E
    }

    /// A double quotation that starts where a sentence may start and ends with
    /// a stop before a capital or the end of the text.
    static func isSentenceRun(_ span: Range<Int>, in units: [UInt16]) -> Bool {
        let open = units[span.lowerBound]
        guard open == 0x22 || open == 0x201C else { return false }
        var before = span.lowerBound
        while before > 0, Scalars.isSpace(units[before - 1]) { before -= 1 }
        if before > 0, !(Scalars.isTerminal(units[before - 1]) || Scalars.isCloser(units[before - 1])) { return false }
        let close = span.upperBound
        guard close > 0, Scalars.isTerminal(units[close - 1]) else { return false }
        var next = close + 1
        while next < units.count, Scalars.isSpace(units[next]) { next += 1 }
        return next == units.count || Scalars.isUpper(units[next]) || Scalars.isOpener(units[next])
    }

    /// Outermost quoted or bracketed spans (open mark ..< close mark), sorted.
    ///
    /// Only `context.punctuation` is walked: a quotation mark is never a
    /// letter, a digit or a space.
    func quotedSpans(in context: BoundaryContext) -> [Range<Int>] {
        let units = context.text, language = context.language, punctuation = context.punctuation
        var spans: [Range<Int>] = []
        var next = 0  // the first offset not inside a span found so far
        for (position, index) in punctuation.enumerated() where index >= next {
            let unit = units[index]
            if let close = closingMark(for: unit, at: index, in: units, language: language),
               let end = findClose(close, opening: unit, from: index + 1, in: units, punctuation: punctuation,
                                   startingAt: position + 1) {
                spans.append(index..<end)
                next = end + 1
            }
        }
        return spans
    }

    private func closingMark(for unit: UInt16, at index: Int, in units: [UInt16], language: Language) -> UInt16? {
        // No quotation mark is a letter, a digit or a space: this is asked of
        // every unit, and the pair table is not (issue 19, segmentation speed).
        if Scalars.isLetterOrDigit(unit) || Scalars.isSpace(unit) { return nil }
        if unit == 0x22 { return isOpeningStraight(at: index, in: units) ? 0x22 : nil }
        if unit == 0x27 {
            // Straight single quotes mark quotations in Korean ('취'); in English they
            // are mostly apostrophes (one's), so English leaves them alone.
            return language == .korean && isOpeningStraight(at: index, in: units) ? 0x27 : nil
        }
        // Korean prose quotes with angle brackets (<죽자. 민우야.>); in English
        // they are rare and usually not quotations.
        if unit == 0x3C, language == .korean { return 0x3E }
        for pair in Self.pairs where pair.open == unit { return pair.close }
        return nil
    }

    /// A straight quote opens when it is not glued to a letter on its left.
    private func isOpeningStraight(at index: Int, in units: [UInt16]) -> Bool {
        guard index + 1 < units.count, !Scalars.isSpace(units[index + 1]) else { return false }
        return index == 0 || !Scalars.isLetterOrDigit(units[index - 1]) || Scalars.isHangul(units[index - 1])
    }

    /// `position` is the index in `punctuation` of the first offset at or
    /// after `start`; only those offsets can hold a mark.
    private func findClose(_ close: UInt16, opening: UInt16, from start: Int, in units: [UInt16],
                           punctuation: [Int], startingAt position: Int) -> Int? {
        let limit = min(units.count, start + maximumSpan)
        var depth = 0
        var position = position
        while position < punctuation.count, punctuation[position] < limit {
            let index = punctuation[position]
            position += 1
            let unit = units[index]
            if unit == 0x22, opening == 0x22, index + 1 < units.count, Scalars.isSpace(units[index - 1]),
               !Scalars.isSpace(units[index + 1]), !Scalars.isTerminal(units[index + 1]),
               !Scalars.isCloser(units[index + 1]) {
                return nil  // ` "but`: this quote opens; the earlier one was left open
            }
            // Mixed marks are common in Korean news: "…” and “…" pair up.
            if depth == 0, (opening == 0x22 && unit == 0x201D) || (opening == 0x201C && unit == 0x22) {
                return index
            }
            if unit == close && depth == 0 {
                // ’ between letters is an apostrophe (don’t), not a closing quote.
                if unit == 0x2019, index + 1 < units.count, index > 0,
                   Scalars.isLatinLetter(units[index - 1]), Scalars.isLatinLetter(units[index + 1]) {
                    continue
                }
                return index
            }
            if unit == opening && opening != close { depth += 1 }
            if unit == close && depth > 0 { depth -= 1 }
        }
        return nil
    }
}

import DariModel
