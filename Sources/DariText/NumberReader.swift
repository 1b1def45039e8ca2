/// Reads the numbers of a sentence as values, so that the two languages'
/// ways of writing them compare equal: 1,000명 = 1,000; 3천 = 3,000 =
/// "3 thousand"; 12조3천억 = 12.3 trillion; 1억1천만 = $110 million;
/// 2000년 = 2000; 4,800km = 4,800 km; 3.5% = 3.5 percent.
///
/// A number has one or more candidate values (3천 is 3,000; "$5 million"
/// is both 5 and 5,000,000); two numbers agree when they share one.
public enum NumberReader {
    /// A number written with digits, as found in a text.
    public struct Number: Hashable, Sendable {
        /// As written, for messages ("1억1천만", "4,500").
        public let text: String
        /// Every value it may stand for, as `NumberReader.key(_:)` keys.
        public var keys: [Int64]
        /// The one value it most likely stands for, Korean units and English
        /// scale words folded in (1억1천만 and $110 million both 110,000,000):
        /// what the aligner compares, where one value per number keeps the
        /// count of matches honest.
        public let canonical: Int64
        /// A day of the month (Korean N일), which English may give as a weekday.
        public let isDay: Bool
        /// An hour (Korean N시), which English may give on a 12-hour clock.
        public let isHour: Bool
        /// Inside parentheses: Korean adds conversions and glosses there
        /// ("(약 1600억원)", "(19일)") that English leaves out.
        public var isParenthesised = false
        /// The number one before a counter (1명, 1시간), which English writes "a", "an".
        public var isOneWithCounter = false
        /// The value in the English unit a translation converts it to (4,800km
        /// → 2,983 miles), when it has a metric unit English often converts.
        public var converted: Double?
        /// The bare value as written (English numbers).
        public var value: Double = 0
        /// A year (N년, 1900–2100), which English may give as "last year".
        public var isYear = false
        /// A month (Korean N월, 1–12), which English may give as "last month" or leave to "today".
        public var isMonth = false
        /// A percentage (N%, N퍼센트), which English may give as "a third" or "half".
        public var isPercent = false
        /// The member count in the name of a forum (6자회담: the six-party talks),
        /// which English often names "the talks" or "the parties".
        public var isForumName = false
        /// The number of countries at a table (6개국 외무장관 회동), which English
        /// may give as "the parties" or "the talks".
        public var isMemberCount = false
        /// A designation (제 8호 태풍), which names the thing it numbers, or a
        /// cross-reference label (그림 7.37, 2절, Section 9.6), which a page
        /// may give as a link or as "the next section".
        public var isDesignation = false
        /// Read as a whole word, not a quantity: an identifier, version or
        /// address (IPv6, python3, G20, 2.0.40, 192.168.0.1), compared as written.
        public var isIdentifier = false
        /// One of two neighbouring small numbers given as an estimate ("2, 3년"
        /// is "two or three years"), which English gives as "a couple" or "a few".
        public var isEstimate = false
        /// A year-and-month stamp closing the text ("…를 요청     2005.10"), as
        /// news listings and photo captions carry: metadata, often not translated.
        public var isTrailingStamp = false
        /// How many kinds a Korean count of kinds names (5가지 특성, 3종류), which
        /// a translation adds before the list the English gives without counting.
        public var kindCount: Int?
        /// An ordinal fixed in a Korean word (제3자 "third party", 제3국, 2차적
        /// "derivative", 1차적 "primary"), which English says in words or not at all.
        public var isOrdinalWord = false
        /// A list marker in parentheses, "(1)", which English may letter "(a)".
        public var isEnumerator = false

        public init(text: String, keys: [Int64], canonical: Int64, isDay: Bool, isHour: Bool) {
            self.text = text
            self.keys = keys
            self.canonical = canonical
            self.isDay = isDay
            self.isHour = isHour
        }
    }

    /// Values compare as thousandths, so 12.3 trillion and 12조3천억 meet exactly.
    public static func key(_ value: Double) -> Int64 {
        guard value.isFinite, abs(value) < 9e15 else { return Int64.max }
        return Int64((value * 1000).rounded())
    }

    /// The key of a word read as a whole (IPv6, 2.0.40): its written form,
    /// hashed (FNV-1a 64, case folded), as a negative key, which no value has.
    public static func identifierKey(_ text: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.lowercased().utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return -Int64(hash >> 2) - 1
    }

    // MARK: Korean

    private static let smallUnits: [Unicode.Scalar: Double] = ["십": 10, "백": 100, "천": 1000]
    private static let bigUnits: [Unicode.Scalar: Double] = ["만": 1e4, "억": 1e8, "조": 1e12]

