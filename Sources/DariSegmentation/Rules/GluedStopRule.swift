/// Ends a sentence at a full stop that the next sentence is glued to, with no
/// space between them ("We arrived at noon.The meeting began.",
/// "공사를 마쳤다.3월에는 개관한다.").
///
/// Measured failure (issue 19): ICU needs a space after `.` and so ran both
/// sentences together. The stop ends a sentence only when what precedes it is
/// a finished sentence, so the dots of names keep their words: English needs
/// a lower-case word of two or more letters (or a plain number) before the stop and a capitalised
/// word after it, in a token that is no URL, address or path ("e.g.This",
/// "U.S.Navy", "index.html", "3.14", "ScriptForge.FileSystem" stay); Korean needs a final ending before
/// the stop ("마쳤다.", not "반.전.매.력", whose dots ICU broke after and
/// this rule joins again).
struct GluedStopRule: SegmentationRule {
    let name = "glued-stop"

    func apply(to context: inout BoundaryContext) {
        let units = context.text
        guard units.count >= 4 else { return }
        var added: [Int] = []
        // A stop is never a letter, digit or space: only `punctuation` can hold one.
        for index in context.punctuation where index >= 2 && index < units.count - 1
            && Scalars.isTerminal(units[index]) && units[index] != 0x2026 {
            let next = units[index + 1]
            if Scalars.isSpace(next) || Scalars.isTerminal(next) || Scalars.isCloser(next) { continue }
            let wordStart = units.wordStart(endingAt: index)
            switch context.language {
            case .english:
                if endsEnglishSentence(units, wordStart: wordStart, stop: index) { added.append(index + 1) }
            case .korean:
                if endsKoreanSentence(units, wordStart: wordStart, stop: index) { added.append(index + 1) }
            }
        }
        context.addBoundaries(added)
        // ".NET", ".Net Core", ".gitignore": a name that starts with its dot, after a
        // space or at the start; ICU ends a sentence before its capital.
        context.removeBoundaries { boundary, next in
            next == boundary && boundary >= 1 && boundary < units.count && units[boundary - 1] == 0x2E
                && (Scalars.isLatinLetter(units[boundary]) || Scalars.isDigit(units[boundary]))
                && (boundary == 1 || Scalars.isSpace(units[boundary - 2]) || Scalars.isOpener(units[boundary - 2]))
        }
        if context.language == .korean {
            // "반.전.매.력": syllables spelled out with dots for emphasis, where
            // ICU breaks after each dot glued to the next syllable.
            context.removeBoundaries { boundary, next in
                next == boundary && boundary >= 2 && units[boundary - 1] == 0x2E
                    && Scalars.isHangulSyllable(units[boundary]) && Scalars.isHangulSyllable(units[boundary - 2])
                    && (boundary == 2 || !Scalars.isHangulSyllable(units[boundary - 3]))
                    || Self.isSpelledOut(units, boundary: boundary, next: next)
                    || Self.isParticleAfterCode(units, boundary: boundary)
            }
        }
    }

    private func endsEnglishSentence(_ units: [UInt16], wordStart: Int, stop: Int) -> Bool {
        guard units[stop] == 0x2E, stop + 2 < units.count,
              Scalars.isUpper(units[stop + 1]), Scalars.isLower(units[stop + 2]) else { return false }
        // A plain number ends a sentence too ("bought 1,000.That is a lot."),
        // but not a decimal or version ("v2.0.Next").
        if Scalars.isDigit(units[stop - 1]) {
            return units[wordStart..<stop].allSatisfy { Scalars.isDigit($0) || $0 == 0x2C || $0 == 0x24 }
        }
        guard Scalars.isLower(units[stop - 1]), Scalars.isLower(units[stop - 2]) else { return false }
        // The letters before the stop form a word that is no abbreviation.
        var letters = stop
        while letters > wordStart, Scalars.isLatinLetter(units[letters - 1]) { letters -= 1 }
        if letters > wordStart, !Scalars.isOpener(units[letters - 1]) { return false }
        if EnglishWords.isAbbreviation(units.abbreviationKey(endingBeforeDotAt: stop)) { return false }
        // URLs, e-mail addresses, paths and identifiers keep their dots.
        let tokenEnd = units.wordEnd(startingAt: stop)
        if units[wordStart..<tokenEnd].contains(where: { $0 == 0x2F || $0 == 0x40 || $0 == 0x3A || $0 == 0x5F || $0 == 0x5C }) {
            return false
        }
        // A qualified name in camel case is one identifier ("SFDocuments.Chart
        // service", "GlobalScope.BasicLibraries"): measured on the English site
        // gold, where LibreOffice help names its scripting services this way.
        return !Self.hasInnerCapital(units, letters..<stop) && !Self.hasInnerCapital(units, (stop + 1)..<tokenEnd)
    }

    /// A capital after the first letter of a word ("ScriptForge", "SFDocuments", "iPhone").
    private static func hasInnerCapital(_ units: [UInt16], _ range: Range<Int>) -> Bool {
        guard range.count >= 2 else { return false }
        return units[(range.lowerBound + 1)..<range.upperBound].contains(where: Scalars.isUpper)
    }

    /// "`println!`과는", "`exit!`를", "`next?`는": a particle glued to a name
    /// or code that ends in `!`, `?` or `.` (Rust's macros, Ruby's methods)
    /// continues the sentence; ICU breaks after the mark. Only after a Latin
    /// letter, a digit or a closing bracket: a Korean sentence glued to the
    /// next ("좋아요!그리고") is `endsKoreanSentence`'s.
    private static func isParticleAfterCode(_ units: [UInt16], boundary: Int) -> Bool {
        guard boundary >= 2, boundary < units.count, units[boundary - 1] == 0x21 || units[boundary - 1] == 0x3F
                || units[boundary - 1] == 0x2E else { return false }
        let before = units[boundary - 2]
        guard Scalars.isLatinLetter(before) || Scalars.isDigit(before) || before == 0x29 || before == 0x5D else { return false }
        return particleStarts.contains(units[boundary])
    }

    /// The first syllables of the particles that attach to a name: 과/와, 은/는,
    /// 이/가, 을/를, 의, 에(서), (으)로, 도, 만, 처럼, 보다, (이)라는.
    private static let particleStarts: Set<UInt16> = Set("과와은는이가을를의에로으도만처보라".utf16)

    /// "전. 부. 다. 요!!!": one-syllable words with stops, spelled out for
    /// emphasis; the boundary between two of them is no sentence end.
    private static func isSpelledOut(_ units: [UInt16], boundary: Int, next: Int) -> Bool {
        guard next > boundary, next + 1 < units.count, boundary >= 2, units[boundary - 1] == 0x2E,
              Scalars.isHangulSyllable(units[boundary - 2]), Scalars.isHangulSyllable(units[next]),
              Scalars.isTerminal(units[next + 1]) else { return false }
        return boundary == 2 || !Scalars.isHangulSyllable(units[boundary - 3])
    }

    private func endsKoreanSentence(_ units: [UInt16], wordStart: Int, stop: Int) -> Bool {
        let next = units[stop + 1]
        guard Scalars.isHangulSyllable(units[stop - 1]),
              Scalars.isHangulSyllable(next) || Scalars.isDigit(next) || Scalars.isUpper(next)
                || [0x201C, 0x2018, 0x300C, 0x300E].contains(next) else { return false }
        var start = wordStart
        while start < stop, Scalars.isOpener(units[start]) { start += 1 }
        return start < stop && KoreanEnding.isFinal(units, start: start, end: stop)
    }
}
