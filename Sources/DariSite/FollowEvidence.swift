import DariAlignment
import DariModel
import DariText

/// Whether an edited translation follows an edit of its original: what
/// turns an outdated segment back into a translated one.
///
/// The original went from `previousSource` to `source`; the translation,
/// made for `previousSource`, went from `oldTarget` to `newTarget`. The
/// edit of the translation follows when it answers the edit of the
/// original, judged on the first of these that has evidence either way:
///
/// 1. **Numbers.** When the original's numbers changed, the numbers it
///    gained must have appeared in the translation and those it lost must
///    have left it: more of them in the new translation than in the old.
/// 2. **Words.** The words (eojeol, for Korean) the original gained or lost,
///    looked up in the aligner's word knowledge (lexicon, dictionary,
///    glossary, Latin words): the new translation has more counterparts of
///    the words gained, or fewer of the words lost, than the old one.
/// 3. **Length.** When the original grew or shrank by 10 % or more, the
///    translation moved the same way by at least a third as much.
///
/// With no evidence at all (a reworded sentence whose words the aligner does
/// not know, at the same length) the segment stays outdated: a typo fixed
/// in the translation must not hide the change of its original. A
/// translator who knows better accepts the finding in a baseline.
struct FollowEvidence {
    let aligner: any SentenceAligning
    /// The language of the original (the memory's source).
    let original: Language

    func follows(previousSource: String, source: String, oldTarget: String, newTarget: String) -> Bool {
        if let numbers = numberEvidence(previousSource, source, oldTarget, newTarget) { return numbers }
        if let words = wordEvidence(previousSource, source, oldTarget, newTarget) { return words }
        return lengthEvidence(previousSource, source, oldTarget, newTarget) ?? false
    }

    private func numbers(_ text: String, in language: Language) -> Set<Int64> {
        Set((language == .korean ? NumberReader.korean(text) : NumberReader.english(text)).map(\.canonical))
    }

    func numberEvidence(_ previousSource: String, _ source: String, _ oldTarget: String, _ newTarget: String) -> Bool? {
        let translation = original == .korean ? Language.english : .korean
        let before = numbers(previousSource, in: original), after = numbers(source, in: original)
        guard before != after else { return nil }
        let gained = after.subtracting(before), lost = before.subtracting(after)
        let old = numbers(oldTarget, in: translation), new = numbers(newTarget, in: translation)
        let score = gained.intersection(new).count - gained.intersection(old).count
            + lost.intersection(old).count - lost.intersection(new).count
        return score > 0
    }

    func wordEvidence(_ previousSource: String, _ source: String, _ oldTarget: String, _ newTarget: String) -> Bool? {
        let (gained, lost) = WordChanges.between(previousSource, source)
        func counterparts(_ words: [String], _ translation: String) -> Int {
            guard !words.isEmpty else { return 0 }
            let text = words.joined(separator: " ")
            // The aligner's word knowledge reads Korean → English.
            return original == .korean ? aligner.sharedWords(source: text, target: translation)
                : aligner.sharedWords(source: translation, target: text)
        }
        let score = counterparts(gained, newTarget) - counterparts(gained, oldTarget)
            + counterparts(lost, oldTarget) - counterparts(lost, newTarget)
        return score == 0 ? nil : score > 0
    }

    func lengthEvidence(_ previousSource: String, _ source: String, _ oldTarget: String, _ newTarget: String) -> Bool? {
        func length(_ text: String) -> Double { Double(text.unicodeScalars.filter { !$0.properties.isWhitespace }.count) }
        let before = length(previousSource), after = length(source)
        let oldLength = length(oldTarget), newLength = length(newTarget)
        guard before > 0, oldLength > 0 else { return nil }
        let sourceChange = after / before - 1, targetChange = newLength / oldLength - 1
        guard abs(sourceChange) >= 0.1 else { return nil }
        return sourceChange.sign == targetChange.sign && abs(targetChange) >= abs(sourceChange) / 3
    }
}

/// The words one text gained and lost against another (as multisets of
/// white-space-separated words: eojeol for Korean), in order.
enum WordChanges {
    static func between(_ before: String, _ after: String) -> (gained: [String], lost: [String]) {
        let old = words(before), new = words(after)
        var remaining: [String: Int] = [:]
        for word in old { remaining[word, default: 0] += 1 }
        var gained: [String] = []
        for word in new {
            if let count = remaining[word], count > 0 { remaining[word] = count - 1 } else { gained.append(word) }
        }
        var kept: [String: Int] = [:]
        for word in new { kept[word, default: 0] += 1 }
        var lost: [String] = []
        for word in old {
            if let count = kept[word], count > 0 { kept[word] = count - 1 } else { lost.append(word) }
        }
        return (gained, lost)
    }

    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map(String.init)
    }
}
