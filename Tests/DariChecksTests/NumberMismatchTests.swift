import DariChecks
import Testing

@Suite struct NumberMismatchTests {
    @Test func koreanNumeralsAndUnits() {
        CheckSpec("""
              1,000명이 넘는 탈북민 | more than 1,000 defectors
            ! 1,000명이 넘는 탈북민 | more than 900 defectors
              3천 명 | 3,000 people
              초당 12조3천억 번의 계산 | 12.3 trillion calculations a second
              1억1천만 달러 짜리 설비 | the $110 million machine
              2000년에 시작했다 | began in 2000
            ! 2000년에 시작했다 | began in 2010
              4,800km의 정글 | 4,800 km of jungle
              약 240km 떨어진 곳 | about 150 miles away
              3.5% 증가 | up 3.5 percent
            ! 3.5% 증가 | up 5.3 percent
              2021.03.18 21:04 | 2021.03.18 21:04
              한국시간 기준 오후 1시부터 8시까지 진행됩니다. | Time will be 13:00~20:00 UTC+9 on each day.
              ES6 명세에서 바뀌었습니다. | It changed in ES2015.
            ! ES6 명세에서 바뀌었습니다. | It changed in ES2016.
            ! 한국시간 기준 오후 1시부터 8시까지 진행됩니다. | Time will be 13:00~21:00 UTC+9 on each day.
              6.15 공동선언 | the June 15 declaration
              4,500명 | 4,500 people
            ! 4,500명 | 4,530 people
            ! 그는 26세였다. | He was 62.
            ! 26세의 남성이 병을 휘둘렀다. | The man took a swipe with a bottle.
            """).expect(NumberMismatch.self)
    }

    @Test func numbersWrittenAsWordsAreNotNoise() {
        CheckSpec("""
              3명이 숨졌다. | Three people died.
              2명 모두 풀려났다. | Both women were released.
              약 36명이 사망했다. | About three dozen died.
              1시간 뒤에 도착했다. | They arrived an hour later.
              컨테이너는 1분마다 수집한다. | Containers are collected every minute.
              1초당 작업 수 | operations per second
              규모가 2배, 10배, 100배로 커진다. | It grows by doubling, tenfold, or even a hundredfold.
            ! 3분마다 수집한다. | It collects every minute.
              2차 세계대전 | World War II
              28일 기자회견에서 말했다. | He told a news conference on Tuesday.
              28일 기자회견에서 말했다. | He told a news conference.
              2005년 개봉한 영화 | the film released last year
              5월 3일에 | on May 3
            ! 5월 3일에 | on May 8
              1600억원(약 1억5840만달러)의 수익 | KRW 160 billion in takings
              위원회의 3분의 2 이상이 서명해야 합니다. | Two-thirds of the committee must sign it.
              5분의 3이 찬성했다. | Three fifths voted for it.
            ! 4분의 3이 찬성했다. | Two thirds voted for it.
              전체 수명의 1/3이 남아 있으면 갱신하세요. | Renew when a third of their total lifetime is left.
              절반, 즉 1/2만 남았다. | Only half is left.
            ! 전체 수명의 1/4이 남아 있으면 갱신하세요. | Renew when a third of their total lifetime is left.
            """).expect(NumberMismatch.self)
    }

    /// Issue 17's reading errors: each is one finding, or none.
    @Test func parenthesesMultisetsAndWholeWords() {
        CheckSpec("""
            ! 기부금(총 5,000달러)을 모았다. | They raised donations (a total of $6,000).
              1600억원(약 1억5840만달러)의 수익 | KRW 160 billion in takings
            ! 38명과 38명이 왔다. | 38 and 39 people came.
              3일에 왔고 3일에 떠났다. | He came and left on the 3rd.
              IPv6를 지원한다. | It supports the new internet protocol.
              python3로 실행한다. | Run it with the current Python.
              8진수로 쓴다. | Write it in octal.
              2nd-party 쿠키 | second-party cookies
              G20 정상회의 | the summit of the largest economies
            ! 버전 2.0.40에서 고쳤다. | Fixed in version 2.0.41.
              MD5sum 파일을 확인한다. | Check the MD5sums files.
            ! MP3 파일을 재생한다. | It plays MP4s.
            """).expect(NumberMismatch.self)
    }

