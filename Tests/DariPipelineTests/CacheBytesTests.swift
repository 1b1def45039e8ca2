@testable import DariPipeline
import Testing

/// A cache file reads back as written, and any other bytes do not read at all.
@Suite struct CacheBytesTests {
    static let magic = "test cache\n"

    static func written() -> [UInt8] {
        var writer = CacheBytesWriter(magic: magic)
        for value in [0, 1, -1, 127, 128, -300, Int.max, Int.min] { writer.int(value) }
        writer.string("ko/text/swriter/01/01120000.html")
        writer.string("숫자가 다릅니다")
        writer.string("ko/text/swriter/01/01120000.html")
        writer.string(nil as String?)
        writer.string("" as String?)
        writer.bool(true)
        writer.uint64(0xcbf2_9ce4_8422_2325)
        return writer.finished()
    }

    @Test func valuesReadBackInTheOrderWritten() throws {
        var reader = try #require(CacheBytesReader(Self.written(), magic: Self.magic))
        for value in [0, 1, -1, 127, 128, -300, Int.max, Int.min] { #expect(try reader.int() == value) }
        #expect(try reader.string() == "ko/text/swriter/01/01120000.html")
        #expect(try reader.string() == "숫자가 다릅니다")
        #expect(try reader.string() == "ko/text/swriter/01/01120000.html")
        #expect(try reader.optionalString() == nil)
        #expect(try reader.optionalString() == "")
        #expect(try reader.bool())
        #expect(try reader.uint64() == 0xcbf2_9ce4_8422_2325)
        #expect(reader.isAtEnd)
        #expect(throws: CacheBytesReader.Malformed.self) { try reader.int() }
    }

    @Test func aRepeatedStringIsWrittenOnce() {
        var once = CacheBytesWriter(magic: Self.magic), twice = CacheBytesWriter(magic: Self.magic)
        once.string("a long page path, written on every finding")
        twice.string("a long page path, written on every finding")
        twice.string("a long page path, written on every finding")
        #expect(twice.bytes.count == once.bytes.count + 1)
    }

    @Test func otherBytesAreNotRead() {
        let bytes = Self.written()
        #expect(CacheBytesReader(bytes, magic: "other cache\n") == nil)
        #expect(CacheBytesReader(Array(bytes.dropLast()), magic: Self.magic) == nil)
        #expect(CacheBytesReader([], magic: Self.magic) == nil)
        for index in bytes.indices.dropFirst(Self.magic.utf8.count) {
            var edited = bytes
            edited[index] ^= 1
            #expect(CacheBytesReader(edited, magic: Self.magic) == nil, "byte \(index) changed")
        }
    }

    @Test func aCountLargerThanTheBytesLeftIsMalformed() throws {
        var writer = CacheBytesWriter(magic: Self.magic)
        writer.int(1 << 40)
        var reader = try #require(CacheBytesReader(writer.finished(), magic: Self.magic))
        #expect(throws: CacheBytesReader.Malformed.self) { try reader.array { reader throws(CacheBytesReader.Malformed) in try reader.int() } }
    }
}
