@testable import DariChecks
import DariText
import Testing

/// `ConsistencyKey.make` and `ConsistencyGroups.isSentence` read the UTF-8
/// bytes; they must answer as the scalar-view versions they replaced
/// (kept here as the specification) for every scalar.
struct ConsistencyKeyBytesTests {
    static func scalarKey(_ text: String) -> [UInt8] {
        var key: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if byte <= 0x20 { continue }
                key.append((0x41...0x5A).contains(byte) ? byte + 32 : byte)
                continue
            }
            switch scalar {
            case "“", "”", "„", "″": key.append(UInt8(ascii: "\""))
            case "‘", "’", "′": key.append(UInt8(ascii: "'"))
            case "–", "—": key.append(UInt8(ascii: "-"))
            default:
                if Script.isHangulSyllable(scalar) {
                    key.append(contentsOf: String(scalar).utf8)
                } else if Script.isWhitespace(scalar) {
                    continue
                } else if scalar.properties.changesWhenLowercased {
                    key.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else {
                    key.append(contentsOf: String(scalar).utf8)
                }
            }
        }
        while let last = key.last, last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") {
            key.removeLast()
        }
        return key
    }

    static func scalarIsSentence(_ text: String) -> Bool {
        var words = 0, inWord = false, longestItem = 0, itemWords = 0
        var last: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if Script.isWhitespace(scalar) {
                inWord = false
                continue
            }
            if scalar == "," || scalar == "、" || scalar == ";" {
                longestItem = max(longestItem, itemWords)
                itemWords = 0
            }
            let alphabetic = scalar.value < 0x80
                ? (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
                : scalar.properties.isAlphabetic
            if alphabetic || Script.isDigit(scalar) {
                if !inWord {
                    words += 1
                    itemWords += 1
                }
                inWord = true
            }
            if !["\"", "'", "”", "’", ")", "]", "」", "』"].contains(scalar) { last = scalar }
        }
        longestItem = max(longestItem, itemWords)
        guard words >= 2, let last else { return false }
        if [".", "!", "?", "…", "。", "！", "？"].contains(last) { return true }
        return words >= 5 && longestItem > 4
    }

    @Test func everyScalarGivesTheScalarViewsKeyAndAnswer() {
        var wrong: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let s = String(scalar)
            for text in [s, "a b" + s, "하나 둘" + s, s + " 셋 넷.", "one, two three four five" + s, "Hi there" + s + "”"] {
                if ConsistencyKey.make(text) != Self.scalarKey(text)
                    || ConsistencyGroups.isSentence(text) != Self.scalarIsSentence(text)
                {
                    wrong.append(String(value, radix: 16))
                    break
                }
            }
        }
        #expect(wrong.isEmpty)
    }

    @Test(arguments: [
        "", " ", ".", "Save as…", "이미지 창", "“북한은 핵을 포기해야 한다.”", "곱하기, Darken Layer Modes, Legacy Layer Modes",
        "ＡＢＣ İstanbul Straße ǅ — ‘x’ „y″", "a\u{0}b\t\nc\u{85}d\u{3000}e!?", "one two three four five six, seven",
        "This is it.)", "그는 말했다.」", "😀 emoji 𝐀𝐁 are here.", "NFD 가 (U+1100 U+1161) text.",
    ])
    func examplesGiveTheScalarViewsKeyAndAnswer(_ text: String) {
        #expect(ConsistencyKey.make(text) == Self.scalarKey(text))
        #expect(ConsistencyGroups.isSentence(text) == Self.scalarIsSentence(text))
    }

    /// A particle after an inline code takes the form the code's last
    /// sound asks for: two sentences that differ only in the code they name
    /// are one wording, whichever form each needed.
    @Test func particlesAfterAnInlineCodeAreOneForm() {
        #expect(ConsistencyKey.make("\u{FFFC}이라는 디렉터리에 있다.") == ConsistencyKey.make("\u{FFFC}라는 디렉터리에 있다."))
        #expect(ConsistencyKey.make("\u{FFFC}을 설정한다.") == ConsistencyKey.make("\u{FFFC}를 설정한다."))
        #expect(ConsistencyKey.make("\u{FFFC}으로 바꾼다.") == ConsistencyKey.make("\u{FFFC}로 바꾼다."))
        // Elsewhere a particle is a word of the sentence.
        #expect(ConsistencyKey.make("파일을 설정한다.") != ConsistencyKey.make("파일를 설정한다."))
        #expect(ConsistencyKey.make("\u{FFFC}을 설정한다.") != ConsistencyKey.make("\u{FFFC}을 삭제한다."))
    }
}
