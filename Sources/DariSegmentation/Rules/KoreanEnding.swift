/// Recognises Korean sentence-final verb endings on a word (eojeol).
///
/// Korean web text often ends a sentence with no punctuation at all
/// ("맛있었어요 다만, …", "대비용임 한 번 보고…"); raw ICU then glues
/// sentences together (the bench's v_ending.txt: recall 0.04). A final ending
/// is recognised from the word's last one or two syllables, with the nouns
/// that look like endings excluded (바다 "sea", 필요 "need", 처음 "first").
enum KoreanEnding {
    /// True when the Hangul word `units[start..<end]` ends like a finished sentence.
    static func isFinal(_ units: [UInt16], start: Int, end: Int) -> Bool {
        let length = end - start
        guard length >= 1 else { return false }
        let last = units[end - 1]
        guard Scalars.isHangulSyllable(last) else { return false }
        let previous: UInt16? = length >= 2 ? units[end - 2] : nil
        if let previous, !Scalars.isHangulSyllable(previous) { return false }
        // The excluded words are at most three syllables; most words are longer.
        if length <= 3, excludedLastSyllables.contains(last), excludedWords.contains(units, start..<end) {
            return false
        }
        if dialectLastSyllables.contains(last), let suffixes = dialectSuffixesByLast[last] {
            for suffix in suffixes where units.hasSuffix(suffix, endingAt: end) && end - suffix.count >= start {
                // -아이가 follows a finished clause (했다아이가); the word 아이가
                // alone is 아이 "child" and the subject particle 가.
                if suffix == childSuffix, end - suffix.count == start || !Scalars.isHangulSyllable(units[end - 4]) {
                    continue
                }
                return true
            }
        }

        switch last {
        case Syllable.kB2E4:
            // A finished sentence: 했다/있다 (ㅆ), 한다/간다 (ㄴ), 것이다, 습니다, 같다,
            // 싶다, 좋다, 않다, 쉽다. A bare stem + 다 is usually the connective
            // -다(가) ("강을 건너다 숨진"), and 보다/마다 are particles.
            guard let previous, !particleLikeDa.contains(previous) else { return false }
            // 이다, 니다, and X하다 adjectives in plain form (쫀득쫀득하다, 조용하다).
            if previous == Syllable.kC774 || previous == Syllable.kB2C8 || previous == Syllable.kD558 { return true }
            return finalsBeforeDa.contains(Scalars.finalConsonant(previous))
        case Syllable.kC694:
            // Polite -요 after a one-syllable stem needs the stem's vowel (해요,
            // 봐요, 가요, 네요); a two-syllable word whose first syllable closes
            // with a consonant is a Sino-Korean noun (강요, 동요, 민요, 풍요, 중요).
            guard let previous else { return false }
            return length > 2 || Scalars.finalConsonant(previous) == 0
        case Syllable.kC8E0, Syllable.kC96C:
            return previous != nil
        case Syllable.kAE4C:
            // 할까, 일까 (ㄹ-final stem); 습니까/입니까 but not the connective 니까 (그러니까, 하니까).
            guard let previous else { return false }
            if previous == Syllable.kB2C8 {
                guard length >= 3 else { return false }
                let before = units[end - 3]
                return before == Syllable.kC2B5 || Scalars.finalConsonant(before) == 17  // ㅂ
            }
            return Scalars.finalConsonant(previous) == 8  // ㄹ
        case Syllable.kC9C0:
            // 했지, 잤지, 봐야지 — past or -야 before 지; not 까지, 하지 (않다).
            guard let previous else { return false }
            return Scalars.finalConsonant(previous) == 20 || previous == Syllable.kC57C
        case Syllable.kD600, Syllable.kACA8:
            // Chungcheong 혀 / 겨 ("솔이라고 혀", "카는 겨") only as a word of their own.
            return previous == nil
        case Syllable.kB0D0:
            return previous != nil
        case Syllable.kB124:
            // 좋네, 있네, 하네, 되네; not 우리네, 엄마네.
            guard let previous else { return false }
            let final = Scalars.finalConsonant(previous)
            return final == 20 || final == 27 || previous == Syllable.kD558 || previous == Syllable.kB418
                || previous == Syllable.kACA0 || previous == Syllable.kD588
        case Syllable.kC74C:
            // The nominal ending -(으)ㅁ after a consonant-final stem: 있음, 갔음, 앉음.
            guard let previous else { return false }
            return Scalars.finalConsonant(previous) > 0
        case Syllable.kC784:
            // 맛집임, 필요함임 — the copula's -ㅁ form; not the loanwords 런타임, 게임, 프레임,
            // 네임, 라임 (Vite: "플러그인은 런타임 ¦제공자를" was cut).
            guard let previous else { return false }
            return !syllablesBeforeLoanwordIm.contains(previous)
        case Syllable.kD568, Syllable.kB428, Syllable.kC90C, Syllable.kC9D0, Syllable.kB4E6, Syllable.kBD04, Syllable.kC634, Syllable.kAE40:
            // 맛집임, 해야함, 반겨줌, 산만해짐, 힘듦 — the -ㅁ form of common verbs.
            return previous != nil
        case Syllable.kAD70:
            // The exclamative -군 follows a verbal stem: a tense (했군, 좋았군, 하겠군),
            // 는 (하는군), the copula (학생이군, 이로군), or an adjective (조용하군,
            // 좋군, 반갑군). After a noun it is 군 "army", "county" or "Mr."
            // (북한군, 정부군, 양평군, 김군), and a list of such nouns always misses
            // some: the demo site's people.html was split as 북한군 ¦장교, and the
            // align news text has 정부군. So 군 ends a sentence only after a stem.
            guard let previous else { return false }
            return isStemBeforeExclamative(previous)
        case Syllable.kB098, Syllable.kBA3C, Syllable.kB9CC:
            // 하는구나, 하는구먼, 그렇구만: -구나 needs a verbal stem as -군 does.
            // After a noun, 구 ends the noun and 나 is "or" or "even": 누구나
            // "anyone", 도구나 "a tool or", 친구나 (the Open Source Guides'
            // "…누구나 ¦할 수 있는" was cut, issue 17).
            guard previous == Syllable.kAD6C, length >= 3 else { return false }
            let stem = units[end - 3]
            return Scalars.isHangulSyllable(stem) && isStemBeforeExclamative(stem)
        case Syllable.kB2F9:
            // 당 is a playful 다 (답니당, 했당) and needs what 다 needs before it:
            // 니 or a tense. After any other syllable it is a Sino-Korean noun
            // (해당 "relevant", 합당, 지당, 서당, 입당): issue 17 had
            // "자세한 내용은 해당 ¦문서를" split.
            guard let previous else { return false }
            return previous == Syllable.kB2C8 || Scalars.finalConsonant(previous) == 20
        case Syllable.kC6A9, Syllable.kC720, Syllable.kC5EC:
            // Playful spellings of 요: 좋네용, 않아유, 면서여.
            guard let previous else { return false }
            return playfulStems.contains(previous)
        default:
            return false
        }
    }

