/// Keeps a short bracketed note or citation after a full stop with the
/// sentence it annotates (`"We will [...] return" (Park 12).`,
/// "우승했다. (통산 3회) ¦이듬해…").
///
/// Measured failure (issue 19): ICU starts a new sentence at the note, which
/// then stands alone as a sentence of its own. A note is a parenthesis of at
/// most 60 units with no sentence end inside; it belongs to the sentence
/// before it when a stop follows it (a citation) or it ends the text, and in
/// Korean also when the next sentence follows it ("(통산 3회) 이듬해"). A
/// parenthesis that holds a sentence ("…there. (Not all of us.) Then…",
/// "(…절대 아닙니다ㅋㅋ)") or is
/// glued to the next word ("(주)삼성") is not a note. A parenthesis the text
/// ends in before it closes ("…모두 기록합니다. (예를 들어" before a code
/// block that the paragraph continues after) is a fragment of the sentence
/// before it, not a sentence.
///
/// ICU counts an opening bracket glued to the stop as the sentence's closing
/// punctuation and breaks after it ("기록합니다.(" ¦ "예를 들어"); the
/// bracket opens what follows, so the boundary moves before it first.
struct BracketedNoteRule: SegmentationRule {
    let name = "bracketed-note"
    var maximumLength = 60

    func apply(to context: inout BoundaryContext) {
        let units = context.text
        for boundary in context.boundaries where boundary >= 2 && Self.isOpeningBracket(units[boundary - 1]) {
            var open = boundary - 1
            while open > 0, Self.isOpeningBracket(units[open - 1]) { open -= 1 }
            guard open > 0, Scalars.isTerminal(units[open - 1]) || Scalars.isCloser(units[open - 1]) else { continue }
            context.moveBoundary(from: boundary, to: open)
        }
        var moves: [(Int, Int?)] = []
        for boundary in context.boundaries where boundary > 0 {
            var open = boundary
            while open < units.count, Scalars.isSpace(units[open]) { open += 1 }
            // A bracket glued to the stop (the boundary moved before it above) or after a space.
            guard open > boundary || !Scalars.isSpace(units[boundary - 1]), open < units.count, units[open] == 0x28
            else { continue }
            guard let close = closingParenthesis(units, open: open) else {
                if isUnclosedFragment(units[(open + 1)...]) { moves.append((boundary, nil)) }
                continue
            }
            let inside = units[(open + 1)..<close]
            if let last = inside.last(where: { !Scalars.isSpace($0) }), Scalars.isTerminal(last) { continue }
            if containsSentenceEnd(inside) { continue }
            // "(크림 소스면 다 좋아하는 거 절대 아닙니다ㅋㅋ)" is an aside, not a note.
            if context.language == .korean,
               KoreanSentenceEnd.parenthesisHoldsSentence(units, open: open, close: close) { continue }
            let after = close + 1
            if after == units.count || (after < units.count && Scalars.isTerminal(units[after])) {
                moves.append((boundary, nil))
            } else if context.language == .korean, Scalars.isSpace(units[after]) {
                moves.append((boundary, after))
            }
        }
        for (old, new) in moves {
            if let new {
                context.moveBoundary(from: old, to: new)
            } else {
                context.removeBoundaries { boundary, _ in boundary == old }
            }
        }
    }

    /// Brackets that only open (quotes both open and close).
    private static func isOpeningBracket(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x28, 0x5B, 0x7B, 0x300C, 0x300E, 0x3008, 0x300A, 0x3010, 0xFF08: return true
        default: return false
        }
    }

    /// The rest of the text after an opening parenthesis that never closes:
    /// short, with no sentence end and no closing parenthesis.
    private func isUnclosedFragment(_ rest: ArraySlice<UInt16>) -> Bool {
        rest.count <= maximumLength && !rest.contains(0x29) && !rest.contains(where: Scalars.isTerminal)
    }

    private func closingParenthesis(_ units: [UInt16], open: Int) -> Int? {
        var depth = 0
        var index = open
        let limit = min(units.count, open + maximumLength + 2)
        while index < limit {
            if units[index] == 0x28 { depth += 1 }
            if units[index] == 0x29 {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return nil
    }

    /// A stop followed by a space and a capital or Hangul: "(Not all. Some.)".
    private func containsSentenceEnd(_ inside: ArraySlice<UInt16>) -> Bool {
        var index = inside.startIndex
        while index + 2 < inside.endIndex {
            if Scalars.isTerminal(inside[index]), Scalars.isSpace(inside[index + 1]),
               Scalars.isUpper(inside[index + 2]) || Scalars.isHangulSyllable(inside[index + 2]) {
                return true
            }
            index += 1
        }
        return false
    }
}
