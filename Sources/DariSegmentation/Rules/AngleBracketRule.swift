/// Removes a boundary inside markup written in prose: a stop right after
/// `<` (`<?xml … ?>`, `<!-- … -->`, LibreOffice Math's `<?>` placeholder)
/// or right before the `>` of `?>` (`"1.0"?>`) ends no sentence; a `>`
/// after a space or a full stop may open a quoted line (`> Note:`).
///
/// Measured failure: ICU ends a sentence at `?` and does not take `>` for a
/// closing bracket, so "type <?> in the window" was cut after `<?` and the
/// next sentence began with `>`; in Korean, `<?><?>를` was cut between the
/// two placeholders (LibreOffice's Math help: a "sentence" `<?>를 입력할 수도
/// 있습니다.` reported untranslated). No sentence begins with the `>` of `?>`, and no
/// stop that a `<` opens ends one.
struct AngleBracketRule: SegmentationRule {
    let name = "angle-bracket"

    func apply(to context: inout BoundaryContext) {
        let units = context.text
        context.removeBoundaries { boundary, _ in
            // `?>` closes a processing instruction; after a space, or after a full stop
            // (a lost line break, `요소.> **참고:**`), `>` may open a quoted line.
            if units[boundary] == 0x3E, units[boundary - 1] == 0x3F { return true }
            var index = boundary
            // Back over the closers (and `>`) and then the stops before the boundary.
            while index > 0, Scalars.isCloser(units[index - 1]) || units[index - 1] == 0x3E { index -= 1 }
            let stopsEnd = index
            while index > 0, Scalars.isTerminal(units[index - 1]) { index -= 1 }
            return index < stopsEnd && index > 0 && units[index - 1] == 0x3C  // <
        }
    }
}
