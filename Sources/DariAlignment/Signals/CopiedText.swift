import DariText

/// Recognises a bead whose two sides are the same text: a sentence left
/// untranslated on the other site (copied as is) is still its counterpart;
/// pair it, and let the checks say it is a copy. Sentence boundaries may
/// differ, since each side is split by its own language's rules, so the
/// texts are compared whole, spaces ignored.
struct CopiedText {
    /// Each sentence without its whitespace, and the running total of their
    /// lengths, so that lengths rule most beads out before any text is joined.
    private let sourceText: [String], targetText: [String]
    private let sourceLength: [Int], targetLength: [Int]

    init(source: [SentenceFeatures], target: [SentenceFeatures]) {
        sourceText = source.map { Self.squeezed($0.text) }
        targetText = target.map { Self.squeezed($0.text) }
        sourceLength = Self.runningLengths(sourceText)
        targetLength = Self.runningLengths(targetText)
    }

    func isCopy(source: Range<Int>, target: Range<Int>) -> Bool {
        sourceLength[source.upperBound] - sourceLength[source.lowerBound]
            == targetLength[target.upperBound] - targetLength[target.lowerBound]
            && source.map({ sourceText[$0] }).joined() == target.map({ targetText[$0] }).joined()
    }

    private static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !Script.isWhitespace($0) })
    }

    private static func runningLengths(_ texts: [String]) -> [Int] {
        var running = 0
        return [0] + texts.map { running += $0.utf8.count; return running }
    }
}
