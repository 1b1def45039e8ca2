import DariMemory
import DariModel
import DariText

/// `invisible-character`: a character that shows as nothing (or as a box)
/// inside the text: a Hangul filler left by an input method (매뉴ᅟ얼), a
/// zero-width space, a direction mark, a control character, or U+FFFD where
/// text was read in the wrong character set.
///
/// Readers do not see them, but search, copy and paste, screen readers and
/// spelling checkers do: 매뉴ᅟ얼 is not found by a search for 매뉴얼. Zero-width
/// joiners and non-joiners (emoji sequences) and soft hyphens (a hyphenation
/// hint) are meant to be there and are not reported.
public struct InvisibleCharacter: Check {
    public static let id = "invisible-character"
    public static let defaultSeverity = Severity.warning
    public static let summary = "The text has an invisible character (a Hangul filler, zero-width space, control "
        + "character) or U+FFFD."
    public static let example = "ko/support.html:40: warning: [invisible-character] the Korean has an invisible "
        + "U+115F HANGUL CHOSEONG FILLER in '매뉴ᅟ얼'; delete it"
    public static let details = """
        Reported: the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), zero-width space (U+200B), word \
        joiner (U+2060), a byte order mark inside text (U+FEFF), direction marks and embeddings, C0 and C1 \
        control characters other than tab and line breaks, and the replacement character U+FFFD (the text \
        was decoded with the wrong character set). Zero-width joiners and non-joiners and soft hyphens are \
        meant to be there and are not reported, nor is a zero-width space or word joiner that touches no word \
        (alone between spaces, at a line's end, after a link). Both sides, once per segment and side.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        for record in input.segments {
            let segment = input.segment(of: record)
            // Source, then target: two calls, not an array of both made for every record.
            if let found = Self.firstInvisible(in: segment.source) {
                findings.report(record, in: input, side: .source, message: Self.message(found, input.memory.sourceLanguage),
                                onlyItsSide: true)
            }
            if let target = segment.target, let found = Self.firstInvisible(in: target) {
                findings.report(record, in: input, side: .target, message: Self.message(found, input.memory.targetLanguage),
                                onlyItsSide: true)
            }
        }
    }

    /// The first reported character of `content`'s text and the word around it.
    static func firstInvisible(in content: [InlineContent]) -> (scalar: Unicode.Scalar, word: String)? {
        for piece in content {
            guard case let .text(text) = piece else { continue }
            // Nearly all text is clean: decided on the bytes, whole sequences
            // (Korean and English text have lead bytes these share).
            guard mayHaveReported(text) else { continue }
            let scalars = Script.scalars(of: text)
            var from = 0
            while let index = scalars[from...].firstIndex(where: isReported) {
                var start = index, end = index + 1
                while start > 0, !scalars[start - 1].properties.isWhitespace { start -= 1 }
                while end < scalars.count, !scalars[end].properties.isWhitespace { end += 1 }
                from = end
                if scalars[start..<end].allSatisfy(isSpaceLike) { continue }
                var word = String.UnicodeScalarView()
                word.append(contentsOf: scalars[start..<end].filter { !isControl($0) })
                return (scalars[index], String(word))
            }
        }
        return nil
    }

    /// A zero-width space or word joiner that stands alone between spaces,
    /// at a line's end or after a link (a page exported from GitBook leaves
    /// them there): it touches no word, so nothing a reader, a search or a
    /// spelling checker meets. Inside or beside a word (`릴리스\u{200B}`,
    /// `\u{200B}환경`) it is reported.
    private static func isSpaceLike(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x200B || scalar.value == 0x2060
    }

    /// Whether `text` has a scalar `isReported` accepts, read on its UTF-8:
    /// a control byte, or one of the reported scalars' byte sequences (the
    /// C1 controls C2 80–9F; U+115F, U+1160, U+180E; U+200B, U+200E,
    /// U+200F, U+202A–202E, U+2060, U+2066–2069; U+3164; U+FEFF, U+FFA0,
    /// U+FFFD). A test compares it with `isReported` for every scalar.
    static func mayHaveReported(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                // A String is valid UTF-8: a lead byte's continuation bytes are there.
                func next(_ offset: Int) -> UInt8 { bytes[index + offset] }
                switch byte {
                case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F: return true
                case 0xC2 where (0x80...0x9F).contains(next(0)): return true
                case 0xE1 where next(0) == 0x85 && (next(1) == 0x9F || next(1) == 0xA0)
                    || next(0) == 0xA0 && next(1) == 0x8E:
                    return true
                case 0xE2 where next(0) == 0x80 && (next(1) == 0x8B || next(1) == 0x8E || next(1) == 0x8F
                                                    || (0xAA...0xAE).contains(next(1)))
                    || next(0) == 0x81 && (next(1) == 0xA0 || (0xA6...0xA9).contains(next(1))):
                    return true
                case 0xE3 where next(0) == 0x85 && next(1) == 0xA4: return true
                case 0xEF where next(0) == 0xBB && next(1) == 0xBF || next(0) == 0xBE && next(1) == 0xA0
                    || next(0) == 0xBF && next(1) == 0xBD:
                    return true
                default: continue
                }
            }
            return false
        }
    }

    static func isReported(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x115F, 0x1160, 0x3164, 0xFFA0: true  // Hangul fillers
        case 0x200B, 0x2060, 0xFEFF, 0x180E: true  // zero-width space, word joiner, BOM, Mongolian vowel separator
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true  // direction marks and embeddings
        case 0xFFFD: true
        default: isControl(scalar)
        }
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }

    static func message(_ found: (scalar: Unicode.Scalar, word: String), _ language: Language) -> String {
        let code = "U+" + String(found.scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        let name = found.scalar.properties.name ?? found.scalar.properties.nameAlias ?? "CONTROL CHARACTER"
        let place = found.word.isEmpty ? "" : " in '\(found.word.excerpt(30))'"
        if found.scalar.value == 0xFFFD {
            return "the \(language.name) has \(code) \(name)\(place): text was read or saved in the wrong "
                + "character set; retype the word"
        }
        return "the \(language.name) has an invisible \(code) \(name)\(place); delete it"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
