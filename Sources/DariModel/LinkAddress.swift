import Foundation

/// A link or image address as a comparison key. The two pages of a pair
/// point at each other's language (`/ko/about.html` on the Korean page is
/// `/en/about.html` on the English one), so every language part becomes
/// `{lang}`: a path segment (`ko`, `en-US`), a file-name tag
/// (`about.ko.html`, `about_en.html`), a subdomain (`ko.example.org`), a
/// query value (`?lang=ko`, `hl=en`). One key for the checks and the
/// translation state, so both say "same target" of the same links.
public enum LinkAddress {
    /// `address` lower-cased with its language folders dropped and other
    /// language parts as `{lang}`, the fragment (`#idm8778`, often a
    /// generated anchor), a folder's `index.html`, a page's extension and
    /// trailing slashes dropped, query parameters sorted.
    public static func languageNeutral(_ address: String) -> String {
        var text = Substring(address.trimmingCharacters(in: .whitespaces))
        if let hash = text.firstIndex(of: "#") { text = text[..<hash] }
        var query: Substring = ""
        if let mark = text.firstIndex(of: "?") {
            query = text[text.index(after: mark)...]
            text = text[..<mark]
        }
        var segments = text.split(separator: "/", omittingEmptySubsequences: false).map { segment -> String in
            let lower = segment.lowercased()
            if isLanguage(lower) { return "{lang}" }
            let parts = lower.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count >= 2 else { return lower }
            return parts.enumerated().map { index, part -> String in
                if isLanguage(String(part)) { return "{lang}" }
                if index == parts.count - 2, let underscore = part.lastIndex(of: "_"),
                    isLanguage(String(part[part.index(after: underscore)...]))
                {
                    return part[..<underscore] + "_{lang}"
                }
                return String(part)
            }.joined(separator: ".")
        }
        if segments.count > 1, segments.last == "index.html" || segments.last == "index.htm" { segments.removeLast() }
        // A language folder on one side only (`typescriptlang.org/ko/docs/…`
        // for `typescriptlang.org/docs/…`) is the same page in the reader's language.
        segments.removeAll { $0 == "{lang}" }
        // Site generators link a page with or without its source's or output's
        // extension (`./features.md`, `./features`, `./features.html`).
        if var last = segments.popLast() {
            for suffix in [".md", ".mdx", ".html", ".htm"] where last.hasSuffix(suffix) && last.count > suffix.count {
                last.removeLast(suffix.count)
                break
            }
            segments.append(last)
        }
        var key = segments.joined(separator: "/")
        while key.hasSuffix("/") { key.removeLast() }
        if !query.isEmpty {
            // A parameter that names the reader's language (`?hl=ko`, `lang=en`) is
            // left out, like a language folder: on one side only it is the same page.
            let parameters = query.split(separator: "&").filter { parameter in
                let pair = parameter.split(separator: "=", maxSplits: 1)
                return !(pair.count == 2 && isLanguage(pair[1].lowercased()))
            }.map(String.init)
            if !parameters.isEmpty { key += "?" + parameters.sorted().joined(separator: "&") }
        }
        return key
    }

    /// `address` as written on the page at `page` (site-relative,
    /// `ko/news/a.html`), resolved to a site-relative path (`.` and `..`
    /// applied) and then made language-neutral, with its fragment kept: a
    /// link rewritten to the same target (`../about.html` →
    /// `/ko/about.html`) gives the same key. An address with a scheme
    /// (`https://`, `mailto:`) is only made language-neutral.
    public static func resolved(_ address: String, page: String?) -> String {
        var text = Substring(address.trimmingCharacters(in: .whitespaces))
        var fragment: Substring = ""
        if let hash = text.firstIndex(of: "#") { fragment = text[hash...]; text = text[..<hash] }
        let beforePath = text.prefix { $0 != "/" && $0 != "?" }
        if beforePath.contains(":") || text.hasPrefix("//") { return languageNeutral(String(text)) + fragment }
        var query: Substring = ""
        if let mark = text.firstIndex(of: "?") { query = text[mark...]; text = text[..<mark] }
        let segments: [Substring]
        if text.hasPrefix("/") {
            segments = text.split(separator: "/")
        } else if text.isEmpty {
            segments = (page ?? "").split(separator: "/")  // `#top`: this page
        } else {
            segments = (page ?? "").split(separator: "/").dropLast() + text.split(separator: "/")
        }
        var path: [Substring] = []
        for segment in segments {
            switch segment {
            case ".": continue
            case "..": if !path.isEmpty { path.removeLast() }
            default: path.append(segment)
            }
        }
        return languageNeutral("/" + path.joined(separator: "/") + query) + fragment
    }

