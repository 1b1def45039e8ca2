import DariModel
import Foundation

/// What a segment's side says, with what does not change its meaning left
/// out: the key two runs' segments are compared under.
///
/// - Text: NFC, white space collapsed (a re-wrapped line, a `<br>` that only
///   breaks a line) and trimmed.
/// - Inline markup: styling (emphasis, strong, spans, inline code…) is left
///   out; a link counts by its target and an image by its source, each
///   resolved against the page and with the language part of the path
///   (`/ko/`, `/en/`, `about.ko.html`) taken out, so a link rewritten to the
///   same target (`../about.html` → `/ko/about.html`) is not a change.
struct StateFingerprint: Hashable, Sendable {
    let text: String
    let targets: [String]

    /// The fingerprint of `content` on the page at `page` (site-relative, `ko/news/a.html`).
    init(_ content: [InlineContent], page: String?) {
        text = Self.normalisedText(InlineContent.plainText(content))
        var targets: [String] = []
        for piece in content {
            switch piece {
            case let .start(_, element, original) where element.lowercased() == "a":
                if let href = StartTag.attribute("href", in: original) {
                    targets.append("a " + LinkAddress.resolved(href, page: page))
                }
            case let .standalone(_, element, original) where element.lowercased() == "img":
                let source = StartTag.attribute("src", in: original)
                targets.append("img " + (source.map { LinkAddress.resolved($0, page: page) } ?? ""))
            default:
                continue
            }
        }
        self.targets = targets
    }

    /// NFC, every run of white space one space, no space at either end.
    static func normalisedText(_ text: String) -> String {
        let words = text.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace)
        return words.joined(separator: " ")
    }
}
