/// What Korean writes after a noun inside the same word: case and
/// auxiliary particles (이스라엘은, 구출팀에서, 탈북민에게도), the plural
/// 들 (탈북민들의), and the copula's forms (이라크이다, 오바마라는,
/// 서울입니다, 한국인). Anything else joined to a noun makes another word:
/// 부산대 is a university, not 부산; 구출팀장 a person, not the team.
public enum KoreanParticles {
    /// The pieces a noun's ending is built from, in any order and number
    /// (에서 + 는, 들 + 에게 + 도). Copula forms are listed with and without
    /// 이, which Korean drops after a vowel (이스라엘이라는, 오바마라는).
    /// Left out on purpose, because as often they are a noun of their own that
    /// makes a compound: 고 (서울고, a high school), 대로 (부산대로), 기, 일,
    /// 임, 면, 라 and 던 without 이.
    public static let pieces: [String] = [
        // Case particles.
        "이", "가", "께서", "을", "를", "의", "에", "에서", "에게", "에게서", "께", "한테", "한테서", "더러",
        "로", "으로", "로서", "으로서", "로써", "으로써", "부터", "와", "과", "하고", "랑", "이랑",
        "보다", "처럼", "만큼", "같이",
        // Auxiliary particles.
        "은", "는", "도", "만", "까지", "마저", "조차", "뿐", "밖에", "마다", "나", "이나", "나마", "이나마",
        "라도", "이라도", "든지", "이든지", "든가", "이든가", "야", "이야", "요",
        // The plural, and the honorifics a name or title takes (김 목사님, 오바마 씨).
        "들", "님", "씨",
        // The copula: 이다 and its endings.
        "이다", "다", "입니다", "입니까", "이었다", "였다", "이었고", "였고", "이었으며", "였으며", "이었던", "였던",
        "이며", "며", "이고", "인", "이란", "란", "이라는", "라는", "이라고", "라고", "이라며", "라며", "이라면",
        "라면", "이라서", "라서", "이라", "이지만", "지만", "이므로", "이니", "이던", "이어서", "여서", "이어야",
        "여야", "이에요", "예요", "이면",
    ]

    /// The pieces as scalars, longest first, so a greedy try sees 에서 before 에.
    private static let pieceScalars: [[Unicode.Scalar]] = pieces.map { Array($0.unicodeScalars) }
        .sorted { $0.count > $1.count }

    /// True when `syllables` (the rest of a word after a noun) is empty or
    /// entirely particles and endings: 은, 에서는, 들에게도, 이라는.
    public static func isEnding<C: Collection<Unicode.Scalar>>(_ syllables: C) -> Bool {
        let scalars = Array(syllables)
        // reachable[i]: the first i scalars split into pieces.
        var reachable = [Bool](repeating: false, count: scalars.count + 1)
        reachable[0] = true
        for start in 0..<scalars.count where reachable[start] {
            for piece in pieceScalars where start + piece.count <= scalars.count {
                if scalars[start..<(start + piece.count)].elementsEqual(piece) { reachable[start + piece.count] = true }
            }
        }
        return reachable[scalars.count]
    }
}
