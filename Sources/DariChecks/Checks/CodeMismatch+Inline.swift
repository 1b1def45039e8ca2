import Foundation
import DariModel
import DariText

/// Inline code that differs between a sentence and its translation: an
/// identifier, a type or an option the original changed and the translation
/// still shows as it was (`string | true` for `string[] | true`,
/// `defaultClientConditions` for `defaultServerConditions`,
/// `optimizeDeps.esbuildOptions` for `optimizeDeps.rolldownOptions`).
extension CodeMismatch {
    /// Reports each translated block whose inline code the translation
    /// changed. Only a changed code counts: one the translation drops or
    /// adds may be a translator's choice of wording (an English name kept in
    /// code on one side only), and code with Korean in it was translated.
    static func reportChangedInlineCode(_ input: CheckInput, into findings: inout FindingCollector) {
        let records = input.segments
        var pageCodes: (file: Int, source: Set<String>, target: Set<String>)?
        // A block as a whole: the aligner may cut it into sentences differently on each side.
        for block in SegmentRecord.blocks(of: records) {
            let first = records[block.lowerBound]
            let members = records[block].filter {
                $0.hasSource && $0.translatedTarget != nil && !input.isPairedByPositionOnly($0) && ($0.score ?? 1) >= 0.85
            }
            guard !members.isEmpty, members.count == block.count else { continue }
            var source: [String] = [], target: [(code: String, record: SegmentRecord)] = []
            var sourceText = "", targetText = ""
            for record in members {
                let segment = input.segment(of: record)
                source += inlineCodes(segment.source)
                target += inlineCodes(segment.target ?? []).map { ($0, record) }
                sourceText += segment.sourceText
                targetText += segment.targetText ?? ""
            }
            guard !source.isEmpty, !target.isEmpty else { continue }
            // One finding for the block, at its first changed code. The text must say it
            // too: the target fewer times what the source says, and more times what it
            // says instead. Otherwise one side only wrote more of it as code (`/bin/login`
            // and `login`), and the words are there.
            func count(_ code: String, in text: String) -> Int { text.ranges(of: code).count }
            // Both codes on both pages: the paragraphs are in another order on one
            // page (and paired crosswise), not a code changed.
            if pageCodes?.file != first.fileIndex { pageCodes = codes(ofFile: first.fileIndex, in: input) }
            let changes = changedCodes(source, target.map(\.code)).filter {
                count($0.source, in: targetText) < count($0.source, in: sourceText)
                    && count($0.target, in: sourceText) < count($0.target, in: targetText)
                    && !(pageCodes!.target.contains($0.source) && pageCodes!.source.contains($0.target))
            }
            guard let first = target.first(where: { code in changes.contains { $0.target == code.code } }) else { continue }
            let (targetName, sourceName) = (input.memory.targetLanguage.name, input.memory.sourceLanguage.name)
            let others = changes.filter { $0.target != first.code }.prefix(2)
                .map { ", and '\($0.target)' where it has '\($0.source)'" }.joined()
            let change = changes.first { $0.target == first.code }!
            findings.report(first.record, in: input, side: .target,
                            message: "the \(targetName) has the code '\(change.target)' where the \(sourceName) has "
                                + "'\(change.source)'\(others); update the code", at: change.target)
        }
    }

    /// Every inline code on each page of a page pair.
    private static func codes(ofFile fileIndex: Int, in input: CheckInput)
        -> (file: Int, source: Set<String>, target: Set<String>) {
        var source = Set<String>(), target = Set<String>()
        for unit in input.memory.files[fileIndex].units where unit.kind != .code {
            for segment in unit.segments {
                source.formUnion(inlineCodes(segment.source))
                target.formUnion(inlineCodes(segment.target ?? []))
            }
        }
        return (fileIndex, source, target)
    }

    /// The text of each inline code element (`InlineContent.codeElements`)
    /// in `content`, white space as one space.
    static func inlineCodes(_ content: [InlineContent]) -> [String] {
        var codes: [String] = [], open: (id: Int, text: String)?
        for piece in content {
            switch piece {
            case let .start(id, element, _) where open == nil && InlineContent.codeElements.contains(element):
                open = (id, "")
            case let .text(text):
                open?.text += text
            case let .end(id, _, _) where open?.id == id:
                let code = open!.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if !code.isEmpty { codes.append(code) }
                open = nil
            default:
                continue
            }
        }
        return codes
    }

    /// The codes of `target` that stand where `source` has another version
    /// of the same code: each code on one side only (compared as code
    /// blocks are, `formatted`) paired with one on the other side that
    /// shares a word with it (`defaultClientConditions` and
    /// `defaultServerConditions` share `default` and `Conditions`). Codes
    /// with Korean are translated text, not code.
    static func changedCodes(_ source: [String], _ target: [String]) -> [(source: String, target: String)] {
        func isCode(_ code: String) -> Bool { !Script.containsHangul(code) && code.contains(where: \.isLetter) }
        // As code blocks are compared; a JSX element written closed or not (`<select />`) is one element,
        // and a value quoted or not, or in other quotes (`'auto'`, `"auto"`, `rel=stylesheet`), one value.
        // A pipe escaped in a Markdown table (`String\|Number`) shows as a pipe. A language tag is
        // the reader's (`locale=ko_KR` for `locale=en_US`), and so is a mirror (`ftp.kr.debian.org`).
        func key(_ code: String) -> String {
            LinkAddress.languageTokensNeutral(formatted(LinkAddress.localMirrorsNeutral(code)))
                .replacingOccurrences(of: "/>", with: ">")
                .replacingOccurrences(of: "\\|", with: "|").filter { $0 != "\"" && $0 != "'" }
        }
        var unmatched = Dictionary(grouping: target.filter(isCode), by: key).mapValues(\.count)
        var missing: [String] = []
        for code in source where isCode(code) {
            let key = key(code)
            if let count = unmatched[key], count > 0 { unmatched[key] = count - 1 } else { missing.append(code) }
        }
        let extra = target.filter { isCode($0) && unmatched[key($0), default: 0] > 0 }
        guard !missing.isEmpty, !extra.isEmpty else { return [] }
        var changes: [(source: String, target: String)] = [], used = Set<Int>()
        for code in missing {
            let words = codeWords(code)
            // The same characters in another order are the same code (`boolean | 'a' | 'b'` and `boolean | 'b' | 'a'`).
            guard let match = extra.indices.first(where: {
                !used.contains($0) && !words.isDisjoint(with: codeWords(extra[$0]))
                    && key(code).sorted() != key(extra[$0]).sorted()
            }) else { continue }
            used.insert(match)
            changes.append((code, extra[match]))
        }
        return changes
    }

    /// The words of a code, lower-cased, of three letters or more: split at
    /// anything not a letter and where a lower-case letter meets an upper-case
    /// one (`optimizeDeps.esbuildOptions`: optimize, deps, esbuild, options).
    static func codeWords(_ code: String) -> Set<String> {
        var words = Set<String>(), word = ""
        var previous: Character = " "
        func flush() {
            if word.count >= 3 { words.insert(word.lowercased()) }
            word = ""
        }
        for character in code {
            if !character.isLetter || (character.isUppercase && previous.isLowercase) { flush() }
            if character.isLetter { word.append(character) }
            previous = character
        }
        flush()
        return words
    }
}
