import Testing

/// Paths that tests need: the repository root and the read-only `shared/`
/// folder beside it (benchmarks, dev data, schemas), found from a test file's
/// `#filePath` so tests run from any working directory.
public enum RepositoryPaths {
    /// The repository root: the first ancestor of `filePath` holding Package.swift.
    public static func root(from filePath: String = #filePath) -> String {
        var components = filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        while components.count > 1 {
            components.removeLast()
            let candidate = components.joined(separator: "/")
            if fileExists(candidate + "/Package.swift") { return candidate }
        }
        return "."
    }

    /// The read-only `shared/` folder (benchmarks, dev data, schemas): the one
    /// named by `DARI_SHARED`, else `shared/` beside the repository or beside
    /// any of its ancestors, so a clone in a subfolder (a CI workspace, a
    /// worktree) still finds it. `nil` when there is none.
    public static func shared(from filePath: String = #filePath) -> String? {
        var candidates: [String] = []
        if let named = getenv("DARI_SHARED") { candidates.append(String(cString: named)) }
        var components = root(from: filePath).split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        while components.count > 1 {
            components.removeLast()
            candidates.append(components.joined(separator: "/") + "/shared")
        }
        return candidates.first { fileExists($0 + "/bench") && fileExists($0 + "/schemas") }
    }

    /// What a test that needs `shared/` says when it is missing.
    public static let sharedMissing: Comment =
        "needs the shared/ folder (bench, data, schemas) beside the repository or one of its ancestors, or DARI_SHARED=/path/to/shared"

    public static func fileExists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
