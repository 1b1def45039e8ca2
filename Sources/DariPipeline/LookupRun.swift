import DariMatches
import DariModel
import DariText
import Foundation

/// What `dari lookup` was asked to do.
public struct LookupRequest: Sendable {
    public var text: String
    /// `--lang`: the language of `text`; nil = Korean when it has Hangul.
    public var language: Language?
    /// `--memory`: the memory to search (its index is the cache beside it).
    public var memoryPath: String
    public var limit: Int

    public init(text: String, language: Language? = nil, memoryPath: String = "memory.xlf", limit: Int = 5) {
        self.text = text
        self.language = language
        self.memoryPath = memoryPath
        self.limit = limit
    }

    /// The language looked up in.
    public var resolvedLanguage: Language {
        language ?? (text.unicodeScalars.contains(where: Script.isHangul) ? .korean : .english)
    }
}

/// One match as `dari lookup` prints it.
public struct LookupMatch: Sendable, Hashable {
    /// Whole percent, rounded down: 100 only when equal, numbers included.
    public var percent: Int
    public var text: String
    public var translation: String
    /// The translation with the query's numbers put in, when only numbers differ.
    public var substituted: String?
    public var origin: String
    /// At or above 75 %: good enough to pre-translate with.
    public var isPreTranslation: Bool

    /// `87 %  text → translation  (origin)`, with `*` for a pre-translation match.
    public var line: String {
        let mark = isPreTranslation ? "*" : " "
        return "\(percent) %\(mark) \(text) → \(substituted ?? translation)  (\(origin))"
    }
}

/// `dari lookup`: fuzzy matches for a sentence from the memory's index
/// (built or rebuilt first when the memory changed).
public enum LookupRun {
    public static func run(_ request: LookupRequest) throws -> [LookupMatch] {
        guard InputFile.exists(request.memoryPath) else { throw FileReadError.notFound(path: request.memoryPath) }
        let index = try MatchIndex.forMemory(at: request.memoryPath)
        return try index.lookup(request.text, language: request.resolvedLanguage, limit: request.limit).map { match in
            LookupMatch(percent: match.percent, text: match.entry.text, translation: match.entry.translation,
                        substituted: match.substituted, origin: match.entry.origin,
                        isPreTranslation: match.similarity >= MatchThreshold.preTranslation)
        }
    }
}

/// `dari lookup --queries FILE`: every line's first tab-separated field
/// looked up in one index, with how long each lookup took (the benchmark of
/// docs/benchmarks/matches.md).
public struct LookupBatch: Sendable {
    /// Per query: the query, its best match (nil: none of 50 % or more),
    /// seconds (wall clock) and the seconds of CPU the lookup's thread used:
    /// on a shared machine the wall clock also counts other processes' turns.
    public var results: [(query: String, best: LookupMatch?, seconds: Double, cpuSeconds: Double)]
    /// Seconds to open (or build) the index.
    public var indexSeconds: Double

    /// The latency at `fraction` (0.5: the median), in milliseconds.
    public func percentile(_ fraction: Double, cpu: Bool = false) -> Double {
        let sorted = results.map { cpu ? $0.cpuSeconds : $0.seconds }.sorted()
        guard !sorted.isEmpty else { return 0 }
        let index = min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)
        return sorted[max(index, 0)] * 1000
    }

    /// Tab-separated lines: query, percent, best match's text.
    public var lines: [String] {
        results.map { "\($0.query)\t\($0.best.map { String($0.percent) } ?? "")\t\($0.best?.text ?? "")" }
    }

    public var summary: String {
        func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
        return "\(results.count) lookups; index ready in \(rounded(indexSeconds)) s; "
            + "latency p50 \(rounded(percentile(0.5))) ms, p95 \(rounded(percentile(0.95))) ms; "
            + "CPU p50 \(rounded(percentile(0.5, cpu: true))) ms, p95 \(rounded(percentile(0.95, cpu: true))) ms"
    }
}

extension LookupRun {
    public static func batch(queriesAt path: String, language: Language?, memoryPath: String) throws -> LookupBatch {
        guard InputFile.exists(memoryPath) else { throw FileReadError.notFound(path: memoryPath) }
        let text = String(decoding: try InputFile.bytes(at: path), as: UTF8.self)
        let clock = ContinuousClock()
        var index: MatchIndex?
        let opening = try clock.measure { index = try MatchIndex.forMemory(at: memoryPath) }
        var results: [(query: String, best: LookupMatch?, seconds: Double, cpuSeconds: Double)] = []
        for line in text.split(separator: "\n") {
            let query = String(line.split(separator: "\t", omittingEmptySubsequences: false)[0])
            guard !query.isEmpty else { continue }
            let request = LookupRequest(text: query, language: language, memoryPath: memoryPath, limit: 1)
            var found: [Match] = []
            let cpuBefore = threadCPUSeconds()
            let elapsed = try clock.measure {
                found = try index!.lookup(query, language: request.resolvedLanguage, limit: 1)
            }
            let cpu = threadCPUSeconds() - cpuBefore
            let best = found.first.map {
                LookupMatch(percent: $0.percent, text: $0.entry.text, translation: $0.entry.translation,
                            substituted: $0.substituted, origin: $0.entry.origin,
                            isPreTranslation: $0.similarity >= MatchThreshold.preTranslation)
            }
            results.append((query, best, elapsed.seconds, cpu))
        }
        return LookupBatch(results: results, indexSeconds: opening.seconds)
    }
}

/// The CPU time the calling thread has used, in seconds.
private func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
