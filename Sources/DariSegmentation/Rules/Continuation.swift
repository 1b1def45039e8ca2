/// Words that continue the sentence before them even though it looks finished:
/// Korean quotative and connective forms after a quotation or a bare ending
/// ("…뭐지?? 하고 검색을", "…없었다.’라는 말이", "가보자 라며", "되나? 싶었는데").
enum Continuation {
    private static let koreanPrefixes: [[UInt16]] = [
        "라고", "라는", "라며", "라면서", "라구", "라니", "라던", "란", "이라고", "이라는", "이라며", "이란",
        "하고", "하며", "하면서", "하는", "하니", "하곤", "하길래", "하던", "하자", "하셨", "하시", "했던",
        // -ㄹ까 before a verb of worrying or wondering is an embedded question
        // ("길이 드러날까 걱정하는 사람들", Corpus/ko/interview.html).
        "걱정", "두려", "두렵", "궁금", "고민", "염려", "망설", "조마조마",
        "싶", "또는", "혹은", "하더", "하드", "보니", "보면", "못해", "못하", "않", "못", "줬", "며", "고", "는", "등", "및", "와", "과", "로", "라", "의", "를", "을", "에", "도",
    ].map { Array($0.utf16) }

    /// Words that are exactly one of the short forms above need to stand alone
    /// ("고" alone continues; "고양이" starts a sentence).
    private static let standaloneOnly: Set<[UInt16]> = Set(
        ["며", "고", "는", "등", "및", "와", "과", "로", "라", "의", "를", "을", "에", "도"].map { Array($0.utf16) })

    /// True when the Korean word at `units[start..<end]` continues the previous sentence.
    static func continuesKorean(_ units: [UInt16], start: Int, end: Int) -> Bool {
        for prefix in koreanPrefixes where units.hasPrefix(prefix, at: start) {
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
}
