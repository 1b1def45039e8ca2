/// Keeps a Korean sentence together across an ellipsis that trails off
/// mid-thought ("하기 때문에... 대충", "아... 길었다", "갈릭치즈...누가").
///
/// Measured failure: ICU breaks after every `...`; in the dev blogs most
/// are pauses inside a sentence. A boundary after an ellipsis stays only when
/// the word before it has a final ending ("예약했음...", "바람...").
struct KoreanEllipsisRule: SegmentationRule {
    let name = "korean-ellipsis"

    func apply(to context: inout BoundaryContext) {
        let units = context.text
        context.removeBoundaries { boundary, _ in
            var end = boundary
            var dots = 0
            while end > 0, units[end - 1] == 0x2E || units[end - 1] == 0x2026 {
                dots += units[end - 1] == 0x2026 ? 3 : 1
                end -= 1
            }
            guard dots >= 2, end > 0 else { return false }
            let start = units.wordStart(endingAt: end)
            guard start < end else { return false }
            return !KoreanEnding.isFinal(units, start: start, end: end)
        }
    }
}
