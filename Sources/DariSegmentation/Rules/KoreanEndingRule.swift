/// Adds boundaries after Korean sentences that end without punctuation.
///
/// Measured failure: raw ICU finds 1 of 25 boundaries in the dev set's
/// v_ending.txt and 0.575 recall on blogs_ko.txt, where sentences end with a
/// bare ending (…했어요 다음…), a nominal ending (…맛집임 …), laughter or an
/// emoji (…좋아요ㅎㅎ …, …선택😆 …). A boundary goes after such a word unless
/// the next word continues the sentence (라는, 하고, 싶어…); a boundary ICU
/// put before such a continuation is removed.
struct KoreanEndingRule: SegmentationRule {
    let name = "korean-ending"

    func apply(to context: inout BoundaryContext) {
        let units = context.text
        var added: [Int] = []
        // Offsets are removed in increasing order (each word's end once), so a
        // sorted array serves as the set.
        var removed = SortedOffsets()
        var previous: Range<Int>? = nil
        var beforePrevious: Range<Int>? = nil
        var index = 0
        while index < units.count {
            while index < units.count, Scalars.isSpace(units[index]) { index += 1 }
            guard index < units.count else { break }
            let word = index..<units.wordEnd(startingAt: index)
            index = word.upperBound
            defer {
                beforePrevious = previous
                previous = word
            }
            guard let previous else { continue }

            if Self.isDetachedPunctuation(units, word) {
                // "완료됩니다 .": the stop belongs to the word before it, and
                // ICU's boundary after the stop ends the sentence.
                removed.insert(previous.upperBound)
            } else if Self.isHonorificNoun(units, word) {
                // "아만다 씨가", "마사요 님": a name that ends like a verb, then
                // the title that follows names.
                removed.insert(previous.upperBound)
            } else if Decoration.isDecorationWord(units, start: word.lowerBound, end: word.upperBound) {
                // "하지만요 ㅋㅋㅋ 정말", "처음인 듯 ㅋㅋ": a standalone emoticon
                // closes the sentence before it, so the boundary goes after it.
                removed.insert(previous.upperBound)
                added.append(word.upperBound)
            } else if Decoration.isSoundWord(units, start: word.lowerBound, end: word.upperBound),
                      Scalars.isHangulSyllable(units[previous.upperBound - 1]),
                      KoreanSentenceEnd.endsSentence(units, word: previous) {
                // "후기 좀 주세요 엉엉 블루베리…": crying or laughter written in
                // syllables closes the unpunctuated sentence before it, like ㅠㅠ
                // (measured on the tuning half of the Korean dev set); after a
                // stop it opens the next one ("보임.. 하하 또 가야지"), and
                // before a verb it is an adverb ("하하 웃었다").
                removed.insert(previous.upperBound)
                added.append(word.upperBound)
            } else if Continuation.alternatesBeforeHada(units, previous: previous, next: word,
                                                        following: { Self.word(after: word, in: units) }) {
                // "껐다 켰다 해보세요": both -다 forms lead to the 하다 after them.
                removed.insert(previous.upperBound)
                removed.insert(word.upperBound)
            } else if Continuation.continuesKorean(units, start: word.lowerBound, end: word.upperBound)
                        || Continuation.continuesBareEnding(units, previous: previous, next: word)
                        || Continuation.continuesNegatedReport(units, previous: previous, next: word,
                                                               following: { Self.word(after: word, in: units) }) {
                removed.insert(previous.upperBound)
            } else if !Scalars.isTerminal(units[previous.upperBound - 1]),
                      Continuation.needsPreviousWord(units, word) {
                // "성실함 속에", "성덕임 맞음": the word needs the one before it.
                removed.insert(previous.upperBound)
            } else if units[word.lowerBound] == 0x28 /* ( */ {
                // "버렸음 (출근시간 19시) 할꺼도…": the parenthesis belongs to the
                // sentence before it; the word that closes it decides. An aside
                // that is itself a sentence starts after a finished one
                // ("맛있습니다…ㅠㅠ (…절대 아닙니다ㅋㅋ)").
                if let close = KoreanSentenceEnd.matchingCloseParenthesis(units, openAt: word.lowerBound),
                   KoreanSentenceEnd.parenthesisHoldsSentence(units, open: word.lowerBound, close: close),
                   KoreanSentenceEnd.endsSentence(units, word: previous) {
                    added.append(previous.upperBound)
                }
                continue
            } else if Continuation.takesEmbeddedQuestion(units, question: previous, next: word) {
                // "드러날까 걱정하는", "떨어질까 봐": the question is the verb's object.
                continue
            } else if KoreanSentenceEnd.endsSentence(units, word: previous)
                        || Self.isNominalPredicate(units, previous, after: beforePrevious)
                        || Self.isInterjection(units, word) && Self.mayEndBeforeInterjection(units, previous) {
                added.append(previous.upperBound)
            }
        }
        context.removeBoundaries { boundary, next in
            // Also ICU's boundaries before a glued quotative: `…없었다.’라는`, `…?"라면서`.
            removed.contains(boundary)
                || (next < units.count && Continuation.continuesKorean(units, start: next, end: units.wordEnd(startingAt: next)))
                || Continuation.particleGluedToQuotation(units, boundary: boundary, next: next)
        }
        context.addBoundaries(added.filter { !removed.contains($0) })
    }
}

