import DariModel
import DariSite
import Foundation

/// A progress bar on standard error for a long site run: the stage, a bar,
/// page pairs done / total, redrawn in place and cleared at the end.
///
/// Drawn only when standard error is a terminal (CI logs, pipes and tests
/// see nothing) and only once the run has taken `delay`, so short runs
/// never flash a bar.
public final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let write: @Sendable (String) -> Void
    private let width: Int
    private let delay: TimeInterval
    private let start = Date()
    private var lastDraw: Date?
    private var drawn = false

    /// A bar on standard error, or nil when standard error is not a terminal.
    public static func onStandardError() -> ProgressBar? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        return ProgressBar { text in OutputWriter.writeStandardError(text) }
    }

    /// - Parameter write: where the bar's text goes (escape sequences included).
    public init(width: Int = 30, delay: TimeInterval = 0.5, write: @escaping @Sendable (String) -> Void) {
        self.width = width
        self.delay = delay
        self.write = write
    }

    /// Redraws the bar for `progress`, at most ten times a second.
    public func update(_ progress: SiteAligner.Progress) {
        lock.withLock {
            let now = Date()
            let finished = progress.done >= progress.total
            guard now.timeIntervalSince(start) >= delay else { return }
            if let lastDraw, now.timeIntervalSince(lastDraw) < 0.1, !finished { return }
            lastDraw = now
            drawn = true
            write("\r\u{1B}[K" + Self.line(progress, width: width))
        }
    }

    /// `update(_:)` as the closure `SiteAligner.align(_:progress:)` takes.
    public var reporter: @Sendable (SiteAligner.Progress) -> Void {
        { [self] progress in update(progress) }
    }

    /// Clears the bar's line, if a bar was drawn.
    public func finish() {
        lock.withLock {
            if drawn { write("\r\u{1B}[K") }
            drawn = false
        }
    }

    /// `aligning page pairs [#########.........]  812/2561`.
    static func line(_ progress: SiteAligner.Progress, width: Int) -> String {
        let total = max(progress.total, 1), done = min(max(progress.done, 0), total)
        let filled = width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let count = String(done).leftPadded(to: String(total).count)
        return "\(progress.stage.rawValue) [\(bar)] \(count)/\(total)"
    }
}

private extension String {
    func leftPadded(to length: Int) -> String {
        String(repeating: " ", count: max(0, length - count)) + self
    }
}
