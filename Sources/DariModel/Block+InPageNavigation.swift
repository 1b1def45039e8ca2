import Foundation

extension Block {
    /// The blocks of a page that are links back to a place on it, repeated
    /// after its sections (`↥ 위로` to `#table-of-contents`, `⬆ back to top`):
    /// a block that is nothing but one link to a fragment of its own page,
    /// found three or more times on the page with the same words and target.
    /// They are the page's navigation, not its content; one page of a pair
    /// often has them and the other not.
    public static func repeatedInPageLinks(in blocks: [Block]) -> Set<Int> {
        var places: [String: [Int]] = [:]
        for (index, block) in blocks.enumerated() {
            guard let key = inPageLinkKey(block.content) else { continue }
            places[key, default: []].append(index)
        }
        return Set(places.values.filter { $0.count >= repeatedMinimum }.flatMap { $0 })
    }

    /// How often one link must repeat on a page to be its navigation.
    static let repeatedMinimum = 3

    /// The words and target of `content` when it is one link to a fragment
    /// (`#…`) with short text and nothing else but styling around it.
    static func inPageLinkKey(_ content: [InlineContent]) -> String? {
        var target: String?, text = "", insideLink = false, links = 0
        for piece in content {
            switch piece {
            case let .text(value):
                if insideLink {
                    text += value
                } else if value.contains(where: { !$0.isWhitespace }) {
                    return nil
                }
            case let .start(_, element, original):
                guard element.lowercased() == "a" else { continue }
                links += 1
                insideLink = true
                // HTML names its target at the start; Markdown's `[` at the end.
                if let href = StartTag.attribute("href", in: original) { target = href }
            case let .end(_, element, original):
                guard element.lowercased() == "a" else { continue }
                insideLink = false
                if original.hasPrefix("](") {
                    let address = original.dropFirst(2).prefix { $0 != ")" && $0 != " " }
                    target = String(address)
                }
            case .standalone:
                return nil
            }
        }
        let words = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard links == 1, let target, target.hasPrefix("#"), !words.isEmpty, words.count <= 40 else { return nil }
        return words + "\u{1}" + target
    }
}
