import Foundation
import DariGlossary
import DariMemory
import DariModel
import DariText

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
        // By index, the record bound only past the first test: a record bound
        // first was copied (its strings retained and released) for every segment.
        let records = input.segments
        for index in records.indices {
            guard let target = records[index].translatedTarget, records[index].hasSource,
                  Self.mayHaveAddress(records[index].source) || Self.mayHaveAddress(target) else { continue }
            let record = records[index]
            guard !input.isPairedByPositionOnly(record) else { continue }
            let sourceAddresses = Self.addresses(record.source), targetAddresses = Self.addresses(target)
            guard !sourceAddresses.isEmpty || !targetAddresses.isEmpty else { continue }
            let sourceKeys = Set(sourceAddresses.map(Self.key)), targetKeys = Set(targetAddresses.map(Self.key))
            // An address one side shows as text and the other links to (`http://json.schemastore.org/tsconfig`
            // for "the JSON Schema Store") is the same address: the reader goes to the same place.
            // A link written as text (`[Harbor] (https://…)`) is `tag-mismatch`'s finding.
            let segment = input.segment(of: record)
            let (sourceCodes, targetCodes) = (segment.source, segment.target ?? [])
            var missing = sourceAddresses.filter { !targetKeys.contains(Self.key($0)) && !Self.hasLink(to: $0, in: targetCodes) }
            var extra = targetAddresses.filter { !sourceKeys.contains(Self.key($0)) && !Self.hasLink(to: $0, in: sourceCodes) }
            // Korean glued to the address the other side has (`…/ports/amd64/에있는`, a particle
            // and a verb written without a space) is text after the address, not part of it.
            for (index, address) in extra.enumerated().reversed() {
                if let other = Self.address(glued: address, among: missing)
                    ?? Self.address(glued: address, among: sourceAddresses) {
                    extra.remove(at: index)
                    missing.removeAll { $0 == other }
                }
            }
            missing.removeAll { Self.address(glued: $0, among: targetAddresses) != nil }
            guard !missing.isEmpty || !extra.isEmpty else { continue }
            // An address one side writes as inline code is there all the same
            // (`` `alice@example.com` `` against alice@example.com).
            let (sourceAll, targetAll) = (segment.sourceText, segment.targetText ?? target)
            let missingHere = missing.filter { !targetAll.contains($0) }, extraHere = extra.filter { !sourceAll.contains($0) }
            guard !missingHere.isEmpty || !extraHere.isEmpty else { continue }
            findings.report(record, in: input, side: .target,
                            message: Self.message(missing: missingHere, extra: extraHere, input.memory))
        }
    }

    /// The address of `others` that `address` is, with Hangul glued after it.
    static func address(glued address: String, among others: [String]) -> String? {
        others.first { other in
            address.count > other.count && address.hasPrefix(other)
                && address.dropFirst(other.count).unicodeScalars.allSatisfy(Script.isHangul)
        }
    }

    /// Whether `content` has a link code whose original names `address`.
    static func hasLink(to address: String, in content: [InlineContent]) -> Bool {
        content.contains { piece in
            switch piece {
            case let .start(_, _, original), let .end(_, _, original), let .standalone(_, _, original):
                linksTo(address, original)
            case .text:
                false
            }
        }
    }

    /// Whether the markup `original` names `address` whole: a longer address
    /// that starts with it (`https://github.com/foo` for `https://github.com`)
    /// is another.
    static func linksTo(_ address: String, _ original: String) -> Bool {
        var rest = original[...]
        while let found = rest.range(of: address) {
            guard let next = rest[found.upperBound...].first else { return true }
            if ")\"' >#".contains(next) { return true }
            rest = rest[found.upperBound...]
        }
        return false
    }

    /// A byte scan for '@', "://" or "www." (or "WWW.") before the slower
    /// tokenising. `memchr` finds the candidate bytes ('@', the second '/',
    /// '.'), then the bytes before each are compared: most texts have a few
    /// full stops and no '@' or '/', and a loop over every byte was 1.5 % of
    /// a large memory's checks.
    static func mayHaveAddress(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            if memchr(base, Int32(UInt8(ascii: "@")), bytes.count) != nil { return true }
            return anyOffset(of: UInt8(ascii: "/"), in: bytes) { at in
                at >= 2 && bytes[at - 1] == UInt8(ascii: "/") && bytes[at - 2] == UInt8(ascii: ":")
            } || anyOffset(of: UInt8(ascii: "."), in: bytes) { at in
                at >= 3 && bytes[at - 1] == bytes[at - 2] && bytes[at - 2] == bytes[at - 3]
                    && (bytes[at - 1] == UInt8(ascii: "w") || bytes[at - 1] == UInt8(ascii: "W"))
            }
        }
    }

    /// Whether `test` holds at some offset of `byte` in `bytes`, found by `memchr`.
    private static func anyOffset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>,
                                          _ test: (Int) -> Bool) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var offset = 0
        while offset < bytes.count,
              let found = memchr(base + offset, Int32(byte), bytes.count - offset) {
            let at = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if test(at) { return true }
            offset = at + 1
        }
        return false
    }

    /// URLs (scheme:// or www.) and e-mail addresses, trailing punctuation removed.
    static func addresses(_ text: String) -> [String] {
        var found: [String] = []
        for token in text.split(whereSeparator: { $0.isWhitespace || "()<>\"“”‘’「」,".contains($0) }) {
            var word = Substring(token)
            while let last = word.last, ".;:!?'".contains(last) { word.removeLast() }
            var lower = word.lowercased()
            if lower.contains("://") || lower.hasPrefix("www.") {
                word = Self.withoutParticle(Self.fromScheme(word))
                while let last = word.last, ".;:!?'".contains(last) { word.removeLast() }
                lower = word.lowercased()
            }
            let isURL = lower.contains("://") || lower.hasPrefix("www.")
            let isEmail = !isURL && Self.isEmail(word)
            if isURL || isEmail { found.append(isURL ? String(word) : String(Self.emailCore(word))) }
        }
        return found
    }

    /// The URL from its scheme or `www.` on: Korean glues the word before it
    /// too when the space is forgotten (`내용은https://www.gnu.org`).
    static func fromScheme(_ word: Substring) -> Substring {
        guard let first = word.first, !first.isASCII else { return word }
        let lower = word.lowercased()
        for marker in ["https://", "http://", "ftp://", "www."] {
            if let range = lower.range(of: marker) {
                let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
                return word[word.index(word.startIndex, offsetBy: offset)...]
            }
        }
        return word
    }

    /// The URL without a Korean particle glued to it: `https://example.org/docs/에`,
    /// `www.example.org에서`. Hangul right after a letter, digit or dot is
    /// always a particle (an address spelled in Hangul has it after `/`, `=`
    /// or `#`); after those, only a whole particle is (`…/wiki/서울` stays).
    static func withoutParticle(_ word: Substring) -> Substring {
        guard let start = word.lastIndex(where: { !$0.unicodeScalars.allSatisfy(Script.isHangul) }) else { return word }
        let tailStart = word.index(after: start)
        guard tailStart < word.endIndex else { return word }
        let tail = word[tailStart...], before = word[start]
        if before.isASCII && (before.isLetter || before.isNumber || before == ".") { return word[..<tailStart] }
        return particles.contains(String(tail)) ? word[..<tailStart] : word
    }

    /// Particles and copulas Korean glues to a word it cannot inflect.
    private static let particles: Set<String> = [
        "에", "에서", "에서는", "에는", "에도", "을", "를", "로", "으로", "로는", "으로는", "의", "은", "는", "이", "가",
        "와", "과", "도", "만", "까지", "부터", "에게", "이나", "나", "이다", "입니다", "이며", "이고", "처럼", "보다",
        "라는", "이라는", "에서도", "를 통해",
    ]

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

    /// Addresses compare without case, a trailing slash or the language
    /// part each page uses for its own language (`/ko/guide` ≡ `/en/guide`,
    /// `?hl=ko` ≡ `?hl=en`) or the country mirror each sends its readers to
    /// (`ftp.kr.debian.org` ≡ `http.us.debian.org`), as `tag-mismatch` compares link targets.
    private static func key(_ address: String) -> String {
        var key = address.contains("@") && !address.contains("/") ? address.lowercased()
            : LinkAddress.languageNeutral(LinkAddress.localMirrorsNeutral(address))
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
