import DariGlossary
import DariMemory
import DariModel
import DariText

/// `hangul-in-target`: Korean left in English text (a caption, a heading, a
/// phrase), whichever language is the original. Runs on every English
/// segment, paired or not, so an English page with no Korean counterpart
/// still gets its leftover Korean flagged.
///
/// Hangul wholly inside parentheses after English ("kimchi (김치)") is a gloss,
/// not a leftover, and is not reported. A target that is a copy of its
/// source is `target-equals-source`'s finding, not this one's.
public struct HangulInTarget: Check {
    public static let id = "hangul-in-target"
    public static let defaultSeverity = Severity.error
    public static let summary = "Korean text is left in English content."
    public static let example = "en/newcomers.html:50: error: [hangul-in-target] the English text contains Korean "
        + "'강 집사의 손을 잡고 기도하는 백 집사'; translate it"
    public static let details = """
        Runs on every English segment whichever language is the original, paired or not, so an English page with no Korean counterpart still \
        gets its leftover Korean flagged. Hangul wholly inside parentheses after English ("kimchi (김치)") is \
        a gloss, not a leftover, and is not reported, nor is a word the English talks about in quotes (up to \
        three words: "particles like '이/가'"), nor a name or term of up to three words glossed in \
        English right after it ("성우현 (Woohyun Sung)"), a name in both scripts in one parenthesis \
        ("(성우현 | Woohyun Sung)"), or the language's own name in a list of translations (한국어); a target \
        that is a copy of its source is `target-equals-source`'s finding.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        guard let side = input.side(of: .english) else { return }
        // By index, the record bound only past the first test: a record bound
        // first was copied (its strings retained and released) for every segment.
        let records = input.segments
        for index in records.indices {
            guard let text = side == .target ? records[index].translatedTarget : records[index].source,
                  Script.containsHangul(text)
            else { continue }
            let record = records[index]
            // A whole copy of the Korean is `target-equals-source`'s finding.
            if record.isCopy, record.translatedTarget != nil { continue }
            let runs = Self.hangulRuns(text)
            guard !runs.isEmpty else { continue }
            // The finding points at the line of the first Korean run, not the sentence's first line.
            findings.report(record, in: input, side: side, message: Self.message(runs), onlyItsSide: true,
                            at: runs[0].split(whereSeparator: \.isWhitespace).first.map(String.init))
        }
    }

    /// The language's own name, which a language switcher or a list of
    /// translations writes in Hangul on every page ("Docs in other languages:
    /// 简体中文, 日本語, 한국어").
    static let autonyms: Set<String> = ["한국어", "한국어판", "조선말", "조선어"]

    /// How many words a Korean name or term glossed in parentheses has at
    /// most: a longer stretch is a sentence left in Korean, whatever follows it.
    static let maximumGlossedWords = 3

    /// Whether a parenthesis holds one name in Hangul and in Latin letters,
    /// apart by a separator, as changelogs credit authors ("(성우현 | Woohyun
    /// Sung)", "(Kim Minji / 김민지)").
    static func isNameInBothScripts(_ inside: String) -> Bool {
        let parts = inside.dropFirst().split(whereSeparator: { "|/,;·".contains($0) })
            .map { String($0).trimmingCharacters() }
        // Each part a short name in one script alone: true for Hangul, false for Latin, nil for neither or both.
        func script(_ part: String) -> Bool? {
            let hangul = part.unicodeScalars.contains(where: Script.isHangul)
            let latin = part.unicodeScalars.contains(where: Script.isLatinLetter)
            guard hangul != latin, part.split(separator: " ").count <= maximumGlossedWords else { return nil }
            return hangul
        }
        guard parts.count == 2, let first = script(parts[0]), let second = script(parts[1]) else { return false }
        return first != second
    }

    /// The stretches of Korean (Hangul words and the spaces and punctuation
    /// between them) outside parenthesised glosses, in order.
    static func hangulRuns(_ text: String) -> [String] {
        let shown = Array(text.unicodeScalars), seen = withoutQuotedMentions(shown)
        var runs: [String] = []
        var current = ""
        var pendingGap = ""
        var depth = 0
        var parenthesisHasLatin: [Bool] = []
        // Each open parenthesis's text as written, and whether Korean other than a mention is in it.
        var parenthesised: [(text: String, hasKorean: Bool)] = []
        for (scalar, original) in zip(seen, shown) {
            if scalar == "(" || scalar == "（" {
                depth += 1
                parenthesisHasLatin.append(false)
                parenthesised.append(("", false))
            } else if scalar == ")" || scalar == "）", depth > 0 {
                depth -= 1
                let hadLatin = parenthesisHasLatin.removeLast()
                let inside = parenthesised.removeLast()
                // A gloss holds Korean only; "(a 탈북민 group)" is a leftover,
                // "(성우현 | Woohyun Sung)" one name in both scripts.
                if hadLatin, inside.hasKorean, !isNameInBothScripts(inside.text) {
                    runs.append(String(inside.text.dropFirst()).trimmingCharacters())  // without its opening parenthesis
                }
                // A name or term glossed in English right after it: 성우현 (Woohyun Sung).
                if depth == 0, hadLatin, !Script.containsHangul(inside.text), pendingGap.allSatisfy(\.isWhitespace),
                   current.split(whereSeparator: \.isWhitespace).count <= maximumGlossedWords {
                    current = ""
                    pendingGap = ""
                    continue
                }
            }
            if depth > 0 {
                parenthesised[parenthesised.count - 1].text.unicodeScalars.append(original)
                if Script.isHangul(scalar) { parenthesised[parenthesised.count - 1].hasKorean = true }
                if Script.isLatinLetter(scalar) { parenthesisHasLatin[parenthesisHasLatin.count - 1] = true }
                continue
            }
            if Script.isHangul(scalar) {
                current += pendingGap
                pendingGap = ""
                current.unicodeScalars.append(original)
            } else if !current.isEmpty, !Script.isLatinLetter(scalar), scalar != "(" {
                pendingGap.unicodeScalars.append(original)
            } else if !current.isEmpty {
                runs.append(current)
                current = ""
                pendingGap = ""
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs.map { $0.trimmingCharacters() }.filter { !$0.isEmpty && !autonyms.contains($0) }
    }

    /// `scalars` with the Korean of each short quotation as spaces: a word
    /// the English talks about ("particles like '이/가'", "the word '라면'")
    /// is mentioned, not left untranslated. Up to three words and twenty
    /// characters between quotes ('', "", ‘’, “”; an ASCII `'` only after a
    /// non-letter, so "Korea's" opens nothing).
    static func withoutQuotedMentions(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let closing: [Unicode.Scalar: Unicode.Scalar] = ["'": "'", "\"": "\"", "‘": "’", "“": "”"]
        guard scalars.contains(where: { closing[$0] != nil }) else { return scalars }
        var result = scalars
        var index = 0
        while index < scalars.count {
            defer { index += 1 }
            guard let close = closing[scalars[index]],
                  scalars[index] != "'" || index == 0 || !scalars[index - 1].properties.isAlphabetic,
                  let end = scalars[(index + 1)...].prefix(21).firstIndex(of: close), end > index + 1 else { continue }
            let inside = scalars[(index + 1)..<end]
            guard inside.contains(where: Script.isHangul),
                  String(String.UnicodeScalarView(inside)).split(whereSeparator: \.isWhitespace).count <= 3 else { continue }
            for position in (index + 1)..<end where Script.isHangul(scalars[position]) { result[position] = " " }
            index = end
        }
        return result
    }

    fileprivate static func message(_ runs: [String]) -> String {
        let quoted = runs.prefix(3).map { "'\($0.excerpt(40))'" }.joined(separator: ", ")
        return "the English text contains Korean \(quoted)\(runs.count > 3 ? " and more" : ""); translate it"
    }
}

extension String {
    /// Without leading and trailing whitespace and sentence punctuation.
    func trimmingCharacters() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        let strip: (Unicode.Scalar) -> Bool = { $0.properties.isWhitespace || ",.;:·".unicodeScalars.contains($0) }
        while let first = scalars.first, strip(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, strip(last) { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
