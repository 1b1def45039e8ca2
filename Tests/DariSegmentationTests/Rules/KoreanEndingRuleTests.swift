import Testing
@testable import DariSegmentation

@Suite struct KoreanEndingRuleTests {
    @Test(arguments: [
        "회사 동료 분들과 다녀왔는데 음식도 맛있었어요 ¦다만, 골목길로 올라가야 해요",
        "이거는 확실히 대비용임 ¦한 번 보고 책장에 묻을 책이 아님",
        "우리는 예배를 드렸다 ¦그리고 함께 기도했습니다",
        "안녕하세요 ¦연두입니다!",
        "쫀득쫀득하다ㅎㅎ ¦보통 웨이팅이 있다는데",
        "선택😆 ¦게국지와 간장게장",
        "부끄러우니까 안 올릴래요 ㅋㅋㅋㅋ ¦정말 아쉬워요",
        "남겨두려고 합니다~ ¦현대백화점 입구예요",
        "할 수 있을까 ¦모두 궁금해했다",
        "버렸음 (출근시간 19시) ¦할꺼도없고해서 나갔음",
        "밥을 먹었걸랑 ¦근데 그게 잘 안되는구먼",
        "뜻입니다. ¦run 이라는 동사는 다양합니다.",
    ])
    func breaksAfterFinalEndings(_ marked: String) throws {
        try expectSentences(marked, .korean)
    }

    @Test(arguments: [
        "나보다 더 빨리 바다로 갔다",  // 보다 "than", 바다 "sea"
        "여행 가자 라며 말을 해준다",  // a quotative continues the sentence
        "이런게 중독이 되나? 싶었는데 매력이 있었다",
        "그러니까 필요 없다고 했다",  // 니까 connective, 필요 "need"
        "처음 마음 그대로 왔다",  // nouns in -음
        "'절하다' 또는 '숭배하다'라는 뜻이다.",  // a quoted verb is a mention
        "너무 쉽지 않아유",  // -지 않- continues
        "흐르다 못해 넘친다",
        "강을 건너다 숨진 이들을 보았습니다.",  // -다(가) connective
        "이 가이드는 프로젝트를 기본 경로에 배포한다 가정하고 진행합니다.",  // a bare clause assumed
        "이제 다 끝났다 여기고 돌아섰다.",
        "그 말이 옳다 믿는 사람이 많았다.",
    ])
    func keepsSentencesWhole(_ sentence: String) throws {
        try expectSentences(sentence, .korean)
    }

    /// A bare -ㄹ까/-냐 question taken as the object of worrying, wondering,
    /// fearing or intending is a clause (demo site: "경로가 드러날까 걱정하는 사람들도").
    @Test(arguments: [
        "길이 드러날까 걱정하는 사람들이 많습니다.",
        "시험에 떨어질까 두려워 잠을 못 잤다.",
        "비밀이 새어 나갈까 두려워하는 이들이 많다",
        "어떤 선물을 살까 고민하다가 책을 골랐다",
        "시험에 떨어질까 봐 잠을 설쳤다",
        "동생이 왜 우냐 궁금해하는 사람도 있었다",
        "이번 겨울에는 고향에 갈까 해요",
    ])
    func keepsEmbeddedQuestionsInTheirSentence(_ sentence: String) throws {
        try expectSentences(sentence, .korean)
    }

    /// …but those verbs continue nothing else: a sentence that opens with one
    /// still follows a finished sentence, a question written with "?" ends
    /// there, and a bare question before another word ends too.
    @Test(arguments: [
        "일이 잘 끝났다. ¦걱정했는데 다행이다.",
        "오늘 소개할 곳은 동네 빵집임 ¦궁금하시죠?",
        "어디로 갈까? ¦걱정하지 마세요",
        "누가 이길까 ¦결과는 내일 나온다",
    ])
    func verbsOfWorryingContinueOnlyABareQuestion(_ marked: String) throws {
        try expectSentences(marked, .korean)
    }

    /// 군 after a noun is "army", "county" or "Mr.", not the exclamative -군
    /// (demo site: "북한군 장교 출신입니다"); lists of such nouns miss some.
    @Test(arguments: [
        "박에스더 목사는 북한군 장교 출신입니다.",
        "미군 기지와 인민군 부대가 마주 보고 있다.",
        "필리핀 정부군 병사들이 마을에 들어왔다",
        "양강도 삼지연군 주민들이 모였다",
        "연합군 사령부는 김군 말을 믿었다",
    ])
    func keepsNounsInGunWhole(_ sentence: String) throws {
        try expectSentences(sentence, .korean)
    }