    /// True when `first` and `second` are absolute addresses on one site
    /// whose host or first folder names a language on at least one side
    /// (`ko.vite.dev` for `vite.dev`, `ko.wikipedia.org` for
    /// `en.wikipedia.org`, `developer.mozilla.org/ko/…` for `…/en-US/…`): the
    /// reader's language edition of the same site, whose pages may have other
    /// names (MDN's Korean `Web/HTTP/Reference/Methods` for `Web/HTTP/Methods`).
    public static func sameSiteInAnotherLanguage(_ first: String, _ second: String) -> Bool {
        func host(_ address: String) -> (labels: [String], localized: Bool)? {
            guard let scheme = address.range(of: "://") else { return nil }
            let rest = address[scheme.upperBound...]
            let name = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }.lowercased()
            let labels = name.split(separator: ".").map(String.init)
            guard labels.count >= 2 else { return nil }
            let kept = labels.enumerated().filter { !($0.offset < labels.count - 1 && (isLanguage($0.element) || $0.element == "www")) }
            let folder = rest.dropFirst(name.count).split(separator: "/").first.map { $0.lowercased() } ?? ""
            return (kept.map(\.element), kept.count != labels.filter { $0 != "www" }.count || isLanguage(folder))
        }
        guard let a = host(first), let b = host(second), a.localized || b.localized else { return false }
        return a.labels == b.labels
    }

    /// `text` with each word that is a language tag (`ko`, `en_US`, `kor`)
    /// written `{lang}`: a file name or a setting in each reader's language
    /// (`install.ko.txt` / `install.en.txt`, `locale=ko_KR` / `locale=en_US`)
    /// is one name. Words are runs of letters, digits, `_` and `-`.
    public static func languageTokensNeutral(_ text: String) -> String {
        // A tag inside a name follows a separator (`install.ko.txt`, `locale=ko_KR`); most words have none,
        // and a whole word that is a tag is no name. Asked for every word of a memory: bytes first.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: "/")
            || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") }) else { return text }
        return rewritingRuns(of: text, where: { $0 == "_" || $0 == "-" }) { word in
            isLanguage(word.lowercased()) ? "{lang}" : word
        }
    }

    /// `text` with each host name whose subdomain names a country
    /// (`ftp.kr.debian.org`, `http.us.debian.org`) written as a mirror of
    /// its domain (`{mirror}.debian.org`): each page points its readers to
    /// a mirror near them. The country is a two-letter label with a label
    /// before it and the domain's name and top level after it, so a name
    /// of its own (`go.dev`, `ko.wikipedia.org`) is left as it is.
    public static func localMirrorsNeutral(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: ".")) else { return text }
        return rewritingRuns(of: text, where: { $0 == "-" || $0 == "." }) { host in
            let labels = host.split(separator: ".", omittingEmptySubsequences: false)
            guard labels.count >= 4, labels.allSatisfy({ !$0.isEmpty }),
                  let last = labels.last, last.count >= 2, last.allSatisfy(\.isLetter),
                  let country = labels.indices.dropFirst().dropLast(2).last(where: {
                      labels[$0].count == 2 && labels[$0].allSatisfy(\.isLetter)
                  })
            else { return host }
            return "{mirror}." + labels[(country + 1)...].joined(separator: ".")
        }
    }

    /// `text` with each run of ASCII letters, digits and the characters
    /// `alsoIn` accepts replaced by what `rewrite` makes of it.
    private static func rewritingRuns(of text: String, where alsoIn: (Character) -> Bool,
                                      _ rewrite: (String) -> String) -> String {
        var result = "", run = ""
        for character in text {
            if character.isASCII && (character.isLetter || character.isNumber || alsoIn(character)) {
                run.append(character)
            } else {
                result += rewrite(run)
                run = ""
                result.append(character)
            }
        }
        return result + rewrite(run)
    }

    /// ko, en, kr, kor, eng, korean, english, and with a region (ko-KR,
    /// en_US): a language tag of the two sides, lower-cased.
    public static func isLanguage(_ lower: String) -> Bool {
        let base = lower.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? lower
        guard languages.contains(base) else { return false }
        let region = lower.dropFirst(base.count)
        return region.isEmpty || (region.count == 3 && region.dropFirst().allSatisfy(\.isLetter))
    }

    private static let languages: Set<String> = ["ko", "en", "kr", "kor", "eng", "korean", "english"]
}