    /// Final endings of regional speech (Chungcheong, Gyeongsang, Gangwon…),
    /// which the standard table misses: 먹었걸랑, 일이냐니께, 하드라구, 있긋나.
    private static let dialectSuffixes: [[UInt16]] = [
        "걸랑", "구먼", "냐니께", "드라구", "드라고", "갑소", "긋나", "겠나", "기라", "아이가", "다이가",
        "는겨", "거여", "햐", "없재", "있재", "했재", "았제", "었제", "야지", "잖아",
    ].map { Array($0.utf16) }

    private static let childSuffix = Array("아이가".utf16)

    /// The last syllables of `dialectSuffixes`, to skip the suffix loop for most words.
    private static let dialectLastSyllables = UnitSet(dialectSuffixes.compactMap(\.last))

    /// `dialectSuffixes` by last syllable: 고, 지, 가 and 나 end many words, and
    /// each such word was compared with every suffix (issue 19, segmentation speed).
    private static let dialectSuffixesByLast: [UInt16: [[UInt16]]] = Dictionary(grouping: dialectSuffixes) { $0.last ?? 0 }

    /// The last syllables of `excludedWords`, checked before hashing the word.
    private static let excludedLastSyllables = UnitSet(excludedWordList.compactMap(\.utf16.last))

    /// Words that end like a sentence but are nouns or adverbs.
    private static let excludedWords = WordSet(excludedWordList)

    private static let excludedWordList = [
        // 개요 "overview", 수요 "demand", 소요 "time taken": nouns that end in 요 (Astro's
        // docs had "Netlify의 사이트 개요 ¦페이지에서" split).
        "바다", "보다", "마다", "사이다", "필요", "주요", "요요", "개요", "수요", "소요", "처음", "다음", "마음",
        "얼음", "웃음", "울음", "죽음", "믿음", "걸음", "볶음", "묶음", "젊음", "모임", "책임",
        "포함", "함", "임", "봄", "김", "꿈", "짐",
        "여", "유", "당", "용", "다", "요", "음", "갖다", "가져다",
        // 냅다 "at once" is an adverb ("냅다 한대 쳐서"), not 냅 + -다.
        "냅다",
    ]

    /// 타임, 게임, 프레임, 네임, 라임: loanwords, never a noun with the copula's -ㅁ.
    private static let syllablesBeforeLoanwordIm = UnitSet(Array("타게레네라".utf16))

    /// "나보다", "날마다", "그대로다"? — only 보/마 are common particles here.
    private static let particleLikeDa = UnitSet([Syllable.kBCF4, Syllable.kB9C8, Syllable.kBC14])

