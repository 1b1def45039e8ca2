import DariModel

/// Builds one text piece the way a browser renders white space.
///
/// With `white-space: normal` every run of spaces, tabs and line breaks shows as
/// one space, and none shows at the start of a line. The state that decides
/// whether the next space is dropped lives here and survives inline codes, so
/// `foo <em> bar</em>` gives "foo " and "bar", as on screen. Preformatted text
/// (`<pre>`) is kept as written, with line breaks normalised to LF.
///
/// The hot path works on UTF-8 bytes: HTML's white space is ASCII, so a byte
/// test never splits a multi-byte scalar.
struct WhitespaceCollapser {
    /// The piece built so far, UTF-8.
    private(set) var bytes: [UInt8] = []
    /// True at the start of a line and after a space: white space seen now is dropped.
    private(set) var atLineStartOrSpace = true
    /// True once a byte that is neither ASCII white space nor part of a
    /// non-ASCII scalar has been appended (the cheap, common proof of visible text).
    private(set) var hasVisibleASCII = false
    /// True once any non-ASCII byte has been appended; such text may still be
    /// only white space (U+00A0, U+3000), which `hasVisibleText` checks.
    private(set) var hasNonASCII = false
    /// Whether text is kept as written (inside `<pre>`, `<textarea>`…).
    let preservesWhitespace: Bool
    /// Where lines of the page file begin in the piece built so far: UTF-8
    /// offsets into `bytes` of the first visible byte on a new line.
    private var lineMarks: [(byte: Int, line: Int)] = []
    /// The line the latest mark recorded (0: none yet), so that text
    /// continuing on the same line in the next piece adds no mark.
    private var markedLine = 0

    init(preservesWhitespace: Bool) {
        self.preservesWhitespace = preservesWhitespace
    }

    /// HTML's ASCII white space: space, tab, LF, FF, CR.
    @inline(__always)
    static func isHTMLWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    /// Appends `text`, collapsing white space unless it is preserved.
    ///
    /// - Parameter firstVisibleLine: the page line of the text's first
    ///   visible character, or 0 when unknown (attribute values); each line
    ///   feed after it starts the next line.
    mutating func append(_ text: String, firstVisibleLine: Int = 0) {
        var text = text
        text.withUTF8 { append(utf8: $0, firstVisibleLine: firstVisibleLine) }
    }

    /// Appends UTF-8 bytes, collapsing white space unless it is preserved.
    mutating func append(utf8 buffer: UnsafeBufferPointer<UInt8>, firstVisibleLine: Int = 0) {
        bytes.reserveCapacity(bytes.count + buffer.count)
        if preservesWhitespace {
            appendPreserving(buffer, firstVisibleLine: firstVisibleLine)
            return
        }
        var suppress = atLineStartOrSpace
        var visible = hasVisibleASCII
        var nonASCII = hasNonASCII
        // Line feeds before the first visible byte are already counted in
        // `firstVisibleLine`; 0 while that byte has not been seen.
        var line = 0
        for byte in buffer {
            if Self.isHTMLWhitespace(byte) {
                if byte == 0x0A, line > 0 { line += 1 }
                if !suppress {
                    bytes.append(0x20)
                    suppress = true
                }
            } else {
                if line == 0 { line = firstVisibleLine }
                if line != markedLine, firstVisibleLine > 0 { mark(line) }
                bytes.append(byte)
                suppress = false
                if byte < 0x80 { visible = true } else { nonASCII = true }
            }
        }
        atLineStartOrSpace = suppress
        hasVisibleASCII = visible
        hasNonASCII = nonASCII
    }

    private mutating func mark(_ line: Int) {
        // A line only ever moves forward through a page; a continuation byte
        // never starts a character, so marks land on scalar boundaries.
        lineMarks.append((bytes.count, line))
        markedLine = line
    }

