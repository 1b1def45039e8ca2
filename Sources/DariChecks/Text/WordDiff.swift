/// A word-level diff of two versions of a sentence, short enough for a
/// message: `…에 [-2001년에-] {+2002년에+} 시작…`.
///
/// Words are what white space separates: for Korean, eojeol (a word with
/// its particles), which is how a Korean reader sees an edit. Deleted words
/// are shown as `[-…-]`, inserted ones as `{+…+}` (git's `--word-diff`
/// notation); runs of unchanged words longer than `context` on each side of
/// a change are cut to `…`.
enum WordDiff {
    static func render(from old: String, to new: String, context: Int = 2) -> String {
        let a = old.split(whereSeparator: \.isWhitespace).map(String.init)
        let b = new.split(whereSeparator: \.isWhitespace).map(String.init)
        // Longest common subsequence, by dynamic programming from the end.
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        enum Piece { case same(String), deleted([String]), inserted([String]) }
        var pieces: [Piece] = []
        var i = 0, j = 0, deleted: [String] = [], inserted: [String] = []
        func flush() {
            if !deleted.isEmpty { pieces.append(.deleted(deleted)); deleted = [] }
            if !inserted.isEmpty { pieces.append(.inserted(inserted)); inserted = [] }
        }
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                flush()
                pieces.append(.same(a[i]))
                i += 1
                j += 1
            } else if j < b.count, i == a.count || lengths[i][j + 1] >= lengths[i + 1][j] {
                inserted.append(b[j])
                j += 1
            } else {
                deleted.append(a[i])
                i += 1
            }
        }
        flush()
        // Keep `context` unchanged words on each side of a change.
        let changed = pieces.indices.filter { if case .same = pieces[$0] { false } else { true } }
        var words: [String] = []
        var skipped = false
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case let .same(word):
                let near = changed.contains { abs($0 - index) <= context }
                if near || changed.isEmpty {
                    if skipped { words.append("…"); skipped = false }
                    words.append(word)
                } else {
                    skipped = true
                }
            case let .deleted(run):
                if skipped { words.append("…"); skipped = false }
                words.append("[-" + run.joined(separator: " ") + "-]")
            case let .inserted(run):
                if skipped { words.append("…"); skipped = false }
                words.append("{+" + run.joined(separator: " ") + "+}")
            }
        }
        if skipped { words.append("…") }
        return words.joined(separator: " ")
    }
}
