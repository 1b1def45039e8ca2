import DariChecks
import DariGlossary
import DariMemory
import Foundation

@_exported import DariChecks
@_exported import DariReports

/// What `dari check` was asked to do.
public struct CheckRequest: Sendable {
    /// An XLIFF memory (2.x or 1.2) or a site folder (with ko/ and en/).
    public var path: String
    /// `--glossary`: a TBX/CSV file or a folder of them; nil = look for `Glossary/`.
    public var glossaryPath: String?
    /// `--config`: nil = look for `dari.json`.
    public var configPath: String?
    /// `--baseline`: findings it lists are not reported.
    public var baselinePath: String?
    /// `--disable`: check ids turned off on top of the configuration.
    public var disabled: [String]

    public init(path: String, glossaryPath: String? = nil, configPath: String? = nil, baselinePath: String? = nil,
                disabled: [String] = []) {
        self.path = path
        self.glossaryPath = glossaryPath
        self.configPath = configPath
        self.baselinePath = baselinePath
        self.disabled = disabled
    }
}

/// What a check run found.
public struct CheckOutcome: Sendable {
    /// The findings to report: sorted, baseline applied.
    public var findings: [Finding]
    /// Every finding before the baseline (what `--write-baseline` records).
    public var allFindings: [Finding]
    /// How many findings the baseline accepted.
    public var baselined: Int
    /// The checks that ran, in registry order.
    public var checks: [any Check.Type]
    /// Warnings met while reading the glossary (not findings).
    public var diagnostics: [Diagnostic]
    /// The glossary file or folder used, nil when there was none.
    public var glossaryPath: String?
    /// How many memory units were checked.
    public var unitCount: Int
}

/// `dari check`: read the memory (or build it from a site), the glossary,
/// the configuration and the baseline; run the checks.
public enum CheckRun {
    /// Runs the checks `request` names.
    /// - Throws: `InputError` (missing path, site folders for now),
    ///   `MemoryReadError`, `GlossaryError`, `CheckError`; each has a
    ///   location and says what to do, and `CheckRun.exitCode(for:)` maps it.
    public static func run(_ request: CheckRequest) throws -> CheckOutcome {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: request.path, isDirectory: &isDirectory) else {
            throw InputError.notFound(path: request.path)
        }
        let isSite = isDirectory.boolValue

        var configuration = CheckConfiguration()
        if let configPath = request.configPath ?? defaultFile("dari.json", for: request.path, isSite: isSite) {
            configuration = try CheckConfiguration.load(fileAt: configPath)
        }
        for id in request.disabled {
            guard CheckRegistry.check(withID: id) != nil else {
                throw CheckError.unknownCheck(file: "--disable", line: 0, id: id,
                                              suggestion: CheckRegistry.suggestion(for: id))
            }
            configuration.disabled.insert(id)
        }

        var glossary: Glossary?
        var diagnostics: [Diagnostic] = []
        let glossaryPath = request.glossaryPath ?? defaultFile("Glossary", for: request.path, isSite: isSite)
        if let glossaryPath {
            (glossary, diagnostics) = try GlossaryReader.read(fileAt: glossaryPath)
        }

        let memory: TranslationMemory
        let memoryPath: String?
        if isSite {
            memory = try siteMemory(at: request.path, glossary: glossary)
            memoryPath = nil
        } else {
            memory = try MemoryReader.read(fileAt: request.path)
            memoryPath = request.path
        }

        let checker = Checker(configuration: configuration)
        let input = CheckInput(memory: memory, glossary: glossary, memoryPath: memoryPath)
        let findings = checker.run(input)
        var reported = findings
        var baselined = 0
        if let baselinePath = request.baselinePath {
            (reported, baselined) = try Baseline.load(fileAt: baselinePath).newFindings(findings)
        }
        return CheckOutcome(findings: reported, allFindings: findings, baselined: baselined,
                            checks: checker.enabledChecks, diagnostics: diagnostics, glossaryPath: glossaryPath,
                            unitCount: memory.files.reduce(0) { $0 + $1.units.count })
    }

    /// The translation memory of a site folder (`ko/` and `en/` pages):
    /// extract, segment and align, exactly as `dari align` does, ready for
    /// the checks. Page locations keep the folder as the user named it, so
    /// findings point at `Corpus/ko/about.html:40`.
    public static func siteMemory(at path: String, glossary: Glossary?) throws -> TranslationMemory {
        try SiteAligner(sentenceAligner: SentenceAligner(glossary: glossary)).align(Site(folder: path)).memory
    }

    /// `name` (dari.json, Glossary) for a run on `path`: inside the site
    /// folder or next to it; for a memory file, in its folder or the parent.
    public static func defaultFile(_ name: String, for path: String, isSite: Bool) -> String? {
        let url = URL(fileURLWithPath: path)
        let base = isSite ? url : url.deletingLastPathComponent()
        let candidates = [base.appendingPathComponent(name), base.deletingLastPathComponent().appendingPathComponent(name)]
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate.path) {
            return relativeIfPossible(candidate.path)
        }
        return nil
    }

    /// `path` relative to the working directory when it is inside it, so
    /// messages show `Glossary/dari.tbx`, not an absolute path.
    private static func relativeIfPossible(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// The exit status for an error `run(_:)` threw (see `ExitStatus.code(for:)`).
    public static func exitCode(for error: any Error) -> Int32 {
        ExitStatus.code(for: error) ?? ExitStatus.dataError
    }
}