    private mutating func appendPreserving(_ buffer: UnsafeBufferPointer<UInt8>, firstVisibleLine: Int) {
        var previousWasCR = false
        var line = 0
        for byte in buffer {
            if byte == 0x0D {
                bytes.append(0x0A)  // CR and CRLF both end a line.
                if line > 0 { line += 1 }
                previousWasCR = true
                continue
            }
            if byte == 0x0A, previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            if byte == 0x0A, line > 0 { line += 1 }
            if !Self.isHTMLWhitespace(byte) {
                if line == 0 { line = firstVisibleLine }
                if line != markedLine, firstVisibleLine > 0 { mark(line) }
            }
            bytes.append(byte)
            if byte >= 0x80 {
                hasNonASCII = true
            } else if !Self.isHTMLWhitespace(byte) {
                hasVisibleASCII = true
            }
        }
        atLineStartOrSpace = bytes.last == 0x0A
    }

    /// Drops one leading line feed from the piece, as HTML does right after `<pre>`.
    mutating func dropLeadingLineFeed() {
        guard bytes.first == 0x0A else { return }
        bytes.removeFirst()
        for index in lineMarks.indices { lineMarks[index].byte -= 1 }
    }

    /// Removes a collapsed space at the end of the piece. Returns false when the
    /// piece is empty, so the caller can look at earlier pieces.
    mutating func trimTrailingSpace() -> Bool {
        guard let last = bytes.last else { return false }
        if last == 0x20, !preservesWhitespace { bytes.removeLast() }
        return true
    }

    /// Starts a new line: the next white space is dropped (after `<br>`).
    mutating func startLine() {
        atLineStartOrSpace = true
    }

    /// An inline object (an image) was laid out: the next
    /// white space renders as a space.
    mutating func markInlineObject() {
        atLineStartOrSpace = false
    }

    /// Hands over the piece built so far and starts an empty one, keeping the
    /// white-space state so collapsing continues across an inline code.
    ///
    /// - Returns: the piece, whether it has visible text, and where page
    ///   lines begin in it (UTF-16 offsets into the piece), or nil if empty.
    mutating func takePiece() -> (text: String, isVisible: Bool, lineMarks: [LineMark])? {
        guard !bytes.isEmpty else { return nil }
        let piece = String(decoding: bytes, as: UTF8.self)
        let isVisible = hasVisibleASCII || (hasNonASCII && piece.hasVisibleCharacters)
        let marks = utf16LineMarks()
        bytes.removeAll(keepingCapacity: true)
        lineMarks.removeAll(keepingCapacity: true)
        hasVisibleASCII = false
        hasNonASCII = false
        return (piece, isVisible, marks)
    }

    /// `lineMarks` with UTF-8 offsets turned into UTF-16 ones, in one pass:
    /// a lead byte of four bytes is two UTF-16 units, any other lead byte one,
    /// a continuation byte none.
    private func utf16LineMarks() -> [LineMark] {
        guard !lineMarks.isEmpty else { return [] }
        var result: [LineMark] = []
        result.reserveCapacity(lineMarks.count)
        var next = 0, utf16 = 0
        for (offset, byte) in bytes.enumerated() {
            while next < lineMarks.count, lineMarks[next].byte == offset {
                result.append(LineMark(offset: utf16, line: lineMarks[next].line))
                next += 1
            }
            if next == lineMarks.count { break }
            if byte & 0xC0 != 0x80 { utf16 += byte >= 0xF0 ? 2 : 1 }
        }
        return result
    }

    /// Collapses a whole attribute value: one piece, trimmed at both ends, or
    /// "" when nothing visible is left.
    static func collapsed(_ value: String) -> String {
        var collapser = WhitespaceCollapser(preservesWhitespace: false)
        collapser.append(value)
        _ = collapser.trimTrailingSpace()
        guard let piece = collapser.takePiece(), piece.isVisible else { return "" }
        return piece.text
    }
}

extension String {
    /// True when some scalar is not white space (so U+00A0 or U+3000 alone is blank).
    var hasVisibleCharacters: Bool {
        unicodeScalars.contains { !$0.properties.isWhitespace }
    }
}