    /// A name with digits written apart on one side and together on the
    /// other is one name (Helm's English "SHA 256" and "Base 64" for the
    /// Korean SHA256, Base64); a different digit is still a change.
    @Test func aNameWithItsDigitsApartIsTheSameName() {
        CheckSpec("""
              SHA256 합을 계산한다. | It computes the SHA 256 sum.
              Base64로 인코딩한다. | It encodes as Base-64 strings.
              SHA 256 합을 계산한다. | It computes the SHA256 sum.
              SemVer2 표준과 1.0 규칙을 따른다. | It follows the SemVer 2 standard and the 1.0 rules.
            ! SHA512 합을 계산한다. | It computes the SHA 256 sum.
            ! SHA256 합을 5번 계산한다. | It computes the SHA 256 sum 6 times.
            """).expect(NumberMismatch.self)
        // English written first: the English digits are not dropped from the Korean.
        CheckSpec("""
              It encodes the bodies as Base 64 strings. | 본문을 Base64 문자열로 인코딩한다.
              It computes the SHA-256 sum. | SHA256 합을 계산한다.
            ! It computes the SHA 256 sum of 2048 bytes. | 바이트의 SHA256 합을 계산한다.
            """, sourceLanguage: .english).expect(NumberMismatch.self)
    }

    /// A name whose word part the Korean translates (`KIP37 컨트랙트`,
    /// `KIP37멀티토큰` for `KIP37Contract`, `KIP37MultiToken`) is that name;
    /// other digits are another name.
    @Test func aNameWithItsWordPartTranslatedIsTheSameName() {
        CheckSpec("""
              To customize our KIP37Contract, follow the steps. | KIP37 컨트랙트를 사용자 지정하려면 다음 단계를 따르세요.
              Write KIP37MultiToken.s.sol first. | 먼저 KIP37멀티토큰.s.sol을 작성합니다.
            ! To customize our KIP37Contract, follow the steps. | KIP17 컨트랙트를 사용자 지정하려면 다음 단계를 따르세요.
            ! Web3Onboard packages: Web3-Onboard is a wallet library. | Web3Onbaord 패키지: Web3-Onboard는 지갑 라이브러리입니다.
            """, sourceLanguage: .english).expect(NumberMismatch.self)
    }

    @Test func aVersionIsNamedAsWritten() {
        let (_, findings) = CheckSpec("! 버전 2.0.40에서 고쳤다. | Fixed in version 2.0.41.").run(NumberMismatch.self)
        #expect(findings.first?.message.hasPrefix("the Korean has 2.0.40 but the English does not (it has 2.0.41)") == true)
    }

