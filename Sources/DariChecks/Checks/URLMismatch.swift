import DariGlossary
import DariMemory
import DariModel

/// `url-mismatch`: a URL or e-mail address in one side is not in the other.
public struct URLMismatch: Check {
    public static let id = "url-mismatch"
    public static let defaultSeverity = Severity.warning
    public static let summary = "A URL or e-mail address differs between source and target."
    public static let example = "en/volunteer.html:40: warning: [url-mismatch] the Korean has "
        + "'join@calebmission.org' but the English does not; copy the address exactly"
    public static let details = """
        The address must appear exactly as written on the other side.
        """

    public init() {}

    public func run(_ input: CheckInput, into findings: inout FindingCollector) {
        for record in input.segments {
            guard let target = record.translatedTarget, record.hasSource else { continue }
            guard Self.mayHaveAddress(record.source) || Self.mayHaveAddress(target) else { continue }
            let sourceAddresses = Self.addresses(record.source), targetAddresses = Self.addresses(target)
            guard !sourceAddresses.isEmpty || !targetAddresses.isEmpty else { continue }
            let sourceKeys = Set(sourceAddresses.map(Self.key)), targetKeys = Set(targetAddresses.map(Self.key))
            let missing = sourceAddresses.filter { !targetKeys.contains(Self.key($0)) }
            let extra = targetAddresses.filter { !sourceKeys.contains(Self.key($0)) }
            guard !missing.isEmpty || !extra.isEmpty else { continue }
            findings.report(record, in: input, side: .target,
                            message: Self.message(missing: missing, extra: extra, input.memory))
        }
    }

    /// A byte scan for '@', "://" or "www." before the slower tokenising.
    static func mayHaveAddress(_ text: String) -> Bool {
        var previous: [UInt8] = [0, 0, 0]
        for byte in text.utf8 {
            if byte == UInt8(ascii: "@") { return true }
            if byte == UInt8(ascii: "/"), previous[2] == UInt8(ascii: "/"), previous[1] == UInt8(ascii: ":") { return true }
            if byte == UInt8(ascii: "."), previous == Array("www".utf8) || previous == Array("WWW".utf8) { return true }
            previous[0] = previous[1]
            previous[1] = previous[2]
            previous[2] = byte
        }
        return false
    }

    /// URLs (scheme:// or www.) and e-mail addresses, trailing punctuation removed.
    static func addresses(_ text: String) -> [String] {
        var found: [String] = []
        for token in text.split(whereSeparator: { $0.isWhitespace || "()<>\"“”‘’「」,".contains($0) }) {
            var word = Substring(token)
            while let last = word.last, ".;:!?'".contains(last) { word.removeLast() }
            let lower = word.lowercased()
            let isURL = lower.contains("://") || lower.hasPrefix("www.")
            let isEmail = !isURL && Self.isEmail(word)
            if isURL || isEmail { found.append(isURL ? String(word) : String(Self.emailCore(word))) }
        }
        return found
    }

    private static func isEmail(_ word: Substring) -> Bool {
        let core = emailCore(word)
        guard let at = core.firstIndex(of: "@"), at != core.startIndex else { return false }
        let domain = core[core.index(after: at)...]
        return domain.contains(".") && !domain.hasSuffix(".") && domain.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }
    }

    /// The address inside Korean particles: join@example.org로 → join@example.org.
    private static func emailCore(_ word: Substring) -> Substring {
        word.prefix { $0.isASCII }
    }

    private static func key(_ address: String) -> String {
        var key = address.lowercased()
        while key.hasSuffix("/") { key.removeLast() }
        return key
    }

    fileprivate static func message(missing: [String], extra: [String], _ memory: TranslationMemory) -> String {
        var parts: [String] = []
        let source = memory.sourceLanguage.name, target = memory.targetLanguage.name
        if !missing.isEmpty {
            parts.append("the \(source) has \(missing.map { "'\($0)'" }.joined(separator: ", ")) but the \(target) does not")
        }
        if !extra.isEmpty {
            parts.append("the \(target) has \(extra.map { "'\($0)'" }.joined(separator: ", ")) but the \(source) does not")
        }
        return parts.joined(separator: "; ") + "; copy the address exactly"
    }
}
