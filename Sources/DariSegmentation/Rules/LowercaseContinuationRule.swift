/// Removes English boundaries before a word in lower case
/// (`"Why?" he asked.`, `Wow! said Mrs. Baek`).
///
/// Measured failure: ICU ends a sentence at a quoted question or
/// exclamation even when the sentence goes on. English sentences start in
/// upper case; brand names such as "iPhone" or "eBay" (lower case, then
/// upper case) still may.
struct LowercaseContinuationRule: SegmentationRule {
    let name = "lowercase-continuation"

    func apply(to context: inout BoundaryContext) {
        let units = context.text
        context.removeBoundaries { _, next in
            guard next < units.count, Scalars.isLower(units[next]) else { return false }
            var index = next + 1
            while index < units.count, Scalars.isLatinLetter(units[index]) {
                if Scalars.isUpper(units[index]) { return false }  // iPhone, eBay
                index += 1
            }
            return true
        }
    }
}
