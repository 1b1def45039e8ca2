/// Words that continue the sentence before them even though it looks finished:
/// Korean quotative and connective forms after a quotation or a bare ending
/// ("…뭐지?? 하고 검색을", "…없었다.’라는 말이", "가보자 라며", "되나? 싶었는데").
enum Continuation {
    private static let koreanPrefixes: [[UInt16]] = (KoreanQuotative.particles + KoreanQuotative.gluedForms + [
        "하고", "하며", "하면서", "하는", "하니", "하곤", "하길래", "하던", "하자", "하셨", "하시", "했던",
        "싶", "또는", "혹은", "하더", "하드", "보니", "보면", "못해", "못하", "않", "못", "줬", "는", "등", "및", "와", "과", "로", "라", "의", "를", "을", "에", "도",
    ]).map { Array($0.utf16) }

    /// Words that are exactly one of the short forms above need to stand alone
    /// ("고" alone continues; "고양이" starts a sentence).
    private static let standaloneOnly: WordSet = WordSet(["며", "고", "는", "등", "및", "와", "과", "로", "라", "의", "를", "을", "에", "도"])

    /// The first syllables of `koreanPrefixes`: most words start with none of
    /// them, and one set lookup spares the 50 prefix comparisons.
    private static let koreanFirstSyllables = UnitSet(koreanPrefixes.compactMap(\.first))

    /// `koreanPrefixes` by first unit: a word that starts with 하 or 는 (many
    /// do) is compared with the few prefixes that start the same way, not all
    /// of them (issue 19, segmentation speed).
    private static let koreanPrefixesByFirst: [UInt16: [[UInt16]]] = Dictionary(grouping: koreanPrefixes) { $0.first ?? 0 }

    /// True when the Korean word at `units[start..<end]` continues the previous sentence.
    static func continuesKorean(_ units: [UInt16], start: Int, end: Int) -> Bool {
        guard start < end, koreanFirstSyllables.contains(units[start]),
              let candidates = koreanPrefixesByFirst[units[start]] else { return false }
        for prefix in candidates where units.hasPrefix(prefix, at: start) {
            if standaloneOnly.contains(prefix) {
                // Accept the bare form, or the form followed by punctuation ("고,").
                let after = start + prefix.count
                if after == end || !Scalars.isLetterOrDigit(units[after]) { return true }
                continue
            }
            return true
        }
        return false
    }

    /// True when `next` is 생각 ("think") or a finite form of 하다 after a bare
    /// -다 with no stop: a thought or a statement quoted without 고 ("매력이
    /// 있다 생각들었다", "좋다 생각했다", "조금 있다 하겠음", "…다 했는데").
    /// Measured on the tuning half of the Korean dev set ("있다 하겠음"); the
    /// forms are those that cannot open a sentence (not 하지만, 한편, 할머니).
    /// Verbs of assuming, regarding and believing take the same bare clause
    /// ("배포한다 가정하고", "끝났다 여기고", "옳다 믿는"; a Vite guide's sentence
    /// was cut there), in their verb forms only: 가정에서, 여기에, 믿음은 open sentences.
    static func continuesBareEnding(_ units: [UInt16], previous: Range<Int>, next: Range<Int>) -> Bool {
        units[previous.upperBound - 1] == Syllable.kB2E4
            && reportingPrefixes.contains { units.hasPrefix($0, at: next.lowerBound) }
    }

    private static let reportingPrefixes: [[UInt16]] = [
        "생각", "하겠", "했", "한다", "합니", "하였", "하더",
        "가정하", "가정한", "가정했", "가정합", "간주하", "간주한", "간주했", "간주합", "판단하", "판단한", "판단했",
        "판단합", "여기고", "여긴", "여겼", "여깁", "믿고", "믿는", "믿었", "믿습", "느끼고", "느낀", "느꼈",
    ]
        .map { Array($0.utf16) }

    /// True when a bare -다 is quoted before a negated 하다: "그릏다 안 한갑소",
    /// "좋다 못 했다" (measured on the tuning half of the Korean dev set:
    /// v_ending's "그릏다 ¦안 한갑소"). `next` is 안 or 못, `following` the word after.
    /// `following` is asked for only when the rest matches: finding the next
    /// word for every word was a measurable cost (issue 19).
    static func continuesNegatedReport(_ units: [UInt16], previous: Range<Int>, next: Range<Int>,
                                       following: () -> Range<Int>?) -> Bool {
        guard units[previous.upperBound - 1] == Syllable.kB2E4, next.count == 1,
              units[next.lowerBound] == Syllable.kC548 || units[next.lowerBound] == Syllable.kBABB,
              let following = following(), !following.isEmpty
        else { return false }
        return negatedVerbStarts.contains(units[following.lowerBound])
    }

    /// True when a bare -다 and the next word, another bare -다, alternate
    /// before a form of 하다: "껐다 켰다 해보세요", "왔다 갔다 했다", "열었다
    /// 닫았다 하며" (one action and its opposite, done by turns). Neither ends
    /// a sentence (React's Korean docs: "네트워크를 껐다 ¦켰다 ¦해보세요").
    /// The forms of 하다 are those that cannot open a sentence (not 하지만,
    /// 한편, 할머니).
    static func alternatesBeforeHada(_ units: [UInt16], previous: Range<Int>, next: Range<Int>,
                                     following: () -> Range<Int>?) -> Bool {
        guard units[previous.upperBound - 1] == Syllable.kB2E4, next.count >= 2,
              units[next.upperBound - 1] == Syllable.kB2E4, Scalars.isHangulSyllable(units[next.upperBound - 2]),
              let following = following(), !following.isEmpty
        else { return false }
        return alternationVerbPrefixes.contains { units.hasPrefix($0, at: following.lowerBound) }
    }

