import DariModel
import Foundation

/// A file named like a page that the site's listing leaves out, and why: it
/// is never opened, so neither a page reader nor the alignment cache's hash
/// reads it. The aligner names each one in a warning and the rest of the
/// site goes on.
public struct SkippedPage: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// A pipe, a device, a socket or a dangling link: reading it could
        /// block for ever or never end.
        case notRegularFile
        /// Larger than the site's limit (`dari.json` `limits.pageMegabytes`).
        case tooLarge(bytes: Int, limit: Int)
    }

    /// The file, site-relative (`ko/dump.html`).
    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// The warning naming the file as `file` (the path as the user wrote the site).
    public func warning(file: String) -> Diagnostic {
        let message = switch reason {
        case .notRegularFile:
            "skipped: not a regular file (a pipe, a device, a socket or a dangling link); "
                + "replace it with the page itself, or remove it"
        case let .tooLarge(bytes, limit):
            "skipped: " + Self.tooLargeMessage(bytes: bytes, limit: limit) + "; split it into pages, leave it out of the site, "
                + "or raise the limit in dari.json: {\"limits\": {\"pageMegabytes\": \(Self.megabytesToAllow(bytes))}}"
        }
        return Diagnostic(severity: .warning, location: SourceLocation(file: file, line: 0), message: message)
    }

    /// "the page is 200.5 MB, over the limit of 64 MB per page".
    static func tooLargeMessage(bytes: Int, limit: Int) -> String {
        "the page is \(size(bytes)), over the limit of \(size(limit)) per page"
    }

    /// The whole number of megabytes a limit must be to let `bytes` through.
    static func megabytesToAllow(_ bytes: Int) -> Int {
        (bytes + (1 << 20) - 1) >> 20
    }

    /// "64 MB", "200.5 MB"; below a megabyte, "2100 bytes".
    static func size(_ bytes: Int) -> String {
        if bytes < 1 << 20 { return "\(bytes) bytes" }
        return bytes % (1 << 20) == 0 ? "\(bytes >> 20) MB" : String(format: "%.1f MB", Double(bytes) / Double(1 << 20))
    }
}
