@testable import DariAlignment
import DariTestSupport
import Foundation
import Testing

/// Lexical keys are how a Korean word meets its English partner: the same
/// keys must come from running text (Swift) and from the scripts that make
/// the bundled word lists (`Scripts/lexical_keys.py`).
struct LexicalKeysTests {
    /// A word's regular inflections share its key, so that a dictionary's
    /// base form (pray) meets the text's (prayed, praying, prays).
    @Test(arguments: [
        (["pray", "prayed", "praying", "prays"], "pray"),
        (["city", "cities"], "city"),
        (["watch", "watches", "watched", "watching"], "watch"),
        (["stop", "stopped", "stopping", "stops"], "stop"),
        (["kill", "killed", "killing"], "kill"),
        (["move", "moved", "moving", "moves"], "mov"),
        (["house", "houses", "housing"], "hous"),
        (["government", "governments", "governing"], "govern"),
    ])
    func inflectedFormsShareTheirWordsKey(forms: [String], key: String) {
        for form in forms {
            #expect(LexicalKeys.englishKey(ArraySlice(form.unicodeScalars)) == key, "\(form)")
        }
    }

    /// Words that only look inflected keep their letters.
    @Test(arguments: ["status", "crisis", "class", "bring", "spring", "need", "thing", "bus"])
    func wordsThatOnlyLookInflectedAreKept(word: String) {
        #expect(LexicalKeys.englishKey(ArraySlice(word.unicodeScalars)) == String(word.prefix(6)))
    }

    @Test func functionWordsAndShortWordsHaveNoKey() {
        for word in ["the", "said", "is", "an", "42"] {
            #expect(LexicalKeys.englishKey(ArraySlice(word.unicodeScalars)) == nil, "\(word)")
        }
    }

    /// The Python keys (an implementation written apart) against the Swift
    /// keys, word by word, over every whitespace-separated token of the demo
    /// site's pages in both languages, markup and all.
    @Test(.requires(.python3))
    func theScriptsKeyEveryWordAsTheAlignerDoes() throws {
        let root = RepositoryPaths.root()
        var words: [String] = []
        for language in ["en", "ko"] {
            let folder = root + "/Corpus/" + language
            for page in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where page.hasSuffix(".html") {
                let text = try String(contentsOfFile: folder + "/" + page, encoding: .utf8)
                words += text.split(whereSeparator: \.isWhitespace).map(String.init)
            }
        }
        try #require(words.count > 1000)
        let script = """
            import sys
            sys.path.insert(0, sys.argv[1])
            from lexical_keys import english_key, korean_key
            for word in sys.stdin.read().split('\\n'):
                print(english_key(word) or '-', korean_key(word) or '-', sep='\\t')
            """
        let result = try Oracle.python3.run(["-c", script, root + "/Scripts"], stdin: words.joined(separator: "\n"))
        try #require(result.status == 0, "\(result.stderr)")
        let python = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        try #require(python.count == words.count)
        var mismatches: [String] = []
        for (word, keys) in zip(words, python) {
            let scalars = ArraySlice(word.unicodeScalars)
            let swift = (LexicalKeys.englishKey(scalars) ?? "-") + "\t" + (LexicalKeys.koreanKey(scalars) ?? "-")
            if swift != keys { mismatches.append("\(word): Swift \(swift), Python \(keys)") }
        }
        let count = mismatches.count
        #expect(count == 0, "\(mismatches.prefix(10))")
    }
}