extension KoreanEndingRule {
    /// The word after `word`, nil at the end of the text.
    static func word(after word: Range<Int>, in units: [UInt16]) -> Range<Int>? {
        var start = word.upperBound
        while start < units.count, Scalars.isSpace(units[start]) { start += 1 }
        return start < units.count ? start..<units.wordEnd(startingAt: start) : nil
    }

    /// True when `word` is the -ㅁ form of 하다, 되다 or 바라다 standing as its own
    /// word after the form that governs it: "맛나보이게 함", "해야 함", "안 함",
    /// "꼭 보길 바람". Alone, 함 is also a noun (a box) and 바람 the wind, so the
    /// word before decides (measured on the tuning half of the Korean dev set:
    /// "보이게 함 ¦파김치도", "보길 바람 ¦선화 배우는").
    static func isNominalPredicate(_ units: [UInt16], _ word: Range<Int>, after governing: Range<Int>?) -> Bool {
        guard let governing else { return false }
        var end = word.upperBound
        while end > word.lowerBound, Scalars.isTerminal(units[end - 1]) { end -= 1 }
        // Compared in place, after one test of the last syllable: this runs
        // for nearly every word, and copying each one to an array took about
        // 7 % of `dari segment`'s time (issue 19).
        guard end > word.lowerBound, nominalPredicateEnds.contains(units[end - 1]),
              let form = nominalPredicates.first(where: {
            $0.word.count == end - word.lowerBound && units.hasPrefix($0.word, at: word.lowerBound)
        }) else { return false }
        let last = units[governing.upperBound - 1]
        if governing.count == 1 { return last == Syllable.kC548 || last == Syllable.kBABB }  // 안 함, 못 함
        return form.governors.contains(last) || units.hasSuffix(Array("기를".utf16), endingAt: governing.upperBound)
    }

    private static let nominalPredicates: [(word: [UInt16], governors: UnitSet)] = [
        (Array("함".utf16), UnitSet(["게", "야", "도"])),  // 보이게 함, 해야 함, 해도 함
        (Array("됨".utf16), UnitSet(["게", "야", "도"])),  // 하게 됨, 돼야 됨
        (Array("바람".utf16), UnitSet(["길"])),  // 보길 바람
    ]

    /// The last syllables of `nominalPredicates`.
    private static let nominalPredicateEnds = UnitSet(nominalPredicates.compactMap(\.word.last))