    private static let alternationVerbPrefixes: [[UInt16]] = [
        "해", "했", "합니", "하며", "하면", "하는", "하고", "한다", "하다", "하기", "하더", "하던", "하여", "하죠", "하네",
    ].map { Array($0.utf16) }

    /// True when a particle is glued to the closing quote or bracket before
    /// `boundary`: a quoted title that ends in its own stop is a noun of the
    /// sentence ("자세한 내용은 '주의하세요!'에서 확인할 수 있습니다", "“완료!”를
    /// 누르세요"; React's Korean docs link section titles so). ICU ends the
    /// sentence at the quote; a new sentence after a closing quote has a
    /// space before it.
    static func particleGluedToQuotation(_ units: [UInt16], boundary: Int, next: Int) -> Bool {
        guard next == boundary, boundary > 1, next < units.count,
              closingQuotes.contains(units[boundary - 1]), gluedParticleStarts.contains(units[next]) else { return false }
        return true
    }

    /// ' " ’ ” 」 』 ) ]
    private static let closingQuotes = UnitSet([0x27, 0x22, 0x2019, 0x201D, 0x300D, 0x300F, 0x29, 0x5D])

    /// The first syllables of the particles that glue to a noun: 에(서), 을, 를, 이(라는), 가, 은, 는,
    /// 의, 로, 으로, 와, 과, 도, 만, 까지, 부터, 처럼, 보다, 라는/라고, 하고.
    private static let gluedParticleStarts = UnitSet(
        ["에", "을", "를", "이", "가", "은", "는", "의", "로", "으", "와", "과", "도", "만", "까", "부", "처", "보", "라", "하"]
            .map { $0.utf16.first! })

    /// 하, 한, 할, 합, 했: the forms of 하다 after 안/못.
    private static let negatedVerbStarts = UnitSet(["하", "한", "할", "합", "했"].map { $0.utf16.first! })

    /// True when `next` (its trailing non-Hangul aside) needs the word
    /// before it and cannot open a sentence: a dependent noun or a
    /// confirmation (the two lists below). Both are looked up at once: the
    /// test runs for nearly every word (issue 19, segmentation speed).
    static func needsPreviousWord(_ units: [UInt16], _ next: Range<Int>) -> Bool {
        var end = next.upperBound
        while end > next.lowerBound, !Scalars.isHangulSyllable(units[end - 1]) { end -= 1 }
        return wordsNeedingPrevious.contains(units, next.lowerBound..<end)
    }

    private static let wordsNeedingPrevious = WordSet(dependentNouns + confirmations)

    /// Dependent nouns, which need the noun before them: "성실함 속에
    /// 담겨있는", "바쁨 때문에". A nominal -ㅁ form before one is a noun
    /// (sincerity), not a finished sentence (measured on the tuning half:
    /// "그 부지런함과 성실함 ¦속에 담겨있는").
    private static let dependentNouns = [
        "속에", "속에서", "속의", "속으로", "때문에", "때문이다", "때문이었다", "때문인지",
    ]

    /// Words that confirm the statement before them: "성덕임 맞음 ㅇㅇ",
    /// "나가게 되지 않지 맞다!" — 맞다 "(that's) right" in a finite form, alone
    /// (measured on the tuning half: "성덕임 ¦맞음 ㅇㅇ"). 맞은편, 맞춤 open sentences.
    private static let confirmations = [
        "맞음", "맞아", "맞다", "맞지", "맞죠", "맞네", "맞아요", "맞습니다", "맞음요",
    ]

    /// Verbs that take a question as their object: worrying, wondering, fearing,
    /// hesitating, intending ("드러날까 걱정하는", "갈까 고민 중", "떨어질까 봐",
    /// "왜 우냐 궁금해서", "갈까 해요", "갈까 말까").
    private static let questionTakingPrefixes: [[UInt16]] = [
        "걱정", "두렵", "두려", "무섭", "무서", "겁", "궁금", "고민", "염려", "우려", "불안", "조마조마",
        "망설", "의심", "생각", "싶", "봐", "보아", "말까", "말지", "해요", "해서", "했", "합니",
    ].map { Array($0.utf16) }

    /// True when `question` is a bare interrogative ending (-ㄹ까, -냐) that
    /// `next` takes as its object, so the question is an embedded clause.
    ///
    /// Demo-site failure: "구출 경로가 드러날까 걱정하는 사람들도" was split after
    /// 드러날까, because 할까 alone is a final ending. These verbs are checked only
    /// after such a question: as general continuations they glued any sentence
    /// that opens with them to the one before ("잘 끝났다. 걱정했는데…").
    /// A question before any other word still ends its sentence ("할 수
    /// 있을까 모두 궁금해했다"), and so does one written with "?", which the
    /// writer meant as a question ("어디로 갈까? 걱정하지 마세요").
    static func takesEmbeddedQuestion(_ units: [UInt16], question: Range<Int>, next: Range<Int>) -> Bool {
        guard question.count >= 2 else { return false }
        let last = units[question.upperBound - 1]
        let before = units[question.upperBound - 2]
        let isQuestion = (last == Syllable.kAE4C && Scalars.finalConsonant(before) == 8)  // -ㄹ까
            || (last == Syllable.kB0D0 && Scalars.isHangulSyllable(before))  // -냐
        guard isQuestion else { return false }
        return questionTakingPrefixes.contains { units.hasPrefix($0, at: next.lowerBound) }
    }
}
