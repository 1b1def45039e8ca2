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

    /// `../shared` next to the repository, if present.
    public static func shared(from filePath: String = #filePath) -> String? {
        let path = root(from: filePath) + "/../shared"
        return fileExists(path + "/bench") ? path : nil
    }

    public static func fileExists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
