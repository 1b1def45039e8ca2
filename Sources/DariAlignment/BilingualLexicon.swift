import Foundation

/// Korean–English word associations known before a run, as lexical keys
/// (`LexicalKeys`): the ones shipped with dari, learned from the dev news
/// corpora by `Scripts/train-lexicon.py` (CC BY-SA 3.0, see the file's
/// header), and any a user trains on their own memory.
///
/// The run's own lexical model starts from these and adds what the
/// confident beads of the text teach, so a short text (a page, a block) is
/// not aligned on length alone.
public struct BilingualLexicon: Sendable {
    /// (Korean key, English key) pairs.
    public var pairs: [(String, String)]

    public init(pairs: [(String, String)]) {
        self.pairs = pairs
    }

    /// Reads `ko<TAB>en[<TAB>weight]` lines; `#` starts a comment.
    ///
    /// - Throws: `LexiconError` naming the file and line of a malformed entry.
    public init(contentsOf path: String) throws {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw LexiconError(path: path, line: 0, problem: "cannot be read as UTF-8 text")
        }
        var pairs: [(String, String)] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t")
            guard fields.count >= 2 else {
                throw LexiconError(path: path, line: number + 1, problem: "needs a Korean and an English key separated by a tab")
            }
            pairs.append((String(fields[0]), String(fields[1])))
        }
        self.pairs = pairs
    }

    /// The lexicon shipped with dari, read once.
    public static let bundled: BilingualLexicon? = {
        guard let url = Bundle.module.url(forResource: "lexicon-ko-en", withExtension: "tsv") else { return nil }
        return try? BilingualLexicon(contentsOf: url.path)
    }()
}

public struct LexiconError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var problem: String

    public var description: String {
        let place = line > 0 ? "\(path):\(line)" : path
        return "\(place): error: the lexicon \(problem); fix the line or train it again with Scripts/train-lexicon.py"
    }
}
