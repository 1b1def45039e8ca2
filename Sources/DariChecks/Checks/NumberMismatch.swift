import DariGlossary
import DariMemory
import DariModel
import DariText

/// `number-mismatch`: a number in the Korean is missing from the English
/// (changed, mistyped or dropped).
///
/// Numbers are compared as values, whatever the script writes around them:
/// 1,000명 = 1,000; 3천 = 3,000; 12조3천억 = 12.3 trillion; 2000년 = 2000;
/// 4,800km = 4,800 km; 3.5% = 3.5 percent. English numbers written as words
/// ("three", "twice", "a dozen", "May", "World War II") count; metric units may
/// be converted (240km ≈ 150 miles, within 6 %); a Korean day of the month
/// may become a weekday ("3일" → "on Monday") or go when the English gives no
/// calendar date; a year may become "last year"; numbers in parentheses
/// (Korean adds conversions there) and a trailing date stamp ("     2005.10")
/// are not required.
///
/// Only Korean digits are looked for in the English, not the reverse:
/// Korean often writes small numbers as words (세 명) that English gives as
/// digits, and every changed number already leaves its Korean original
/// unmatched.
public struct NumberMismatch: Check {
    public static let id = "number-mismatch"
    public static let defaultSeverity = Severity.error
    public static let summary = "A number in the Korean is missing from, or different in, the English."
    public static let example = "en/people.html:40: error: [number-mismatch] the Korean has 1,000 but the English "
        + "does not (it has 900); correct the number or add it"
    public static let details = """
        Numbers are compared as values, whatever the script writes around them: 1,000명 = 1,000; 3천 = 3,000; \
        12조3천억 = 12.3 trillion; 2000년 = 2000; 4,800km = 4,800 km ≈ 2,983 miles; 3.5% = 3.5 percent. English \
        numbers written as words ("three", "twice", "both", "a dozen", "May", "World War II") count; metric \
        units may be converted (240km ≈ 150 miles, within 6 %); a Korean day of the month may become a \
        weekday ("3일" → "on Monday") or go when the English gives no calendar date; a year may become "last \
        year"; numbers in parentheses (Korean adds conversions there) and a trailing date stamp are not \
        required. Only Korean digits are looked for in the English, not the reverse: Korean often writes \
        small numbers as words (세 명) that English gives as digits.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        guard let koreanSide = input.side(of: .korean), let englishSide = input.side(of: .english) else { return }
        for record in input.segments {
            guard let target = record.translatedTarget, record.hasSource,
                !record.isCopy
            else { continue }
            let korean = koreanSide == .source ? record.source : target
            let english = englishSide == .source ? record.source : target
            guard korean.unicodeScalars.contains(where: Script.isDigit) else { continue }
            if let message = Self.compare(korean: korean, english: english) {
                findings.report(record, in: input, side: englishSide, message: message)
            }
        }
    }

    /// The message for a pair whose numbers disagree, nil when they agree.
    static func compare(korean: String, english: String) -> String? {
        let koreanNumbers = NumberReader.korean(korean)
        guard !koreanNumbers.isEmpty else { return nil }
        let englishNumbers = NumberReader.english(english)
        var available = Set(englishNumbers.flatMap(\.keys))
        var words: Set<Int64>?
        var day: Bool?
        var missing: [String] = []
        for number in koreanNumbers where !number.keys.contains(where: available.contains) {
            if number.isParenthesised || number.isTrailingStamp { continue }
            if number.isYear, NumberReader.mentionsRelativeYear(english) { continue }
            if let converted = number.converted,
                NumberReader.approximatelyContains(englishNumbers.map(\.value), converted)
            {
                continue
            }
            if words == nil { words = NumberReader.englishWordValues(english) }
            if number.isOneWithCounter, NumberReader.hasIndefiniteArticle(english) { continue }
            if let words, number.keys.contains(where: words.contains) { continue }
            if number.isDay {
                // A weekday or "yesterday" for 28일; or no calendar date at all: English
                // news translations drop the Korean dateline. A day written with its
                // month (July 28) must still match.
                if day == nil { day = NumberReader.mentionsDay(english) || !NumberReader.namesMonth(english) }
                if day == true { continue }
            }
            if !missing.contains(number.text) { missing.append(number.text) }
        }
        guard !missing.isEmpty else { return nil }
        let koreanKeys = Set(koreanNumbers.flatMap(\.keys))
        available.removeAll()
        var unmatched: [String] = []
        for number in englishNumbers where !number.keys.contains(where: koreanKeys.contains) {
            if !unmatched.contains(number.text) { unmatched.append(number.text) }
        }
        return message(missing: missing, unmatched: unmatched)
    }

    fileprivate static func message(missing: [String], unmatched: [String]) -> String {
        let list = missing.joined(separator: ", ")
        let has = unmatched.isEmpty ? "" : " (it has \(unmatched.joined(separator: ", ")))"
        return "the Korean has \(list) but the English does not\(has); correct the number or add it"
    }
}
