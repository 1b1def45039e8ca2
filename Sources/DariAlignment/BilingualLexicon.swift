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
        guard FileManager.default.fileExists(atPath: path) else {
            throw LexiconError(path: path, line: 0, problem: "file does not exist", advice: "check the path")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw LexiconError(path: path, line: 0, problem: "file cannot be read", advice: "check its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError(path: path, line: 0, problem: "is not UTF-8 text", advice: "save it as UTF-8")
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
    /// What to do about it.
    public var advice = "fix the line or train it again with Scripts/train-lexicon.py"

    public var description: String {
        let place = line > 0 ? "\(path):\(line)" : path
        return "\(place): error: the lexicon \(problem); \(advice)"
    }
}
