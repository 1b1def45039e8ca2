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

    /// Software translations teach the words documentation is written in,
    /// which a learner's dictionary lacks (글꼴, 서식, 매크로).
    @Test(arguments: [
        ("글꼴을", "fonts"), ("서식", "format"), ("매크로", "macros"), ("설정을", "settings"), ("확장", "extension"),
    ])
    func theGeneralVocabularyKnowsSoftwareWords(korean: String, english: String) throws {
        let pairs = try #require(BilingualLexicon.bundledDictionary).pairs
        let ko = try #require(LexicalKeys.koreanKey(ArraySlice(korean.unicodeScalars)))
        let en = try #require(LexicalKeys.englishKey(ArraySlice(english.unicodeScalars)))
        #expect(pairs.contains { $0 == (ko, en) }, "\(ko) – \(en)")
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

    /// The shipped file is what the script makes of the shipped table: a
    /// change to the script that would change it must remake it.
    @Test(.requires(.python3))
    func theBundledDictionaryIsWhatTheScriptMakesOfTheTable() throws {
        let root = RepositoryPaths.root()
        let scratch = try ScratchFolder("dictionary")
        let made = scratch.path + "/dictionary.tsv"
        let result = try Oracle.python3.run([root + "/Scripts/make-dictionary.py",
                                             root + "/Scripts/kengdic/ezcorean-6000.tsv", made])
        try #require(result.status == 0, "\(result.stderr)")
        let shipped = root + "/Sources/DariAlignment/Resources/dictionary-ko-en.tsv"
        let madeLines = try String(contentsOfFile: made, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let shippedLines = try String(contentsOfFile: shipped, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        // The first line that differs, not two 100 KB files.
        let first = zip(madeLines, shippedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(madeLines.count, shippedLines.count)
        let same = madeLines == shippedLines
        #expect(same, """
            line \(first + 1): made \(madeLines.dropFirst(first).first ?? "(end)"), \
            shipped \(shippedLines.dropFirst(first).first ?? "(end)")
            """)
    }

    /// The full Kengdic (kengdic.tsv, not shipped) has no part of speech:
    /// a headword of three or more syllables ending in 다 is keyed by its
    /// stem, a shorter one whole, and an entry without a gloss gives nothing.
    @Test(.requires(.python3))
    func theScriptReadsTheFullKengdic() throws {
        let scratch = try ScratchFolder("kengdic", files: ["kengdic.tsv": """
            id\tsurface\thanja\tgloss\tlevel\tcreated\tsource
            1\t발달하다\t發達\tto advance, develop\t\t2006-01-16T09:52:46Z\tengdic-1@ezcorean:1
            2\t바다\t\tsea; ocean\t\t2006-01-16T09:52:46Z\tengdic-2@ezcorean:2
            3\t급조\t急造\t\t\t2009-01-01T20:23:14Z\tmr.hanja-3@ezcorean:3
            4\t등친의\t\tremoved\t\t2006-01-16T09:52:46Z\tengdic-4@ezcorean:4

            """])
        let made = scratch.path + "/dictionary.tsv"
        let result = try Oracle.python3.run([RepositoryPaths.root() + "/Scripts/make-dictionary.py",
                                             scratch.path + "/kengdic.tsv", made])
        try #require(result.status == 0, "\(result.stderr)")
        let pairs = try BilingualLexicon(contentsOf: made).pairs.map { "\($0.0) \($0.1)" }
        #expect(pairs == ["바다 ocean", "바다 sea", "발달 advanc", "발달 develo"])
    }
}
