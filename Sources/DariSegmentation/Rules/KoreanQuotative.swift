/// The Korean quotative particles: what follows a quotation and hands it to
/// a verb of saying ("…입니다.”라고 말했다", "…갔다고 밝혔다", "…”라며 웃었다").
/// One list for both places that need it: the segmenter keeps a quotation
/// and its particle in one sentence (`Continuation`), and quotation pieces
/// another tool split apart are joined again (`QuotationPieces`).
enum KoreanQuotative {
    /// The particles, each a word of its own after a quotation when a
    /// splitter has cut it off ("고 말했다.").
    static let particles = ["고", "라고", "이라고", "다고", "며", "라며", "이라며"]

    /// Forms that glue to a quotation as the particles do ("…”라는 말",
    /// "…”라면서") but do not open a line: 이란 and 란 are also words of
    /// their own (Iran; 란 "column").
    static let gluedForms = ["라는", "라면서", "라구", "라니", "라던", "란", "이라는", "이란"]
}
