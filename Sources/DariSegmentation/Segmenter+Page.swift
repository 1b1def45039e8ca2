import DariModel

extension Segmenter {
    /// The sentences of every block of `page`, in document order.
    ///
    /// Each block is segmented on its own, so a block boundary is always a
    /// sentence boundary: a heading never runs into the paragraph after it.
    public func sentences(of page: Page) throws -> [Sentence] {
        var result: [Sentence] = []
        for (index, block) in page.blocks.enumerated() {
            let units = Array(block.text.utf16)
            for range in try sentenceRanges(of: block, units: units) {
                result.append(Sentence(text: String(decoding: units[range], as: UTF16.self),
                                       range: range, blockIndex: index))
            }
        }
        return result
    }

    /// The sentences of `block`'s plain text (`units`, its UTF-16) as
    /// `sentenceRanges(in:kind:)` gives them, except that no sentence ends
    /// inside a link's text or an inline code: a link names one thing,
    /// however its title is punctuated (`["Just use Vite"… with the Workers
    /// runtime](…)에서 …`), and code is written as it is typed (`` `This is
    /// my first article! Let's see…` `` is one value to enter in a form).
    public func sentenceRanges(of block: Block, units: [UInt16]) throws -> [Range<Int>] {
        var ranges = try sentenceRanges(in: units, kind: block.kind)
        guard ranges.count > 1 else { return ranges }
        let links = Self.linkTexts(in: block.content)
        guard !links.isEmpty else { return ranges }
        var index = 0
        while index + 1 < ranges.count {
            let end = ranges[index].upperBound
            if links.contains(where: { $0.lowerBound < end && end < $0.upperBound })
                || Self.endsInsideMark(of: links, at: end, nextStart: ranges[index + 1].lowerBound, units: units) {
                ranges[index...index + 1] = [ranges[index].lowerBound..<ranges[index + 1].upperBound]
            } else {
                index += 1
            }
        }
        return ranges
    }

    /// Whether the sentence end at `end` is only the closing mark of a link
    /// or inline code (`` `panic!` 매크로 ``, `` `println!`과는 ``, `` `"Trust
    /// me."`라는 ``): the mark is the code's, and the sentence goes on unless
    /// what follows opens one (a capital letter), or the link is a Korean
    /// sentence of its own (`[…가정합니다.](…) 이것은 …`).
    static func endsInsideMark(of spans: [Range<Int>], at end: Int, nextStart: Int, units: [UInt16]) -> Bool {
        guard end > 0, spans.contains(where: { $0.upperBound == end }) else { return false }
        var mark = end - 1
        while mark > 0, units[mark] == 0x22 || units[mark] == 0x27 || units[mark] == 0x29 { mark -= 1 }
        guard units[mark] == 0x21 || units[mark] == 0x3F || units[mark] == 0x2E, nextStart < units.count,
              mark == 0 || !Scalars.isHangulSyllable(units[mark - 1]) else { return false }
        return !Scalars.isUpper(units[nextStart])
    }

    /// Elements whose text is one unit: a link, and code as it is typed.
    static let unbrokenElements: Set<String> = ["a", "code", "kbd", "samp"]

    /// The UTF-16 ranges of the plain text of each outermost link or inline
    /// code (`unbrokenElements`) in `content`.
    static func linkTexts(in content: [InlineContent]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var offset = 0, open: (id: Int, start: Int)?
        for (piece, plain) in zip(content, InlineContent.plainTextPieces(content)) {
            switch piece {
            case let .start(id, element, _) where open == nil && unbrokenElements.contains(element):
                open = (id, offset)
            case let .end(id, _, _) where id == open?.id:
                if let start = open?.start, offset > start { result.append(start..<offset) }
                open = nil
            default:
                break
            }
            offset += plain.utf16.count
        }
        return result
    }

    /// The sentences of a block's plain text (`units`, UTF-16) as ranges,
    /// white space trimmed, as `sentenceRanges(in:)` gives them, except:
    ///
    /// - a code block is one sentence: its periods end statements, not
    ///   sentences, and it is compared whole with its counterpart;
    /// - a section number at the start (`14.20.3.4. Whirl and Pinch`,
    ///   `1.1. Introduction`) stays with the text it numbers instead of
    ///   being a sentence of its own, which would be reported untranslated.
    public func sentenceRanges(in units: [UInt16], kind: BlockKind) throws -> [Range<Int>] {
        if kind == .code {
            let isVisible = { (unit: UInt16) in unit > 0x20 && unit != 0xA0 && unit != 0x3000 }
            guard let first = units.firstIndex(where: isVisible), let last = units.lastIndex(where: isVisible) else {
                return []
            }
            return [first..<last + 1]
        }
        var ranges = try sentenceRanges(in: units)
        if ranges.count > 1, SectionNumber.isSectionNumber(String(decoding: units[ranges[0]], as: UTF16.self)) {
            ranges[0...1] = [ranges[0].lowerBound..<ranges[1].upperBound]
        }
        return ranges
    }
}
