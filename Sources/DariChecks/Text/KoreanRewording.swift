import DariText

/// Whether two Korean wordings of one sentence say the same thing in other
/// grammar: the same content words (names, code, numbers, and the stem of
/// every other word) in any order, with particles, endings, spacing and the
/// sentence-final predicate free to differ.
///
/// Measured on real sites: a sentence repeated on one page and translated
/// twice with a different ending or verb ("…설치 안내를 참조하십시오" and
/// "…설치 안내 읽으세요"; "지원되지 않습니다" and "지원하지 않습니다";
/// "현재 셀에 대한 참조를 자동으로" and "자동으로 현재 셀에 대한 참조를")
/// was judged noise by every reader (the Debian FAQ reviewer's gold,
/// LibreOffice's sample), while the groups judged real differ in a term
/// (도넛/원, 메서드/함수, 범례/설명선), a name or code (`Draw`/드로우,
/// `rel="preload"`/`rel="icon"`), or a menu path. Korean puts the predicate
/// last, so the final word carries the speech level and the verb a
/// translator chose; a term lives before it. Used for a sentence met in two
/// places only: boilerplate repeated in more ("Render a GIF image using stdin
/// and stdout:" on six pages) was judged worth unifying even when only an
/// ending differs.
enum KoreanRewording {
    /// True when `a` and `b` differ only as rewordings do.
    static func isRewording(_ a: String, _ b: String) -> Bool {
        let first = Words(a), second = Words(b)
        guard first.latin == second.latin, first.negations == second.negations else { return false }
        return first.coresBeforePredicate.isSubset(of: second.cores.union(second.syllables))
            && second.coresBeforePredicate.isSubset(of: first.cores.union(first.syllables))
    }

    /// A wording read as content: Latin words and numbers as written, case
    /// kept (`GitHub` and `Github` are two spellings of a name); each
    /// Hangul word by its core, the word without its particles or a 하다/되다
    /// ending after a noun (안내를/안내, 지원되지/지원하지, 고유한/고유);
    /// one-syllable words and auxiliaries left out (수, 될,
    /// 있는, 겁니다: grammar, not content), though a one-syllable word is
    /// there for the other side's core (때 for 때는, 값 for 값을). The last word is the predicate
    /// when it ends as a verb does (합니다, 읽으세요, 열기): its core may
    /// differ; a last word that is a noun ("즉각적인 완결성.") may not.
    private struct Words {
        var latin: [String] = []
        var cores: Set<[Unicode.Scalar]> = []
        var coresBeforePredicate: Set<[Unicode.Scalar]> = []
        /// The one-syllable words: not content of their own, but the same
        /// word as a core with a particle on the other side (때 and 때는).
        var syllables: Set<[Unicode.Scalar]> = []
        var negations = 0

        init(_ text: String) {
            var hangulWords: [[Unicode.Scalar]] = []
            for word in text.split(whereSeparator: { $0.isWhitespace }) {
                var hangul: [Unicode.Scalar] = []
                var latinRun = ""
                func flushLatin() {
                    if !latinRun.isEmpty { latin.append(latinRun) }
                    latinRun = ""
                }
                for scalar in word.unicodeScalars {
                    if Script.isHangulSyllable(scalar) {
                        flushLatin()
                        hangul.append(scalar)
                    } else if scalar.isASCII, Script.isLatinLetter(scalar) || Script.isDigit(scalar) {
                        latinRun.unicodeScalars.append(scalar)
                    } else {
                        flushLatin()
                    }
                }
                flushLatin()
                if !hangul.isEmpty { hangulWords.append(hangul) }
            }
            latin.sort()
            for (position, word) in hangulWords.enumerated() {
                guard let stem = word.first else { continue }
                if Self.negationStarts.contains(stem) || word == ["안"] { negations += 1 }
                let isPredicate = position == hangulWords.count - 1 && Self.endsAsVerb(word)
                if word.count == 1 { syllables.insert(word) }
                guard word.count > 1, !Self.auxiliaryStarts.contains(stem) else { continue }
                let core = Self.core(of: word)
                cores.insert(core)
                if !isPredicate { coresBeforePredicate.insert(core) }
            }
        }

        /// The word without its trailing particles (`KoreanParticles`), or
        /// without a 하다/되다 ending after a noun of two or more syllables.
        static func core(of word: [Unicode.Scalar]) -> [Unicode.Scalar] {
            // The verb's noun first, so 다 and 요 are never read as particles of a verb (사용합니다).
            if word.count > 2, let index = word.indices.dropFirst(2).first(where: { verbSuffixStarts.contains(word[$0]) }) {
                return Array(word[..<index])
            }
            // The shortest stem whose rest is all particles (사람들에게도 → 사람), of two
            // syllables when there can be (아이도 → 아이, not 아 + 이도).
            let cuts = word.count > 2 ? Array(2..<word.count) + [1] : word.count == 2 ? [1] : []
            for cut in cuts where KoreanParticles.isEnding(word[cut...]) {
                return Array(word[..<cut])
            }
            return word
        }

        /// A final verb ending (합니다, 하세요, 하십시오, 할까, 하죠) or a verb made a noun (열기, 함, 됨).
        static func endsAsVerb(_ word: [Unicode.Scalar]) -> Bool {
            guard let last = word.last else { return false }
            return ["다", "요", "오", "까", "죠", "기", "함", "됨", "음", "임"].contains(last)
        }

        /// The syllables a 하다/되다 verb's ending starts with after its noun (지원하지, 지원되지, 설정합니다).
        static let verbSuffixStarts: Set<Unicode.Scalar> = ["하", "합", "한", "할", "해", "했", "되", "됩", "된", "될", "돼", "됐"]

        /// 않다, 못하다, 없다, 아니다: a wording that adds or drops one says the opposite.
        static let negationStarts: Set<Unicode.Scalar> = ["않", "못", "없", "아"]

        /// Auxiliary verbs and bound nouns that a rewording adds or drops
        /// (있는/있습니다, 겁니다/거예요, 것입니다, 되는/될, 하는/합니다): grammar, not content.
        static let auxiliaryStarts: Set<Unicode.Scalar> = ["있", "겁", "거", "것", "되", "될", "된", "하", "합"]
    }
}
