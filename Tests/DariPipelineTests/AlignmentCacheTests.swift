@testable import DariPipeline
import DariModel
import DariSite
import Foundation
import Testing

/// `dari align` names the memory its cache describes by the hash of the
/// file it wrote, taken a piece at a time from the file (never read back
/// whole): the next run, which hashes the whole memory it reads, finds it.
@Suite struct AlignmentCacheTests {
    @Test func theCacheNamesTheMemoryByTheHashOfItsBytes() throws {
        let site = try IncrementalCheckTests.Site()
        let memoryPath = site.path + "/memory.xlf"
        let bytes = try InputFile.bytes(at: memoryPath)
        #expect(bytes.count > 1 << 16, "more than one piece")
        let cache = try JSONDecoder().decode(AlignmentCache.self,
                                             from: Data(InputFile.bytes(at: AlignmentCache.path(forMemory: memoryPath))))
        #expect(cache.memory == AlignmentCache.hash(bytes))
        #expect(AlignmentCache.hash(fileAt: memoryPath) == AlignmentCache.hash(bytes))
        #expect(AlignmentCache.hash(fileAt: site.path + "/no-such-memory.xlf") == nil)
    }
}
