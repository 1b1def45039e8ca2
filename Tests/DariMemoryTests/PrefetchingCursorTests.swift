import DariModel
import DariTestSupport
import Foundation
import Testing
@testable import DariMemory
@testable import DariXML

/// A large memory is read through `NodePrefetcher` (libxml2 on a thread of
/// its own): it must read exactly as the direct reader, errors included.
@Suite struct PrefetchingCursorTests {
    /// Both versions' readers over `bytes`, directly and prefetched in
    /// batches of `batchSize` nodes.
    func bothWays(_ bytes: [UInt8], batchSize: Int) throws
        -> (direct: Result<TranslationMemory, MemoryReadError>, prefetched: Result<TranslationMemory, MemoryReadError>)
    {
        func read(prefetching: Bool) throws -> Result<TranslationMemory, MemoryReadError> {
            let cursor = MemoryCursor(reader: try MemoryInput.open(bytes: bytes, path: "m.xlf"), path: "m.xlf",
                                      prefetching: prefetching, batchSize: batchSize)
            do {
                let root = try cursor.root()
                switch MemoryReader.format(of: root) {
                case .xliff2: return .success(try XLIFF21Reader.read(cursor, root: root))
                case .xliff12: return .success(try XLIFF12Reader.read(cursor, root: root))
                case nil: return .failure(.notXLIFF(file: "m.xlf", line: root.line, found: "?"))
                }
            } catch let error as MemoryReadError {
                return .failure(error)
            }
        }
        return (try read(prefetching: false), try read(prefetching: true))
    }

    @Test(arguments: [1, 2, 7, 1_024])
    func aMemoryReadsTheSameInBatchesOfAnySize(batchSize: Int) throws {
        let bytes = try XLIFF21Writer.render(richMemory())
        let (direct, prefetched) = try bothWays(bytes, batchSize: batchSize)
        #expect(try prefetched.get() == direct.get())
    }

    @Test(arguments: ["foreign-1.2.xlf", "foreign-2.0.xlf", "malformed.xlf", "not-xliff.xml", "unknown-metadata.xlf",
                      "unsupported-language.xlf", "version-1.2-as-2.xlf", "wrong-namespace.xlf", "xxe-1.2.xlf"])
    func fixturesReadTheSameWithTheSameErrors(name: String) throws {
        for batchSize in [1, 3, 1_024] {
            let (direct, prefetched) = try bothWays(try fixtures.bytes(name), batchSize: batchSize)
            #expect(prefetched == direct, "\(name), batches of \(batchSize)")
        }
    }

    /// A malformed document past the end of what is read: the caller has
    /// stopped (the reader threw its own error first) and the thread stops with it.
    @Test func anErrorOfTheReaderStopsThePrefetch() throws {
        var text = "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" "
            + "srcLang=\"ko\" trgLang=\"en\"><file id=\"f1\">"
        for index in 1...5_000 {
            text += "<unit id=\"u\(index)\"><segment><source>가나 \(index)</source><target>A \(index)</target></segment></unit>\n"
        }
        text += "<unit id=\"bad\"><segment><target>no source</target></segment></unit>" + "</file></xliff>"
        let (direct, prefetched) = try bothWays(Array(text.utf8), batchSize: 16)
        guard case .failure(let error) = direct else { Issue.record("expected an error"); return }
        #expect(prefetched == .failure(error))
    }
}
