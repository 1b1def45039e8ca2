/// Keeps a section number with the heading it opens ("2.4. Installing the
/// package", "14.20.3.4. 설치 방법", "Chapter 7. Basics of…") and a Korean cross-reference label with
/// its sentence ("자세한 내용은 4.2절. “설정”을 보십시오").
///
/// Measured failure (issue 19, and issue 17's pattern 6): ICU ends a
/// sentence after "2.4." and after "4.2절.", leaving the number alone as a
/// sentence that is then reported untranslated. A dotted number opens a
/// heading only at the start of the text; in running text "…see section
/// 2.4. It explains…" the stop still ends the sentence. A label is a number
/// glued to 절, 장, 항, 조 or 편 (section, chapter, clause, article, part) and
/// followed by the quoted title it refers to; "사진 2장." (two photos) ends.
struct SectionNumberRule: SegmentationRule {
    let name = "section-number"

    private static let labelSyllables: Set<UInt16> = Set(["절", "장", "항", "조", "편"].map { $0.utf16.first! })

    func apply(to context: inout BoundaryContext) {
        let units = context.text
        var keep: Set<Int> = []
        var start = 0
        while start < units.count, Scalars.isSpace(units[start]) { start += 1 }
        if let end = dottedNumberEnd(units, from: start) ?? labelledNumberEnd(units, from: start) { keep.insert(end) }
        if context.language == .korean {
            for boundary in context.boundaries where isLabel(units, endingAt: boundary) {
                var next = boundary
                while next < units.count, Scalars.isSpace(units[next]) { next += 1 }
                if next < units.count, Scalars.isOpener(units[next]) { keep.insert(boundary) }
            }
        }
        guard !keep.isEmpty else { return }
        context.removeBoundaries { boundary, _ in keep.contains(boundary) }
    }

    /// The end of "2.4." or "14.20.3.4." at `start` when a space and text follow.
    private func dottedNumberEnd(_ units: [UInt16], from start: Int) -> Int? {
        var index = start
        var groups = 0
        while index < units.count, Scalars.isDigit(units[index]) {
            while index < units.count, Scalars.isDigit(units[index]) { index += 1 }
            guard index < units.count, units[index] == 0x2E else { return nil }
            index += 1
            groups += 1
        }
        guard groups >= 2, index + 1 < units.count, Scalars.isSpace(units[index]) else { return nil }
        return index
    }

    /// Words that label a numbered heading ("Chapter 7. Basics of the Debian
    /// package management system", "Appendix A. Keyboard shortcuts").
    private static let headingLabels: Set<String> = ["Chapter", "Section", "Part", "Appendix", "Lesson", "Unit"]

    /// The end of "Chapter 7." or "Appendix A." at `start` when a space and a
    /// capitalised title follow. Measured on the English site gold: the Debian
    /// FAQ's chapter titles and links were cut after the number.
    private func labelledNumberEnd(_ units: [UInt16], from start: Int) -> Int? {
        var index = start
        while index < units.count, Scalars.isLatinLetter(units[index]) { index += 1 }
        guard index > start, index < units.count, units[index] == 0x20,
              Self.headingLabels.contains(String(decoding: units[start..<index], as: UTF16.self)) else { return nil }
        index += 1
        let numberStart = index
        if index < units.count, Scalars.isUpper(units[index]) {
            // "Appendix A.", "Part II."
            while index < units.count, Scalars.isUpper(units[index]), index - numberStart < 4 { index += 1 }
        } else {
            while index < units.count, Scalars.isDigit(units[index]) || units[index] == 0x2E,
                  units[index] != 0x2E || (index + 1 < units.count && Scalars.isDigit(units[index + 1])) {
                index += 1
            }
        }
        guard index > numberStart, index + 2 < units.count, units[index] == 0x2E,
              Scalars.isSpace(units[index + 1]), Scalars.isUpper(units[index + 2]) else { return nil }
        return index + 1
    }

    /// "4.2절." or "3장." ending at `end`.
    private func isLabel(_ units: [UInt16], endingAt end: Int) -> Bool {
        guard end >= 3, units[end - 1] == 0x2E, Self.labelSyllables.contains(units[end - 2]),
              Scalars.isDigit(units[end - 3]) else { return false }
        let wordStart = units.wordStart(endingAt: end)
        return units[wordStart..<(end - 2)].allSatisfy { Scalars.isDigit($0) || $0 == 0x2E }
    }
}
