import DariModel

/// Text the previous memory of a site had and the site no longer has: one
/// value per section of a page (the sentences under one heading), found by
/// comparing a run with the previous memory. Removed text is reported, not
/// kept in the memory.
public struct RemovedText: Sendable, Hashable {
    /// The page it was on (the memory file's `original`, site-relative).
    public var page: String
    /// The memory file id of that page in the previous memory.
    public var fileID: String
    /// Where the first removed sentence was, in the previous version of the page.
    public var location: SourceLocation
    /// The heading of the section it was in (nil: before the page's first heading).
    public var heading: String?
    /// How many segments (sentences) were removed from the section.
    public var segmentCount: Int
    /// The first removed original sentence (plain text), to show.
    public var firstSource: String

    public init(page: String, fileID: String, location: SourceLocation, heading: String?, segmentCount: Int,
                firstSource: String) {
        self.page = page
        self.fileID = fileID
        self.location = location
        self.heading = heading
        self.segmentCount = segmentCount
        self.firstSource = firstSource
    }
}
