#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DariText
import Testing

/// The table of KS X 1001's syllables, checked against an independent
/// oracle: the C library's EUC-KR converter, which encodes those 2,350
/// syllables and refuses every other.
struct CommonSyllablesTests {
    @Test func theTableIsTheSyllablesEUCKREncodes() throws {
        let converter = iconv_open("EUC-KR", "UTF-32LE")
        try #require(converter != iconv_t(bitPattern: -1), "the C library has no EUC-KR converter")
        defer { iconv_close(converter) }
        var disagreements: [String] = [], members = 0
        for codePoint in UInt32(0xAC00)...0xD7A3 {
            var input = withUnsafeBytes(of: codePoint.littleEndian) { Array($0) }
            var output = [UInt8](repeating: 0, count: 16)
            let encodes = input.withUnsafeMutableBytes { inBytes in
                output.withUnsafeMutableBytes { outBytes in
                    var inPointer = inBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                    var outPointer = outBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                    var inLeft = 4, outLeft = 16
                    return iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 && outLeft == 14
                }
            }
            if encodes { members += 1 }
            if encodes != Script.isCommonHangulSyllable(codePoint: codePoint) {
                disagreements.append("U+" + String(codePoint, radix: 16, uppercase: true))
            }
        }
        #expect(members == 2350)
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    @Test(arguments: ["가", "힝", "플", "틱", "쪽", "빼", "퓸"] as [Unicode.Scalar])
    func everydaySyllables(_ syllable: Unicode.Scalar) {
        #expect(Script.isCommonHangulSyllable(codePoint: syllable.value))
    }

    @Test(arguments: ["텩", "쬭", "뺴", "쥀", "똠", "힣", "a", "ㄱ"] as [Unicode.Scalar])
    func othersAreNot(_ scalar: Unicode.Scalar) {
        #expect(!Script.isCommonHangulSyllable(codePoint: scalar.value))
    }
}