    /// The digit numbers of a Korean text, with Korean units folded in.
    public static func korean(_ text: String) -> [Number] {
        // Most sentences have no digit: the aligner reads every one.
        guard hasDigit(text) else { return [] }
        let scalars = Script.scalars(of: text)
        var numbers: [Number] = []
        var position = 0
        var depth = 0
        var estimatePartner: Double?
        while position < scalars.count {
            guard Script.isDigit(scalars[position]) else {
                if scalars[position] == "(" || scalars[position] == "（" { depth += 1 }
                if (scalars[position] == ")" || scalars[position] == "）") && depth > 0 { depth -= 1 }
                position = characterReferenceEnd(at: position, in: scalars) ?? position + 1
                continue
            }
            if let word = wholeWord(at: position, in: scalars) {
                var number = word.number
                number.isParenthesised = depth > 0
                numbers.append(number)
                position = word.end
                continue
            }
            let fraction = leadingFraction(at: position, in: scalars)
            if let (value, end) = koreanDecimal(at: position, in: scalars) ?? fraction.map({ ($0.value, $0.end) }) {
                let from = fraction == nil ? position : position - 1
                let written = Script.string(of: scalars[from..<end])
                var number = Number(text: written, keys: [key(value)], canonical: key(value), isDay: false, isHour: false)
                number.isParenthesised = depth > 0
                numbers.append(number)
                position = end
                continue
            }
            let start = position
            var total = 0.0, section = 0.0
            var rawFirst: Double?
            var sawUnit = false
            parsing: while position < scalars.count, Script.isDigit(scalars[position]) {
                let (value, next) = digits(scalars, from: position)
                if rawFirst == nil { rawFirst = value }
                position = next
                if position < scalars.count, let small = smallUnits[scalars[position]] {
                    section += value * small
                    position += 1
                    sawUnit = true
                } else {
                    section += value
                }
                // 만큼 ("as much as", 10만큼 증가) is a particle, not ten thousand.
                if position < scalars.count, let big = bigUnits[scalars[position]],
                   !(scalars[position] == "만" && position + 1 < scalars.count && scalars[position + 1] == "큼") {
                    total += (section == 0 ? 1 : section) * big
                    section = 0
                    position += 1
                    sawUnit = true
                    // 3만 5천: a space, then more of the same number.
                    if position + 1 < scalars.count, scalars[position] == " ", Script.isDigit(scalars[position + 1]) {
                        let (_, after) = digits(scalars, from: position + 1)
                        if after < scalars.count,
                            smallUnits[scalars[after]] != nil || bigUnits[scalars[after]] != nil
                        {
                            position += 1
                        }
                    }
                    continue parsing
                }
                break parsing
            }
            total += section
            let written = Script.string(of: scalars[start..<position])
            var keys = [key(total)]
            var canonical = key(total)
            if !sawUnit { keys += dateParts(written) }
            if sawUnit, let rawFirst, total != rawFirst, rawFirst >= 1000 { keys.append(key(rawFirst)) }
            // 헌법 9조 is Article 9 as well as 9 trillion; 16과 23만 is "16 and only 23"
            // (the particle 만) as well as 230,000: the other side's number decides.
            if let rawFirst, rawFirst < 1000,
               total == rawFirst * 1e12 && scalars[position - 1] == "조"
                || total == rawFirst * 1e4 && scalars[position - 1] == "만" {
                keys.append(key(rawFirst))
            }
            // Korean text quotes English too ("$50bn 추가 요청").
            if !sawUnit, let (scale, certain) = englishScale(of: start..<position, in: scalars), certain {
                canonical = key(total * scale)
                keys.append(canonical)
            }
            var next = position < scalars.count ? scalars[position] : " "
            // 24~26일: the first number of a range has the unit of the last.
            if ["~", "∼", "～", "-"].contains(next) {
                var after = position + 1
                while after < scalars.count, Script.isDigit(scalars[after]) { after += 1 }
                if after > position + 1, after < scalars.count { next = scalars[after] }
            }
            let isHour = next == "시"
            // 15시 is "3 p.m.", 0시 "12:26 a.m."; 오후 1시부터 8시 is 13:00~20:00 (the 오후 of a
            // range said once, so any hour below 12 may be in the afternoon).
            if isHour, total > 12, total <= 24 { keys.append(key(total - 12)) }
            if isHour, total >= 1, total < 12, total == total.rounded() { keys.append(key(total + 12)) }
            if isHour, total == 0 { keys.append(key(12)) }
            var number = Number(text: written, keys: keys, canonical: canonical,
                                isDay: next == "일" && (1...31).contains(total), isHour: isHour)
            number.isParenthesised = depth > 0
            number.converted = conversion(after: position, in: scalars).map { $0(total) }
            number.isYear = next == "년" && (1900...2100).contains(total)
            number.isMonth = next == "월" && (1...12).contains(total)
            number.isPercent = next == "%" || next == "％" || hasWord(percentWords, at: position, in: scalars)
            number.isForumName = next == "자" && hasWord(["회담", "협의", "협상", "간"], at: position + 1, in: scalars)
                // 16진수, 8진법: a base, which English names in words (hex, octal, a hexdump).
                || next == "진" && hasWord(["수", "법"], at: position + 1, in: scalars)
            // 5가지 특성, 3종류: a count of the kinds a list names.
            if (2...12).contains(total), total == total.rounded(), hasWord(["가지", "종류"], at: position, in: scalars) {
                number.kindCount = Int(total)
            }
            // 6개국: the countries at a table, which English calls "the parties".
            number.isMemberCount = next == "개" && hasWord(["국"], at: position + 1, in: scalars)
            // 제 8호 태풍, 제3호: a designation that names the thing (Typhoon Fung-Wong).
            var before = start
            if before > 0, scalars[before - 1].properties.isWhitespace { before -= 1 }
            // 제6조, 제3항: an article or a clause of a legal text, which English may letter or leave out.
            let afterJe = before > 0 && scalars[before - 1] == "제"
            let spacedNext = next == " " && position + 1 < scalars.count ? scalars[position + 1] : next  // 제 6 조
            number.isDesignation = afterJe && (spacedNext == "호" || spacedNext == "조" || spacedNext == "항")
                || next == "절" || next == "장" || follows(koreanDesignationWords, before: start, in: scalars)
            number.isOrdinalWord = afterJe && before == start && !sawUnit
                && (next == "자" || next == "국" || hasWord(["세계"], at: position, in: scalars))
                || !sawUnit && next == "차" && hasWord(["차적"], at: position, in: scalars)
            number.isEnumerator = !sawUnit && position - start <= 2 && start > 0
                && (scalars[start - 1] == "(" || scalars[start - 1] == "（") && (next == ")" || next == "）")
            // 15분 is "a quarter of an hour", 30분 "half an hour".
            if next == "분", [15.0, 30, 45].contains(total) { number.keys.append(key(total / 60)) }
            // A listing's stamp follows a space or the headline it is glued to, and ends the text or
            // a run of words (…점령2008.11, …표명2006.01 원문); a date inside a sentence has a particle.
            number.isTrailingStamp = !sawUnit && written.contains(".") && dateParts(written).count == 2
                && written.count == 7 && (position == scalars.count || scalars[position].properties.isWhitespace)
                && start > 0 && (scalars[start - 1].properties.isWhitespace || Script.isHangulSyllable(scalars[start - 1]))
            // 1명, 1시간, 1 byte: English writes "a", "an".
            let counter = Script.isHangulSyllable(next) && next != "월" && next != "일"
                || next == " " && position + 1 < scalars.count && Script.isLatinLetter(scalars[position + 1])
            number.isOneWithCounter = total == 1 && counter
            // "2, 3년", "3, 4명": a bare small number, a comma and the next one.
            let closesEstimate = !sawUnit && total == estimatePartner
            if closesEstimate { number.isEstimate = true }
            estimatePartner = nil
            if !closesEstimate, !sawUnit, total >= 1, total < 10, total == total.rounded(), position + 2 < scalars.count,
                scalars[position] == ",", scalars[position + 1] == " ", Script.isDigit(scalars[position + 2])
            {
                let (following, _) = digits(scalars, from: position + 2)
                if following == total + 1 {
                    number.isEstimate = true
                    estimatePartner = following
                }
            }
            numbers.append(number)
        }
        return numbers
    }

    /// Metric units news translations convert, with the conversion to the
    /// US unit: km → miles, m → feet, m² → square feet, kg → pounds,
    /// °C → °F, km/h → mph.
    private static let conversions: [(String, @Sendable (Double) -> Double)] = [
        ("km/h", { $0 * 0.621371 }), ("km²", { $0 * 0.386102 }), ("km", { $0 * 0.621371 }),
        ("㎞", { $0 * 0.621371 }), ("킬로미터", { $0 * 0.621371 }), ("m²", { $0 * 10.7639 }),
        ("㎡", { $0 * 10.7639 }), ("제곱미터", { $0 * 10.7639 }), ("평방미터", { $0 * 10.7639 }),
        ("mm", { $0 * 0.0393701 }), ("cm", { $0 * 0.393701 }), ("m", { $0 * 3.28084 }), ("미터", { $0 * 3.28084 }),
        ("kg", { $0 * 2.20462 }), ("킬로그램", { $0 * 2.20462 }), ("톤", { $0 * 1.10231 }),
        ("℃", { $0 * 9 / 5 + 32 }), ("°C", { $0 * 9 / 5 + 32 }), ("도", { $0 * 9 / 5 + 32 }),
    ]