    /// -구나 needs a verbal stem, as -군 does: after a noun in 구, 나 is
    /// "or" or "even" (Open Source Guides: "누구나 할 수 있는" was cut).
    @Test(arguments: [
        "홍보하는 것은 누구나 할 수 있는 쉬운 일입니다.",
        "이 도구나 라이브러리를 쓰면 됩니다.",
        "친구나 가족에게 물어보세요.",
    ])
    func keepsNounsBeforeNaWhole(_ sentence: String) throws {
        try expectSentences(sentence, .korean)
    }

    @Test(arguments: [
        "벌써 다 했구나 ¦이제 쉬어도 돼",
        "정말 그렇구나 ¦몰랐어요",
        "네가 학생이구나 ¦반가워",
        "비가 오는구나 ¦우산을 챙기자",
    ])
    func breaksAfterTheExclamativeGuna(_ marked: String) throws {
        try expectSentences(marked, .korean)
    }

    /// …while -군 after a verbal stem (tense, 는, copula, adjective) ends a sentence.
    @Test(arguments: [
        "드디어 해냈군 ¦모두가 기뻐했다",
        "오늘은 날씨가 좋군 ¦산책이나 가자",
        "그 사람이 범인이로군 ¦이제야 알겠어",
        "만나서 반갑군 ¦어서 들어오게",
    ])
    func breaksAfterTheExclamativeGun(_ marked: String) throws {
        try expectSentences(marked, .korean)
    }

    /// Issue 19, Korean tuning half: a word's morphology decided by its
    /// neighbour. The -ㅁ form of 하다/되다/바라다 after the form that governs
    /// it ends a sentence; an interjection with a comma opens one.
    @Test(arguments: [
        "쇠로 된 냄비가 더욱 맛나보이게 함 ¦파김치도 맛나고 닭고기가 부드러웠다",
        "하이라이트 보고 꼭 풀버전 보길 바람 ¦선화 배우는 소감을 남겼음",
        "오늘은 숙제를 안 함 ¦내일 하겠음",
        "우리는 오늘 일찍 떠났다 ¦가정에서는 모두 잠들어 있었다",  // 가정 "household" opens a sentence
        "첫 코너는 당연히 '술도녀' ¦아, 근데 제목이 다름",
    ])
    func breaksAfterGovernedNominalsAndBeforeInterjections(_ marked: String) throws {
        try expectSentences(marked, .korean)
    }

    /// …and words that need the one before them keep it: a dependent noun
    /// after a nominal (성실함 속에), a confirmation (성덕임 맞음), a quoted -다
    /// before a negated 하다 (그릏다 안 한갑소); 냅다 is an adverb.
    @Test(arguments: [
        "그 부지런함과 성실함 속에 담겨있는 논리를 생각하게 된다.",
        "성덕임 맞음 ㅇㅇ",
        "그릏다 안 한갑소",
        "지 엄마가 얼른 가라고 냅다 한대 쳐서 난 거란다.",
        "선물 상자를 담은 함 하나가 도착했다",  // 함 "box" after a noun
        "그런데 아, 맞다 그걸 잊었네",  // a conjunction links on
    ])
    func keepsWordsThatNeedTheirNeighbour(_ sentence: String) throws {
        try expectSentences(sentence, .korean)
    }

    @Test func aBareNominalStillEndsBeforeAnOpeningWord() throws {
        // 맞은편 is a noun and opens the next sentence; only finite 맞다 confirms.
        try expectSentences("여기는 우리 집임 ¦맞은편에 가게가 있음", .korean)
    }

    @Test func icuAloneGluesUnpunctuatedSentences() throws {
        let segmenter = try Segmenter(language: .korean, rules: rules(.korean, without: "korean-ending"))
        #expect(try segmenter.sentences(in: "맛있었어요 다만 비쌌어요").count == 1)
    }
}

@Suite struct KoreanEndingTests {
    @Test(arguments: [
        ("했다", true), ("합니다", true), ("있어요", true), ("하죠", true), ("할까", true), ("습니까", true),
        ("맛집임", true), ("있음", true), ("해야함", true), ("좋네", true), ("답니당", true),
        ("바다", false), ("나보다", false), ("필요", false), ("처음", false), ("그러니까", false),
        ("하니까", false), ("우리네", false), ("까지", false), ("구출팀", false), ("다", false),
        ("했군", true), ("하겠군", true), ("하는군", true), ("좋군", true), ("없군", true), ("학생이군", true),
        ("조용하군", true), ("반갑군", true), ("북한군", false), ("미군", false), ("인민군", false), ("반군", false),
        ("해군", false), ("정부군", false), ("연합군", false), ("양평군", false), ("김군", false), ("군", false),
    ])
    func recognisesFinalEndings(word: String, isFinal: Bool) {
        let units = Array(word.utf16)
        #expect(KoreanEnding.isFinal(units, start: 0, end: units.count) == isFinal)
    }
}
