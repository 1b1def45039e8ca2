@testable import DariAlignment
import DariTestSupport
import Foundation
import Testing

/// A user may train a lexicon on their own memory and pass it with
/// `--lexicon`; a bad file must say what is wrong and what to do.
struct BilingualLexiconTests {
    @Test func readsPairsAndSkipsCommentsAndBlankLines() throws {
        let scratch = try ScratchFolder("dari-lexicon")
        let path = try scratch.write("lexicon.tsv", "# header\n선교\tmissio\t0.8\n\n교회\tchurch\n")
        let lexicon = try BilingualLexicon(contentsOf: path)
        #expect(lexicon.pairs.map { "\($0.0)-\($0.1)" } == ["선교-missio", "교회-church"])
    }

    @Test func anEmptyFileIsAnEmptyLexicon() throws {
        let scratch = try ScratchFolder("dari-lexicon")
        #expect(try BilingualLexicon(contentsOf: scratch.write("lexicon.tsv", "")).pairs.isEmpty)
    }

    @Test func aMalformedLineIsNamedWithItsNumber() throws {
        let scratch = try ScratchFolder("dari-lexicon")
        let path = try scratch.write("lexicon.tsv", "선교\tmissio\n교회 church\n")
        #expect(throws: LexiconError(path: path, line: 2, problem: "needs a Korean and an English key separated by a tab")) {
            try BilingualLexicon(contentsOf: path)
        }
    }

    @Test func aMissingFileSaysSo() {
        #expect {
            try BilingualLexicon(contentsOf: "/nonexistent/lexicon.tsv")
        } throws: { error in
            "\(error)" == "/nonexistent/lexicon.tsv: error: the lexicon file does not exist; check the path"
        }
    }

    @Test func bytesThatAreNotUTF8AreRejected() throws {
        let scratch = try ScratchFolder("dari-lexicon")
        let path = try scratch.write("lexicon.tsv", [0xC7, 0xD1, 0x09, 0x61, 0x62, 0x63])
        #expect(throws: LexiconError(path: path, line: 0, problem: "is not UTF-8 text", advice: "save it as UTF-8")) {
            try BilingualLexicon(contentsOf: path)
        }
    }
}

/// dari ships a general Korean–English dictionary (Kengdic's basic words,
/// `Scripts/make-dictionary.py`) beside the associations learned from news
/// text: it is what any text shares with it.
struct BundledDictionaryTests {
    @Test func theBundledWordsAreTheDictionaryAndTheAssociations() throws {
        let dictionary = try #require(BilingualLexicon.bundledDictionary)
        let associations = try #require(BilingualLexicon.bundledAssociations)
        #expect(dictionary.pairs.count > 5000)
        #expect(try #require(BilingualLexicon.bundled).pairs.count == dictionary.pairs.count + associations.pairs.count)
    }

    /// Headwords are dictionary forms (병원, 발달하다, 약속); the keys must
    /// be the ones their inflected forms give in a sentence.
    @Test(arguments: [
        ("병원에서", "hospitals"), ("발달했다", "developed"), ("약속을", "promised"),
        ("선생님은", "teachers"), ("기도했습니다", "prayer"), ("가족들이", "family"),
    ])
    func aHeadwordMeetsItsInflectedForms(korean: String, english: String) throws {
        let pairs = try #require(BilingualLexicon.bundledDictionary).pairs
        let ko = try #require(LexicalKeys.koreanKey(ArraySlice(korean.unicodeScalars)))
        let en = try #require(LexicalKeys.englishKey(ArraySlice(english.unicodeScalars)))
        #expect(pairs.contains { $0 == (ko, en) }, "\(ko) – \(en)")
    }
}
