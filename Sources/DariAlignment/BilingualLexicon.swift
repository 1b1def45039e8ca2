import DariModel
import DariText
import Foundation

/// Korean–English word pairs known before a run, as lexical keys
/// (`LexicalKeys`). dari ships three:
/// - a general dictionary, made by `Scripts/make-dictionary.py` from
///   Kengdic's 6,000 basic words (MPL 2.0, see the file's header): the
///   vocabulary any text shares with it;
/// - word associations learned from software translations (the Korean
///   gettext catalogs of LibreOffice, GTK, PostgreSQL and others) by
///   `Scripts/make-catalog-lexicon.py` (LGPL 2.1 or later): the words of
///   menus, settings and files that documentation sites are written in.
///   It counts as general vocabulary, with the dictionary;
/// - word associations learned from the dev news corpora by
///   `Scripts/train-lexicon.py` (CC BY-SA 3.0), which a user may replace
///   with ones trained on their own memory.
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
        let data: [UInt8]
        do {
            data = try InputFile.bytes(at: path)
        } catch {
            throw LexiconError(error)
        }
        guard String(validating: data, as: UTF8.self) != nil else {
            throw LexiconError(path: path, line: 0, problem: "is not UTF-8 text", advice: "save it as UTF-8")
        }
        // Bytes, not Characters: the bundled files have 10,000 lines, read
        // at every start.
        var pairs: [(String, String)] = []
        var badLine = 0
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            let bytes = bytes.bindMemory(to: UInt8.self)
            var start = 0, number = 0
            while start < bytes.count, badLine == 0 {
                number += 1
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var last = end
                if last > start, bytes[last - 1] == 0x0D { last -= 1 }
                if last > start, bytes[start] != UInt8(ascii: "#") {
                    var tab = start
                    while tab < last, bytes[tab] != 0x09 { tab += 1 }
                    var close = tab + 1
                    while close < last, bytes[close] != 0x09 { close += 1 }
                    if tab == start || tab + 1 >= close {
                        badLine = number
                    } else {
                        pairs.append((String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<tab]), as: UTF8.self),
                                      String(decoding: UnsafeBufferPointer(rebasing: bytes[tab + 1..<close]), as: UTF8.self)))
                    }
                }
                start = end + 1
            }
        }
        if badLine > 0 {
            throw LexiconError(path: path, line: badLine, problem: "needs a Korean and an English key separated by a tab")
        }
        self.pairs = pairs
    }

    /// Both lists together.
    public func merging(_ other: BilingualLexicon?) -> BilingualLexicon {
        BilingualLexicon(pairs: pairs + (other?.pairs ?? []))
    }

    /// The dictionary and the associations shipped with dari.
    public static let bundled: BilingualLexicon? = {
        guard let associations = bundledAssociations else { return bundledDictionary }
        return associations.merging(bundledDictionary)
    }()

    /// The general vocabulary shipped with dari, read once: the dictionary
    /// (Kengdic) and the associations learned from software translations.
    public static let bundledDictionary: BilingualLexicon? = {
        let software = resource("software-ko-en")
        return resource("dictionary-ko-en")?.merging(software) ?? software
    }()

    /// A hash of every pair shipped (FNV-1a 64, hex), so that what was
    /// aligned with other word pairs is not reused as if it were current.
    public static let bundledFingerprint: String = {
        var hash = FNV1a()
        for lexicon in [bundledDictionary, bundledAssociations] {
            for (korean, english) in lexicon?.pairs ?? [] {
                hash.combine(korean.utf8)
                hash.combine(0x09)
                hash.combine(english.utf8)
                hash.combine(0x0A)
            }
        }
        return hash.hex
    }()

    /// The word associations shipped with dari (learned from news text), read once.
    public static let bundledAssociations = resource("lexicon-ko-en")

    private static func resource(_ name: String) -> BilingualLexicon? {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv") else { return nil }
        return try? BilingualLexicon(contentsOf: url.path)
    }
}

public struct LexiconError: DariError, Equatable {
    public var path: String
    public var line: Int
    public var problem: String
    /// What to do about it.
    public var advice = "fix the line or train it again with Scripts/train-lexicon.py"

    public var description: String {
        let place = line > 0 ? "\(path):\(line)" : path
        return "\(place): error: the lexicon \(problem); \(advice)"
    }

    /// 74 when the file cannot be read, 65 when its content is wrong.
    public var exitStatus = ExitStatus.dataError

    init(path: String, line: Int, problem: String, advice: String) {
        self.path = path
        self.line = line
        self.problem = problem
        self.advice = advice
    }

    public init(path: String, line: Int, problem: String) {
        self.path = path
        self.line = line
        self.problem = problem
    }

    /// A lexicon the shared file reader could not read.
    init(_ error: FileReadError) {
        switch error {
        case .notFound: self.init(path: error.path, line: 0, problem: "file does not exist", advice: "check the path")
        default: self.init(path: error.path, line: 0, problem: "file cannot be read (\(error.reason))",
                           advice: "check its permissions")
        }
        exitStatus = error.exitStatus
    }
}
