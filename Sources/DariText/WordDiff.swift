/// A word-level diff of two texts: what an editor reads to see how the
/// original changed since its translation was made. Words are runs of
/// non-space characters; the white space before a word travels with it, so
/// joining the shared and added pieces gives back the new text exactly.
public enum WordDiff {
    /// A run of words that both texts share, or that only one has.
    public struct Piece: Sendable, Hashable {
        public enum Change: String, Sendable, Hashable {
            case same, removed, added
        }

        public var change: Change
        public var text: String

        public init(_ change: Change, _ text: String) {
            self.change = change
            self.text = text
        }
    }

    /// The pieces that turn `old` into `new`: a longest common subsequence of
    /// words, with adjacent pieces of one kind merged and, at each change,
    /// the removed words before the added ones. Texts longer than
    /// `maximumWords` words each are compared whole (one removed, one added
    /// piece), which bounds the quadratic table.
    public static func pieces(from old: String, to new: String, maximumWords: Int = 2_000) -> [Piece] {
        let before = words(old), after = words(new)
        guard before.count <= maximumWords, after.count <= maximumWords else {
            return merged([Piece(.removed, old), Piece(.added, new)].filter { !$0.text.isEmpty })
        }
        // lengths[i][j]: the longest common subsequence of before[i...] and after[j...].
        let rows = before.count + 1, columns = after.count + 1
        var lengths = [Int](repeating: 0, count: rows * columns)
        for i in stride(from: before.count - 1, through: 0, by: -1) {
            for j in stride(from: after.count - 1, through: 0, by: -1) {
                lengths[i * columns + j] = before[i].word == after[j].word
                    ? lengths[(i + 1) * columns + j + 1] + 1
                    : max(lengths[(i + 1) * columns + j], lengths[i * columns + j + 1])
            }
        }
        var pieces: [Piece] = []
        var i = 0, j = 0
        while i < before.count || j < after.count {
            if i < before.count, j < after.count, before[i].word == after[j].word {
                // The new text's spacing is what is on the page now.
                pieces.append(Piece(.same, after[j].text))
                i += 1
                j += 1
            } else if i < before.count, j == after.count || lengths[(i + 1) * columns + j] >= lengths[i * columns + j + 1] {
                pieces.append(Piece(.removed, before[i].text))
                i += 1
            } else {
                pieces.append(Piece(.added, after[j].text))
                j += 1
            }
        }
        return merged(pieces)
    }

    /// Each word with the white space before it.
    static func words(_ text: String) -> [(word: Substring, text: String)] {
        var result: [(Substring, String)] = []
        var index = text.startIndex
        while index < text.endIndex {
            let wordStart = text[index...].firstIndex { !$0.isWhitespace } ?? text.endIndex
            let wordEnd = text[wordStart...].firstIndex(where: \.isWhitespace) ?? text.endIndex
            if wordStart == wordEnd {
                // Trailing white space: part of the last word.
                if result.isEmpty { result.append((text[wordStart..<wordEnd], String(text[index...]))) }
                else { result[result.count - 1].1 += text[index...] }
                break
            }
            result.append((text[wordStart..<wordEnd], String(text[index..<wordEnd])))
            index = wordEnd
        }
        return result
    }

    /// Adjacent pieces of one kind as one; within each run of changes, removals first.
    static func merged(_ pieces: [Piece]) -> [Piece] {
        var result: [Piece] = []
        var removed = "", added = ""
        func flush() {
            if !removed.isEmpty { result.append(Piece(.removed, removed)) }
            if !added.isEmpty { result.append(Piece(.added, added)) }
            removed = ""
            added = ""
        }
        for piece in pieces {
            switch piece.change {
            case .removed: removed += piece.text
            case .added: added += piece.text
            case .same:
                flush()
                if let last = result.last, last.change == .same {
                    result[result.count - 1].text += piece.text
                } else {
                    result.append(piece)
                }
            }
        }
        flush()
        return result
    }
}

extension WordDiff {
    /// The diff as one line for a message, in git's `--word-diff` notation:
    /// `…에 [-2001년에-] {+2002년에+} 시작…`. Runs of unchanged words longer
    /// than `context` on each side of a change are cut to `…`. Words are what
    /// white space separates: for Korean, eojeol (a word with its particles).
    public static func render(from old: String, to new: String, context: Int = 2) -> String {
        let pieces = pieces(from: old, to: new)
        let hasChange = pieces.contains { $0.change != .same }
        var parts: [String] = []
        for (index, piece) in pieces.enumerated() {
            let text = piece.text.split(whereSeparator: \.isWhitespace).map(String.init)
            switch piece.change {
            case .removed: parts.append("[-" + text.joined(separator: " ") + "-]")
            case .added: parts.append("{+" + text.joined(separator: " ") + "+}")
            case .same:
                let after = index > 0, before = index < pieces.count - 1
                guard hasChange, text.count > (after ? context : 0) + (before ? context : 0) else {
                    parts += text
                    continue
                }
                if after { parts += text.prefix(context) }
                parts.append("…")
                if before { parts += text.suffix(context) }
            }
        }
        return parts.joined(separator: " ")
    }
}
