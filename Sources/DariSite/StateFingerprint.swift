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
                if let href = Self.attribute("href", in: original) { targets.append("a " + Self.resolved(href, page: page)) }
            case let .standalone(_, element, original) where element.lowercased() == "img":
                targets.append("img " + (Self.attribute("src", in: original).map { Self.resolved($0, page: page) } ?? ""))
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

    /// `href` as a site-relative path with no language part: a relative link
    /// resolved against `page`'s folder, `.` and `..` applied, language
    /// segments dropped. An address with a scheme keeps its host (lowercased).
    static func resolved(_ href: String, page: String?) -> String {
        var address = Substring(href.trimmingCharacters(in: .whitespaces))
        var fragment: Substring = ""
        if let hash = address.firstIndex(of: "#") { fragment = address[hash...]; address = address[..<hash] }
        var segments: [Substring]
        if let scheme = address.range(of: "://") {
            segments = [Substring(address[..<scheme.upperBound].lowercased())]
                + address[scheme.upperBound...].split(separator: "/", omittingEmptySubsequences: false)
            if segments.count > 1 { segments[1] = Substring(segments[1].lowercased()) }
        } else if address.contains(":") {
            return String(address) + fragment  // mailto:, tel:
        } else if address.hasPrefix("/") || address.isEmpty {
            segments = address.split(separator: "/", omittingEmptySubsequences: true)
        } else {
            let folder = (page ?? "").split(separator: "/").dropLast()
            segments = Array(folder) + address.split(separator: "/", omittingEmptySubsequences: true)
        }
        var path: [String] = []
        for segment in segments {
            switch segment {
            case ".": continue
            case "..": if !path.isEmpty { path.removeLast() }
            default:
                let parts = segment.split(separator: ".", omittingEmptySubsequences: false)
                    .filter { !isLanguage($0.lowercased()) }
                if !parts.isEmpty { path.append(parts.joined(separator: ".")) }
            }
        }
        if path.last == "index.html" || path.last == "index.htm" { path.removeLast() }
        return path.joined(separator: "/") + fragment
    }

    private static func isLanguage(_ segment: String) -> Bool {
        Language.allCases.contains { Site.rootNames(for: $0).contains(segment) }
    }

    /// The value of `name="…"` (or '…', or bare) in an opening tag.
    static func attribute(_ name: String, in tag: String) -> String? {
        let characters = Array(tag)
        let lower = characters.map { Character($0.lowercased()) }
        let wanted = Array(name)
        var index = 0
        while index + wanted.count <= lower.count {
            defer { index += 1 }
            guard index > 0, lower[index - 1].isWhitespace, Array(lower[index..<index + wanted.count]) == wanted else {
                continue
            }
            var cursor = index + wanted.count
            while cursor < lower.count, lower[cursor].isWhitespace { cursor += 1 }
            guard cursor < lower.count, lower[cursor] == "=" else { continue }
            cursor += 1
            while cursor < lower.count, lower[cursor].isWhitespace { cursor += 1 }
            guard cursor < characters.count else { return "" }
            if characters[cursor] == "\"" || characters[cursor] == "'" {
                let quote = characters[cursor]
                let end = characters[(cursor + 1)...].firstIndex(of: quote) ?? characters.count
                return String(characters[(cursor + 1)..<end])
            }
            let end = characters[cursor...].firstIndex { $0.isWhitespace || $0 == ">" } ?? characters.count
            return String(characters[cursor..<end])
        }
        return nil
    }
}