    /// Issue 19's number noise on clean units.
    @Test func namesRanksTimesAndWordsAreNotNoise() {
        CheckSpec("""
              엘리자베스 2세 여왕 | Queen Elizabeth II
              그는 2위에 올랐다. | He was the runner-up.
              4강에 진출했다. | They reached the semifinals.
              3자 회담이 열렸다. | The three-way talks opened.
              6자회담이 재개된다. | The talks resume today.
              그는 9초58을 기록했다. | He ran 9.58 seconds.
              2할6푼8리의 타율 | hitting .268
              15분 뒤에 | a quarter of an hour later
              9월 19일 베이징에서 | in Beijing today
              2009년 6월부터 | from next June
              제 8호 태풍이 강타했다. | Typhoon Fung-Wong hit.
              지난 24~26일 조사에서 | in a poll last weekend
              30%가 반대했다. | A third opposed it.
              헌법 9조를 개정한다. | They revise article nine.
              PCR 16과 23만 초기화할 수 있음. | Only PCR 16 and 23 can be reset.
              인구는 23만 명이다. | The population is 230,000.
              앞쪽에 0을 유지할지 지정: | Keep leading [z]eros or [n]ot:
              IPv4 서버만 쿼리: | Only query IPv[4] servers:
              디스플레이 1의 밝기(옵션 0x10)를 50%로 변경: | Change the brightness (option 10) of display 1 to 50%:
              값 0xFF를 씁니다. | Write the value 255.
              바이너리 파일에서 16진수 덤프 생성: | Generate a hexdump from a binary file:
            ! 값 0x1F를 씁니다. | Write the value 0x2F.
            ! 주소 0x0000000000000000000000000000000000000000 | The address 0x000000000000000000000000000000000000000000
              더 많은 정보: https://oss.example.org/f3/. | More information: https://manned.org/f3read.
              자동으로 선택된 포트(:0), $PORT 또는 --address에서 제공. | It serves on an automatically chosen port (:0), $PORT, or --address.
              주말 박스오피스 점령2008.11 | Big time at the box office
              The trip &#8212; 여행 | The trip
              그림 A.12. | Figure A.12.
              사각 선택 도구를 선택하고 그림 7.37. | This tutorial uses a rectangular selection.
              시작점을 만들면, 그림\u{00A0}7.33. | Create a starting point.
              중요하므로 2절. | It deserves a section of its own, which follows.
            ! 자세한 설명은 Section 9.6에 있습니다. | It is described in Section 6.6.
              1 byte는 256 색을 지원한다. | A byte allows 256 colors.
              numbered .1, .2 이다 | numbered .1, .2
              2, 3년 전만해도 관심이 없었다. | A couple years ago nobody cared.
              3, 4명이 왔다. | A few people came.
              6개국은 검증을 촉구했다. | The parties pressed for verification.
              재심이 2차전에 돌입했다. | The retrial is getting underway.
            ! 6개국 정상이 모였다. | Leaders of the nations met.
            ! 2, 3년 전만해도 관심이 없었다. | A couple of years ago, in 2005, nobody cared.
            ! 2, 4년 전에 왔다. | He came a couple of years ago.
            ! 6자회담이 2009년에 재개된다. | The talks resume in 2010.
            ! 인구는 23만 명이다. | The population is 240,000.
            """).expect(NumberMismatch.self)
    }

    /// Licence and legal text (the GPL's Korean translation in the Debian
    /// installation guide): ordinals fixed in words, articles and clauses,
    /// list markers numbered where the English letters them, and a range of
    /// years whose end keeps two digits are not changed numbers.
    @Test func legalWordsListMarkersAndShortYearRangesAreNotNoise() {
        CheckSpec("""
              그러나 제3자는 사용상의 권리를 유지합니다. | However, parties who have received copies keep their rights.
              2차적 프로그램의 구성 여부 | Whether that is true depends on what the Program does.
              1차적 책임은 저작자에게 있습니다. | The author is primarily responsible.
              제3국으로 떠났다. | They left for another country.
              제 6 조. 재배포될 경우 | Each time you redistribute the Program
              제3항은 위의 제2항에 따라 허용됩니다. | This alternative is allowed in accord with Subsection b above.
              한편 (1) 특정 사용자로 실행하거나 (2) 특정 시간에 실행할 작업 | If a job (a) runs as a user, or (b) runs at a time
              (i) 첫째 (ii) 둘째 | (i) first (ii) second
              또 1994‐1998년 이전의 BIOS에는 제약이 있습니다. | With pre 1994–98 BIOSes there are limits.
              1998‐2002년에 만들었다. | It was made in 1998-02.
            ! 제3자는 5일 안에 권리를 잃습니다. | Parties lose their rights within 6 days.
            ! 제3자는 권리를 잃습니다. | Parties lose their rights in 2024.
            ! 한편 (1) 특정 사용자로 실행하거나 (2) 특정 시간에 실행할 작업 | If a job runs as a user (root), or at a time
            ! 또 1994‐1997년 이전의 BIOS에는 제약이 있습니다. | With pre 1994–98 BIOSes there are limits.
            ! 2001년에 만들었다. | It was made in the year 1-01.
            ! 2001년 1월 25일에 구입했고, 만기일자는 2001년 11월 15일입니다. | It was bought on 2001-01-25 and matures on 2006-11-15.
            """).expect(NumberMismatch.self)
    }

