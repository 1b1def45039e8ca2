import DariModel
import DariXML

/// What an export (TMX, XLIFF 1.2) wrote, and what it had to leave out.
public struct ExportResult: Sendable, Equatable {
    /// The document, UTF-8.
    public var bytes: [UInt8]
    /// Segments written: TMX `<tu>`s, XLIFF 1.2 `<trans-unit>`s.
    public var written: Int
    /// Segments with a source but no translation (1-0 beads, empty
    /// targets) that the format has no place for. Always 0 for XLIFF 1.2,
    /// which carries them for translation.
    public var skippedUntranslated: Int
    /// Segments with no source text (0-1 beads: text only the target page
    /// has), which neither a TM nor a CAT tool can use.
    public var skippedTargetOnly: Int

    public init(bytes: [UInt8], written: Int, skippedUntranslated: Int, skippedTargetOnly: Int) {
        self.bytes = bytes
        self.written = written
        self.skippedUntranslated = skippedUntranslated
        self.skippedTargetOnly = skippedTargetOnly
    }
}

/// Inline-code bookkeeping the exporters share.
enum InlineCodes {
    /// The ids of `.start` codes whose `.end` follows in the same content,
    /// properly nested: those can be written as one paired element
    /// (`<g>`, `<bpt>`/`<ept>`). The others are isolated halves.
    static func pairedIDs(in content: [InlineContent]) -> Set<Int> {
        var stack: [Int] = []
        var paired = Set<Int>()
        var broken = Set<Int>()
        for piece in content {
            switch piece {
            case let .start(id, _, _):
                stack.append(id)
            case let .end(id, _, _):
                if stack.last == id {
                    stack.removeLast()
                    if !broken.contains(id) { paired.insert(id) }
                } else if let index = stack.lastIndex(of: id) {
                    // Overlapping pairs: this one and the ones opened inside it
                    // but still open cannot nest; write them as halves.
                    for inner in stack[index...] { broken.insert(inner) }
                    stack.remove(at: index)
                }
            default:
                break
            }
        }
        return paired.subtracting(broken)
    }

    /// A segment's place in an export: written, untranslated (a source but
    /// no target text) or target-only (no source text).
    enum Disposition { case bilingual, untranslated, targetOnly }

    static func disposition(of segment: MemorySegment) -> Disposition {
        if segment.sourceText.isEmpty { return .targetOnly }
        guard let target = segment.targetText, !target.isEmpty else { return .untranslated }
        return .bilingual
    }

    /// True for characters XML 1.0 can carry (`Char` production): tab,
    /// line feed, carriage return and everything from U+0020 except
    /// U+FFFE and U+FFFF.
    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// `text` without the characters XML 1.0 cannot carry (C0 controls
    /// other than tab and line breaks): TMX and XLIFF 1.2 have no escape
    /// for them (XLIFF 2 has `<cp>`), so they are dropped.
    static func xmlSafe(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy(isXMLCharacter) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter(isXMLCharacter)))
    }

    /// How one format marks up inline codes in mixed content; `paired` is
    /// true for a start or end whose other half is in the same content and
    /// properly nested (`pairedIDs(in:)`).
    struct Markup {
        var start: (_ id: Int, _ element: String, _ original: String, _ paired: Bool) throws -> Void
        var end: (_ id: Int, _ element: String, _ original: String, _ paired: Bool) throws -> Void
        var standalone: (_ id: Int, _ element: String, _ original: String) throws -> Void
    }

    /// Writes `content` as mixed content: text made XML-safe, each code as `markup` says.
    static func write(_ content: [InlineContent], to writer: MarkupWriter, as markup: Markup) throws {
        let paired = pairedIDs(in: content)
        for piece in content {
            switch piece {
            case let .text(value): try writer.text(xmlSafe(value))
            case let .start(id, element, original): try markup.start(id, element, original, paired.contains(id))
            case let .end(id, element, original): try markup.end(id, element, original, paired.contains(id))
            case let .standalone(id, element, original): try markup.standalone(id, element, original)
            }
        }
    }

    /// A safe `x-` suffix from an element name (no whitespace, never empty).
    static func extensionName(_ element: String) -> String {
        let cleaned = String(element.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
        return "x-" + (cleaned.isEmpty ? "code" : cleaned)
    }
}
