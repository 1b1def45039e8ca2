/// Emoticons, emoji and laughter that close a sentence instead of punctuation
/// ("맛있어요ㅎㅎ", "답니당😊", "ㅋㅋㅋ", "^^", "합니다~").
enum Decoration {
    /// Emoji and pictographs: surrogate pairs, variation selectors, ZWJ,
    /// and the BMP symbol blocks (☆★♡♥♪…).
    static func isEmoji(_ unit: UInt16) -> Bool {
        (unit >= 0xD800 && unit <= 0xDFFF) || unit == 0xFE0F || unit == 0x200D
            || (unit >= 0x2600 && unit <= 0x27BF) || (unit >= 0x2B00 && unit <= 0x2BFF)
            || unit == 0x203B  // ※
    }

    /// Any unit that may trail a sentence as decoration.
    static func isDecoration(_ unit: UInt16) -> Bool {
        Scalars.isHangulJamo(unit) || isEmoji(unit) || unit == 0x7E /* ~ */ || unit == 0x5E /* ^ */
            || unit == 0xFF5E /* ～ */ || unit == 0x3B /* ; */
    }

    /// The end of `units[start..<end]` with trailing decoration removed, and
    /// whether any of that decoration was an emoji.
    static func stripTrailing(_ units: [UInt16], start: Int, end: Int) -> (core: Int, hadEmoji: Bool) {
        var core = end
        var hadEmoji = false
        while core > start, isDecoration(units[core - 1]) {
            // One semicolon after an ending joins two clauses ("잊어먹을 수가 없습니다;
            // 잊어버린다면 …", as the English it translates does); two or more are a face.
            if units[core - 1] == 0x3B, core - 2 < start || units[core - 2] != 0x3B, core == end { break }
            if isEmoji(units[core - 1]) { hadEmoji = true }
            core -= 1
        }
        return (core, hadEmoji)
    }

    /// Syllables that, repeated, make a word of laughter, crying or eating
    /// sounds ("엉엉", "흑흑", "헤헤", "냠냠").
    private static let soundSyllables = UnitSet(["엉", "흑", "헤", "히", "호", "하", "흐", "후", "킥", "크", "낄", "깔", "껄", "냠", "헉", "훌"])

    /// True when the word is one such syllable written two or more times, with
    /// any trailing decoration or stop ("엉엉", "흑흑흑.", "헤헤~"): the
    /// Hangul-syllable form of "ㅋㅋ" and "ㅠㅠ".
    static func isSoundWord(_ units: [UInt16], start: Int, end: Int) -> Bool {
        // The first syllable first: it rules out nearly every word (issue 19).
        guard start < end, soundSyllables.contains(units[start]) else { return false }
        var core = end
        while core > start, isDecoration(units[core - 1]) || Scalars.isTerminal(units[core - 1]) { core -= 1 }
        guard core - start >= 2 else { return false }
        for index in start..<core where units[index] != units[start] { return false }
        return true
    }

    /// True when the whole word is decoration ("ㅋㅋㅋ", "😲😲", "^^").
    static func isDecorationWord(_ units: [UInt16], start: Int, end: Int) -> Bool {
        guard start < end else { return false }
        for index in start..<end where !isDecoration(units[index]) { return false }
        return true
    }
}