    /// Technical help names numbers in words its Korean writes with digits
    /// (issue 17, LibreOffice help sample rows 67–76); a digit the words do
    /// not name is still found.
    @Test func technicalNumberWordsAreNotNoise() {
        CheckSpec("""
              앞에 오는 0이 포함된 숫자 입력 | Entering a Number with Leading Zeros
              부동 소수점 숫자의 끝 부분에 있는 0은 표시되지 않습니다. | Zeros at the end of a floating-point number are not shown.
              차트에 2차 Y 축을 표시합니다. | Displays a secondary Y axis in the chart.
              이자는 1년에 두 번 지급됩니다(빈도는 2임). | Interest is paid half-yearly (frequency is 2).
              알파 = 25% 는 1/4 을 의미합니다. | For Alpha = 25%, the percentile means the first quartile.
              10진수로 변환합니다. | Converts to decimal.
            ! 차트에 3차 Y 축을 표시합니다. | Displays a secondary Y axis in the chart.
            ! 앞에 오는 0이 15개 포함된 숫자 입력 | Entering a Number with Leading Zeros
            """).expect(NumberMismatch.self)
    }

    /// A translation that writes numbers the other convention's way (decimal
    /// comma, dot between thousands) has the same numbers, whichever side is
    /// the original; a changed digit is still found.
    @Test func aDecimalCommaIsTheSameNumber() {
        let spec = """
              명목이자는 0,1 또는 10%, 액면가격은 1000 통화단위가 될것입니다. | The Rate is 0.1 or 10% and Par is 1000 currency units.
              1,0pt 아래 단일 선 | 1.0pt single underline
              구입가 50.000 통화 단위의 사무실 설비 | Office equipment with an initial cost of 50,000 currency units
              함수 f(1,2)는 3을 반환합니다. | The function f(1,2) returns 3.
              주기적으로 153,75 통화 단위가 지불되며 현찰값이 2600 통화 단위 | a payment of 153.75 currency units and a present cash value of 2.600 currency units
            ! 명목이자는 0,2 또는 10%입니다. | The Rate is 0.1 or 10%.
            ! 구입가 60.000 통화 단위 | An initial cost of 50,000 currency units
            """
        CheckSpec(spec).expect(NumberMismatch.self)
        let englishFirst = spec.split(separator: "\n").map { line -> String in
            let parts = line.dropFirst(2).components(separatedBy: " | ")
            return line.prefix(2) + parts[1] + " | " + parts[0]
        }.joined(separator: "\n")
        CheckSpec(englishFirst, sourceLanguage: .english).expect(NumberMismatch.self)
    }

    /// English left on the Korean page is compared with the English only when
    /// it is a copy of it (a number changed in the copy); other English beside
    /// it was paired by position (list items, table cells whose rows differ),
    /// and `untranslated` reports it (issue 17's pattern 5, LibreOffice help).
    @Test func englishOnTheKoreanPageIsComparedOnlyWithItsCopy() {
        CheckSpec("""
              =T.DIST.2T(1; 10) returns 0.3408931323. | =T.DIST.RT(1; 10) returns 0.1704465662.
              This function ignores any text or empty cell within a data range. | This function is available since LibreOffice 4.2.
              =BETADIST(0.75;3;4) returns the value 0.96. | BETAINV Wiki page
            ! =DEGREES(ACOS(0.5)) returns 60. | =DEGREES(ACOS(0.5)) returns 30.
            ! =DEGREES(ACOS(0.5)) returns 60. | =DEGREES(ACOS(0.5))은 30을 반환합니다.
            """, scores: [0.99, 0.99, 0.99, 0.99, 0.99], sourceLanguage: .english).expect(NumberMismatch.self)
    }

    /// A pair the aligner only guessed (its blocks' element ids say they
    /// belong elsewhere, a section the translation moved) is no evidence of
    /// a changed number; a pair it is sure of still is.
    @Test func aPairTheAlignerGuessedIsNotCompared() {
        CheckSpec("""
              =CONFIDENCE.T(0.05;1.5;100) gives 0.2976325427. | =CONFIDENCE(0.05;1.5;100)은 0.29을 줍니다.
            ! =CONFIDENCE(0.05;1.5;100) gives 0.29. | =CONFIDENCE(0.05;1.5;100)은 0.39을 줍니다.
            """, scores: [0.5, 0.97], sourceLanguage: .english).expect(NumberMismatch.self)
    }