    private static let conversionScalars = conversions.map { (Array($0.0.unicodeScalars), $0.1) }

    /// Every unit's first scalar: a number followed by none of them (most
    /// are: 년, 일, 명) has no unit to convert, found without walking the
    /// units, whose every element (an array and a closure) the loop retains.
    private static let conversionFirstScalars = Set(conversionScalars.map { $0.0[0] })

    private static func conversion(after position: Int, in scalars: [Unicode.Scalar]) -> ((Double) -> Double)? {
        var start = position
        if start < scalars.count, scalars[start] == " " { start += 1 }
        guard start < scalars.count, conversionFirstScalars.contains(scalars[start]) else { return nil }
        for (unitScalars, convert) in conversionScalars {
            // The first scalar decides nearly every unit before the slices are compared.
            guard start < scalars.count, scalars[start] == unitScalars[0], start + unitScalars.count <= scalars.count,
                scalars[start..<(start + unitScalars.count)].elementsEqual(unitScalars)
            else { continue }
            let end = start + unitScalars.count
            // "m" must be the whole unit: not "mph", not "million".
            if unitScalars.allSatisfy(\.isASCII), end < scalars.count, Script.isLatinLetter(scalars[end]) {
                continue
            }
            return convert
        }
        return nil
    }

    /// True when one of `values` is within 6 % of `converted` (translators
    /// round: 240 km is "about 150 miles").
    public static func approximatelyContains(_ values: [Double], _ converted: Double) -> Bool {
        values.contains { abs($0 - converted) <= 0.06 * abs(converted) }
    }

    // MARK: English

    private static let scaleWords: [String: Double] = [
        "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
        // Wire-service abbreviations: "$3 bn", "12 mln".
        "mln": 1e6, "bn": 1e9,
    ]
    private static let scaleSuffixes: [String: Double] = ["k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12]

    /// The digit numbers of an English text, with "million" and the like
    /// folded in (each keeps its bare value too).
    public static func english(_ text: String) -> [Number] {
        guard hasDigit(text) else { return [] }
        let scalars = Script.scalars(of: text)
        var numbers: [Number] = []
        // Scales of a million and up said with a number, and the numbers that have a scale of their own.
        var sharedScales = Set<Double>(), scaled = Set<Int>()
        var position = 0
        while position < scalars.count {
            guard Script.isDigit(scalars[position]) else {
                position = characterReferenceEnd(at: position, in: scalars) ?? position + 1
                continue
            }
            if let word = wholeWord(at: position, in: scalars) {
                var number = word.number
                // G20 is also the 20 of "주요 20개국(G20)": the English side offers its digits too.
                number.keys += word.digitValues.map(key)
                numbers.append(number)
                position = word.end
                continue
            }
            var start = position
            var (value, next) = digits(scalars, from: position)
            if let fraction = leadingFraction(at: start, in: scalars) {
                value = fraction.value
                next = fraction.end
                start -= 1
            }
            position = next
            let written = Script.string(of: scalars[start..<position])
            var keys = [key(value)] + dateParts(written) + clockParts(written)
            var canonical = key(value)
            if let (scale, certain) = englishScale(of: start..<position, in: scalars) {
                keys.append(key(value * scale))
                if certain { canonical = key(value * scale) }
                scaled.insert(numbers.count)
                if certain, scale >= 1e6 { sharedScales.insert(scale) }
            }
            // "1994–98": a range of years whose end keeps only its last two digits.
            // A date (2001-01-01) goes on after its month.
            let continuesDate = position + 1 < scalars.count && ["-", "/", "."].contains(scalars[position])
                && Script.isDigit(scalars[position + 1])
            if written.count == 2, !continuesDate, ["–", "-", "‐"].contains(start > 0 ? scalars[start - 1] : " "),
               let first = year(endingAt: start - 1, in: scalars) {
                var year = first - first.truncatingRemainder(dividingBy: 100) + value
                if year < first { year += 100 }  // 1998–02 ends in 2002
                keys.append(key(year))
            }
            var number = Number(text: written, keys: keys, canonical: canonical, isDay: false, isHour: false)
            number.value = value
            // "Section 8.40, “Gradient Map”": a cross-reference label, which a translation
            // may give by the title alone.
            number.isDesignation = follows(englishDesignationWords, before: start, in: scalars)
            numbers.append(number)
        }
        // "2 to 3 million", "150 million euros today and 200 tomorrow": a scale word
        // said once covers the bare numbers beside it (2~3억 is 200 to 300 million).
        // Only an extra key: the canonical value the aligner counts stays as written.
        if !sharedScales.isEmpty {
            for index in numbers.indices where !numbers[index].isIdentifier && !scaled.contains(index)
                && numbers[index].value >= 1 && numbers[index].value < 1000
            {
                let bare = numbers[index].value
                for scale in sharedScales.sorted() where !numbers[index].keys.contains(key(bare * scale)) {
                    numbers[index].keys.append(key(bare * scale))
                }
            }
        }
        return numbers
    }

    /// The year (1900–2100) written in the four digits before `end`, if
    /// they are a number of their own.
    private static func year(endingAt end: Int, in scalars: [Unicode.Scalar]) -> Double? {
        guard end >= 4, (end - 4..<end).allSatisfy({ Script.isDigit(scalars[$0]) }),
              end == 4 || !Script.isDigit(scalars[end - 5]) else { return nil }
        let (value, _) = digits(scalars, from: end - 4)
        return (1900...2100).contains(value) ? value : nil
    }

    /// The scale of the number at `range`: a suffix (5m, 2bn) or a scale
    /// word after a space or hyphen (5 million, 12-dozen). Certain unless it
    /// is a one-letter suffix without a currency sign: 3m is more often
    /// three metres than three million, £3m never.
    private static func englishScale(of range: Range<Int>, in scalars: [Unicode.Scalar]) -> (scale: Double, certain: Bool)? {
        let position = range.upperBound
        var wordEnd = position
        while wordEnd < scalars.count, Script.isLatinLetter(scalars[wordEnd]) { wordEnd += 1 }
        if wordEnd > position {
            // Lower-casing never shortens a word: one longer than every suffix is none.
            guard wordEnd - position <= longestScaleSuffix else { return nil }
            let suffix = Script.string(of: scalars[position..<wordEnd]).lowercased()
            guard let scale = scaleSuffixes[suffix] else { return nil }
            let isCurrency = range.lowerBound > 0 && currencySigns.contains(scalars[range.lowerBound - 1])
            return (scale, suffix.count > 1 || isCurrency)
        }
        guard position < scalars.count, scalars[position] == " " || scalars[position] == "-" else { return nil }
        var end = position + 1
        while end < scalars.count, Script.isLatinLetter(scalars[end]) { end += 1 }
        guard end > position + 1, end - position - 1 <= longestScaleWord else { return nil }
        let word = Script.string(of: scalars[(position + 1)..<end]).lowercased()
        return (scaleWords[word] ?? (word == "dozen" ? 12 : nil)).map { ($0, true) }
    }

    private static let currencySigns: Set<Unicode.Scalar> = ["$", "£", "€", "¥", "₩"]

    /// The longest suffix and scale word, in scalars (the words are ASCII).
    private static let longestScaleSuffix = scaleSuffixes.keys.map(\.utf8.count).max() ?? 0
    private static let longestScaleWord = max(scaleWords.keys.map(\.utf8.count).max() ?? 0, "dozen".utf8.count)

    /// Values English writes as words: "three", "twenty-five", "a dozen",
    /// "first", "twice", month names (May = 5), "three million".
    public static func englishWordValues(_ text: String) -> Set<Int64> {
        let text = Script.withoutLetterMarks(text)
        var values = Set<Int64>()
        var pending: Double?
        // World War II, Elizabeth II, Benedict XVI, Super Bowl XL: upper-case Roman numerals
        // (I, V, X, L only: CD, MD and DC are acronyms far more often); a lone I, V or X
        // only after a capitalised name (Elizabeth I, Henry V).
        // The words (`Script.asciiWords`) as ranges of the text's bytes: a String
        // is made only for a word that may be a numeral or a number word.
        let textBytes = Array(text.utf8)
        let words = asciiWordRanges(textBytes)
        func word(_ range: Range<Int>) -> String { String(decoding: textBytes[range], as: UTF8.self) }
        // `romanValue` needs every letter to be a numeral: tested on the bytes
        // before a String is made ("In", "Israel" and "Lee" fail here).
        for (index, range) in words.enumerated() where textBytes[range].allSatisfy(romanDigitBytes.contains) {
            guard let value = romanValue(word(range)) else { continue }
            if range.count == 1 {
                guard index > 0, (0x41...0x5A).contains(textBytes[words[index - 1].lowerBound]), words[index - 1].count > 1
                else { continue }
            }
            values.insert(key(value))
        }
        // Ranks and rounds English names in words: 2위 is the runner-up, 4강 the semifinals.
        // The phrases are ASCII, so a match needs their bytes in `lower`: a byte
        // search rules out almost every text before the Character-wise
        // `contains`, which was most of number-mismatch's time on a large memory.
        // One pass for all the phrases, each position tried against the phrases
        // that start with its byte, not one pass per phrase.
        // ASCII text lower-cases byte by byte, as `lowercased()` does it; other
        // text goes through `lowercased()`, which may turn a scalar into ASCII.
        let isASCII = textBytes.allSatisfy { $0 < 0x80 }
        let bytes = isASCII ? textBytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } : Array(text.lowercased().utf8)
        var found: UInt64 = 0
        // The tables read once, not checked for their lazy initialisation at
        // every byte; a phrase is a candidate when both its first and second
        // bytes are there (every phrase has two or more), which rules out
        // most of the positions that start with a phrase's first letter.
        let byFirstByte = rankPhrasesByFirstByte, bySecondByte = rankPhrasesBySecondByte
        let rankPhraseBytes = rankPhraseBytes
        for start in bytes.indices.dropLast() {
            var candidates = byFirstByte[Int(bytes[start])] & bySecondByte[Int(bytes[start + 1])] & ~found
            while candidates != 0 {
                let phrase = candidates.trailingZeroBitCount
                candidates &= candidates - 1
                let phraseBytes = rankPhraseBytes[phrase]
                if start + phraseBytes.count <= bytes.count, bytes[start..<start + phraseBytes.count].elementsEqual(phraseBytes) {
                    found |= 1 << UInt64(phrase)
                }
            }
        }
        if found != 0 {
            let lower = text.lowercased()
            for (index, (phrase, value)) in rankPhrases.enumerated()
            where found & (1 << UInt64(index)) != 0 && lower.contains(phrase) {
                values.insert(key(value))
            }
        }
        for range in words {
            // Most words are no number word: ruled out on their length and
            // first and last letters before they are lower-cased and looked up.
            guard mayBeNumberWord(textBytes[range]) else {
                pending = nil
                continue
            }
            // A word is ASCII letters, which | 0x20 lower-cases as `lowercased()` does.
            let word = String(decoding: textBytes[range].map { $0 | 0x20 }, as: UTF8.self)
            let numberWord = numberWords[word]
            // "five decades" is 50 (50년), "two dozen" 24.
            if let numberWord, numberWord.isScale {
                let scale = numberWord.value
                values.insert(key(scale))
                if let base = pending { values.insert(key(base * scale)) }
                pending = nil
                continue
            }
            if let value = numberWord?.value {
                values.insert(key(value))
                if let base = pending, base >= 20, base.truncatingRemainder(dividingBy: 10) == 0, value < 10 {
                    values.insert(key(base + value))
                    pending = base + value
                } else {
                    pending = value
                }
            } else {
                pending = nil
            }
        }
        return values
    }

