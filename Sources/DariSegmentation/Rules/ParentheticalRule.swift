/// Removes a boundary after a closing parenthesis when the parenthesis
/// interrupts a sentence ("다행히도(?) 호텔이", "곳이라면 (가능한!) 어디든").
///
/// Measured failure: ICU treats `?)` and `!)` as sentence ends. The boundary
/// is kept when the text before `(` is itself a finished sentence
/// ("…were there. (Not all.) Then…", "버렸음 (출근시간 19시)") or the
/// parenthesis opens the text.
struct ParentheticalRule: SegmentationRule {
    let name = "parenthetical"

    func apply(to context: inout BoundaryContext) {
        let units = context.text
        let language = context.language
        context.removeBoundaries { boundary, _ in
            guard units[boundary - 1] == 0x29,
                  let open = KoreanSentenceEnd.matchingOpenParenthesis(units, closeAt: boundary - 1) else {
                return false
            }
            var before = open
            while before > 0, Scalars.isSpace(units[before - 1]) { before -= 1 }
            guard before > 0 else { return false }
            var last = before
            while last > 0, Scalars.isCloser(units[last - 1]) { last -= 1 }
            if last > 0, Scalars.isTerminal(units[last - 1]) { return false }
            if language == .korean {
                let word = units.wordStart(endingAt: before)..<before
                return !KoreanSentenceEnd.endsSentence(units, word: word)
            }
            return true
        }
    }
}
