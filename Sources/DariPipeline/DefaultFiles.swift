import DariModel
import Foundation

/// The files dari finds next to its input when they are not named: the one
/// place that decides where `dari.json` and `Glossary/` are looked for.
public enum DefaultFiles {
    /// The glossary folder (or file) dari looks for.
    public static let glossary = "Glossary"

    /// `name` (dari.json, Glossary) for a run on `path`: inside the site
    /// folder or next to it; for a memory file, in its folder or the parent.
    /// The path is relative to the working directory when it is inside it,
    /// so messages show `Glossary/dari.tbx`, not an absolute path.
    public static func find(_ name: String, near path: String, isSite: Bool) -> String? {
        let url = URL(fileURLWithPath: path)
        let base = isSite ? url : url.deletingLastPathComponent()
        let candidates = [base.appendingPathComponent(name), base.deletingLastPathComponent().appendingPathComponent(name)]
        for candidate in candidates where InputFile.exists(candidate.path) {
            return relativeIfPossible(candidate.path)
        }
        return nil
    }

    /// `dari.json` for a run on `path` (`explicit` when the user named one).
    /// - Throws: `ConfigurationError` when the file cannot be read or is malformed.
    static func configuration(named explicit: String?, near path: String, isSite: Bool) throws -> ConfigurationFile? {
        guard let file = explicit ?? find(ConfigurationFile.name, near: path, isSite: isSite) else { return nil }
        return try ConfigurationFile.load(fileAt: file)
    }

    private static func relativeIfPossible(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
