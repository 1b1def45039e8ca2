import DariMarkdown
import FuzzSupport

// Markdown pages: cmark-gfm with tables and footnotes, front matter (Yams,
// TOMLKit, JSON), template spans, raw HTML blocks through the HTML
// extractor. Any UTF-8 text must give blocks or an `ExtractionError`.
fuzz { bytes in
    guard let text = String(validating: bytes, as: UTF8.self) else { return }
    _ = try? MarkdownReader().read(text: text, path: "fuzz.md")
}
