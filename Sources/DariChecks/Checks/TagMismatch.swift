import DariGlossary
import DariMemory
import DariModel

/// `tag-mismatch`: the inline codes (links, emphasis, line breaks…) of the
/// target differ from the source's. Codes are compared by kind and element
/// (`<a>` opening, `<br>` standalone), not by id, so renumbering is fine.
public struct TagMismatch: Check {
    public static let id = "tag-mismatch"
    public static let defaultSeverity = Severity.error
    public static let summary = "The target's inline codes (links, emphasis, line breaks) differ from the source's."
    public static let example = "en/index.html:22: error: [tag-mismatch] the English lacks the source's "
        + "<a href=\"/ko/about.html\">; make the target's codes match the source's"
    public static let details = """
        Codes are compared by kind and element (`<a>` opening, `<br>` standalone), not by id, so renumbering \
        is fine.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        for record in input.segments {
            guard record.translatedTarget != nil else { continue }
            let segment = input.segment(of: record)
            guard let target = segment.target else { continue }
            let sourceCodes = Self.codes(segment.source), targetCodes = Self.codes(target)
            guard sourceCodes.counts != targetCodes.counts else { continue }
            var missing: [String] = [], extra: [String] = []
            for (code, count) in sourceCodes.counts.sorted(by: { $0.key < $1.key }) {
                let have = targetCodes.counts[code] ?? 0
                if have < count { missing.append(sourceCodes.shown[code] ?? code) }
            }
            for (code, count) in targetCodes.counts.sorted(by: { $0.key < $1.key }) {
                let have = sourceCodes.counts[code] ?? 0
                if have < count { extra.append(targetCodes.shown[code] ?? code) }
            }
            findings.report(record, in: input, side: .target,
                            message: Self.message(missing: missing, extra: extra, input.memory.targetLanguage))
        }
    }

    /// Each code as "kind element" with its count, and how to show it.
    static func codes(_ content: [InlineContent]) -> (counts: [String: Int], shown: [String: String]) {
        var counts: [String: Int] = [:], shown: [String: String] = [:]
        for piece in content {
            let key: String, display: String
            switch piece {
            case .text: continue
            case let .start(_, element, original):
                key = "start " + element
                display = original.isEmpty ? "<\(element)>" : original
            case let .end(_, element, original):
                key = "end " + element
                display = original.isEmpty ? "</\(element)>" : original
            case let .standalone(_, element, original):
                key = "standalone " + element
                display = original.isEmpty ? "<\(element)/>" : original
            }
            counts[key, default: 0] += 1
            if shown[key] == nil { shown[key] = display }
        }
        return (counts, shown)
    }

    fileprivate static func message(missing: [String], extra: [String], _ language: Language) -> String {
        var parts: [String] = []
        if !missing.isEmpty { parts.append("the \(language.name) lacks the source's \(missing.joined(separator: " "))") }
        if !extra.isEmpty { parts.append("the \(language.name) has \(extra.joined(separator: " ")) that the source lacks") }
        return parts.joined(separator: "; ") + "; make the target's codes match the source's"
    }
}