    /// A translator who moves a number into the neighbouring sentence of the
    /// same block changed no number: the block agrees when read whole. A
    /// number changed in the block is still found.
    @Test func aNumberMovedWithinItsBlockIsNoMismatch() {
        #expect(pairedBlock([
            ("GIMP 2.6 also further enhances its scripting abilities.", "스크립트 기능도 향상되었습니다."),
            ("In particular there is now a much richer API for text layers.",
             "특히 텍스트 레이어 API가 많이 추가되었으며, 김프 2.6의 새 심볼 목록을 확인할 수 있습니다."),
        ], checks: [NumberMismatch.self]).isEmpty)
        #expect(pairedBlock([
            ("GIMP 2.8 also further enhances its scripting abilities.", "스크립트 기능도 향상되었습니다."),
            ("In particular there is now a much richer API for text layers.",
             "특히 텍스트 레이어 API가 많이 추가되었으며, 김프 2.6의 새 심볼 목록을 확인할 수 있습니다."),
        ], checks: [NumberMismatch.self]).isEmpty == false)
    }

    /// A cross-reference label ("Section 8.40, “Gradient Map”") may be given
    /// by its title alone; a label whose number differs is still found.
    @Test func aCrossReferenceGivenByItsTitleIsNoMismatch() {
        CheckSpec("""
              See Section 8.40, “Gradient Map” for more information. | 자세한 내용은 그라디언트 맵을 참고하십시오.
            ! How this happens is described in Section 6.6, “Indexed mode”. | 자세한 설명은 Section 9.6, "Indexed mode"에 있습니다.
            """, sourceLanguage: .english).expect(NumberMismatch.self)
    }

    /// A memory from a CAT tool pairs what its translator paired: nothing
    /// there is paired by position, and every pair is compared.
    @Test func aPairNoAlignerMadeIsAlwaysCompared() {
        CheckSpec("""
            ! =T.DIST.2T(1; 10) returns 0.3408931323. | =T.DIST.RT(1; 10) returns 0.1704465662.
            """, sourceLanguage: .english).expect(NumberMismatch.self)
    }

    /// A scale word said once covers the bare number beside it (issue 19, QA set u573).
    @Test func aScaleWordSaidOnceCoversItsNeighbours() {
        CheckSpec("""
              오늘은 1억5천만 유로였다가 내일은 2억 유로가 될 것이다. | Today it is 150 million euros and tomorrow it will be 200.
              2억~3억 달러가 든다. | It costs $200 to $300 million.
            ! 2억~3억 달러가 든다. | It costs $200 to $400 million.
            ! 2억 달러가 든다. | It costs $200 and 5 thousand.
            """).expect(NumberMismatch.self)
    }

    /// A Korean count of the kinds a list names (5가지 특성) counts the list the
    /// English gives; a count that does not match the list is still reported.
    @Test func aCountOfTheListedKindsIsTheList() {
        CheckSpec("""
              5가지 특성인 최소, 최대, 주 간격, 보조 간격, 기준값은 자동으로 설정됩니다. | You can set Minimum, Maximum, Major interval, Minor interval count and Reference value.
              3가지 방법이 있습니다: 복사, 이동, 연결. | You can copy, move, or link it.
            ! 4가지 방법이 있습니다: 복사, 이동, 연결. | You can copy, move, or link it.
            ! 5가지 특성을 설정합니다. | You can set the properties.
            """).expect(NumberMismatch.self)
    }

    @Test func messageNamesBothNumbers() {
        let (_, findings) = CheckSpec("! 1,000명이 넘는 탈북민 | more than 900 defectors").run(NumberMismatch.self)
        #expect(findings.first?.message
            == "the Korean has 1,000 but the English does not (it has 900); correct the number or add it")
    }
}