    /// An interjection set off by a comma, "아," "음," "헐,": it opens a sentence
    /// ("첫 코너는 당연히 '술도녀' ¦아, 근데…", measured on the tuning half).
    static func isInterjection(_ units: [UInt16], _ word: Range<Int>) -> Bool {
        guard units[word.upperBound - 1] == 0x2C /* , */ else { return false }
        return interjections.contains(units, word.lowerBound..<(word.upperBound - 1))
    }

    private static let interjections: WordSet = WordSet(["아", "어", "음", "흠", "헐", "앗", "아하", "오호", "에휴", "아이고"])

    /// Before an interjection a sentence ends unless the word before it links
    /// on (a comma, a conjunction: "그런데 아, 맞다").
    static func mayEndBeforeInterjection(_ units: [UInt16], _ previous: Range<Int>) -> Bool {
        units[previous.upperBound - 1] != 0x2C /* , */ && !linkingWords.contains(units, previous)
    }

    private static let linkingWords: WordSet = WordSet(["그런데", "근데", "그리고", "그래서", "하지만", "그러나", "그럼", "그냥"])

    static func isDetachedPunctuation(_ units: [UInt16], _ word: Range<Int>) -> Bool {
        for index in word where !(Scalars.isTerminal(units[index]) || Scalars.isCloser(units[index])) { return false }
        return true
    }

    /// 씨, 님 or 옹 (titles that only follow a name), alone or with a particle.
    static func isHonorificNoun(_ units: [UInt16], _ word: Range<Int>) -> Bool {
        let first = units[word.lowerBound]
        guard first == 0xC528 || first == 0xB2D8 || first == 0xC639 else { return false }  // 씨 님 옹
        let rest = Array(units[(word.lowerBound + 1)..<word.upperBound])
        return rest.isEmpty || !Scalars.isHangul(rest[0])
            || honorificParticles.contains { rest.starts(with: $0) }
    }

    private static let honorificParticles: [[UInt16]] = [
        "가", "이", "는", "은", "의", "를", "을", "와", "과", "도", "에게", "께", "만", "로", "한테", "였", "입니", "예요",
        "처럼", "보다", "하고", "랑",
    ].map { Array($0.utf16) }
}

/// Whether a Korean word closes its sentence.
enum KoreanSentenceEnd {
    /// True when `word` ends a sentence: by a final ending (with or without
    /// `.`/`!`/`?`), by an emoji after Hangul, or as a parenthesis closing
    /// after a finished sentence ("버렸음 (출근시간 19시)").
    static func endsSentence(_ units: [UInt16], word: Range<Int>) -> Bool {
        var start = word.lowerBound
        var end = word.upperBound
        if units[end - 1] == 0x29 /* ) */, let open = matchingOpenParenthesis(units, closeAt: end - 1) {
            // "…그 맛이 크.. (물론 전 안 먹었지만… 그렇다고 하더라구요ㅋㅋ)": an
            // aside that is a sentence of its own, after a finished one, ends
            // there too; one that interrupts a sentence ("끝마치기를(…일이다)
            // 기다리고") does not.
            if parenthesisHoldsSentence(units, open: open, close: end - 1), followsSentenceEnd(units, open: open) {
                return true
            }
            end = open
            while end > 0, Scalars.isSpace(units[end - 1]) { end -= 1 }
            guard end > 0 else { return false }
            start = min(start, units.wordStart(endingAt: end))
        }
        let (undecorated, hadEmoji) = Decoration.stripTrailing(units, start: start, end: end)
        guard undecorated > start else { return false }
        // Laughter, tears and faces close a sentence in the informal style
        // ("슬퍼ㅠㅠ", "좋아^^"), which the ending table does not list; after a
        // noun they are a comment inside it ("패키지ㅎㅎ 심플하니"). An emoji
        // closes after any Hangul, as measured before.
        if hadEmoji, Scalars.isHangulSyllable(units[undecorated - 1]) { return true }
        if undecorated < end {
            // Counted in place (no array per word, issue 19).
            var jamo = 0, carets = 0
            for index in undecorated..<end {
                if Scalars.isHangulJamo(units[index]) { jamo += 1 }
                if units[index] == 0x5E { carets += 1 }
            }
            if jamo >= 2 || carets >= 2, isInformalEnding(units[undecorated - 1]) { return true }
        }
        // Strip sentence punctuation: "했다.", "맞나?", "없었다…".
        var core = undecorated
        var sawEllipsis = false
        var sawTerminal = false
        var sawCloser = false
        while core > start, Scalars.isTerminal(units[core - 1]) || Scalars.isCloser(units[core - 1]) {
            if Scalars.isCloser(units[core - 1]) { sawCloser = true }
            if units[core - 1] == 0x2026 || (units[core - 1] == 0x2E && core - 2 >= start && units[core - 2] == 0x2E) {
                sawEllipsis = true
            }
            if Scalars.isTerminal(units[core - 1]) { sawTerminal = true }
            core -= 1
        }
        guard core > start else { return false }
        // A quoted word ending like a verb ('절하다' 또는 …) is a mention, not a sentence end.
        if sawCloser, !sawTerminal { return false }
        if sawTerminal, !sawEllipsis, Scalars.isHangulSyllable(units[core - 1]) { return true }
        return KoreanEnding.isFinal(units, start: start, end: core)
    }

