import Foundation
import DariGlossary
import DariMemory
import DariModel
import DariText

/// `code-mismatch`: a code block differs from its counterpart, or an inline
/// code from its counterpart in the translated paragraph (`CodeMismatch+Inline`).
///
/// Code (`<pre>`, or a paragraph that is only `<code>`, `<kbd>`, `<samp>`,
/// `<var>`) is not for translation, so both versions of a page should show
/// the same code. A code block is one segment, compared as a whole and
/// reported once; the other checks never see it (`CheckInput.segments`
/// leaves code out). White space counts as one space: a page generator that
/// re-indents is not a difference a reader sees.
public struct CodeMismatch: Check {
    public static let id = "code-mismatch"
    public static let defaultSeverity = Severity.warning
    public static let summary = "A code block differs from its counterpart, or has none."
    public static let example = "en/install.html:30: warning: [code-mismatch] the English code block differs from the "
        + "Korean one from 'make instal…'; make them the same, or mark a deliberate change with data-dari-ignore"
    public static let details = """
        A code block is compared whole, white space as one space; translated comments, strings and placeholders \
        are not differences, nor are a formatter's choices (parentheses, semicolons, trailing commas, single or \
        double quotes), nor a word quoted on one side only (`Alias "/docs" "/var/web"`), nor `var` for `const` \
        or `let`, nor is a shell prompt (`$ `, `# `) on one side only, nor prose the translator \
        rewrapped or reordered around the same code lines (a report template's instructions). A block on one \
        page only is reported unless it is part of a missing section. When three or more of a page's code \
        blocks differ and they are most of its blocks, the page is one finding (the translation shows an older or other version of the code), the other blocks as related places. \
        Inline code in a translated paragraph is compared too: a code the translation shows in another version \
        (`string | true` for `string[] | true`, a name with one word changed) is reported; a code one side \
        drops or adds, or writes in Korean, is the translator's wording, and a language tag in it is the \
        reader's (`locale=ko_KR` for `locale=en_US`).
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        Self.reportChangedInlineCode(input, into: &findings)
        for (fileIndex, file) in input.memory.files.enumerated() {
            // A code block in a section one page lacks is part of that section's one
            // `untranslated` finding (a section of code alone has none: it is reported here).
            // Found once per file, and only when a code block is on one page only.
            var sectionUnits: Set<Int>?
            func inSections(_ unitIndex: Int) -> Bool {
                let units = sectionUnits ?? Set(Untranslated.missingSections(of: file, fileIndex: fileIndex)
                    .filter { file.units[$0.units].contains { $0.kind != .code } }.flatMap(\.units))
                sectionUnits = units
                return units.contains(unitIndex)
            }
            // The differing blocks of this page, reported together below.
            var changed: [(record: SegmentRecord, difference: String, line: Int?)] = []
            var compared = 0
            for (unitIndex, unit) in file.units.enumerated() where unit.kind == .code {
                // Comments are prose for the reader: translating them is expected.
                let source = Self.code(unit.segments.map { Self.withoutComments(Self.visibleLines($0.sourceText)) })
                let target = Self.code(unit.segments.compactMap { $0.targetText.map { Self.withoutComments(Self.visibleLines($0)) } })
                let rawSource = Self.visibleLines(unit.segments.map(\.sourceText).joined(separator: "\n"))
                let rawTarget = Self.visibleLines(unit.segments.compactMap(\.targetText).joined(separator: "\n"))
                if file.isPaired, Self.isCodeBlock(unit), source.isEmpty != target.isEmpty {
                    if inSections(unitIndex) || Self.differsOnlyInPrompts(rawSource, rawTarget) { continue }
                    // A code block on one page only: removed from, or added to, one side.
                    let record = SegmentRecord(fileIndex: fileIndex, unitIndex: unitIndex, segmentIndex: 0,
                                               source: source, target: target.isEmpty ? nil : target, isCopy: false,
                                               segment: unit.segments.first)
                    let (has, lacks) = source.isEmpty
                        ? (input.memory.targetLanguage, input.memory.sourceLanguage)
                        : (input.memory.sourceLanguage, input.memory.targetLanguage)
                    findings.report(record, in: input, side: source.isEmpty ? .target : .source,
                                    message: Self.oneSidedMessage(source.isEmpty ? target : source, has: has, lacks: lacks))
                    continue
                }
                guard !source.isEmpty, !target.isEmpty else { continue }
                compared += 1
                guard !Self.isSameCode(source, target),
                      !Self.differsOnlyInTranslatedWords(source, target),
                      !Self.differsOnlyInTranslatedText(source, target),
                      !Self.differsOnlyInTranslatedLines(rawSource, rawTarget),
                      !Self.differsOnlyInTranslatedProse(rawSource, rawTarget),
                      !Self.differsOnlyInPrompts(rawSource, rawTarget)
                else { continue }
                let record = SegmentRecord(fileIndex: fileIndex, unitIndex: unitIndex, segmentIndex: 0,
                                           source: source, target: target, isCopy: false, segment: unit.segments.first)
                // The code is one segment: point at its first changed line, not the block's first.
                let changedLine = unit.segments.first?.targetText.flatMap { first in
                    Self.firstChangedLine(unit.segments.map(\.sourceText).joined(separator: "\n"), first)
                }
                if unit.suppressedChecks.contains(Self.id) { continue }
                changed.append((record, Self.firstDifference(Self.shown(unit.segments.map(\.sourceText)),
                                                             Self.shown(unit.segments.compactMap(\.targetText))),
                                changedLine))
            }
            Self.report(changed, of: compared, in: input, into: &findings)
        }
    }

    /// Reports a page's differing code blocks: each on its own, or, when most of
    /// the page's blocks differ (at least `pageMinimum`), once for the page at
    /// the first, the others related. A page whose every example changed (tldr's
    /// `ng.md`, its English rewritten with a new placeholder syntax, 8 findings)
    /// is one problem: the translation is of an older version of the page.
    private static func report(_ changed: [(record: SegmentRecord, difference: String, line: Int?)], of compared: Int,
                               in input: CheckInput, into findings: inout FindingCollector) {
        let (target, source) = (input.memory.targetLanguage, input.memory.sourceLanguage)
        guard changed.count >= pageMinimum, 2 * changed.count > compared, let first = changed.first else {
            for block in changed {
                findings.report(block.record, in: input, side: .target,
                                message: message(block.difference, target, source), atOffset: block.line)
            }
            return
        }
        let related = changed.dropFirst().map { block in
            RelatedLocation(location: block.line.map { input.location(of: block.record, side: .target, atOffset: $0) }
                                ?? input.location(of: block.record, side: .target),
                            unitID: input.unit(of: block.record).id, text: block.difference)
        }
        let shown = first.difference.isEmpty ? "" : " (the first from '\(first.difference.excerpt(30))')"
        findings.report(first.record, in: input, side: .target,
                        message: "\(changed.count) of the \(compared) code blocks on this page differ from the \(source.name) "
                            + "ones\(shown): the \(target.name) page shows an older or other version of the code; "
                            + "bring its code up to date as a whole, or mark deliberate changes with data-dari-ignore",
                        relatedLocations: related, atOffset: first.line)
    }

    /// The lines of a code block a reader sees where the site renders its
    /// examples with Shiki Twoslash (the TypeScript handbook, VitePress and
    /// Astro sites can): what comes before a `// ---cut---` (or
    /// `// ---cut-before---`) line and after `// ---cut-after---` is set-up
    /// the page compiles and hides. One page adding hidden set-up to an
    /// example changed nothing a reader sees.
    static func visibleLines(_ code: String) -> String {
        guard code.contains("// ---cut") else { return code }
        var lines = code.split(separator: "\n", omittingEmptySubsequences: false)
        func marker(_ line: Substring) -> Substring { line.trimmingPrefix(while: \.isWhitespace) }
        if let after = lines.firstIndex(where: { marker($0).hasPrefix("// ---cut-after---") }) {
            lines.removeSubrange(after...)
        }
        if let cut = lines.lastIndex(where: { marker($0).hasPrefix("// ---cut---") || marker($0).hasPrefix("// ---cut-before---") }) {
            lines.removeSubrange(...cut)
        }
        return lines.joined(separator: "\n")
    }

    /// Differing code blocks on one page at and above which, when they are most of
    /// its blocks, the page is one finding.
    static let pageMinimum = 3

    /// `code` without its comments: `//` and `#` (after a space or at a line's
    /// start, so `https://` and `#id` stay) to the end of the line,
    /// `/* … */` and `<!-- … -->`, and BASIC's `'` and `REM` (after a space
    /// or at a line's start; a `'` only when no other `'` follows on its
    /// line, so a quoted string stays). Translators translate comments, as
    /// they should, and a help set may write one marker for the other; the
    /// code around them is what must match.
    ///
    /// - Parameter keepingLines: a comment over several lines leaves its
    ///   line feeds, so that the code keeps its lines.
    static func withoutComments(_ code: String, keepingLines: Bool = false) -> String {
        guard code.contains("//") || code.contains("#") || code.contains("/*") || code.contains("<!--")
            || code.contains("'") || code.range(of: "rem", options: .caseInsensitive) != nil else {
            return code
        }
        var text = code
        for (open, close) in [("/*", "*/"), ("<!--", "-->")] {
            while let start = text.range(of: open),
                  let end = text.range(of: close, range: start.upperBound..<text.endIndex) {
                let lineFeeds = keepingLines ? String(text[start.lowerBound..<end.upperBound].filter { $0 == "\n" }) : ""
                text.replaceSubrange(start.lowerBound..<end.upperBound, with: lineFeeds)
            }
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            var previous: Character = " "
            var index = line.startIndex
            while index < line.endIndex {
                let next = line.index(after: index)
                let rest = line[index...]
                let startsComment = previous.isWhitespace
                    && (rest.hasPrefix("//")
                        // `# note`, and `#설명` (a Korean comment written without the space).
                        || (line[index] == "#" && (next == line.endIndex || line[next] == " "
                                                   || Script.isHangulSyllable(line[next].unicodeScalars.first!)))
                        || (line[index] == "'" && !line[next...].contains("'")) || Self.isRemark(rest))
                if startsComment { return line[..<index] }
                previous = line[index]
                index = next
            }
            return line
        }.joined(separator: "\n")
    }

    /// Whether `text` opens with BASIC's `REM` keyword (any case) followed by
    /// a space or the line's end.
    private static func isRemark(_ text: Substring) -> Bool {
        guard text.count >= 3, text.prefix(3).lowercased() == "rem" else { return false }
        let after = text.dropFirst(3)
        return after.first.map(\.isWhitespace) ?? true
    }

    /// The code of a block's segments with each run of white space as one
    /// space, none next to a bracket, comma or semicolon, and no comma before
    /// a closing bracket: a formatter's choices (`isRoot = true,` before a
    /// line's `)`), not a change a reader acts on.
    static func code(_ pieces: [String]) -> String {
        let spaced = pieces.joined(separator: " ").split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        var result: [Character] = []
        result.reserveCapacity(spaced.count)
        let tight: Set<Character> = ["(", ")", "[", "]", "{", "}", ",", ";"]
        for character in spaced {
            if character == " ", let last = result.last, tight.contains(last) { continue }
            if tight.contains(character), result.last == " " { result.removeLast() }
            if ")]}".contains(character), result.last == "," { result.removeLast() }
            result.append(character)
        }
        return String(result)
    }

    /// `code` (as `code(_:)` gives it, trailing commas gone) as compared:
    /// case, white space, parentheses and semicolons left out. They are what
    /// a formatter changes between two copies of one example (`(t) => t.id`
    /// and `t => t.id`, a semicolon a linter adds, a JSX branch wrapped in
    /// parentheses; React's Korean and English docs differ so in most of
    /// their code blocks), and no reader acts on them. A comma between two
    /// parameters still counts: without it the example does not run (Vite's
    /// Korean `defaultMode = 'development'` before another parameter). Case:
    /// the help sets whose code examples differ in case are in languages that
    /// ignore it (BASIC's GoTo and Goto, SQL's select and SELECT). Quotes:
    /// a formatter writes `'foo'` as `"foo"` (MDN's English examples after
    /// Prettier, the Korean ones before), and a configuration file or a
    /// shell quotes a word or not (`Alias "/docs" "/var/web"` in the httpd
    /// manual's newer English, `Alias /docs /var/web` in its Korean): the
    /// quote marks are left out, the words they hold compared. Declarations:
    /// an example brought up to date declares with `const` or `let` what it
    /// declared with `var` (MDN's English since 2022), which tells its
    /// reader nothing new; the three are one word here.
    static func formatted(_ code: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in declarationsNeutral(code).lowercased().unicodeScalars
        where !"();\"'".unicodeScalars.contains(scalar) && !scalar.properties.isWhitespace {
            result.append(scalar)
        }
        return String(result)
    }

    /// `code` with the words `var` and `let` written `const`.
    static func declarationsNeutral(_ code: String) -> String {
        guard code.contains("var") || code.contains("let") else { return code }
        var result = "", word = ""
        func flush() {
            result += word == "var" || word == "let" ? "const" : word
            word = ""
        }
        for character in code {
            if character.isLetter || character.isNumber || character == "_" || character == "$" {
                word.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    /// True when the two blocks are the same code as `formatted` compares
    /// it, the country mirror they name aside (`LinkAddress.localMirrorsNeutral`):
    /// `ftp.kr.debian.org` in the Korean example for `http.us.debian.org` in the English one.
    static func isSameCode(_ source: String, _ target: String) -> Bool {
        formatted(LinkAddress.localMirrorsNeutral(source)) == formatted(LinkAddress.localMirrorsNeutral(target))
    }

    /// True when the two blocks are the same once a shell prompt opening a
    /// line (`$ `, `# `, `% `) is left out: a transcript shown with the root
    /// prompt on one page (`# apt clean`) and without it on the other. (A `#`
    /// line alone reads as a comment, which would leave that block empty.)
    static func differsOnlyInPrompts(_ source: String, _ target: String) -> Bool {
        func withoutPrompts(_ code: String) -> String {
            code.split(separator: "\n").map { line -> Substring in
                let trimmed = line.drop { $0 == " " || $0 == "\t" }
                for prompt in ["$ ", "# ", "% "] where trimmed.hasPrefix(prompt) { return trimmed.dropFirst(2) }
                return trimmed
            }.joined(separator: "\n")
        }
        let (a, b) = (formatted(withoutPrompts(source)), formatted(withoutPrompts(target)))
        return !a.isEmpty && a == b
    }

    /// True when one block has Korean and the two are the same code once the
    /// text a translator translates is left out of both: the contents of
    /// quoted strings and the text of markup (`<h1>{roomId} 방에 오신 것을
    /// 환영합니다!</h1>` for `<h1>Welcome to the {roomId} room!</h1>`,
    /// `<option value="일반">일반</option>`). Korean sentences put the words in
    /// another order, so the Korean cannot stand in the English text's place
    /// word for word (`differsOnlyInTranslatedWords`). A block with no Korean
    /// was not translated, and any difference in it is one.
    static func differsOnlyInTranslatedText(_ source: String, _ target: String) -> Bool {
        guard Script.containsHangul(source) || Script.containsHangul(target) else { return false }
        let (a, b) = (withoutText(source), withoutText(target))
        return !Script.containsHangul(a) && !Script.containsHangul(b) && formatted(a) == formatted(b)
    }

    /// `code` with the contents of its quoted strings (on one line) and the
    /// text of its markup taken out: what follows a tag's `>` or an
    /// expression's `}` up to the next `<` (or, after a `>`, a `{`), when it
    /// has a letter and nothing of code (`=`, `(`, `;`) in it. The `>` of an
    /// arrow (`=>`, `->`) opens no text.
    static func withoutText(_ code: String) -> String {
        let characters = Array(code)
        var result: [Character] = []
        result.reserveCapacity(characters.count)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            result.append(character)
            index += 1
            let opensText = (character == ">" && !(index >= 2 && "=-".contains(characters[index - 2]))) || character == "}"
            if opensText {
                var end = index, hasLetter = false, isText = true
                while end < characters.count, characters[end] != "<", !(character == ">" && characters[end] == "{") {
                    let next = characters[end]
                    if "=(;".contains(next) || next == "\n" && character == "}" { isText = false; break }
                    if next.isLetter { hasLetter = true }
                    end += 1
                }
                if isText, hasLetter, end < characters.count { index = end }
            } else if character == "\"" || character == "'" || character == "`" {
                var end = index
                while end < characters.count, characters[end] != character, characters[end] != "\n" { end += 1 }
                if end < characters.count, characters[end] == character { index = end }
            }
        }
        return String(result)
    }

    /// True when the two blocks differ only where one has Korean: a
    /// placeholder or comment the translator translated (`service 패키지
    /// status` for `service package status`, `{{경로/대상/파일}}` for
    /// `{{path/to/file}}`: a token with Korean in it is one word,
    /// `koreanTokensAsWords`), or a string a program shows
    /// its user (`InputBox("각도 입력: ")` for `InputBox("Enter the angle")`:
    /// a quoted string with Korean in it stands for any string), which
    /// readers expect. Case is ignored, as in the comparison itself.
    static func differsOnlyInTranslatedWords(_ source: String, _ target: String) -> Bool {
        let (written, other) = Script.containsHangul(source) ? (source, target) : (target, source)
        guard Script.containsHangul(written), !Script.containsHangul(other) else { return false }
        let korean = koreanTokensAsWords(koreanStringsAsWords(written))
        // Each run of Korean words (with the spaces between them) stands for any text.
        var pattern = "^", literal = "", inKorean = false
        var pendingSpace = ""
        for character in korean {
            let isKorean = character.unicodeScalars.contains(where: Script.isHangul)
            if isKorean {
                if !inKorean {
                    pattern += NSRegularExpression.escapedPattern(for: literal) + ".+?"
                    literal = ""
                }
                pendingSpace = ""
                inKorean = true
            } else if inKorean, character == " " {
                pendingSpace.append(character)
            } else {
                literal += pendingSpace
                pendingSpace = ""
                literal.append(character)
                inKorean = false
            }
        }
        pattern += NSRegularExpression.escapedPattern(for: literal + pendingSpace) + "$"
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators,
                                                                                  .caseInsensitive]) else {
            return false
        }
        return expression.firstMatch(in: other, range: NSRange(other.startIndex..., in: other)) != nil
    }

    /// True when the blocks have the same lines and each line that differs
    /// is the same code up to where one side's line turns into Korean prose
    /// (or up to the column that prose is in),
    /// with the same numbers: a command's help (`--debug  자세한(verbose)
    /// 출력 활성화` for `--debug  enable verbose output`), a table of
    /// options, a prose line of an example. A translator writes such prose
    /// freely, with English glosses in brackets, which no pattern of the
    /// English words can follow (`differsOnlyInTranslatedWords`); a changed
    /// option, flag or default (`(기본값 50)` for `(default 100)`) is still
    /// a difference.
    static func differsOnlyInTranslatedLines(_ source: String, _ target: String) -> Bool {
        let (written, other) = Script.containsHangul(target) ? (target, source) : (source, target)
        guard Script.containsHangul(written) else { return false }
        func lines(_ code: String) -> [Substring] {
            withoutComments(code, keepingLines: true).split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
        }
        let (koreanLines, otherLines) = (lines(written), lines(other))
        guard koreanLines.count == otherLines.count else { return false }
        for (korean, line) in zip(koreanLines, otherLines) {
            let comparedLine = formatted(code([String(line)]))
            if formatted(code([String(korean)])) == comparedLine { continue }
            guard let firstKorean = korean.split(separator: " ").first(where: { Script.containsHangul(String($0)) }),
                  !Script.containsHangul(String(line)), digitRuns(korean) == digitRuns(line) else { return false }
            // In a table of options the prose is a column, after two or more
            // spaces, and may open with a word kept in English (`verify 명령어에
            // 대한 도움말` for `help for verify`): the code ends at the column.
            // Without a column, the line's Korean end must be prose: no Latin
            // letters outside brackets (`패키지 stop` and `onClick={…}>포커스`
            // are code with a word translated, left to the other tests).
            var code = korean[..<firstKorean.startIndex]
            // A column follows code; indentation is none.
            let indented = code.drop(while: \.isWhitespace)
            if let column = indented.ranges(of: "  ").last {
                code = code[..<column.lowerBound]
            } else if hasLatinOutsideBrackets(korean[firstKorean.startIndex...]) {
                return false
            }
            let head = formatted(Self.code([String(code)]))
            guard comparedLine.hasPrefix(head), comparedLine.count > head.count else { return false }
        }
        return true
    }

    /// True when the code lines (those without Korean) are the other side's
    /// lines in order, and the Korean lines are a translation of the lines
    /// left over, which are prose: their Latin words and digits are those of
    /// the English prose, in any order and line breaking (a report template
    /// whose instructions the translator rewrapped and reordered, a licence
    /// notice shown as a block).
    static func differsOnlyInTranslatedProse(_ source: String, _ target: String) -> Bool {
        let (written, other) = Script.containsHangul(target) ? (target, source) : (source, target)
        guard Script.containsHangul(written), !Script.containsHangul(other) else { return false }
        func lines(_ code: String) -> [Substring] {
            code.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
        }
        // Each English line with its key, made once: a block of n lines is searched n times.
        var remaining = lines(other).map { (line: $0, key: formatted(String($0))) }
        var korean: [Substring] = []
        var next = 0
        for line in lines(written) {
            if Script.containsHangul(String(line)) {
                korean.append(line)
                continue
            }
            let key = formatted(String(line))
            guard let match = remaining[next...].firstIndex(where: { $0.key == key }) else { return false }
            remaining.remove(at: match)
            next = match
        }
        // What is left of the English is prose: words, not code.
        let koreanText = korean.joined(separator: " ")[...]
        let englishText = remaining.map(\.line).joined(separator: " ")[...]
        guard !korean.isEmpty, !remaining.isEmpty, remaining.allSatisfy({ isProse($0.line, keeping: koreanText) })
        else { return false }
        return latinWords(koreanText).isSubset(of: latinWords(englishText))
            && digitRuns(koreanText) == digitRuns(englishText)
    }

    /// A line of English prose: three words or more, mostly letters and
    /// spaces, and no word of code (an option `--debug`, `f(x)`, `a=b`,
    /// `{name}`, `snake_case`; a path is a word of prose) but those the
    /// translation keeps as written (`df -Tl` in its Korean).
    private static func isProse(_ line: Substring, keeping translation: Substring) -> Bool {
        let words = line.split(whereSeparator: \.isWhitespace)
        let letters = line.count { $0.isLetter || $0 == " " }
        let trim = CharacterSet(charactersIn: ".,;:!?\"'()<>")
        // Most words are words: `xdg-settings set default-web-browser` is a command.
        let plain = words.count { $0.trimmingCharacters(in: trim).allSatisfy(\.isLetter) && $0.contains(where: \.isLetter) }
        guard plain >= 3, 2 * plain >= words.count, letters * 10 >= line.count * 8 else { return false }
        return words.allSatisfy { word in
            let core = word.trimmingCharacters(in: trim)
            return !core.hasPrefix("-") && !core.contains(where: { "=_{}()[]+;$".contains($0) })
                || translation.contains(core)
        }
    }

    /// The runs of ASCII letters in `text`, lower-cased.
    private static func latinWords(_ text: Substring) -> Set<Substring> {
        Set(text.lowercased().split(whereSeparator: { !($0.isASCII && $0.isLetter) }).map { Substring($0) })
    }

    /// Whether `text` has an ASCII letter outside round brackets (a gloss:
    /// `장황한(verbose)`).
    private static func hasLatinOutsideBrackets(_ text: Substring) -> Bool {
        var depth = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"): depth = max(0, depth - 1)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): if depth == 0 { return true }
            default: break
            }
        }
        return false
    }

    /// The runs of ASCII digits in `text`, sorted: the numbers a line states.
    private static func digitRuns(_ text: Substring) -> [Substring] {
        text.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).sorted()
    }

    /// `code` with each token that has Korean in it (between white space,
    /// brackets, quotes and `= , : ; |`) as one Korean word: a placeholder
    /// the translator wrote with an English word glued to the Korean
    /// (`{{경로/대상/beam파일에_관한_디렉토리}}`) stands for any text as a whole.
    static func koreanTokensAsWords(_ code: String) -> String {
        guard Script.containsHangul(code) else { return code }
        var result = "", token = ""
        func flush() {
            result += Script.containsHangul(token) ? "가" : token
            token = ""
        }
        for character in code {
            if character.isWhitespace || "{}[]()\"'<>=,:;|".contains(character) {
                flush()
                result.append(character)
            } else {
                token.append(character)
            }
        }
        flush()
        return result
    }

    /// `code` with the text of each quoted string that has Korean in it
    /// (double or single quotes, on one line) as one Korean word, so that
    /// the whole string, punctuation and all, stands for any text.
    static func koreanStringsAsWords(_ code: String) -> String {
        var result = "", quoted = "", quote: Character?
        for character in code {
            if let open = quote {
                if character == open {
                    result += Script.containsHangul(quoted) ? "가" : quoted
                    result.append(character)
                    quote = nil
                } else if character == "\n" {
                    result += quoted
                    result.append(character)
                    quote = nil
                } else {
                    quoted.append(character)
                }
            } else {
                result.append(character)
                if character == "\"" || character == "'" {
                    quote = character
                    quoted = ""
                }
            }
        }
        if quote != nil { result += quoted }
        return result
    }

    /// The UTF-16 offset in `target` of the start of its first line that
    /// differs from `source`'s code, as the block is compared (comments
    /// left out, formatting and translated words no difference): the line a
    /// reader must correct. When both have as many lines, line by line;
    /// otherwise as one running text, so that re-wrapped code is no change.
    /// Nil when no line is found (code cut at its end).
    static func firstChangedLine(_ source: String, _ target: String) -> Int? {
        func compared(_ line: Substring) -> String { formatted(code([String(line)])) }
        let sourceLines = withoutComments(source, keepingLines: true).split(separator: "\n", omittingEmptySubsequences: false)
        let targetLines = withoutComments(target, keepingLines: true).split(separator: "\n", omittingEmptySubsequences: false)
        let originalLines = target.split(separator: "\n", omittingEmptySubsequences: false)
        guard targetLines.count == originalLines.count else { return nil }
        var offsets: [Int] = [], offset = 0
        for line in originalLines {
            offsets.append(offset)
            offset += line.utf16.count + 1
        }
        if sourceLines.count == targetLines.count {
            return targetLines.indices.first { index in
                let (a, b) = (String(sourceLines[index]), String(targetLines[index]))
                return compared(sourceLines[index]) != compared(targetLines[index])
                    && !differsOnlyInTranslatedWords(a, b) && !differsOnlyInTranslatedText(a, b)
            }.map { offsets[$0] }
        }
        var rest = sourceLines.map(compared).joined()[...]
        for (index, line) in targetLines.enumerated() {
            let piece = compared(line)
            guard rest.hasPrefix(piece) else { return offsets[index] }
            rest = rest.dropFirst(piece.count)
        }
        return nil
    }

    /// The target from the first word that differs, so the reader sees where.
    /// A block's code as a message quotes it: comments left out, each run
    /// of white space one space, and spaces around brackets kept as
    /// written (`--maxdays {{10}}`, which `code(_:)` would close up).
    static func shown(_ pieces: [String]) -> String {
        pieces.map { withoutComments($0) }.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func firstDifference(_ source: String, _ target: String) -> String {
        let common = zip(source, target).prefix { $0 == $1 }.count
        var start = target.index(target.startIndex, offsetBy: common)
        while start > target.startIndex, !target[target.index(before: start)].isWhitespace {
            start = target.index(before: start)
        }
        return String(target[start...])
    }

    /// A block of code of its own (`<pre>`, a Markdown fence), not a
    /// paragraph that is only inline code, which a translator may write
    /// as prose.
    static func isCodeBlock(_ unit: MemoryUnit) -> Bool {
        guard let path = unit.sourcePath ?? unit.targetPath else { return false }
        let last = path.split(separator: "/").last ?? ""
        return last.hasPrefix("pre[") || last.hasPrefix("pre#")
    }

    /// What a message about a code block on one page only says, and what
    /// `UntranslatedSections` reads it by.
    static let noCounterpart = "has no counterpart on the"

    fileprivate static func oneSidedMessage(_ code: String, has: Language, lacks: Language) -> String {
        "the \(has.name) code block '\(code.excerpt(30))' \(noCounterpart) \(lacks.name) page; "
            + "copy it there, or delete it if it no longer belongs"
    }

    fileprivate static func message(_ difference: String, _ target: Language, _ source: Language) -> String {
        let shown = difference.isEmpty ? "at its end" : "from '\(difference.excerpt(30))'"
        return "the \(target.name) code block differs from the \(source.name) one \(shown); "
            + "make them the same, or mark a deliberate change with data-dari-ignore"
    }
}
