import DariTestSupport
import Foundation
import Testing

@Suite struct AlignCommandTests {
    /// A copy of the demo site in `scratch`, so the test never writes into the repository.
    func corpusCopy(in scratch: ScratchFolder) throws -> String {
        try scratch.copy(RepositoryPaths.root() + "/Corpus", to: "site")
    }

    @Test func siteModeWritesTheMemoryAndListsTheUntranslatedNotice() throws {
        let scratch = try ScratchFolder("dari-align")
        let site = try corpusCopy(in: scratch)
        let result = try CommandRunner.run(["align", site])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("aligned 9 page pair(s)"))
        #expect(result.stderr.contains("ko/prayer.html:57: p only in ko"))
        let omissions = result.stderr.split(separator: "\n").filter { $0.contains("only in") || $0.contains("no counterpart") }
        // The notice of gap 2 and the two blocks of gap 7 (Corpus/README.md).
        #expect(omissions.count == 3, "\(omissions)")
        // The second run records every segment's state against the first's memory
        // (`unchanged`); from then on, the same site and previous memory give the same bytes.
        _ = try CommandRunner.run(["align", site])
        let second = try Data(contentsOf: URL(fileURLWithPath: site + "/memory.xlf"))
        _ = try CommandRunner.run(["align", site])
        #expect(try Data(contentsOf: URL(fileURLWithPath: site + "/memory.xlf")) == second)
    }

    @Test(arguments: ["\n", "\r\n"])
    func segmentedModePrintsVecalignBeads(lineEnd: String) throws {
        let scratch = try ScratchFolder("dari-align")
        // Windows line ends too ("\r\n" is one Character in Swift).
        let korean = try scratch.write("ko.txt", ["2000년에 시작했습니다.", "번역되지 않은 문장입니다.", "1,000명이 왔습니다.", ""]
            .joined(separator: lineEnd))
        let english = try scratch.write("en.txt", ["It began in 2000.", "More than 1,000 came.", ""].joined(separator: lineEnd))
        let result = try CommandRunner.run(["align", "--segmented", korean, english, "--format", "beads"])
        #expect(result.status == 0)
        #expect(result.stdout == "[0]:[0]\n[1]:[]\n[2]:[1]\n")
    }

    /// A byte-order mark, as Windows editors write one, is not part of the
    /// first sentence.
    @Test func aByteOrderMarkIsNotText() throws {
        let scratch = try ScratchFolder("dari-align")
        let korean = try scratch.write("ko.txt", [0xEF, 0xBB, 0xBF] + Array("2000년에 시작했습니다.\n".utf8))
        let english = try scratch.write("en.txt", [0xEF, 0xBB, 0xBF] + Array("It began in 2000.\n".utf8))
        let result = try CommandRunner.run(["align", "--segmented", korean, english, "--format", "tsv"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{FEFF}"))
        #expect(result.stdout.split(separator: "\t").dropFirst().first == "2000년에 시작했습니다.")
    }

    /// `--lexicon` replaces the bundled word associations, not the bundled
    /// dictionary; `--without dictionary` drops that, to measure it.
    @Test func aUsersLexiconKeepsTheDictionary() throws {
        let scratch = try ScratchFolder("dari-align")
        let korean = try scratch.write("ko.txt", """
            마을 가운데에 작은 병원이 있습니다.
            목사님은 가족들을 위해 기도했습니다.

            """)
        let english = try scratch.write("en.txt", """
            There is a small hospital in the middle of the town.
            The road was closed after heavy rain.
            The pastor prayed for the families.

            """)
        let lexicon = try scratch.write("lexicon.tsv", "# trained on nothing yet\n")
        let withDictionary = try CommandRunner.run(["align", "--segmented", korean, english, "--lexicon", lexicon])
        #expect(withDictionary.stdout == "[0]:[0]\n[]:[1]\n[1]:[2]\n")
        let without = try CommandRunner.run(["align", "--segmented", korean, english, "--lexicon", lexicon,
                                             "--without", "dictionary"])
        #expect(without.status == 0)
        #expect(!without.stdout.contains("[]:[1]"), "\(without.stdout)")
    }

    @Test func siteModeTakesTheSameSignalSwitches() throws {
        let scratch = try ScratchFolder("dari-align")
        let site = try corpusCopy(in: scratch)
        let result = try CommandRunner.run(["align", site, "--without", "colour"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Unknown signal 'colour'"), "\(result.stderr)")
        #expect(try CommandRunner.run(["align", site, "--without", "dictionary,lexical"]).status == 0)
    }

    @Test(arguments: [
        (["align", "no-such-site"], Int32(74), "no such folder"),
        (["align", "--segmented", "only-one.txt"], Int32(64), "--segmented needs two files"),
        (["align", "--segmented", "missing-ko.txt", "missing-en.txt"], Int32(74), "missing-ko.txt: error: no such file"),
        (["align", "a", "b", "c"], Int32(64), "Name one site folder"),
        (["align", "a", "b"], Int32(74), "a: error: no such file"),
    ])
    func badInvocationsSayWhatToDo(arguments: [String], status: Int32, message: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == status)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aFailedRunLeavesTheExistingMemoryAlone() throws {
        let scratch = try ScratchFolder("dari-align")
        let site = try corpusCopy(in: scratch)
        try "previous memory".write(toFile: site + "/memory.xlf", atomically: true, encoding: .utf8)
        try Data([0x3C, 0x70, 0x3E, 0xFF, 0xFE, 0x3C, 0x2F, 0x70, 0x3E]).write(to: URL(fileURLWithPath: site + "/ko/broken.html"))
        let result = try CommandRunner.run(["align", site])
        #expect(result.status != 0)
        #expect(try String(contentsOfFile: site + "/memory.xlf", encoding: .utf8) == "previous memory")
    }

    /// A page, notes or another tool's XLIFF 1.2 memory where the memory
    /// would go is kept, and the message says how to go on; dari's own
    /// memory is replaced.
    @Test(arguments: [
        ("notes I keep here", "a file that is not an XLIFF 2 memory"),
        ("<?xml version=\"1.0\"?><xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"/>",
         "an XLIFF 1.2 file"),
    ])
    func alignDoesNotReplaceAFileThatIsNotItsMemory(existing: String, what: String) throws {
        let scratch = try ScratchFolder("dari-align")
        let site = try corpusCopy(in: scratch)
        try existing.write(toFile: site + "/memory.xlf", atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["align", site])
        #expect(result.status == 73)
        #expect(result.stderr.contains("\(site)/memory.xlf: error: \(what) is there already and dari will not replace it; "
                                       + "move it away, or write the memory elsewhere with -o PATH"), "\(result.stderr)")
        #expect(try String(contentsOfFile: site + "/memory.xlf", encoding: .utf8) == existing)

        try FileManager.default.removeItem(atPath: site + "/memory.xlf")
        #expect(try CommandRunner.run(["align", site]).status == 0)
        #expect(try CommandRunner.run(["align", site]).status == 0)
    }
}
