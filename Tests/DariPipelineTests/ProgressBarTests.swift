@testable import DariPipeline
import DariSite
import Foundation
import Testing

@Suite struct ProgressBarTests {
    @Test func theLineShowsTheStageABarAndTheCount() {
        let line = ProgressBar.line(SiteAligner.Progress(stage: .aligning, done: 812, total: 2561), width: 10)
        #expect(line == "aligning page pairs [###.......]  812/2561")
    }

    @Test func aShortRunDrawsNothing() {
        let output = Output()
        let bar = ProgressBar(delay: 60, write: output.append)
        bar.update(SiteAligner.Progress(stage: .reading, done: 1, total: 2))
        bar.update(SiteAligner.Progress(stage: .reading, done: 2, total: 2))
        bar.finish()
        #expect(output.text.isEmpty)
    }

    @Test func aLongRunRedrawsInPlaceAndClearsTheLineAtTheEnd() {
        let output = Output()
        let bar = ProgressBar(width: 4, delay: 0, write: output.append)
        bar.update(SiteAligner.Progress(stage: .aligning, done: 1, total: 2))
        bar.update(SiteAligner.Progress(stage: .aligning, done: 2, total: 2))
        bar.finish()
        #expect(output.text == "\r\u{1B}[Kaligning page pairs [##..] 1/2"
            + "\r\u{1B}[Kaligning page pairs [####] 2/2" + "\r\u{1B}[K")
    }
}

private final class Output: @unchecked Sendable {
    private let lock = NSLock()
    private var written = ""

    var append: @Sendable (String) -> Void { { [self] text in lock.withLock { written += text } } }
    var text: String { lock.withLock { written } }
}