    /// True when `text` has a word that stands for one: "a" or "an" ("an
    /// hour" for 1시간), or a word that counts one at a time ("every minute"
    /// for 1분마다, "per second" for 1초당, "each node" for 노드 1개마다).
    public static func hasWordForOne(_ text: String) -> Bool {
        containsASCIIWord(in: text) { word in
            if word.count <= 2 {
                return word[0] | 0x20 == UInt8(ascii: "a") && (word.count == 1 || word[1] | 0x20 == UInt8(ascii: "n"))
            }
            return word.count <= 5 && distributiveWords.contains { $0.elementsEqual(word.lazy.map { $0 | 0x20 }) }
        }
    }

    private static let distributiveWords = ["every", "each", "per"].map { Array($0.utf8) }

    /// True when `text` names a month (capitalised: "May", "Jan."), i.e. gives a calendar date.
    public static func namesMonth(_ text: String) -> Bool {
        containsASCIIWord(in: text) { word in monthNameBytes.contains { $0.elementsEqual(word) } }
    }

    private static let monthNameBytes = monthNames.map { Array($0.utf8) }

    private static let monthNames: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]

    /// "last year", "next year", "this year", "a year ago", "next June": a Korean 2008년 said relative to today.
    public static func mentionsRelativeYear(_ text: String) -> Bool {
        let lower = text.lowercased(), bytes = Array(lower.utf8)
        if ["last year", "next year", "this year", "year ago", "years ago", "previous year", "the year before"]
            .contains(where: { has($0, in: lower, bytes: bytes) })
        {
            return true
        }
        let words = Script.asciiWords(text)
        return zip(words, words.dropFirst()).contains { ["next", "last", "this"].contains($0.0.lowercased()) && monthNames.contains($0.1) }
    }

    /// Weekdays and relative days: a Korean "3일" often becomes "Monday" or "yesterday".
    public static func mentionsDay(_ text: String) -> Bool {
        // | 0x20 lower-cases a letter, and a word is letters only.
        containsASCIIWord(in: text) { word in
            dayWordBytes.contains { day in day.count == word.count && zip(day, word).allSatisfy { $0 == $1 | 0x20 } }
        }
    }

    private static let dayWordBytes = dayWords.map { Array($0.utf8) }

    /// Whether a word of `Script.asciiWords(text)` (a run of ASCII letters)
    /// satisfies `test`, given the word's bytes: no String per word.
    private static func containsASCIIWord(in text: String, where test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var start = -1
            for index in 0...bytes.count {
                let isLetter = index < bytes.count && (bytes[index] | 0x20) >= 0x61 && (bytes[index] | 0x20) <= 0x7A
                if isLetter {
                    if start < 0 { start = index }
                } else if start >= 0 {
                    if test(UnsafeBufferPointer(rebasing: bytes[start..<index])) { return true }
                    start = -1
                }
            }
            return false
        }
    }

    private static let dayWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
        "tomorrow", "tonight", "weekend",
    ]

    /// `scaleWords`, `wordScales` and `wordValues` in one table, looked up
    /// once per word instead of once per table; a scale word is read as a
    /// scale first (`scaleWords`, then `wordScales`), as the three were.
    private static let numberWords: [String: (isScale: Bool, value: Double)] = {
        var table = wordValues.mapValues { (isScale: false, value: $0) }
        for (word, scale) in wordScales { table[word] = (isScale: true, value: scale) }
        for (word, scale) in scaleWords { table[word] = (isScale: true, value: scale) }
        return table
    }()

    /// Nouns that multiply the number word before them.
    private static let wordScales: [String: Double] = ["dozen": 12, "dozens": 12, "decade": 10, "decades": 10]

    private static let romanDigitBytes: [UInt8] = Array("IVXL".utf8)

    /// The value of an upper-case Roman numeral made of I, V, X and L in
    /// canonical form (XIV, not IIII or VX), nil for any other word.
    static func romanValue(_ word: String) -> Double? {
        // Nearly every word fails on its first letter: decide that on the
        // byte before building the table and walking Characters (this
        // function was a fifth of number-mismatch's time on a large memory).
        guard let first = word.utf8.first, Self.romanDigitBytes.contains(first) else { return nil }
        let digits: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50]
        let values = word.compactMap { digits[$0] }
        guard !values.isEmpty, values.count == word.count else { return nil }
        var total = 0
        for (index, value) in values.enumerated() {
            if index + 1 < values.count, value < values[index + 1] { total -= value } else { total += value }
        }
        // Canonical form only: writing the value back must give the word.
        var rest = total, written = ""
        for (symbol, value) in [("L", 50), ("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1)] {
            while rest >= value {
                written += symbol
                rest -= value
            }
        }
        return written == word && total > 0 ? Double(total) : nil
    }

    /// Words that stand for a rank, a round or a count: the runner-up came
    /// 2nd (2위), the semifinals are the last 4 (4강), a retrial is the 2nd
    /// (2차 공판), trilateral talks have
    /// 3 parties (3자 회담), octal is base 8 (8진수).
    private static let rankPhrases: [(String, Double)] = [
        ("runner-up", 2), ("runners-up", 2), ("runner up", 2), ("semifinal", 4), ("semi-final", 4), ("semis", 4),
        ("quarterfinal", 8), ("quarter-final", 8), ("last eight", 8), ("last four", 4), ("last 16", 16),
        ("round of 16", 16), ("bilateral", 2), ("trilateral", 3), ("tripartite", 3), ("three-way", 3),
        ("quadrilateral", 4), ("binary", 2), ("octal", 8), ("hexadecimal", 16), ("champion", 1), ("gold medal", 1),
        ("silver medal", 2), ("bronze medal", 3), ("retrial", 2), ("rematch", 2), ("runoff", 2), ("run-off", 2), ("top spot", 1), ("the top", 1), ("number one", 1), ("top-ranked", 1),
    ]

    private static let rankPhraseBytes: [[UInt8]] = rankPhrases.map { Array($0.0.utf8) }

    /// For each byte, the rank phrases that start with it, as bits of
    /// their indices (a mask, not an array per byte: no array to retain at
    /// every byte of the text).
    private static let rankPhrasesByFirstByte: [UInt64] = {
        var table = [UInt64](repeating: 0, count: 256)
        for (index, bytes) in rankPhraseBytes.enumerated() { table[Int(bytes[0])] |= 1 << UInt64(index) }
        return table
    }()

    /// For each byte, the rank phrases whose second byte it is.
    private static let rankPhrasesBySecondByte: [UInt64] = {
        var table = [UInt64](repeating: 0, count: 256)
        for (index, bytes) in rankPhraseBytes.enumerated() { table[Int(bytes[1])] |= 1 << UInt64(index) }
        return table
    }()

    /// The ranges of `Script.asciiWords`' words (runs of ASCII letters) in `bytes`.
    private static func asciiWordRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int?
        for (index, byte) in bytes.enumerated() {
            if (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
                if start == nil { start = index }
            } else if let first = start {
                ranges.append(first..<index)
                start = nil
            }
        }
        if let first = start { ranges.append(first..<bytes.count) }
        return ranges
    }

    /// For each length, the lower-case first and last letters (bits 0-25)
    /// of the words `scaleWords`, `wordScales` and `wordValues` hold: a
    /// word outside them is none of those words in any case.
    private static let numberWordLetters: [(first: UInt32, last: UInt32)] = {
        let words = Array(scaleWords.keys) + Array(wordScales.keys) + Array(wordValues.keys)
        var table = [(first: UInt32, last: UInt32)](repeating: (0, 0), count: (words.map(\.utf8.count).max() ?? 0) + 1)
        for word in words {
            let bytes = Array(word.utf8)
            table[bytes.count].first |= 1 << UInt32(bytes[0] - UInt8(ascii: "a"))
            table[bytes.count].last |= 1 << UInt32(bytes[bytes.count - 1] - UInt8(ascii: "a"))
        }
        return table
    }()

    /// False when the word of `bytes` (ASCII letters, as `Script.asciiWords`
    /// gives them) cannot be a key of the number-word tables whatever its case.
    private static func mayBeNumberWord(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count < numberWordLetters.count, let first = bytes.first, let last = bytes.last else { return false }
        let letters = numberWordLetters[bytes.count]
        // | 0x20 lower-cases an ASCII letter.
        return letters.first & (1 << UInt32((first | 0x20) &- UInt8(ascii: "a"))) != 0
            && letters.last & (1 << UInt32((last | 0x20) &- UInt8(ascii: "a"))) != 0
    }

    /// The percentages English writes as fractions: "half" 50, "a third" 33.3, "a quarter" 25,
    /// "two thirds" 66.7, "three quarters" 75, "a fifth" 20, "a tenth" 10.
    public static func englishFractionPercents(_ text: String) -> [Double] {
        englishFractions(text).map { 100 * Double($0.numerator) / Double($0.denominator) }
    }

    /// The fractions English writes in words ("a third", "three quarters",
    /// "half"), which Korean writes 1/3, 3/4 or 2분의 1.
    public static func englishFractions(_ text: String) -> [(numerator: Int, denominator: Int)] {
        // Every phrase has one of these words, whose bytes the lower-cased
        // text must then have (`hasBytes`).
        let lowered = Array(text.lowercased().utf8)
        guard fractionWords.contains(where: { hasBytes($0, in: lowered) }) else { return [] }
        let lower = " " + String(text.lowercased().map { $0 == "-" ? " " : $0 }) + " "
        let lowerBytes = Array(lower.utf8)
        return fractionPhrases.filter { has($0.phrase, in: lower, bytes: lowerBytes) }.map { ($0.numerator, $0.denominator) }
    }

    private static let fractionPhrases: [(phrase: String, numerator: Int, denominator: Int)] = [
        (" half", 1, 2), (" a third", 1, 3), (" one third", 1, 3), (" two thirds", 2, 3), (" a quarter", 1, 4),
        (" one quarter", 1, 4), (" three quarters", 3, 4), (" a fifth", 1, 5), (" one fifth", 1, 5), (" a tenth", 1, 10),
        (" one tenth", 1, 10),
    ]

    private static let fractionWords: [[UInt8]] = ["half", "third", "quarter", "fifth", "tenth"].map { Array($0.utf8) }

    /// Whether `bytes` has `needle` in it, byte for byte. A test before
    /// Foundation's `contains` of an ASCII phrase of letters and spaces
    /// (Character-wise, with canonical equivalence: most of these
    /// functions' time on a large memory): no scalar but an ASCII one is
    /// canonically equivalent to a lower-case ASCII letter or a space, so
    /// that `contains` finds no phrase whose bytes are not there.
    private static func hasBytes(_ needle: [UInt8], in bytes: [UInt8]) -> Bool {
        !needle.isEmpty && bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { UTF8Search.contains(haystack, $0) }
        }
    }

    /// `lower.contains(phrase)`, with `hasBytes` first.
    private static func has(_ phrase: String, in lower: String, bytes: [UInt8]) -> Bool {
        hasBytes(Array(phrase.utf8), in: bytes) && lower.contains(phrase)
    }

    /// "the parties", "the talks", "participants": a meeting named by its members, not their count.
    public static func mentionsParties(_ text: String) -> Bool {
        let lower = text.lowercased(), bytes = Array(lower.utf8)
        return ["parties", "the talks", "participants"].contains { has($0, in: lower, bytes: bytes) }
    }

    /// Whether `text` marks list items with letters or Roman numerals in
    /// parentheses ("(a) needs to run as a special user, or (b) …"), which
    /// a translation may number "(1)", "(2)".
    public static func hasLetterEnumerators(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        while index + 2 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "(") else { continue }
            var end = index + 1
            // Roman numerals (i, iv, xii), else one letter.
            while end < bytes.count, end - index <= 4,
                  bytes[end] == UInt8(ascii: "i") || bytes[end] == UInt8(ascii: "v") || bytes[end] == UInt8(ascii: "x") {
                end += 1
            }
            if end == index + 1, end < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[end]) { end += 1 }
            if end > index + 1, end < bytes.count, bytes[end] == UInt8(ascii: ")") { return true }
        }
        return false
    }

    /// Whether `text` lists `count` items: "A, B, C and D" (one comma fewer
    /// than items before "and" or "or") or "A, B, C, and D" (the serial comma).
    /// Korean counts a list the English gives without a number (5가지 특성 for
    /// "Minimum, Maximum, Major interval, Minor interval count and Reference value").
    public static func listsItems(_ count: Int, in text: String) -> Bool {
        var commas = 0, previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: ","), byte == UInt8(ascii: " ") { commas += 1 }
            previous = byte
        }
        guard commas >= 1 else { return false }
        let lower = text.lowercased(), bytes = Array(lower.utf8)
        let serial = has(", and ", in: lower, bytes: bytes) || has(", or ", in: lower, bytes: bytes)
        let joined = has(" and ", in: lower, bytes: bytes) || has(" or ", in: lower, bytes: bytes)
        return (joined && !serial ? commas + 2 : commas + 1) == count
    }

    /// "a few", "a couple", "several": an estimate that a
    /// Korean "2, 3년" gives as two neighbouring numbers.
    public static func mentionsEstimate(_ text: String) -> Bool {
        let lower = text.lowercased(), bytes = Array(lower.utf8)
        return ["a few", "couple", "several"].contains { has($0, in: lower, bytes: bytes) }
    }

    /// "last month", "next month", "this month": a Korean N월 said relative to today.
    public static func mentionsRelativeMonth(_ text: String) -> Bool {
        let lower = text.lowercased(), bytes = Array(lower.utf8)
        return ["last month", "next month", "this month", "month ago", "months ago", "earlier this", "later this"]
            .contains { has($0, in: lower, bytes: bytes) }
    }

    private static let wordValues: [String: Double] = {
        var table: [String: Double] = [:]
        let ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        for (value, word) in ones.enumerated() { table[word] = Double(value) }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (index, word) in tens.enumerated() { table[word] = Double((index + 2) * 10) }
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "eleventh", "twelfth"]
        for (index, word) in ordinals.enumerated() { table[word] = Double(index + 1) }
        // A fraction's denominator in the plural: "two-thirds" is 3분의 2, "three fifths" 5분의 3.
        for (index, word) in ordinals.enumerated() where index >= 2 { table[word + "s"] = Double(index + 1) }
        table["halves"] = 2
        table["quarters"] = 4
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december"]
        for (index, word) in months.enumerated() { table[word] = Double(index + 1) }
        for (word, value) in ["jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                              "sept": 9, "oct": 10, "nov": 11, "dec": 12] as [String: Double] {
            table[word] = value
        }
        table["a"] = nil
        table["once"] = 1
        table["twice"] = 2
        table["single"] = 1
        table["double"] = 2
        table["triple"] = 3
        // Growth as a multiple: "doubling" for 2배, "tenfold" for 10배, "a hundredfold" for 100배.
        for (word, value) in ["doubled": 2, "doubles": 2, "doubling": 2, "tripled": 3, "triples": 3, "tripling": 3,
                              "quadruple": 4, "quadrupled": 4, "quadrupling": 4, "twofold": 2, "threefold": 3,
                              "fourfold": 4, "fivefold": 5, "tenfold": 10, "hundredfold": 100,
                              "thousandfold": 1000] as [String: Double] {
            table[word] = value
        }
        table["both"] = 2
        table["couple"] = 2
        table["pair"] = 2
        table["half"] = 0.5
        table["quarter"] = 0.25
        table["century"] = 100
        table["hex"] = 16
        // Technical writing names numbers in words that Korean writes with
        // digits: leading zeros (앞에 오는 0), a secondary axis (2차 축), the
        // first quartile (1/4), paid half-yearly (1년에 두 번), decimal (10진수).
        for word in ["zeros", "zeroes"] { table[word] = 0 }
        for (word, value) in ["primary": 1, "secondary": 2, "tertiary": 3, "quaternary": 4,
                              "quartile": 4, "quartiles": 4, "quarterly": 4, "decile": 10, "deciles": 10,
                              "percentile": 100, "yearly": 1, "annual": 1, "annually": 1,
                              "semiannual": 2, "biannual": 2, "decimal": 10, "dual": 2] as [String: Double] {
            table[word] = value
        }
        return table
    }()

    // MARK: Shared

    /// A word with digits read as a whole, where it ends, and the values of
    /// its digit runs.
    private struct WholeWord {
        var number: Number
        var end: Int
        var digitValues: [Double]
    }

    /// The other name of an ECMAScript edition: ES6 is ES2015, ES2020 is ES11
    /// (editions since the sixth are named by year too, and pages written in
    /// different years use either).
    static func ecmaScriptAlias(_ word: String) -> String? {
        guard word.count >= 3, word.prefix(2).uppercased() == "ES", let number = Int(word.dropFirst(2)) else { return nil }
        if (6...30).contains(number) { return "ES\(number + 2009)" }
        if (2015...2039).contains(number) { return "ES\(number - 2009)" }
        return nil
    }

    /// The word with digits at `position` that is not a quantity, nil when it is one:
    /// - a digit run glued to Latin letters before it (IPv6, python3, G20, MP3, H1N1);
    /// - three or more dotted parts that are not a date (2.0.40, 192.168.0.1);
    /// - an ordinal in a hyphenated compound (2nd-party), which keeps its value.
    private static func wholeWord(at position: Int, in scalars: [Unicode.Scalar]) -> WholeWord? {
        func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool { Script.isDigit(scalar) || Script.isLatinLetter(scalar) }
        func make(_ range: Range<Int>, values: [Double], canonicalValue: Double? = nil) -> WholeWord {
            let written = Script.string(of: scalars[range])
            var keys = [identifierKey(written)]
            // A plural English adds to a name (MD5sums, MP3s) is the same name.
            if written.count > 2, written.hasSuffix("s"), let before = written.dropLast().last,
                before.isASCII && (before.isLetter || before.isNumber) {
                keys.append(identifierKey(String(written.dropLast())))
            }
            if let canonicalValue { keys.append(key(canonicalValue)) }
            if let edition = ecmaScriptAlias(written) { keys.append(identifierKey(edition)) }
            var number = Number(text: written, keys: keys, canonical: identifierKey(written), isDay: false, isHour: false)
            number.isIdentifier = true
            return WholeWord(number: number, end: range.upperBound, digitValues: values)
        }
        func digitRuns(_ range: Range<Int>) -> [Double] {
            var values: [Double] = [], current = ""
            for scalar in scalars[range] {
                if Script.isDigit(scalar) { current.unicodeScalars.append(scalar); continue }
                if let value = Double(current) { values.append(value) }
                current = ""
            }
            if let value = Double(current) { values.append(value) }
            return values
        }
        if position > 0, Script.isLatinLetter(scalars[position - 1]) {
            var start = position
            while start > 0, isASCIIAlphanumeric(scalars[start - 1]) { start -= 1 }
            var end = position
            while end < scalars.count, isASCIIAlphanumeric(scalars[end])
                || (scalars[end] == "." && end + 1 < scalars.count && Script.isDigit(scalars[end + 1]))
            {
                end += 1
            }
            return make(start..<end, values: digitRuns(start..<end))
        }
        // A hexadecimal literal (0x10, 0xFF) is one number, whose value a text may also
        // give in decimal or as its hex digits alone ("option 10" for 0x10).
        if scalars[position] == "0", position + 2 < scalars.count, scalars[position + 1] == "x" || scalars[position + 1] == "X",
           scalars[position + 2].properties.isASCIIHexDigit {
            var end = position + 2
            while end < scalars.count, scalars[end].properties.isASCIIHexDigit { end += 1 }
            let digits = Script.string(of: scalars[(position + 2)..<end])
            // A long one (an address, a hash) is compared as written, every digit counting.
            if end == scalars.count || !isASCIIAlphanumeric(scalars[end]), digits.count <= 8,
               let value = UInt64(digits, radix: 16) {
                var word = make(position..<end, values: [Double(value)], canonicalValue: Double(value))
                if let asWritten = Double(digits) { word.number.keys.append(key(asWritten)) }
                return word
            }
        }
        // Dotted parts: 2.0.40, 192.168.0.1 (a date such as 2021.03.18 is read as its parts).
        // Counted first: most numbers have fewer than two dots, and the parts'
        // Strings, made for every number, were most of this function's time.
        var dots = 0, scan = position
        while scan < scalars.count {
            if Script.isDigit(scalars[scan]) {
                scan += 1
            } else if scalars[scan] == ".", scan + 1 < scalars.count, Script.isDigit(scalars[scan + 1]) {
                dots += 1
                scan += 1
            } else {
                break
            }
        }
        var end = position, parts: [Substring] = [], part = ""
        while dots >= 2, end < scalars.count {
            if Script.isDigit(scalars[end]) {
                part.unicodeScalars.append(scalars[end])
            } else if scalars[end] == ".", !part.isEmpty, end + 1 < scalars.count, Script.isDigit(scalars[end + 1]) {
                parts.append(Substring(part))
                part = ""
            } else {
                break
            }
            end += 1
        }
        parts.append(Substring(part))
        if dots >= 2, parts.count >= 3, !isDate(parts) {
            return make(position..<end, values: parts.compactMap { Double($0) })
        }
        // 2nd-party, 3rd-person: the ordinal stays a candidate value.
        var letters = position
        while letters < scalars.count, Script.isDigit(scalars[letters]) { letters += 1 }
        // Only s, n, r, t in either case start such a suffix once lower-cased: no
        // other scalar's lower case begins with one of them (tested over every scalar).
        if letters == scalars.count || !"snrtSNRT".unicodeScalars.contains(scalars[letters]) {
            return nil
        }
        let suffixEnd = min(letters + 2, scalars.count)
        let suffix = Script.string(of: scalars[letters..<suffixEnd]).lowercased()
        if ["st", "nd", "rd", "th"].contains(suffix), suffixEnd + 1 < scalars.count, scalars[suffixEnd] == "-",
            Script.isLatinLetter(scalars[suffixEnd + 1])
        {
            var wordEnd = suffixEnd + 1
            while wordEnd < scalars.count, Script.isLatinLetter(scalars[wordEnd]) || scalars[wordEnd] == "-" { wordEnd += 1 }
            if scalars[wordEnd - 1] == "-" { wordEnd -= 1 }
            let value = Double(Script.string(of: scalars[position..<letters])) ?? 0
            return make(position..<wordEnd, values: [value], canonicalValue: value)
        }
        return nil
    }

    /// .268 (a batting average) is 0.268: a point with no digit or letter
    /// before it (fig.1 and A.1 are labels, 1.5 a decimal); its value and end.
    private static func leadingFraction(at position: Int, in scalars: [Unicode.Scalar]) -> (value: Double, end: Int)? {
        guard position > 0, scalars[position - 1] == "." else { return nil }
        if position > 1 {
            let before = scalars[position - 2]
            guard before.properties.isWhitespace || "([\"'“‘".unicodeScalars.contains(before) else { return nil }
        }
        var end = position, digits = ""
        while end < scalars.count, Script.isDigit(scalars[end]) {
            digits.unicodeScalars.append(scalars[end])
            end += 1
        }
        if end < scalars.count, scalars[end] == "." || scalars[end] == "," && end + 1 < scalars.count
            && Script.isDigit(scalars[end + 1])
        {
            return nil
        }
        return Double("0." + digits).map { ($0, end) }
    }

    /// Year, month, day: 2021.03.18.
    private static func isDate(_ parts: [Substring]) -> Bool {
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2])
        else { return false }
        return (1900...2100).contains(year) && (1...12).contains(month) && (1...31).contains(day)
    }

    /// Korean notations of a decimal: 9초58 (9.58 seconds), 2할6푼8리 (a
    /// batting average, .268); the value and the index after it.
    private static func koreanDecimal(at position: Int, in scalars: [Unicode.Scalar]) -> (Double, Int)? {
        var end = position
        func digitRun() -> String? {
            var run = ""
            while end < scalars.count, Script.isDigit(scalars[end]) {
                run.unicodeScalars.append(scalars[end])
                end += 1
            }
            return run.isEmpty ? nil : run
        }
        guard let whole = digitRun(), end < scalars.count else { return nil }
        if scalars[end] == "초", end + 2 < scalars.count, Script.isDigit(scalars[end + 1]), Script.isDigit(scalars[end + 2]),
            end + 3 == scalars.count || !Script.isDigit(scalars[end + 3])
        {
            let hundredths = Script.string(of: scalars[(end + 1)...(end + 2)])
            return ((Double(whole) ?? 0) + (Double(hundredths) ?? 0) / 100, end + 3)
        }
        guard scalars[end] == "할", whole.count == 1 else { return nil }
        end += 1
        var value = (Double(whole) ?? 0) / 10
        for (unit, scale) in [("푼" as Unicode.Scalar, 100.0), ("리", 1000.0)] {
            let mark = end
            guard let run = digitRun(), run.count == 1, end < scalars.count, scalars[end] == unit else {
                end = mark
                break
            }
            value += (Double(run) ?? 0) / scale
            end += 1
        }
        return (value, end)
    }

    /// After `&#8212;` or `&#x2014;` (a character reference left in the
    /// text): its end, so that its digits are not read as a number.
    private static func characterReferenceEnd(at position: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard scalars[position] == "&", position + 2 < scalars.count, scalars[position + 1] == "#" else { return nil }
        var end = position + 2
        while end < scalars.count, end - position <= 10, scalars[end] != ";" {
            guard Script.isDigit(scalars[end]) || Script.isLatinLetter(scalars[end]) else { return nil }
            end += 1
        }
        return end < scalars.count && scalars[end] == ";" ? end + 1 : nil
    }

    // The word lists `follows` and `hasWord` are given for every number
    // read, kept here: an array literal in the call was made (allocated and
    // filled) at every call.
    private static let koreanDesignationWords = ["그림", "표", "예제", "Figure", "Section", "Table", "Example"]
    private static let englishDesignationWords = ["Section", "Chapter", "Figure", "Table", "Example", "Appendix",
                                                  "section", "chapter", "figure", "table", "example", "appendix"]
    private static let percentWords = ["퍼센트", "프로"]

    /// True when one of `words` ends just before `position` (and one optional
    /// space, which may be a no-break space: 그림&nbsp;7.37).
    private static func follows(_ words: [String], before position: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var end = position
        if end > 0, scalars[end - 1].properties.isWhitespace { end -= 1 }
        // Compared from the end, scalar by scalar: an array of each word's
        // scalars, made for every number read, was most of this function's time.
        return words.contains { word in
            var index = end
            for scalar in word.unicodeScalars.reversed() {
                guard index > 0, scalars[index - 1] == scalar else { return false }
                index -= 1
            }
            return true
        }
    }

    /// True when one of `words` starts at `position` (after one optional space).
    private static func hasWord(_ words: [String], at position: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var start = position
        if start < scalars.count, scalars[start] == " " { start += 1 }
        // Scalar by scalar, without an array of each word's scalars (as `follows`).
        return words.contains { word in
            var index = start
            for scalar in word.unicodeScalars {
                guard index < scalars.count, scalars[index] == scalar else { return false }
                index += 1
            }
            return true
        }
    }

    private static func hasDigit(_ text: String) -> Bool {
        text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Reads `1,234.5` (commas every three digits, one decimal point) from
    /// `position`; returns the value and the index after it.
    private static func digits(_ scalars: [Unicode.Scalar], from position: Int) -> (Double, Int) {
        var position = position
        var integer = ""
        while position < scalars.count {
            let scalar = scalars[position]
            if Script.isDigit(scalar) {
                integer.unicodeScalars.append(scalar)
                position += 1
            } else if scalar == ",", !integer.isEmpty, position + 3 < scalars.count,
                Script.isDigit(scalars[position + 1]), Script.isDigit(scalars[position + 2]),
                Script.isDigit(scalars[position + 3]),
                position + 4 == scalars.count || !Script.isDigit(scalars[position + 4])
            {
                position += 1  // a thousands separator
            } else {
                break
            }
        }
        var fraction = ""
        if position + 1 < scalars.count, scalars[position] == ".", Script.isDigit(scalars[position + 1]) {
            var end = position + 1
            while end < scalars.count, Script.isDigit(scalars[end]) {
                fraction.unicodeScalars.append(scalars[end])
                end += 1
            }
            // 2021.03.18 is a date: stop before the first dot and let each part count alone.
            if end < scalars.count, scalars[end] == ".", end + 1 < scalars.count, Script.isDigit(scalars[end + 1]) {
                return (Double(integer) ?? 0, position)
            }
            position = end
        }
        let value = Double(fraction.isEmpty ? integer : integer + "." + fraction) ?? 0
        return (value, position)
    }

    /// 0715 and 1530 (wire-service clock times, "at 0715 GMT") also count
    /// as their hour and minute, which Korean writes 7시 15분. A year
    /// (1900–2100) is not a time.
    private static func clockParts(_ written: String) -> [Int64] {
        let digits = Array(written.utf8)
        guard digits.count == 4, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            let value = Int(written), !(1900...2100).contains(value)
        else { return [] }
        let hour = value / 100, minute = value % 100
        guard hour <= 23, minute <= 59 else { return [] }
        return [key(Double(hour)), key(Double(minute))]
    }

    /// 2021.03 (a year and month) also counts as 2021 and 3; 6.15 (a month
    /// and day, as Korean writes 6·15 or 9.11) also as 6 and 15.
    private static func dateParts(_ written: String) -> [Int64] {
        // Without a full stop's byte there is no "." to split at: one part.
        guard written.utf8.contains(UInt8(ascii: ".")) else { return [] }
        let parts = written.split(separator: ".")
        guard parts.count == 2, parts[1].count == 2, let first = Double(parts[0]), let second = Double(parts[1])
        else { return [] }
        if parts[0].count == 4, (1900...2100).contains(first), (1...12).contains(second) {
            return [key(first), key(second)]
        }
        if parts[0].count <= 2, (1...12).contains(first), (1...31).contains(second) {
            return [key(first), key(second)]
        }
        return []
    }
}