    /// Final consonants (jongseong indices) of stems that end sentences with 다:
    /// ㄴ 4, ㄶ 6, ㅂ 17, ㅄ 18, ㅆ 20, ㅌ 25, ㅍ 26, ㅎ 27.
    private static let finalsBeforeDa: FinalConsonants = [4, 6, 17, 18, 20, 25, 26, 27]

    /// Syllables after which 군 is the exclamative ending: 는군, 이군, 이로군, 하군.
    /// True when `syllable` can end the verbal stem before the exclamative
    /// -군 or -구나: a tense (했, 겠), 는, the copula, 하, or an adjective's
    /// final consonant (좋, 많, 없, 같, 싶, 반갑).
    private static func isStemBeforeExclamative(_ syllable: UInt16) -> Bool {
        if stemsBeforeGun.contains(syllable) { return true }
        let final = Scalars.finalConsonant(syllable)
        if final == 17 { return syllable != Syllable.kD569 }  // 반갑군, 고맙군; not 연합군
        return finalsBeforeGun.contains(final)
    }

    private static let stemsBeforeGun = UnitSet([Syllable.kB294, Syllable.kC774, Syllable.kB85C, Syllable.kD558])

    /// Final consonants of verbal stems before 군: ㅆ 20 (했군, 겠군, 있군) and the
    /// adjective finals ㄶ 6, ㅀ 15, ㅄ 18, ㅌ 25, ㅍ 26, ㅎ 27 (많군, 싫군, 없군, 같군,
    /// 싶군, 좋군); ㅂ 17 (반갑군) is checked apart. Nouns before 군 "army/county"
    /// practically never end in these.
    private static let finalsBeforeGun: FinalConsonants = [6, 15, 18, 20, 25, 26, 27]

    private static let playfulStems = UnitSet([
        "네", "어", "아", "해", "세", "예", "에", "데", "까", "지", "죠", "거", "래", "니", "서", "게", "요",
        "답", "랍", "습", "합", "입",
    ].map { s($0) })

    /// The single UTF-16 unit of a one-syllable string.
    private static func s(_ syllable: String) -> UInt16 { syllable.utf16.first! }
}

/// Hangul syllables the ending table uses, as UTF-16 units (named by code point).
enum Syllable {
    static let kC774: UInt16 = 0xC774  // 이
    static let kC9C0: UInt16 = 0xC9C0  // 지
    static let kC57C: UInt16 = 0xC57C  // 야
    static let kD600: UInt16 = 0xD600  // 혀
    static let kACA8: UInt16 = 0xACA8  // 겨
    static let kACA0: UInt16 = 0xACA0  // 겠
    static let kAD6C: UInt16 = 0xAD6C  // 구
    static let kAD70: UInt16 = 0xAD70  // 군
    static let kAE40: UInt16 = 0xAE40  // 김
    static let kAE4C: UInt16 = 0xAE4C  // 까
    static let kB098: UInt16 = 0xB098  // 나
    static let kB0D0: UInt16 = 0xB0D0  // 냐
    static let kB124: UInt16 = 0xB124  // 네
    static let kB2C8: UInt16 = 0xB2C8  // 니
    static let kB2E4: UInt16 = 0xB2E4  // 다
    static let kB294: UInt16 = 0xB294  // 는
    static let kB2F9: UInt16 = 0xB2F9  // 당
    static let kB418: UInt16 = 0xB418  // 되
    static let kB428: UInt16 = 0xB428  // 됨
    static let kB4E6: UInt16 = 0xB4E6  // 듦
    static let kB85C: UInt16 = 0xB85C  // 로
    static let kB9C8: UInt16 = 0xB9C8  // 마
    static let kB9CC: UInt16 = 0xB9CC  // 만
    static let kBA3C: UInt16 = 0xBA3C  // 먼
    static let kBC14: UInt16 = 0xBC14  // 바
    static let kBCF4: UInt16 = 0xBCF4  // 보
    static let kBD04: UInt16 = 0xBD04  // 봄
    static let kC2B5: UInt16 = 0xC2B5  // 습
    static let kC548: UInt16 = 0xC548  // 안
    static let kBABB: UInt16 = 0xBABB  // 못
    static let kC5EC: UInt16 = 0xC5EC  // 여
    static let kC634: UInt16 = 0xC634  // 옴
    static let kC694: UInt16 = 0xC694  // 요
    static let kC6A9: UInt16 = 0xC6A9  // 용
    static let kC720: UInt16 = 0xC720  // 유
    static let kC74C: UInt16 = 0xC74C  // 음
    static let kC784: UInt16 = 0xC784  // 임
    static let kC8E0: UInt16 = 0xC8E0  // 죠
    static let kC90C: UInt16 = 0xC90C  // 줌
    static let kC96C: UInt16 = 0xC96C  // 쥬
    static let kC9D0: UInt16 = 0xC9D0  // 짐
    static let kD558: UInt16 = 0xD558  // 하
    static let kD568: UInt16 = 0xD568  // 함
    static let kD569: UInt16 = 0xD569  // 합
    static let kD588: UInt16 = 0xD588  // 했
}
