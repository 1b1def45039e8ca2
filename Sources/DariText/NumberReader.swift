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
        public let keys: [Int64]
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
        /// A year-and-month stamp closing the text ("…를 요청     2005.10"), as
        /// news listings and photo captions carry: metadata, often not translated.
        public var isTrailingStamp = false

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

    // MARK: Korean

    private static let smallUnits: [Unicode.Scalar: Double] = ["십": 10, "백": 100, "천": 1000]
    private static let bigUnits: [Unicode.Scalar: Double] = ["만": 1e4, "억": 1e8, "조": 1e12]

    /// The digit numbers of a Korean text, with Korean units folded in.
    public static func korean(_ text: String) -> [Number] {
        // Most sentences have no digit: the aligner reads every one.
        guard hasDigit(text) else { return [] }
        let scalars = Array(text.unicodeScalars)
        var numbers: [Number] = []
        var position = 0
        var depth = 0
        while position < scalars.count {
            guard Script.isDigit(scalars[position]) else {
                if scalars[position] == "(" || scalars[position] == "（" { depth += 1 }
                if (scalars[position] == ")" || scalars[position] == "）") && depth > 0 { depth -= 1 }
                position += 1
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
                if position < scalars.count, let big = bigUnits[scalars[position]] {
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
            let written = String(String.UnicodeScalarView(scalars[start..<position]))
            var keys = [key(total)]
            var canonical = key(total)
            if !sawUnit { keys += dateParts(written) }
            if sawUnit, let rawFirst, total != rawFirst, rawFirst >= 1000 { keys.append(key(rawFirst)) }
            // Korean text quotes English too ("$50bn 추가 요청").
            if !sawUnit, let (scale, certain) = englishScale(of: start..<position, in: scalars), certain {
                canonical = key(total * scale)
                keys.append(canonical)
            }
            let next = position < scalars.count ? scalars[position] : " "
            let isHour = next == "시"
            // 15시 is "3 p.m.", 0시 "12:26 a.m.".
            if isHour, total > 12, total <= 24 { keys.append(key(total - 12)) }
            if isHour, total == 0 { keys.append(key(12)) }
            var number = Number(text: written, keys: keys, canonical: canonical,
                                isDay: next == "일" && (1...31).contains(total), isHour: isHour)
            number.isParenthesised = depth > 0
            number.converted = conversion(after: position, in: scalars).map { $0(total) }
            number.isYear = next == "년" && (1900...2100).contains(total)
            number.isTrailingStamp = !sawUnit && written.contains(".") && dateParts(written).count == 2
                && written.count == 7 && scalars[position...].allSatisfy { $0.properties.isWhitespace }
                && start > 0 && scalars[start - 1].properties.isWhitespace
            number.isOneWithCounter = total == 1 && Script.isHangulSyllable(next) && next != "월" && next != "일"
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

    private static func conversion(after position: Int, in scalars: [Unicode.Scalar]) -> ((Double) -> Double)? {
        var start = position
        if start < scalars.count, scalars[start] == " " { start += 1 }
        for (unitScalars, convert) in conversionScalars {
            guard start + unitScalars.count <= scalars.count,
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
        let scalars = Array(text.unicodeScalars)
        var numbers: [Number] = []
        var position = 0
        while position < scalars.count {
            guard Script.isDigit(scalars[position]) else {
                position += 1
                continue
            }
            let start = position
            let (value, next) = digits(scalars, from: position)
            position = next
            let written = String(String.UnicodeScalarView(scalars[start..<position]))
            var keys = [key(value)] + dateParts(written) + clockParts(written)
            var canonical = key(value)
            if let (scale, certain) = englishScale(of: start..<position, in: scalars) {
                keys.append(key(value * scale))
                if certain { canonical = key(value * scale) }
            }
            var number = Number(text: written, keys: keys, canonical: canonical, isDay: false, isHour: false)
            number.value = value
            numbers.append(number)
        }
        return numbers
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
            let suffix = String(String.UnicodeScalarView(scalars[position..<wordEnd])).lowercased()
            guard let scale = scaleSuffixes[suffix] else { return nil }
            let isCurrency = range.lowerBound > 0 && currencySigns.contains(scalars[range.lowerBound - 1])
            return (scale, suffix.count > 1 || isCurrency)
        }
        guard position < scalars.count, scalars[position] == " " || scalars[position] == "-" else { return nil }
        var end = position + 1
        while end < scalars.count, Script.isLatinLetter(scalars[end]) { end += 1 }
        guard end > position + 1 else { return nil }
        let word = String(String.UnicodeScalarView(scalars[(position + 1)..<end])).lowercased()
        return (scaleWords[word] ?? (word == "dozen" ? 12 : nil)).map { ($0, true) }
    }

    private static let currencySigns: Set<Unicode.Scalar> = ["$", "£", "€", "¥", "₩"]

    /// Values English writes as words: "three", "twenty-five", "a dozen",
    /// "first", "twice", month names (May = 5), "three million".
    public static func englishWordValues(_ text: String) -> Set<Int64> {
        var values = Set<Int64>()
        var pending: Double?
        // World War II, Elizabeth II, Super Bowl XL: upper-case Roman numerals.
        let words = Script.asciiWords(text)
        for word in words {
            if let value = romanNumerals[word] { values.insert(key(value)) }
        }
        for word in words {
            let word = word.lowercased()
            // "five decades" is 50 (50년), "two dozen" 24.
            if let scale = scaleWords[word] ?? wordScales[word] {
                values.insert(key(scale))
                if let base = pending { values.insert(key(base * scale)) }
                pending = nil
                continue
            }
            if let value = wordValues[word] {
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

    /// True when `text` has "a" or "an" as a word ("an hour" for 1시간).
    public static func hasIndefiniteArticle(_ text: String) -> Bool {
        Script.asciiWords(text).contains { $0 == "a" || $0 == "an" || $0 == "A" || $0 == "An" }
    }

    /// True when `text` names a month (capitalised: "May", "Jan."), i.e. gives a calendar date.
    public static func namesMonth(_ text: String) -> Bool {
        Script.asciiWords(text).contains { monthNames.contains($0) }
    }

    private static let monthNames: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]

    /// "last year", "next year", "this year", "a year ago": a Korean 2008년 said relative to today.
    public static func mentionsRelativeYear(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["last year", "next year", "this year", "year ago", "years ago", "previous year", "the year before"]
            .contains { lower.contains($0) }
    }

    /// Weekdays and relative days: a Korean "3일" often becomes "Monday" or "yesterday".
    public static func mentionsDay(_ text: String) -> Bool {
        Script.asciiWords(text).contains { dayWords.contains($0.lowercased()) }
    }

    private static let dayWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
        "tomorrow", "tonight", "weekend",
    ]

    /// Nouns that multiply the number word before them.
    private static let wordScales: [String: Double] = ["dozen": 12, "dozens": 12, "decade": 10, "decades": 10]

    private static let romanNumerals: [String: Double] = [
        "II": 2, "III": 3, "IV": 4, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "XI": 11, "XII": 12,
    ]

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
        table["both"] = 2
        table["couple"] = 2
        table["pair"] = 2
        table["half"] = 0.5
        table["quarter"] = 0.25
        table["century"] = 100
        return table
    }()

    // MARK: Shared

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
