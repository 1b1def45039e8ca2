import Dispatch
import Foundation
import DariGlossary
import DariMemory
import DariModel

/// Runs the enabled checks over a memory and returns their findings, sorted.
///
/// Checks are independent, so they run concurrently (one task per check);
/// the result does not depend on the order they finish in.
public struct Checker: Sendable {
    public var configuration: CheckConfiguration
    public var checks: [any Check.Type]

    public init(configuration: CheckConfiguration = CheckConfiguration(), checks: [any Check.Type] = CheckRegistry.all) {
        self.configuration = configuration
        self.checks = checks
    }

    /// The checks that will run, in registry order.
    public var enabledChecks: [any Check.Type] { checks.filter { configuration.isEnabled($0.id) } }

    /// Every finding of every enabled check that no ignore rule matches,
    /// in `Finding.sortedOrder`, a finding repeated on many pages folded
    /// into one (`RepeatedFindings`).
    public func run(_ input: CheckInput) -> [Finding] {
        finish(findings(of: input).flatMap { $0 }, pages: PageFolders(input.memory.files))
    }

    /// The findings of each enabled check `including` accepts (all by
    /// default), one list per enabled check in registry order, each in the
    /// order the check reported them: what `run` sorts and folds.
    public func findings(of input: CheckInput, including: (String) -> Bool = { _ in true }) -> [[Finding]] {
        let checks = enabledChecks
        let results = ResultSlots(count: checks.count)
        let configuration = self.configuration
        let included = checks.map { including($0.id) }
        DispatchQueue.concurrentPerform(iterations: checks.count) { index in
            guard included[index] else { return }
            let check = checks[index]
            var collector = FindingCollector(checkID: check.id, severity: configuration.severity(of: check))
            check.init().run(input, into: &collector)
            results.set(index, collector.findings)
        }
        var lists = results.all
        if checks.contains(where: { $0.id == Untranslated.id }) {
            // `untranslated` reported these pages once, as an earlier version's translation.
            let pages = Set(input.earlierVersions.keys.map { input.memory.files[$0].id })
            lists = lists.map { EarlierVersion.folded($0, pages: pages) }
        }
        if checks.contains(where: { $0.id == TagMismatch.id }) {
            lists = ReorderedPages.folded(lists, memory: input.memory)
        }
        if checks.contains(where: { $0.id == Untranslated.id }) {
            lists = UntranslatedSections.folded(lists, memory: input.memory)
        }
        return lists
    }

    /// `findings` of a site of `pages` as `run` reports them: ignore rules
    /// applied, sorted, repeated findings folded.
    public func finish(_ findings: [Finding], pages: PageFolders) -> [Finding] {
        var findings = findings
        if !configuration.ignores.isEmpty { findings.removeAll(where: configuration.ignores) }
        Self.dropAddressesTagMismatchReports(&findings)
        Self.dropNumbersNameSpellingReports(&findings)
        Self.dropBracketsOfBrokenLinks(&findings)
        findings.sort(by: Finding.sortedOrder)
        return RepeatedFindings.folded(findings, pages: pages)
    }

    /// A word with digits spelt otherwise (`amdy64` for `amd64`) is one
    /// problem: where `name-spelling` reports the word at a place,
    /// `number-mismatch`'s finding there is dropped when every value it says
    /// the Korean has is a word the spelling finding names.
    static func dropNumbersNameSpellingReports(_ findings: inout [Finding]) {
        let spellings = findings.filter { $0.checkID == NameSpelling.id && $0.unitID != nil }
        guard !spellings.isEmpty, findings.contains(where: { $0.checkID == NumberMismatch.id }) else { return }
        // By unit: the spelling is reported on the Korean page, the number on the translation's.
        var messages: [String: [String]] = [:]
        for spelling in spellings { messages[spelling.unitID!, default: []].append(spelling.message) }
        let lead = "the Korean has "
        findings.removeAll { finding in
            guard finding.checkID == NumberMismatch.id, finding.message.hasPrefix(lead),
                  let unit = finding.unitID, let spellingMessages = messages[unit],
                  let end = finding.message.range(of: " but ") else { return false }
            let values = finding.message[finding.message.index(finding.message.startIndex, offsetBy: lead.count)
                                            ..< end.lowerBound].components(separatedBy: ", ")
            return values.allSatisfy { value in spellingMessages.contains { $0.contains("'\(value)'") } }
        }
    }

    /// A Markdown link the translation broke (`플러그인](https://…)`, its
    /// `[` lost) is one problem: where `tag-mismatch` reports a link at a
    /// place, `unbalanced-brackets`' finding about square brackets there is
    /// dropped; round brackets and quotes are other problems.
    static func dropBracketsOfBrokenLinks(_ findings: inout [Finding]) {
        guard findings.contains(where: { $0.checkID == UnbalancedBrackets.id }) else { return }
        let links = linkMessagesByPlace(findings)
        guard !links.isEmpty else { return }
        findings.removeAll { finding in
            finding.checkID == UnbalancedBrackets.id && UnbalancedBrackets.isAboutSquareBrackets(finding.message)
                && links[place(of: finding)] != nil
        }
    }

    /// `tag-mismatch`'s messages by the place they report (`place(of:)`).
    private static func linkMessagesByPlace(_ findings: [Finding]) -> [String: [String]] {
        var messages: [String: [String]] = [:]
        for link in findings where link.checkID == TagMismatch.id { messages[place(of: link), default: []].append(link.message) }
        return messages
    }

    /// A finding's file and line, as one key.
    private static func place(of finding: Finding) -> String { "\(finding.location.file):\(finding.location.line)" }

    /// A link that goes elsewhere on the other page, its address also its
    /// text (an autolink, `<https://manned.org/ctest>`), is one problem:
    /// where `tag-mismatch` reports the link at a place, `url-mismatch`'s
    /// finding there is dropped when every address it names is in the
    /// link finding's message.
    static func dropAddressesTagMismatchReports(_ findings: inout [Finding]) {
        guard findings.contains(where: { $0.checkID == URLMismatch.id }) else { return }
        let messages = linkMessagesByPlace(findings)
        guard !messages.isEmpty else { return }
        findings.removeAll { finding in
            guard finding.checkID == URLMismatch.id, let linkMessages = messages[place(of: finding)] else { return false }
            let addresses = finding.message.split(separator: "'", omittingEmptySubsequences: false)
                .enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
            return !addresses.isEmpty && addresses.allSatisfy { address in linkMessages.contains { $0.contains(address) } }
        }
    }

    /// Convenience: checks `memory` with `glossary`.
    public func run(_ memory: TranslationMemory, glossary: Glossary? = nil, memoryPath: String? = nil) -> [Finding] {
        run(CheckInput(memory: memory, glossary: glossary, memoryPath: memoryPath))
    }
}

/// One slot per check, written once each from concurrent tasks.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [[Finding]]
    private let lock = SlotLock()

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func set(_ index: Int, _ findings: [Finding]) {
        lock.withLock { slots[index] = findings }
    }

    var all: [[Finding]] { lock.withLock { slots } }
}

/// A binary semaphore used as a lock around the result slots.
private final class SlotLock: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 1)

    func withLock<T>(_ body: () -> T) -> T {
        semaphore.wait()
        defer { semaphore.signal() }
        return body()
    }
}
