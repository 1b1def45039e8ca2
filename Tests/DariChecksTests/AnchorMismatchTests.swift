@testable import DariChecks
import DariModel
import Testing

@Suite struct AnchorMismatchTests {
    /// VitePress, GitHub and Hugo number a repeated heading's anchor: the
    /// second "Usage" is `#usage-1`; a translation that names it so is right.
    @Test func aRepeatedHeadingIsReachedByItsNumberedAnchor() {
        let keys = ["usage", "options", "usage", "usage"].map(HeadingAnchor.key)
        #expect(AnchorMismatch.reachable(keys) == ["usage", "options", "usage1", "usage2"])
        #expect(AnchorMismatch.reachable(keys).contains(HeadingAnchor.key("usage-2")))
        #expect(!AnchorMismatch.reachable(["usage"]).contains(HeadingAnchor.key("usage-1")))
    }
}
