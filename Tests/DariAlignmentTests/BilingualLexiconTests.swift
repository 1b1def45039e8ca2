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
