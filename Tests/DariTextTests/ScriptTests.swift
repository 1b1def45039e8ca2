import DariText
import Testing

/// Every stage asks `Script` which characters are white space and Hangul;
/// these tests pin the answers to Unicode's own.
struct ScriptTests {
    @Test func whitespaceIsUnicodesWhiteSpaceForEveryScalar() {
        var disagreements: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if Script.isWhitespace(scalar) != scalar.properties.isWhitespace {
                disagreements.append("U+" + String(value, radix: 16, uppercase: true))
            }
        }
        #expect(disagreements.isEmpty, "Script.isWhitespace disagrees with Unicode White_Space at \(disagreements)")
    }

    /// `containsHangul` reads the UTF-8 bytes; it must agree with a walk
    /// over the scalars for every scalar, alone and after English text with
    /// a curly quote (whose lead byte is one Hangul also has, 0xE2 aside).
    @Test func containsHangulAgreesWithTheScalarsForEveryScalar() {
        var disagreements: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let alone = String(Character(scalar))
            for text in [alone, "“Quoted” — " + alone + " end", alone + "é"] {
                let expected = text.unicodeScalars.contains(where: Script.isHangul)
                if Script.containsHangul(text) != expected {
                    disagreements.append("U+" + String(value, radix: 16, uppercase: true))
                }
            }
        }
        #expect(disagreements.isEmpty, "containsHangul disagrees at \(disagreements.prefix(20))")
        #expect(!Script.containsHangul(""))
        #expect(!Script.containsHangul("“No Hangul” — at all…"))
        #expect(Script.containsHangul("Seoul (서울)"))
    }

    /// `scalars(of:)` decodes the UTF-8 bytes itself: every scalar, of
    /// every length in UTF-8, comes out as the scalar view gives it.
    @Test func scalarsAreDecodedAsTheScalarViewGivesThemForEveryScalar() {
        var text = "", expected: [Unicode.Scalar] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            text.unicodeScalars.append(scalar)
            expected.append(scalar)
        }
        #expect(Script.scalars(of: text) == expected)
        #expect(Script.scalars(of: "a가é😀\u{301}") == Array("a가é😀\u{301}".unicodeScalars))
        #expect(Script.scalars(of: "").isEmpty)
    }

    @Test func aByteIsWhitespaceOnlyWhenItIsASCIIWhitespace() {
        for byte in UInt8.min...UInt8.max {
            let expected = byte < 0x80 && Unicode.Scalar(byte).properties.isWhitespace
            #expect(Script.isASCIIWhitespace(byte) == expected, "byte \(byte)")
        }
    }

    @Test func onlyASCIILettersLowerCaseToAByte() {
        let letters = "AZaz@[`{ÀéĀ가1".unicodeScalars.map(Script.lowercasedASCIILetter)
        #expect(letters == [0x61, 0x7A, 0x61, 0x7A, nil, nil, nil, nil, nil, nil, nil, nil, nil])
    }

    @Test(arguments: [
        ("가", 0, 0, 0), ("한", 18, 0, 4), ("힣", 18, 20, 27), ("글", 0, 18, 8), ("밥", 7, 0, 17),
    ])
    func syllablesDecomposeIntoTheirJamo(_ syllable: Unicode.Scalar, _ initial: Int, _ vowel: Int, _ final: Int) throws {
        let parts = try #require(Script.HangulSyllable(syllable))
        #expect([parts.initial, parts.vowel, parts.final] == [initial, vowel, final])
    }

    @Test(arguments: ["ㄱ", "ᄀ", "a", "中", "\u{D7A4}"] as [Unicode.Scalar])
    func onlyPrecomposedSyllablesDecompose(_ scalar: Unicode.Scalar) {
        #expect(Script.HangulSyllable(scalar) == nil)
        #expect(!Script.isHangulSyllable(scalar))
    }

    @Test(arguments: ["", "2008", "1억1천만", "4,800km", "°C", "é\u{301}", "𝄞 and 😀", "3만 5천"])
    func aStringOfScalarsHasExactlyThoseScalars(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(Script.string(of: scalars).unicodeScalars.elementsEqual(scalars))
        #expect(Script.string(of: scalars[...].dropFirst()) == String(String.UnicodeScalarView(scalars.dropFirst())))
    }

    /// A Korean page quotes English names: the share of Hangul among its
    /// letters, not the presence of Latin, tells it from an English page.
    @Test func hangulShareCountsLettersOfBothScriptsOnly() {
        #expect(Script.hangulShare(of: "서울 Seoul") == 2.0 / 7.0)
        #expect(Script.hangulShare(of: "안녕 2024!") == 1)
        #expect(Script.hangulShare(of: "Hello") == 0)
        #expect(Script.hangulShare(of: "2024 — 12") == nil)
    }
}
