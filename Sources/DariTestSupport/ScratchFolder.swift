import Foundation

/// A fresh folder under the system's temporary directory for one test's
/// scratch files, removed with everything in it when the value goes away.
///
/// Tests must not leave files behind: every run of the suite would add its
/// scratch files to /tmp for good. This is the one way tests make scratch
/// space, so none forgets to clean up and none writes outside its own folder.
///
/// Hold it in a local `let` at the top of the test and name files through
/// `path`. Swift keeps a local alive to the end of its scope past any call
/// that could see its `deinit` (file and process calls among them), so the
/// folder is there until the test is done with it.
public final class ScratchFolder: Sendable {
    /// The folder's absolute path, without a trailing slash.
    public let path: String

    /// Creates `<temporary directory>/<prefix>-<UUID>` holding `files`
    /// (path relative to the folder → UTF-8 text).
    public init(_ prefix: String, files: [String: String] = [:]) throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (relativePath, text) in files {
            try write(relativePath, text)
        }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `text` as UTF-8 to `relativePath`, creating the folders on the
    /// way, and returns the file's absolute path.
    @discardableResult
    public func write(_ relativePath: String, _ text: String) throws -> String {
        try write(relativePath, Array(text.utf8))
    }

    /// Writes `bytes` to `relativePath`, creating the folders on the way, and
    /// returns the file's absolute path.
    @discardableResult
    public func write(_ relativePath: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + relativePath
        try makeParent(of: file)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Copies the file or folder at `source` to `relativePath` and returns the
    /// copy's absolute path.
    @discardableResult
    public func copy(_ source: String, to relativePath: String) throws -> String {
        let destination = path + "/" + relativePath
        try makeParent(of: destination)
        try FileManager.default.copyItem(atPath: source, toPath: destination)
        return destination
    }

    private func makeParent(of file: String) throws {
        let parent = URL(fileURLWithPath: file).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    }
}