    /// True when the parenthesis at `open` opens the text or follows a stop,
    /// a closing mark or a word that ends a sentence, with a space between.
    static func followsSentenceEnd(_ units: [UInt16], open: Int) -> Bool {
        var before = open
        while before > 0, Scalars.isSpace(units[before - 1]) { before -= 1 }
        guard before > 0 else { return true }
        guard before < open else { return false }
        let last = units[before - 1]
        if Scalars.isTerminal(last) || Scalars.isCloser(last) || Decoration.isDecoration(last) { return true }
        let start = units.wordStart(endingAt: before)
        return KoreanEnding.isFinal(units, start: start, end: before)
    }

    /// True when the last word inside `units[open...close]` ends a sentence.
    static func parenthesisHoldsSentence(_ units: [UInt16], open: Int, close: Int) -> Bool {
        var end = close
        while end > open + 1, Scalars.isSpace(units[end - 1]) { end -= 1 }
        let start = max(open + 1, units.wordStart(endingAt: end))
        guard start < end, units[end - 1] != 0x29 else { return false }
        return endsSentence(units, word: start..<end)
    }

    /// The informal (해체) ending: a syllable with no final consonant whose
    /// vowel is ㅏ ㅐ ㅓ ㅕ ㅘ ㅙ ㅝ (좋아, 슬퍼, 해, 봐, 몰라, 싫어).
    static func isInformalEnding(_ unit: UInt16) -> Bool {
        guard Scalars.isHangulSyllable(unit), Scalars.finalConsonant(unit) == 0 else { return false }
        switch Int(unit - 0xAC00) / 28 % 21 {
        case 0, 1, 4, 6, 9, 10, 14: return true
        default: return false
        }
    }

    static func matchingCloseParenthesis(_ units: [UInt16], openAt open: Int) -> Int? {
        var depth = 0
        for index in open..<min(units.count, open + 400) {
            if units[index] == 0x28 { depth += 1 }
            if units[index] == 0x29 {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    static func matchingOpenParenthesis(_ units: [UInt16], closeAt close: Int) -> Int? {
        var depth = 0
        var index = close
        let limit = max(0, close - 400)
        while index >= limit {
            if units[index] == 0x29 { depth += 1 }
            if units[index] == 0x28 {
                depth -= 1
                if depth == 0 { return index }
            }
            index -= 1
        }
        return nil
    }
}
